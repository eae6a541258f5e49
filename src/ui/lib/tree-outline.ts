import type { OtherOutcome, Tree } from '../../core/content/schema'
import { answerTarget } from '../../core/guide/walk-tree'

/** Where an answer leads on the map. */
export type OutlineTarget =
  | { kind: 'question'; question: OutlineQuestion }
  /** A question already drawn higher up (the questions may share one; it is drawn once). */
  | { kind: 'see-above'; id: string; ask: string }
  | { kind: 'cause'; cause: number }
  | { kind: 'outcome'; outcome: OtherOutcome }
  /** An answer pointing to a question that does not exist (the content check forbids it). */
  | { kind: 'missing'; id: string }

export interface OutlineAnswer {
  label: string
  /** The answers from the start up to and including this one: its place in the guide's `?a=`. */
  trail: number[]
  target: OutlineTarget
}

export interface OutlineQuestion {
  id: string
  ask: string
  /** The answers from the start that lead to this question. */
  trail: number[]
  answers: OutlineAnswer[]
}

/**
 * The guided questions as a tree to draw, from the start question down: every question with its
 * answers, and where each answer leads (a question, a cause or another outcome). A question
 * reachable on several ways is drawn in full the first time and referred to afterwards.
 */
export function outlineTree(tree: Tree): OutlineQuestion | null {
  const drawn = new Set<string>()
  const question = (id: string, trail: number[]): OutlineQuestion | null => {
    const node = Object.hasOwn(tree.nodes, id) ? tree.nodes[id] : undefined
    if (!node) return null
    drawn.add(id)
    return {
      id,
      ask: node.ask,
      trail,
      answers: node.answers.map((answer, index): OutlineAnswer => {
        const answerTrail = [...trail, index]
        const end = answerTarget(answer)
        if (end.kind === 'cause') return { label: answer.label, trail: answerTrail, target: { kind: 'cause', cause: end.cause } }
        if (end.kind === 'outcome') return { label: answer.label, trail: answerTrail, target: { kind: 'outcome', outcome: end.outcome } }
        const next = Object.hasOwn(tree.nodes, end.node) ? tree.nodes[end.node] : undefined
        if (next && drawn.has(end.node)) {
          return { label: answer.label, trail: answerTrail, target: { kind: 'see-above', id: end.node, ask: next.ask } }
        }
        const child = question(end.node, answerTrail)
        return { label: answer.label, trail: answerTrail, target: child ? { kind: 'question', question: child } : { kind: 'missing', id: end.node } }
      }),
    }
  }
  return question(tree.start, [])
}

/** Whether `prefix` is the start of `trail` (every trail starts with the empty one). */
export function startsWith(trail: readonly number[], prefix: readonly number[]): boolean {
  return prefix.length <= trail.length && prefix.every((answer, i) => trail[i] === answer)
}
