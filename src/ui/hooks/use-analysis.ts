import { useEffect, useState } from 'react'
import type { Analysis } from '../../core/analyse'
import { CONTENT } from '../../content'

export type AnalysisState =
  | { status: 'loading' }
  | { status: 'done'; analysis: Analysis }
  | { status: 'failed'; error: unknown }

/**
 * Analyses the pasted text. The parser (and its MIME library) is loaded with a dynamic import,
 * so it costs nothing until a bounce is actually diagnosed.
 */
export function useAnalysis(text: string): AnalysisState {
  const [settled, setSettled] = useState<{ text: string; state: AnalysisState } | null>(null)
  useEffect(() => {
    let current = true
    import('../../core/analyse')
      .then(({ analyseBounce }) => analyseBounce(text, CONTENT))
      .then(
        (analysis) => {
          if (current) setSettled({ text, state: { status: 'done', analysis } })
        },
        (error: unknown) => {
          if (current) setSettled({ text, state: { status: 'failed', error } })
        },
      )
    return () => {
      current = false
    }
  }, [text])
  return settled?.text === text ? settled.state : { status: 'loading' }
}
