import { useEffect, type RefObject } from 'react'
import { postToHost, type DiagnosisMessage } from '../lib/host-messages'
import { useEmbedSettings } from './use-embed-settings'

/**
 * Embedded: tells the host page the height of `ref`'s element whenever it changes, so the host
 * can size its iframe to fit and no scrollbar appears.
 */
export function useReportHeight(ref: RefObject<HTMLElement | null>, active: boolean): void {
  useEffect(() => {
    const element = ref.current
    if (!active || !element || typeof ResizeObserver === 'undefined') return
    let last = -1
    const observer = new ResizeObserver(() => {
      const height = Math.ceil(element.getBoundingClientRect().height)
      if (height === last) return
      last = height
      postToHost({ type: 'bounce-wizard:resize', height })
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [ref, active])
}

/**
 * Embedded: tells the host page which verdict is on screen (outcome and cause number only),
 * when it is shown and whenever it changes. `verdict` null means none is shown.
 */
export function useReportVerdict(verdict: Omit<DiagnosisMessage, 'type'> | null): void {
  const { embed } = useEmbedSettings()
  const outcome = verdict?.outcome
  const cause = verdict?.cause ?? null
  const via = verdict?.via
  useEffect(() => {
    if (embed && outcome && via) postToHost({ type: 'bounce-wizard:diagnosis', outcome, cause, via })
  }, [embed, outcome, cause, via])
}
