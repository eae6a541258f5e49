import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { analyseBounce } from '../../../src/core/analyse'
import { loadContent } from '../../../src/node/read-content'

const content = loadContent()
const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'bounces', 'quoted')

/** Each recipient's verdict, in the order the app lists them: a cause number, "ask" or an outcome. */
async function verdicts(file: string): Promise<string[]> {
  const { results } = await analyseBounce(readFileSync(join(dir, file), 'utf8'), content)
  return results.map(({ verdict }) => (verdict.outcome === 'cause' ? String(verdict.cause) : verdict.outcome))
}

// Bounces forwarded or quoted by people, auto-replies from mail-system senders, and returned copies
// that are themselves from a mailer daemon: each file says what it is in its name.
describe('bounces that people forward or quote, and messages that only look like them', () => {
  it.each([
    ['a01-ooo-postmaster.eml', ['not-a-bounce']],
    ['a02-ticket-postmaster.eml', ['not-a-bounce']],
    ['a03-challenge.eml', ['not-a-bounce']],
    ['a04-ooo-quoting.eml', ['not-a-bounce']],
    ['a05-gateway-quoted.eml', ['1']],
    ['a06-ooo-maildelivery-name.eml', ['not-a-bounce']],
    ['a07-ooo-plain.eml', ['not-a-bounce']],
    ['f01-exim-postmaster-copy.txt', ['1']],
    ['f02-postfix-double.txt', ['1']],
    ['f03-fwd-ok.txt', ['1']],
    ['f04-exim-weak.txt', ['ask']],
    ['f05-exchange-postmaster.txt', ['8']],
    ['p01-fwd-postmaster-notice.txt', ['not-a-bounce']],
    ['p02-dsn-delivered-first.txt', ['1', 'not-a-bounce']],
    ['q01-reply-new.txt', ['2']],
    ['q02-sendmail-quoted.txt', ['4']],
    ['q03-sendmail.txt', ['4']],
    ['q04-copy-quotes.txt', ['11']],
    ['q05-partial.txt', ['2']],
    ['u01-dsn-after-quote.txt', ['1']],
    ['u02-new-exim-old-quoted.txt', ['ask']],
  ])('%s → %s', async (file, want) => {
    expect(await verdicts(file)).toEqual(want)
  })
})
