import type { NextStep } from '../content/schema'
import type { RecipientVerdict } from './types'

/** How a step that fits the bounce at hand is marked. */
export const FITS_LABEL = 'Matches your bounce'

/** A next step as shown for one bounce. */
export interface ShownStep {
  text: string
  /** True when one of the step's `when` words is in this bounce. */
  fits: boolean
}

const WORD_CHAR = /[\p{L}\p{N}_]/u

/** Whether `term` stands in `text` as whole words; both lower-cased. */
function mentions(text: string, term: string): boolean {
  for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) {
    const before = text[at - 1]
    const after = text[at + term.length]
    if ((before === undefined || !WORD_CHAR.test(before)) && (after === undefined || !WORD_CHAR.test(after))) return true
  }
  return false
}

/**
 * A cause's next steps for one failed recipient: the steps whose `when` words are in the server's
 * reply or in the evidence that decided the verdict come first, the others follow in their order.
 * Without a recipient (a cause's own page) the steps keep their order.
 */
export function stepsFor(steps: NextStep[], result: RecipientVerdict | null): ShownStep[] {
  const words = result
    ? [result.facts.diagnostic ?? '', ...result.verdict.evidence.map((e) => e.text)].join('\n').toLowerCase()
    : ''
  const shown = steps.map(({ text, when }) => ({
    text,
    fits: words !== '' && when.some((term) => mentions(words, term.toLowerCase())),
  }))
  return [...shown.filter((s) => s.fits), ...shown.filter((s) => !s.fits)]
}

/** Steps of plain text (the outcomes that are not one of the 13 causes), none marked. */
export const plainSteps = (steps: string[]): ShownStep[] => steps.map((text) => ({ text, fits: false }))
