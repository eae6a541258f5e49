/**
 * What the browser tests expect to read, taken from content/ itself: helpdesk authors may
 * reword a title or a question without breaking a journey, as long as the journey still exists.
 */
import type { Answer, Cause, OtherOutcome, Question } from '../../../src/core/content/schema'
import { loadContent } from '../../../src/node/read-content'

export const CONTENT = loadContent()

/** A Postfix rejection written for these tests: it must diagnose to cause 1. */
export const POSTFIX_USER_UNKNOWN =
  '550 5.1.1 <ann@example.org>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)'

export function cause(number: number): Cause {
  const found = CONTENT.causes.find((c) => c.number === number)
  if (!found) throw new Error(`content/ has no cause ${number}`)
  return found
}

export function question(id: string): Question {
  const found = CONTENT.tree.nodes[id]
  if (!found) throw new Error(`content/trees/guide.yaml has no question "${id}"`)
  return found
}

export function outcomeTitle(kind: OtherOutcome): string {
  return CONTENT.outcomes[kind].title
}

/** The label of the answer to question `id` that leads to `target` (a question id or a cause). */
export function answerLeadingTo(id: string, target: { next: string } | { cause: number }): string {
  const matches = (a: Answer): boolean => ('next' in target ? a.next === target.next : a.cause === target.cause)
  const found = question(id).answers.find(matches)
  if (!found) throw new Error(`no answer of "${id}" leads to ${JSON.stringify(target)}`)
  return found.label
}

/** The URL trail (?a=) of a walk: each step's answer index, joined by dots. */
export function trail(...steps: Array<[id: string, target: { next: string } | { cause: number }]>): string {
  return steps
    .map(([id, target]) => question(id).answers.findIndex((a) => a.label === answerLeadingTo(id, target)))
    .join('.')
}
