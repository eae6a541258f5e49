/**
 * Times analyseBounce (parse + diagnose) on generated inputs of 1, 5 and 10 MB in Node, and
 * prints milliseconds and MB/s per shape of input. The time must grow in line with the size:
 * a shape whose time per MB at the largest size is more than twice that at the smallest is
 * flagged as not linear. Measures and reports only; it asserts nothing (see the property tests
 * for what must always hold).
 *
 * Usage: npm run bench [-- --quick]   (--quick: 1 and 2 MB only)
 */
import { analyseBounce } from '../src/core/analyse'
import { loadContent } from '../src/node/read-content'
import { reportEmail, reportText, reportWithAttachment, USER_UNKNOWN } from '../tests/fixtures/hostile/build'

const MB = 1024 * 1024
const quick = process.argv.includes('--quick')
const content = loadContent()

/** Repeats `unit` until the text is `size` characters long, after `head`. */
function fill(head: string, unit: string, size: number): string {
  const times = Math.max(0, Math.ceil((size - head.length) / unit.length))
  return (head + unit.repeat(times)).slice(0, size)
}

interface Shape {
  name: string
  make: (size: number) => string
  sizes: number[]
}

const sizes = quick ? [1 * MB, 2 * MB] : [1 * MB, 5 * MB, 10 * MB]

const SHAPES: Shape[] = [
  // The common large bounce: a report with the returned message's attachment.
  { name: 'raw e-mail, base64 attachment', make: (size) => reportWithAttachment(Math.floor((size * 3) / 4)), sizes },
  {
    name: 'report text, then the returned message',
    make: (size) =>
      fill(`${reportText()}\n\n------ This is a copy of the message, including all the headers. ------\n\n`, 'Dear Ann, here are the minutes of the meeting we had on Tuesday.\n', size),
    sizes,
  },
  {
    name: 'raw report, long returned text part',
    make: (size) => reportEmail(reportText(), { more: [{ headers: ['Content-Type: text/plain'], body: fill('', 'Line of the returned message, quoted back.\n', size) }] }),
    sizes,
  },
  { name: 'text, short lines', make: (size) => fill(`${USER_UNKNOWN}\n`, 'x\n', size), sizes },
  {
    // A DSN without a Diagnostic-Code: the reason is looked for next to each mention of the address.
    name: 'DSN, one long line naming the recipient',
    make: (size) => fill('Reporting-MTA: dns; mx.example.org\n\nFinal-Recipient: rfc822; a@example.org\nAction: failed\nStatus: 5.0.0\n\n', 'reason: mailbox a@example.org is full; ', size),
    sizes,
  },
  { name: 'text, reply-like lines', make: (size) => fill(`${USER_UNKNOWN}\n`, '550\n', size), sizes },
  {
    // Each line a recipient with its own reply: the work grows with recipients × replies.
    name: 'text, one recipient per line',
    make: (size) => {
      const lines: string[] = []
      for (let i = 0, length = 0; length < size; i++) {
        const line = `<user${i}@example.org>: host mx.example.org said: 550 5.1.1 User unknown\n`
        lines.push(line)
        length += line.length
      }
      return lines.join('')
    },
    sizes: quick ? [MB / 16, MB / 8] : [MB / 16, MB / 8, MB / 4],
  },
]

async function time(input: string): Promise<number> {
  const start = performance.now()
  await analyseBounce(input, content)
  return performance.now() - start
}

/** The median of three runs, after one to warm up. */
async function measure(input: string): Promise<number> {
  await time(input)
  const runs = [await time(input), await time(input), await time(input)]
  return runs.sort((a, b) => a - b)[1] ?? 0
}

const notLinear: string[] = []
console.log(`analyseBounce in Node ${process.version}: median of 3 runs after a warm-up\n`)
for (const shape of SHAPES) {
  console.log(shape.name)
  const perMb: number[] = []
  for (const size of shape.sizes) {
    const input = shape.make(size)
    const ms = await measure(input)
    const mb = input.length / MB
    perMb.push(ms / mb)
    console.log(`  ${mb.toFixed(2).padStart(6)} MB  ${ms.toFixed(0).padStart(6)} ms  ${(mb / (ms / 1000)).toFixed(1).padStart(7)} MB/s`)
  }
  const growth = (perMb[perMb.length - 1] ?? 0) / (perMb[0] || 1)
  const verdict = growth <= 2 ? 'linear' : 'NOT LINEAR'
  if (growth > 2) notLinear.push(shape.name)
  console.log(`  time per MB at the largest size / at the smallest: ${growth.toFixed(2)} (${verdict})\n`)
}
console.log(notLinear.length === 0 ? 'Every shape stays linear.' : `Not linear: ${notLinear.join('; ')}.`)
