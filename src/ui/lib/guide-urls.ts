import { formatTrail } from '../../core/guide/trail'
import type { WalkEnd } from '../../core/guide/walk-tree'
import type { Cause } from '../../core/content/schema'

/** Options of a question's URL in the guided flow. */
export interface GuideUrlOptions {
  /** The answer to show as chosen (when coming back to change it). */
  selected?: number | undefined
  /** How many answers at the start of the trail were filled in from the pasted bounce. */
  prefilled?: number | undefined
}

function query(answers: readonly number[], options: GuideUrlOptions = {}): string {
  const params = new URLSearchParams()
  if (answers.length > 0) params.set('a', formatTrail(answers))
  if (options.selected !== undefined) params.set('s', String(options.selected))
  if (options.prefilled) params.set('p', String(Math.min(options.prefilled, answers.length)))
  const text = params.toString()
  return text ? `?${text}` : ''
}

/** A question of the guided flow: the node in the path, the answers so far in the query. */
export function guideUrl(node: string, answers: readonly number[], options?: GuideUrlOptions): string {
  return `/guide/${encodeURIComponent(node)}${query(answers, options)}`
}

export function causeUrl(cause: Pick<Cause, 'slug'>, answers: readonly number[] = []): string {
  return `/causes/${encodeURIComponent(cause.slug)}${query(answers)}`
}

/** Where the guided flow goes once a walk ends. */
export function endUrl(end: WalkEnd, causes: Cause[], answers: readonly number[], prefilled?: number): string {
  if (end.kind === 'node') return guideUrl(end.node, answers, { prefilled })
  if (end.kind === 'outcome') return `/outcome/${end.outcome}${query(answers)}`
  const cause = causes.find((c) => c.number === end.cause)
  return cause ? causeUrl(cause, answers) : '/causes'
}
