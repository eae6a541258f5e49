import { analyseBounce } from '../core/analyse'
import { loadContent } from '../node/read-content'
import { readTextFile } from '../node/read-text-file'
import { toJsonLines } from './json-lines'

async function main(): Promise<number> {
  const args = process.argv.slice(2)
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(
      'Usage: npm run --silent diagnose -- [FILE...]\n' +
        'Diagnoses bounces (a line, a report or a raw e-mail); reads standard input when no FILE or "-".\n' +
        'Prints one JSON object per line per failed recipient.\n',
    )
    return 0
  }
  const content = loadContent()
  const files = args.length > 0 ? args : ['-']
  let failed = 0
  for (const file of files) {
    let input: string
    try {
      input = readTextFile(file)
    } catch (err) {
      process.stderr.write(`${file}: ${(err as Error).message}\n`)
      process.stdout.write(JSON.stringify({ file, recipient: null, outcome: 'not-a-bounce', cause: null, candidates: [], replyCode: null, status: null, evidence: [], error: 'unreadable' }) + '\n')
      failed++
      continue
    }
    try {
      const analysis = await analyseBounce(input, content)
      process.stdout.write(toJsonLines(file, analysis))
    } catch (err) {
      process.stderr.write(`${file}: ${(err as Error).message}\n`)
      process.stdout.write(JSON.stringify({ file, recipient: null, outcome: 'not-a-bounce', cause: null, candidates: [], replyCode: null, status: null, evidence: [], error: 'failed' }) + '\n')
      failed++
    }
  }
  return failed > 0 ? 1 : 0
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`${(err as Error).message}\n`)
    process.exit(2)
  },
)
