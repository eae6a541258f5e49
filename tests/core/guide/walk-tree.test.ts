import { describe, expect, it } from 'vitest'
import type { Tree } from '../../../src/core/content/schema'
import { entryForCandidates, reachableLeaves, walkPath } from '../../../src/core/guide/walk-tree'

/**
 * A small tree with the shapes the real one has:
 *
 *   who ─┬─ 0 own ─┬─ 0 → cause 3
 *        │         ├─ 1 → cause 4
 *        │         └─ 2 → outcome temporary
 *        ├─ 1 theirs ─┬─ 0 → cause 1
 *        │            └─ 1 address ─┬─ 0 → cause 2
 *        │                          └─ 1 → cause 5
 *        └─ 2 → outcome not-a-bounce
 */
const tree: Tree = {
  start: 'who',
  nodes: {
    who: {
      ask: 'Who rejected the message?',
      answers: [
        { label: 'My own system', next: 'own' },
        { label: "The recipient's system", next: 'theirs' },
        { label: 'It is not a bounce', outcome: 'not-a-bounce' },
      ],
    },
    own: {
      ask: 'What does your system say?',
      answers: [
        { label: 'Relaying denied', cause: 3 },
        { label: 'Authentication required', cause: 4 },
        { label: 'It will retry', outcome: 'temporary' },
      ],
    },
    theirs: {
      ask: 'Does it say the user is unknown?',
      answers: [
        { label: 'Yes', cause: 1 },
        { label: 'No', next: 'address' },
      ],
    },
    address: {
      ask: 'Is your address or your server blamed?',
      answers: [
        { label: 'My address', cause: 2 },
        { label: 'My server', cause: 5 },
      ],
    },
  },
}

describe('reachableLeaves', () => {
  it('collects every cause and outcome below a question', () => {
    const leaves = reachableLeaves(tree, 'who')
    expect([...leaves.causes].sort()).toEqual([1, 2, 3, 4, 5])
    expect([...leaves.outcomes].sort()).toEqual(['not-a-bounce', 'temporary'])
  })

  it('collects only what lies below a deeper question', () => {
    const leaves = reachableLeaves(tree, 'theirs')
    expect([...leaves.causes].sort()).toEqual([1, 2, 5])
    expect(leaves.outcomes.size).toBe(0)
  })

  it('reaches nothing from an unknown question', () => {
    const leaves = reachableLeaves(tree, 'nowhere')
    expect(leaves.causes.size + leaves.outcomes.size).toBe(0)
  })

  it('does not hang on a tree that loops', () => {
    const looping: Tree = {
      start: 'a',
      nodes: {
        a: { ask: 'Question a?', answers: [{ label: 'to b', next: 'b' }, { label: 'one', cause: 1 }] },
        b: { ask: 'Question b?', answers: [{ label: 'to a', next: 'a' }, { label: 'two', cause: 2 }] },
      },
    }
    expect([...reachableLeaves(looping, 'a').causes].sort()).toEqual([1, 2])
  })
})

describe('entryForCandidates', () => {
  it('stops at the question that separates the candidates, answering the ones before it', () => {
    expect(entryForCandidates(tree, [2, 5])).toEqual({
      node: 'address',
      prefilled: [
        { node: 'who', answer: 1 },
        { node: 'theirs', answer: 1 },
      ],
    })
  })

  it('stops at the first question when the candidates split there', () => {
    expect(entryForCandidates(tree, [1, 3])).toEqual({ node: 'who', prefilled: [] })
  })

  it('stops where candidates split between a direct cause and a deeper question', () => {
    expect(entryForCandidates(tree, [1, 5])).toEqual({ node: 'theirs', prefilled: [{ node: 'who', answer: 1 }] })
  })

  it('never answers the last question for the person, even for a single candidate', () => {
    expect(entryForCandidates(tree, [4])).toEqual({ node: 'own', prefilled: [{ node: 'who', answer: 0 }] })
  })

  it('starts at the beginning when no answer leads to a candidate', () => {
    expect(entryForCandidates(tree, [9, 12])).toEqual({ node: 'who', prefilled: [] })
    expect(entryForCandidates(tree, [])).toEqual({ node: 'who', prefilled: [] })
  })
})

describe('walkPath', () => {
  it('follows the answers to the next question', () => {
    expect(walkPath(tree, [1, 1])).toEqual({
      steps: [
        { node: 'who', answer: 1 },
        { node: 'theirs', answer: 1 },
      ],
      end: { kind: 'node', node: 'address' },
    })
  })

  it('rests at the start question when nothing was answered', () => {
    expect(walkPath(tree, [])).toEqual({ steps: [], end: { kind: 'node', node: 'who' } })
  })

  it('ends at a cause or an outcome and ignores answers after it', () => {
    expect(walkPath(tree, [1, 1, 0]).end).toEqual({ kind: 'cause', cause: 2 })
    expect(walkPath(tree, [0, 2, 1, 1])).toEqual({
      steps: [
        { node: 'who', answer: 0 },
        { node: 'own', answer: 2 },
      ],
      end: { kind: 'outcome', outcome: 'temporary' },
    })
  })

  it.each([
    ['an answer index out of range', [1, 7]],
    ['a negative answer index', [1, -1]],
    ['an answer index that is not a whole number', [1, 0.5]],
    ['an answer index that is not a number', [1, Number.NaN]],
  ])('stops at the last valid question on %s', (_case, answers) => {
    expect(walkPath(tree, answers)).toEqual({
      steps: [{ node: 'who', answer: 1 }],
      end: { kind: 'node', node: 'theirs' },
    })
  })

  it('stops at a question whose answer points to a question that does not exist', () => {
    const broken: Tree = {
      start: 'a',
      nodes: { a: { ask: 'Question a?', answers: [{ label: 'gone', next: 'missing' }, { label: 'one', cause: 1 }] } },
    }
    expect(walkPath(broken, [0, 1])).toEqual({ steps: [], end: { kind: 'node', node: 'a' } })
  })
})
