import type { ExampleBounce } from '../components/bounce-form'
import { EXAMPLE_LABELS, exampleText } from '../lib/pick-examples'

/**
 * A few example bounces to try. Their text is in the content, which the home page does not
 * otherwise need: it loads when an example is pointed at or pressed, not with the page.
 */
const EXAMPLES: ExampleBounce[] = EXAMPLE_LABELS.map((label, index) => ({
  label,
  load: () => import('../../content').then(({ CONTENT }) => exampleText(CONTENT.causes, index)),
}))

export function useExamples(): ExampleBounce[] {
  return EXAMPLES
}
