import { warmUpAnalysis } from './analyse-off-thread'

/** The result page's code (the app's routes load it the same way). */
export const loadResultPage = () => import('../routes/result-route')

let prepared = false

/**
 * Loads what a diagnosis needs — the result page's code and the analysis worker — ahead of the
 * click on Diagnose: when a large file is chosen, a large bounce is pasted, or the button is
 * pointed at or focused. The work then happens while the person reads, not in the moments after
 * they press the button. Each of the two starts in a task of its own, after the caller's (a file
 * chosen, a paste), which has work of its own: on a phone-class CPU, starting the worker takes
 * some 10 ms, and asking for the page's code took some 30 to 60 ms more while Vite preloaded each
 * of its parts from the same task (vite.config.ts now leaves that to the browser).
 */
export function prepareDiagnosis(): void {
  if (prepared) return
  prepared = true
  setTimeout(() => {
    loadResultPage().catch(() => {
      prepared = false
    })
  }, 0)
  setTimeout(warmUpAnalysis, 0)
}
