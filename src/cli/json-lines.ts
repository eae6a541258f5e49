import type { Analysis } from '../core/analyse'

/** One line of the diagnose command's output: the verdict for one failed recipient. */
export interface DiagnosisLine {
  file: string
  recipient: string | null
  outcome: 'cause' | 'ask' | 'temporary' | 'not-a-bounce' | 'outside'
  cause: number | null
  candidates: number[]
  replyCode: string | null
  status: string | null
  evidence: string[]
}

/** The diagnosis lines of one analysed file, as JSON Lines text. */
export function toJsonLines(file: string, analysis: Analysis): string {
  return analysis.results
    .map(({ facts, verdict }) => {
      const line: DiagnosisLine = {
        file,
        recipient: facts.address,
        outcome: verdict.outcome,
        cause: verdict.cause,
        candidates: verdict.candidates,
        replyCode: facts.replyCode,
        status: facts.status,
        evidence: [...new Set(verdict.evidence.map((e) => e.text))],
      }
      return JSON.stringify(line) + '\n'
    })
    .join('')
}
