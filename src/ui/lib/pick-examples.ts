import type { Cause } from '../../core/content/schema'

/** Causes whose first example is offered on the home page: common ones, in different shapes. */
const SHOWCASE: Array<{ cause: number; label: string }> = [
  { cause: 1, label: 'Address unknown' },
  { cause: 7, label: 'Sender refused' },
  { cause: 12, label: 'Domain not found' },
]

/** The labels of the example buttons, known before the content loads. */
export const EXAMPLE_LABELS = SHOWCASE.map((example) => example.label)

/** The text of example `index` (0-based) from the content, or null when the content has none. */
export function exampleText(causes: Cause[], index: number): string | null {
  const number = SHOWCASE[index]?.cause
  return causes.find((c) => c.number === number)?.examples[0]?.text ?? null
}
