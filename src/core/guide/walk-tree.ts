import type { Answer, OtherOutcome, Tree } from '../content/schema'

/**
 * The guided flow's tree walker. Trees are plain data (content/trees/guide.yaml); everything that
 * decides where a walk goes lives here, so it is the same for the browser, the CLI and the tests.
 */

/** Where an answer, or a walk, comes to rest. */
export type WalkEnd =
  | { kind: 'node'; node: string }
  | { kind: 'cause'; cause: number }
  | { kind: 'outcome'; outcome: OtherOutcome }

/** The causes and other outcomes a node can still lead to. */
export interface Leaves {
  causes: Set<number>
  outcomes: Set<OtherOutcome>
}

/** One answered question on a walk. */
export interface Step {
  /** The question's id. */
  node: string
  /** The index of the chosen answer in the question's `answers`. */
  answer: number
}

/** Where the answer of a question leads. */
export function answerTarget(answer: Answer): WalkEnd {
  if (answer.cause !== undefined) return { kind: 'cause', cause: answer.cause }
  if (answer.outcome !== undefined) return { kind: 'outcome', outcome: answer.outcome }
  return { kind: 'node', node: answer.next ?? '' }
}

function hasNode(tree: Tree, id: string): boolean {
  return Object.hasOwn(tree.nodes, id)
}

/**
 * Every cause and outcome reachable from a node. Unknown node ids reach nothing; cycles (which the
 * content check forbids, but a walker must not hang on) are followed once.
 */
export function reachableLeaves(tree: Tree, nodeId: string): Leaves {
  const leaves: Leaves = { causes: new Set(), outcomes: new Set() }
  const seen = new Set<string>()
  const visit = (id: string): void => {
    if (seen.has(id) || !hasNode(tree, id)) return
    seen.add(id)
    for (const answer of tree.nodes[id]?.answers ?? []) {
      const target = answerTarget(answer)
      if (target.kind === 'cause') leaves.causes.add(target.cause)
      else if (target.kind === 'outcome') leaves.outcomes.add(target.outcome)
      else visit(target.node)
    }
  }
  visit(nodeId)
  return leaves
}

/** The causes an answer can still lead to. */
function causesBehind(tree: Tree, answer: Answer): Set<number> {
  const target = answerTarget(answer)
  if (target.kind === 'cause') return new Set([target.cause])
  if (target.kind === 'node') return reachableLeaves(tree, target.node).causes
  return new Set()
}

/**
 * Where the guided flow should start for a diagnosis that narrowed the causes to `candidates`:
 * from `start`, while exactly one answer can still lead to every candidate, that answer is taken
 * for the person (recorded in `prefilled`); the walk stops at the first question whose answers
 * split the candidates, which is the question that tells them apart.
 *
 * An answer that ends the flow (a cause or an outcome) is never prefilled: the entry is always a
 * question, so the person confirms the last step themselves.
 */
export function entryForCandidates(
  tree: Tree,
  candidates: number[],
): { node: string; prefilled: Step[] } {
  const prefilled: Step[] = []
  if (candidates.length === 0) return { node: tree.start, prefilled }
  const seen = new Set<string>()
  let node = tree.start
  while (hasNode(tree, node) && !seen.has(node)) {
    seen.add(node)
    const answers = tree.nodes[node]?.answers ?? []
    const covering = answers
      .map((answer, index) => ({ answer, index }))
      .filter(({ answer }) => {
        const behind = causesBehind(tree, answer)
        return candidates.every((c) => behind.has(c))
      })
    const only = covering.length === 1 ? covering[0] : undefined
    if (!only) break
    const target = answerTarget(only.answer)
    if (target.kind !== 'node' || !hasNode(tree, target.node)) break
    prefilled.push({ node, answer: only.index })
    node = target.node
  }
  return { node, prefilled }
}

/** A walk through the tree by answer indexes, as kept in the guide's URL. */
export interface Walk {
  /** The questions answered, in order, with the answer chosen. */
  steps: Step[]
  /** Where the walk rests: the next question to answer, or the cause or outcome reached. */
  end: WalkEnd
}

/**
 * Follows `answers` (indexes into each question's answers) from `start`. Bad input never throws:
 * an answer index that is out of range or not an integer, or an answer pointing to an unknown
 * question, ends the walk at the last valid question; answers after a cause or outcome are
 * ignored. When `start` itself is unknown, the walk has no steps and ends at `start`.
 */
export function walkPath(tree: Tree, answers: readonly number[]): Walk {
  const steps: Step[] = []
  let node = tree.start
  for (const index of answers) {
    const question = tree.nodes[node]
    if (!hasNode(tree, node) || !question) break
    const answer = Number.isInteger(index) ? question.answers[index] : undefined
    if (!answer) break
    const target = answerTarget(answer)
    if (target.kind === 'node' && !hasNode(tree, target.node)) break
    steps.push({ node, answer: index })
    if (target.kind !== 'node') return { steps, end: target }
    node = target.node
  }
  return { steps, end: { kind: 'node', node } }
}
