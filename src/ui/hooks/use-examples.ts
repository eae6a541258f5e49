import { useEffect, useState } from 'react'
import type { ExampleBounce } from '../components/bounce-form'
import { pickExamples } from '../lib/pick-examples'

/** A few example bounces from the content, loaded after the home page shows (it is not needed first). */
export function useExamples(): ExampleBounce[] {
  const [examples, setExamples] = useState<ExampleBounce[]>([])
  useEffect(() => {
    let current = true
    import('../../content').then(
      ({ CONTENT }) => {
        if (current) setExamples(pickExamples(CONTENT.causes))
      },
      () => {
        // Without the examples the page still works: the box, the file picker, the guide.
      },
    )
    return () => {
      current = false
    }
  }, [])
  return examples
}
