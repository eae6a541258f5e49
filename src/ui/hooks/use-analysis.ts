import { startTransition, useEffect, useState } from 'react'
import type { Analysis } from '../../core/analyse'
import { CONTENT } from '../../content'
import { analyseOffThread } from '../lib/analyse-off-thread'

export type AnalysisState =
  | { status: 'loading' }
  | { status: 'done'; analysis: Analysis }
  | { status: 'failed'; error: unknown }

/**
 * Analyses the pasted text in a Web Worker (see analyse-off-thread.ts): the parser and its MIME
 * library load only when a bounce is diagnosed, and a large paste never blocks the page.
 */
export function useAnalysis(text: string): AnalysisState {
  const [settled, setSettled] = useState<{ text: string; state: AnalysisState } | null>(null)
  useEffect(() => {
    const controller = new AbortController()
    analyseOffThread(text, CONTENT, controller.signal).then(
      (analysis) => {
        // A transition: React draws the result in slices, never blocking the page for long.
        if (!controller.signal.aborted) startTransition(() => setSettled({ text, state: { status: 'done', analysis } }))
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setSettled({ text, state: { status: 'failed', error } })
      },
    )
    return () => controller.abort()
  }, [text])
  return settled?.text === text ? settled.state : { status: 'loading' }
}
