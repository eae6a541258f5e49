import type { Cause } from '../../core/content/schema'
import type { ExampleBounce } from '../components/bounce-form'

/** Causes whose first example is offered on the home page: common ones, in different shapes. */
const SHOWCASE = [1, 7, 12]

/** A few example bounces from the content to try the app with. */
export function pickExamples(causes: Cause[]): ExampleBounce[] {
  return SHOWCASE.flatMap((number) => causes.find((c) => c.number === number)?.examples[0] ?? []).map(
    (example, i) => ({ label: `Example ${i + 1}`, text: example.text }),
  )
}
