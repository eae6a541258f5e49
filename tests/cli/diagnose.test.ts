import { execFileSync, spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = join(import.meta.dirname, '..', '..')
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx')
const CLI = join(ROOT, 'src', 'cli', 'diagnose.ts')
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'bounces')

function run(args: string[], input?: string | Buffer): { lines: Array<Record<string, unknown>>; status: number | null } {
  const result = spawnSync(TSX, [CLI, ...args], { input, cwd: ROOT, encoding: 'utf8' })
  const lines = result.stdout
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>)
  return { lines, status: result.status }
}

const FIELDS = ['file', 'recipient', 'outcome', 'cause', 'candidates', 'replyCode', 'status', 'evidence']

describe('the diagnose command', () => {
  it('prints one JSON line per failed recipient, with every field of the contract', () => {
    const { lines, status } = run([join(FIXTURES, 'rfc3464', 'two-recipients.eml')])
    expect(status).toBe(0)
    expect(lines.length).toBe(2)
    for (const line of lines) expect(Object.keys(line).sort()).toEqual([...FIELDS].sort())
  })

  it('reads standard input when given no file or "-"', () => {
    const line = '550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in local recipient table'
    for (const args of [[], ['-']]) {
      const { lines } = run(args, line)
      expect(lines).toEqual([
        expect.objectContaining({ file: '-', recipient: 'bob@example.com', outcome: 'cause', cause: 1, replyCode: '550', status: '5.1.1' }),
      ])
      expect((lines[0]?.evidence as string[]).length).toBeGreaterThan(0)
    }
  })

  it('still prints a line for a file in which no recipient is found', () => {
    const { lines } = run(['-'], 'Hello, are we still on for lunch tomorrow?')
    expect(lines).toEqual([expect.objectContaining({ recipient: null, outcome: 'not-a-bounce', cause: null })])
  })

  it('does not crash on binary input or a missing file', () => {
    expect(run(['-'], Buffer.from([0, 1, 2, 3, 255, 254, 0, 0, 7])).lines).toHaveLength(1)
    const missing = run([join(FIXTURES, 'no-such-file.eml')])
    expect(missing.lines).toEqual([expect.objectContaining({ recipient: null })])
    expect(missing.status).toBe(1)
  })

  it('explains itself with --help', () => {
    expect(execFileSync(TSX, [CLI, '--help'], { cwd: ROOT, encoding: 'utf8' })).toMatch(/one JSON object per line/)
  })
})
