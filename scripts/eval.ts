/**
 * Measures the diagnosis on a labelled corpus of real bounces.
 *
 *   npm run eval -- [DIR] [LABELS.tsv] [--min-right=PERCENT] [--out=reports/eval.md]
 *
 * DIR defaults to ../shared/corpus and LABELS to DIR/labels.tsv. Prints right / wrong / asked
 * overall and per cause, a confusion matrix, the same with CRLF and CR-only line endings and
 * with the diagnostic text alone, throughput, and the wrong files. Exits 1 when --min-right is
 * given and the LF figure is below it.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { analyseBounce, type Analysis } from '../src/core/analyse'
import { loadContent } from '../src/node/read-content'
import { readTextFile } from '../src/node/read-text-file'

interface Label {
  file: string
  status: string
  replyCode: string
  reason: string
  expected: string
  index: number
}

interface Row {
  label: Label
  got: string
  outcome: string
  candidates: number[]
  right: boolean
  asked: boolean
  askedRight: boolean
  evidence: string
}

const args = process.argv.slice(2)
const flags = new Map(args.filter((a) => a.startsWith('--')).map((a) => [a.replace(/=.*$/, ''), a.includes('=') ? a.replace(/^[^=]*=/, '') : 'true']))
const positional = args.filter((a) => !a.startsWith('--'))
const dir = resolve(positional[0] ?? join(import.meta.dirname, '..', '..', 'shared', 'corpus'))
const labelsPath = resolve(positional[1] ?? join(dir, 'labels.tsv'))
const outPath = flags.get('--out') ?? join(import.meta.dirname, '..', 'reports', 'eval.md')
const minRight = flags.has('--min-right') ? Number(flags.get('--min-right')) : null

function readLabels(): Label[] {
  const lines = readFileSync(labelsPath, 'utf8').split('\n').filter((l) => l.trim() !== '')
  const header = (lines.shift() ?? '').split('\t')
  const col = (name: string): number => header.indexOf(name)
  return lines.map((line) => {
    const f = line.split('\t')
    return {
      file: f[col('file')] ?? '',
      status: f[col('status')] ?? '',
      replyCode: f[col('replycode')] ?? '',
      reason: f[col('sisimai_reason')] ?? '',
      expected: f[col('mapped_cause')] ?? '',
      index: Number(f[col('recipient_index')] ?? '1'),
    }
  })
}

function judge(label: Label, analysis: Analysis): Row {
  const result = analysis.results[label.index - 1] ?? analysis.results[0]
  const verdict = result?.verdict
  const outcome = verdict?.outcome ?? 'none'
  const got = outcome === 'cause' ? String(verdict?.cause) : outcome === 'ask' ? `ask(${verdict?.candidates.join(',')})` : 'other'
  const otherOutcome = outcome === 'temporary' || outcome === 'not-a-bounce' || outcome === 'outside'
  const right = label.expected === 'other' ? otherOutcome : outcome === 'cause' && String(verdict?.cause) === label.expected
  const asked = outcome === 'ask'
  const askedRight = asked && (verdict?.candidates ?? []).map(String).includes(label.expected)
  const evidence = (verdict?.evidence ?? []).map((e) => e.text.replace(/\s+/g, ' ')).join(' | ').slice(0, 160)
  return { label, got, outcome, candidates: verdict?.candidates ?? [], right, asked, askedRight, evidence }
}

interface Summary {
  rows: Row[]
  right: number
  asked: number
  askedRight: number
  total: number
}

function summarise(rows: Row[]): Summary {
  return {
    rows,
    right: rows.filter((r) => r.right).length,
    asked: rows.filter((r) => r.asked).length,
    askedRight: rows.filter((r) => r.askedRight).length,
    total: rows.length,
  }
}

const pct = (n: number, d: number): string => (d === 0 ? '–' : `${((100 * n) / d).toFixed(1)} %`)

async function run(labels: Label[], texts: Map<string, string>, transform: (text: string, file: string) => string): Promise<Summary> {
  const analyses = new Map<string, Analysis>()
  for (const [file, text] of texts) analyses.set(file, await analyseBounce(transform(text, file), content))
  return summarise(labels.map((label) => judge(label, analyses.get(label.file) as Analysis)))
}

const content = loadContent()
const labels = readLabels()
const files = [...new Set(labels.map((l) => l.file))]
const texts = new Map(files.map((f) => [f, readTextFile(join(dir, f))]))

// Throughput, in this one process: whole passes over every file for WARM_UP_MS (so the engine has
// compiled the hot code, as in a page that has diagnosed a few bounces), then timed passes until
// THROUGHPUT_MS have passed. The rate is over all timed passes; the slowest file is the one with
// the highest median time.
const WARM_UP_MS = 1000
const THROUGHPUT_MS = 2000
const lfAnalyses = new Map<string, Analysis>()
for (const [file, text] of texts) lfAnalyses.set(file, await analyseBounce(text, content))
const warmUpStart = performance.now()
while (performance.now() - warmUpStart < WARM_UP_MS) for (const [, text] of texts) await analyseBounce(text, content)
const times = new Map<string, number[]>([...texts.keys()].map((file) => [file, []]))
const passRates: number[] = []
const started = performance.now()
while (performance.now() - started < THROUGHPUT_MS) {
  const passStart = performance.now()
  for (const [file, text] of texts) {
    const t0 = performance.now()
    await analyseBounce(text, content)
    times.get(file)?.push(performance.now() - t0)
  }
  passRates.push((texts.size / (performance.now() - passStart)) * 1000)
}
const elapsed = performance.now() - started
const filesPerSecond = ((texts.size * passRates.length) / elapsed) * 1000
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0
const slowest = [...times].map(([file, ms]) => ({ file, ms: median(ms) })).reduce((a, b) => (b.ms > a.ms ? b : a))
const rateRange = `${Math.min(...passRates).toFixed(0)}–${Math.max(...passRates).toFixed(0)}`

const lf = summarise(labels.map((label) => judge(label, lfAnalyses.get(label.file) as Analysis)))
const crlf = await run(labels, texts, (t) => t.replace(/\r?\n/g, '\r\n'))
const cr = await run(labels, texts, (t) => t.replace(/\r?\n/g, '\r'))
// One pasted line: the diagnostic text the parser found for that recipient.
const diagnosticOf = (label: Label): string => {
  const results = lfAnalyses.get(label.file)?.results ?? []
  return (results[label.index - 1] ?? results[0])?.facts.diagnostic ?? ''
}
const diagnosticOnly = summarise(
  await Promise.all(labels.map(async (label) => judge({ ...label, index: 1 }, await analyseBounce(diagnosticOf(label), content)))).then((rows) =>
    rows.map((row, i) => ({ ...row, label: labels[i] as Label })),
  ),
)
const firstOnly = summarise(lf.rows.filter((r) => r.label.index === 1))

// Per cause: recall (of rows labelled X, how many got X) and precision (of rows given X, how many were X).
const classes = [...new Set(labels.map((l) => l.expected))].sort((a, b) => (a === 'other' ? 1 : b === 'other' ? -1 : Number(a) - Number(b)))
const gotClass = (r: Row): string => (r.outcome === 'cause' ? r.got : r.asked ? 'ask' : 'other')
const perCause = classes.map((c) => {
  const labelled = lf.rows.filter((r) => r.label.expected === c)
  const given = lf.rows.filter((r) => gotClass(r) === c)
  return {
    cause: c,
    rows: labelled.length,
    recall: pct(labelled.filter((r) => r.right).length, labelled.length),
    precision: pct(given.filter((r) => r.label.expected === c).length, given.length),
    asked: labelled.filter((r) => r.asked).length,
  }
})
const columns = [...classes, 'ask']
const matrix = classes.map((c) => {
  const labelled = lf.rows.filter((r) => r.label.expected === c)
  return [c, ...columns.map((g) => String(labelled.filter((r) => gotClass(r) === g).length || '·'))]
})

const line = (name: string, s: Summary): string =>
  `| ${name} | ${s.total} | ${s.right} (${pct(s.right, s.total)}) | ${s.total - s.right - s.asked} | ${s.asked} (${pct(s.asked, s.total)}) | ${s.askedRight} | ${pct(s.right + s.askedRight, s.total)} |`
const md = [
  '# Evaluation on the labelled corpus',
  '',
  `Corpus: \`${dir}\` — ${texts.size} files, ${labels.length} labelled recipients. Command: \`npm run eval\`.`,
  '',
  '"Right" = the verdict\'s cause equals the label, or for label `other` an outcome of temporary, not-a-bounce or outside. "Asked" = outcome `ask`; "asked right" = the label is among its candidates.',
  '',
  '| input | rows | right | wrong | asked | asked right | right + asked right |',
  '|---|---|---|---|---|---|---|',
  line('first recipient of each file (LF)', firstOnly),
  line('every labelled recipient (LF)', lf),
  line('every labelled recipient (CRLF)', crlf),
  line('every labelled recipient (CR only)', cr),
  line('diagnostic text only', diagnosticOnly),
  '',
  `Throughput: ${filesPerSecond.toFixed(0)} files/s in one process (${passRates.length} passes over the ${texts.size} files in ${elapsed.toFixed(0)} ms, one pass ${rateRange} files/s); slowest file: ${slowest.file} (median ${slowest.ms.toFixed(2)} ms).`,
  '',
  '## Per cause (LF, every labelled recipient)',
  '',
  '| label | rows | recall | precision | asked |',
  '|---|---|---|---|---|',
  ...perCause.map((p) => `| ${p.cause} | ${p.rows} | ${p.recall} | ${p.precision} | ${p.asked} |`),
  '',
  '## Confusion matrix (rows: label, columns: verdict)',
  '',
  `| label \\ got | ${columns.join(' | ')} |`,
  `|---|${columns.map(() => '---').join('|')}|`,
  ...matrix.map((r) => `| ${r.join(' | ')} |`),
  '',
  '## Wrong or asked (LF)',
  '',
  '| file | # | reason | expected | got | evidence |',
  '|---|---|---|---|---|---|',
  ...lf.rows
    .filter((r) => !r.right)
    .map((r) => `| ${r.label.file} | ${r.label.index} | ${r.label.reason} | ${r.label.expected} | ${r.got} | ${r.evidence.replace(/\|/g, '\\|')} |`),
  '',
  '## Wrong or asked with the diagnostic text only',
  '',
  '| file | # | expected | got | input |',
  '|---|---|---|---|---|',
  ...diagnosticOnly.rows
    .filter((r) => !r.right)
    .map((r) => {
      const input = diagnosticOf(r.label).slice(0, 120)
      return `| ${r.label.file} | ${r.label.index} | ${r.label.expected} | ${r.got} | ${input.replace(/\|/g, '\\|')} |`
    }),
  '',
].join('\n')

mkdirSync(dirname(outPath), { recursive: true })
writeFileSync(outPath, md)
const summaryLines = [
  `first recipient (LF): ${firstOnly.right}/${firstOnly.total} right (${pct(firstOnly.right, firstOnly.total)}), asked ${firstOnly.asked} (${pct(firstOnly.asked, firstOnly.total)})`,
  `all rows  LF: ${pct(lf.right, lf.total)}  CRLF: ${pct(crlf.right, crlf.total)}  CR: ${pct(cr.right, cr.total)}  diagnostic only: ${pct(diagnosticOnly.right, diagnosticOnly.total)}`,
  `throughput: ${filesPerSecond.toFixed(0)} files/s (${passRates.length} passes, one pass ${rateRange}); slowest ${slowest.file} median ${slowest.ms.toFixed(2)} ms`,
  `report: ${outPath}`,
]
process.stdout.write(flags.has('--quiet') ? summaryLines.join('\n') + '\n' : md + '\n' + summaryLines.join('\n') + '\n')

if (minRight !== null && (100 * firstOnly.right) / firstOnly.total < minRight) {
  process.stderr.write(`eval: right ${pct(firstOnly.right, firstOnly.total)} is below the floor of ${minRight} %\n`)
  process.exit(1)
}
if (crlf.right !== lf.right || cr.right !== lf.right) {
  process.stderr.write('eval: the figures differ between LF, CRLF and CR-only line endings\n')
  process.exit(1)
}
