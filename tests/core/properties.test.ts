import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { analyseBounce, type Analysis } from '../../src/core/analyse'
import { loadContent } from '../../src/node/read-content'
import { BOUNCE_TOKENS, mutate, mutationArb, TRICKY_CHARS } from './mutations'
import { analysisProblem } from './sound-analysis'

/**
 * Property tests over parse + diagnose: thousands of inputs made from the project's own sample
 * bounces (damaged in every way tests/core/mutations.ts knows), token soups and plain noise.
 * Whatever comes in, analyseBounce never throws, always gives at least one verdict with a valid
 * outcome, and its evidence points at the text it quotes.
 *
 * Time is measured per input and reported, never asserted (the machine's load is not the code's
 * fault); `npm run bench` shows that the work grows in line with the input.
 * FC_SEED=<n> replays a run; a failure prints its seed and the smallest input that fails.
 */

const content = loadContent()
const DIR = join(import.meta.dirname, '..', 'fixtures', 'bounces')

function sampleFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name)
    if (entry.isDirectory()) return sampleFiles(full)
    return /\.(eml|txt)$/.test(entry.name) ? [full] : []
  })
}

const files = sampleFiles(DIR).map((file) => readFileSync(file, 'utf8'))
const lines = readFileSync(join(DIR, 'lines', 'lines.tsv'), 'utf8')
  .split('\n')
  .map((line) => line.split('\t').slice(1).join('\t').replace(/\\n/g, '\n'))
  .filter((line) => line.trim() !== '')
const rawEmails = files.filter((text) => /^content-type:\s*multipart\//im.test(text))

const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : undefined

// Per-input timings, reported at the end.
let runs = 0
let slowest = { ms: 0, chars: 0 }
let totalMs = 0
const outcomes = new Map<string, number>()

async function analyse(input: string): Promise<Analysis> {
  const start = performance.now()
  const analysis = await analyseBounce(input, content)
  const ms = performance.now() - start
  runs++
  totalMs += ms
  if (ms > slowest.ms) slowest = { ms, chars: input.length }
  const outcome = analysis.results[0]?.verdict.outcome ?? 'none'
  outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1)
  return analysis
}

/** The property every input must have: a sound analysis (see sound-analysis.ts). */
async function readsSoundly(input: string): Promise<void> {
  const problem = analysisProblem(await analyse(input), content)
  if (problem) throw new Error(problem)
}

function check(arbitrary: fc.Arbitrary<string>, numRuns: number): Promise<void> {
  return fc.assert(fc.asyncProperty(arbitrary, readsSoundly), { numRuns, seed, endOnFailure: false })
}

const sample = fc.constantFrom(...files, ...lines)
const mutated = (from: fc.Arbitrary<string>, maxMutations: number): fc.Arbitrary<string> =>
  fc.tuple(from, fc.array(mutationArb, { minLength: 1, maxLength: maxMutations })).map(([text, mutations]) => mutations.reduce(mutate, text))

/** How many inputs each property reads; together at least 10 000. */
const RUNS = { mutatedSamples: 9000, brokenMime: 3000, tokenSoup: 3000, noise: 2000, bytes: 2000, repeatable: 1000 }

describe('whatever is pasted, the reader gives a sound verdict and never throws', () => {
  it('has samples to start from', () => {
    expect(files.length).toBeGreaterThan(50)
    expect(lines.length).toBeGreaterThan(50)
    expect(rawEmails.length).toBeGreaterThan(20)
    expect(Object.values(RUNS).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(10_000)
  })

  it('for sample bounces truncated, cut, duplicated, re-encoded, with junk inserted', () => check(mutated(sample, 4), RUNS.mutatedSamples), 60_000)

  it('for raw e-mails with broken boundaries and nesting', () =>
    check(
      fc
        .tuple(fc.constantFrom(...rawEmails), fc.array(mutationArb.filter((m) => m.op === 'break-boundary' || m.op === 'wrap' || m.op === 'headers' || m.op === 're-encode'), { minLength: 1, maxLength: 3 }))
        .map(([text, mutations]) => mutations.reduce(mutate, text)),
      RUNS.brokenMime,
    ), 60_000)

  it('for soups of bounce and MIME tokens', () =>
    check(fc.array(fc.constantFrom(...BOUNCE_TOKENS), { maxLength: 400, size: 'large' }).map((t) => t.join('')), RUNS.tokenSoup), 60_000)

  it('for random strings of any Unicode, tricky characters included', () =>
    check(
      fc.oneof(
        fc.string({ unit: 'binary', maxLength: 3000, size: 'large' }),
        fc.string({ unit: 'grapheme', maxLength: 500, size: 'large' }),
        fc.string({ unit: fc.constantFrom(...TRICKY_CHARS), maxLength: 3000, size: 'large' }),
      ),
      RUNS.noise,
    ), 60_000)

  it('for bytes as the browser’s file reader decodes them, damaged samples included', () =>
    check(
      fc.oneof(
        fc.uint8Array({ maxLength: 4000, size: 'large' }),
        fc
          .tuple(sample, fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 255 })), { maxLength: 30 }))
          .map(([text, flips]) => {
            const bytes = new TextEncoder().encode(text)
            for (const [at, value] of flips) bytes[Math.min(bytes.length - 1, Math.floor(at * bytes.length))] = value
            return bytes
          }),
      ).map((bytes) => new TextDecoder('utf-8').decode(bytes)),
      RUNS.bytes,
    ), 60_000)

  it('for the same input twice: the same analysis (no state left behind between calls)', () =>
    fc.assert(
      fc.asyncProperty(mutated(sample, 3), async (input) => {
        const first = JSON.stringify(await analyse(input))
        const second = JSON.stringify(await analyse(input))
        expect(second).toBe(first)
      }),
      { numRuns: RUNS.repeatable, seed },
    ), 60_000)
})

afterAll(() => {
  // Reported, not asserted: see the comment at the top.
  console.log(
    `property tests: ${runs} analyses, ${(totalMs / Math.max(runs, 1)).toFixed(2)} ms on average, ` +
      `slowest ${slowest.ms.toFixed(0)} ms (${slowest.chars} characters); first verdicts: ` +
      [...outcomes].map(([outcome, n]) => `${outcome} ${n}`).join(', '),
  )
})
