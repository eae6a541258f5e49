import { expect } from 'vitest'
import type { Analysis } from '../../src/core/analyse'
import type { Span } from '../../src/core/bounce/types'
import type { Content } from '../../src/core/content/schema'

const OUTCOMES = new Set(['cause', 'ask', 'temporary', 'not-a-bounce', 'outside'])
const KINDS = new Set(['empty', 'binary', 'raw-email', 'text'])

/** What every analysis must be, whatever was pasted; returns the first problem found, or null. */
export function analysisProblem(analysis: Analysis, content: Pick<Content, 'causes'>): string | null {
  const { facts, results } = analysis
  const causes = new Set(content.causes.map((c) => c.number))
  const inText = (span: Span | null): boolean =>
    span === null || (Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= facts.text.length)

  if (!KINDS.has(facts.kind)) return `unknown input kind ${facts.kind}`
  if (typeof facts.text !== 'string') return 'facts.text is not a string'
  if (!(facts.reportEnd >= 0 && facts.reportEnd <= facts.text.length)) return `reportEnd ${facts.reportEnd} outside the text (${facts.text.length})`
  if (!facts.notes.every((n) => typeof n === 'string' && n.trim() !== '')) return 'a note is empty'
  if (results.length === 0) return 'no verdict'
  for (const [i, { facts: recipient, verdict }] of results.entries()) {
    const where = `verdict ${i}`
    if (!OUTCOMES.has(verdict.outcome)) return `${where}: unknown outcome ${verdict.outcome}`
    if (verdict.outcome === 'cause') {
      if (verdict.cause === null || !causes.has(verdict.cause)) return `${where}: cause ${verdict.cause} is none of the content's causes`
      if (!verdict.candidates.includes(verdict.cause)) return `${where}: candidates ${verdict.candidates.join(',')} leave out the cause ${verdict.cause}`
    } else if (verdict.cause !== null) return `${where}: outcome ${verdict.outcome} with cause ${verdict.cause}`
    if (verdict.outcome === 'ask' && verdict.candidates.length < 2) return `${where}: a question with ${verdict.candidates.length} candidates`
    if (!verdict.candidates.every((c) => causes.has(c))) return `${where}: unknown candidate in ${verdict.candidates.join(',')}`
    if (!['high', 'medium', 'low'].includes(verdict.confidence)) return `${where}: confidence ${verdict.confidence}`
    for (const e of verdict.evidence) {
      if (!inText(e.span)) return `${where}: evidence span ${JSON.stringify(e.span)} outside the text`
      if (facts.text.slice(e.span.start, e.span.end) !== e.text) return `${where}: evidence “${e.text}” is not the text at its span`
    }
    if (!inText(recipient.diagnosticSpan) || !inText(recipient.contextSpan)) return `${where}: a recipient span lies outside the text`
  }
  // The analysis crosses from the Web Worker to the page by structured clone.
  try {
    structuredClone(analysis)
  } catch (error) {
    return `the analysis cannot be sent between threads: ${String(error)}`
  }
  return null
}

/** Fails the test with the first problem of the analysis. */
export function expectSoundAnalysis(analysis: Analysis, content: Pick<Content, 'causes'>): void {
  expect(analysisProblem(analysis, content)).toBeNull()
}
