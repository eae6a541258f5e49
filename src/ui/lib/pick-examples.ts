import type { Cause } from '../../core/content/schema'

/** Causes whose first example is offered on the home page: common ones, in different shapes. */
const SHOWCASE = [1, 7, 12]

/** The labels of the example buttons, known before the content loads. */
export const EXAMPLE_LABELS = SHOWCASE.map((_, i) => `Example ${i + 1}`)

/** The text of example `index` (0-based) from the content, or null when the content has none. */
export function exampleText(causes: Cause[], index: number): string | null {
  const number = SHOWCASE[index]
  return causes.find((c) => c.number === number)?.examples[0]?.text ?? null
}
