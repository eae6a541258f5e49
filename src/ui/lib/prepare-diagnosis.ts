import { warmUpAnalysis } from './analyse-off-thread'

/** The result page's code (the app's routes load it the same way). */
export const loadResultPage = () => import('../routes/result-route')

let prepared = false

/**
 * Loads what a diagnosis needs — the result page's code and the analysis worker — ahead of the
 * click on Diagnose: when a large bounce is loaded, or the button is pointed at or focused. The
 * work then happens while the person reads, not in the moments after they press the button.
 */
export function prepareDiagnosis(): void {
  if (prepared) return
  prepared = true
  loadResultPage().catch(() => {
    prepared = false
  })
  warmUpAnalysis()
}
