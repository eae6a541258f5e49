import { describe, expect, it } from 'vitest'
import { entryForCandidates, reachableLeaves, walkPath } from '../../../src/core/guide/walk-tree'
import { loadContent } from '../../../src/node/read-content'

const { tree } = loadContent()

/** Every answer trail from the start to a cause or an outcome. */
function allTrails(): number[][] {
  const trails: number[][] = []
  const extend = (trail: number[]): void => {
    const walk = walkPath(tree, trail)
    if (walk.end.kind !== 'node') {
      trails.push(trail)
      return
    }
    const question = tree.nodes[walk.end.node]!
    question.answers.forEach((_, index) => extend([...trail, index]))
  }
  extend([])
  return trails
}

describe('the guided questions of content/trees/guide.yaml, branch by branch', () => {
  const trails = allTrails()
  const ends = trails.map((t) => walkPath(tree, t).end)

  it('ends every branch in a cause or an outcome', () => {
    expect(ends.every((e) => e.kind === 'cause' || e.kind === 'outcome')).toBe(true)
  })

  it('reaches each of the 13 causes and each other outcome', () => {
    const causes = new Set(ends.flatMap((e) => (e.kind === 'cause' ? [e.cause] : [])))
    const outcomes = new Set(ends.flatMap((e) => (e.kind === 'outcome' ? [e.outcome] : [])))
    expect([...causes].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13])
    expect([...outcomes].sort()).toEqual(['not-a-bounce', 'outside', 'temporary'])
  })

  it('asks at most five questions on any branch', () => {
    expect(Math.max(...trails.map((t) => t.length))).toBeLessThanOrEqual(5)
  })

  const pairs = Array.from({ length: 13 }, (_, i) => i + 1).flatMap((a) =>
    Array.from({ length: 13 - a }, (_, i) => [a, a + 1 + i] as [number, number]),
  )
  it.each(pairs)('starts a question between causes %i and %i where its answers tell them apart', (a, b) => {
    const { node } = entryForCandidates(tree, [a, b])
    const question = tree.nodes[node]!
    const leaves = reachableLeaves(tree, node).causes
    expect(leaves.has(a) && leaves.has(b)).toBe(true)
    const covering = question.answers.filter((answer) => {
      if (answer.cause !== undefined) return false
      if (answer.next === undefined) return false
      const behind = reachableLeaves(tree, answer.next).causes
      return behind.has(a) && behind.has(b)
    })
    expect(covering.length).not.toBe(1)
  })
})
