import { cleanup, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { Tree } from '../../src/core/content/schema'
import { answerTarget, walkPath, type WalkEnd } from '../../src/core/guide/walk-tree'
import { CONTENT } from '../../src/content'
import { findPage, renderApp } from './render-app'

const tree = CONTENT.tree

/** The first walk (answer indexes from the start) of at least `questions` questions ending as `wanted` says. */
function findWalk(t: Tree, wanted: (end: WalkEnd) => boolean, questions = 2): number[] {
  const search = (node: string, answers: number[]): number[] | null => {
    const question = t.nodes[node]
    if (!question || answers.length > 20) return null
    for (const [i, answer] of question.answers.entries()) {
      const target = answerTarget(answer)
      const next = [...answers, i]
      if (target.kind === 'node') {
        const found = search(target.node, next)
        if (found) return found
      } else if (wanted(target) && next.length >= questions) return next
    }
    return null
  }
  const walk = search(t.start, [])
  if (!walk) throw new Error('the guide has no such walk')
  return walk
}

const heading = () => screen.getByRole('heading', { level: 1 })
const ask = (node: string) => tree.nodes[node]!.ask
const labelOf = (node: string, answer: number) => tree.nodes[node]!.answers[answer]!.label

describe('the guided questions', () => {
  it('start at the first question', async () => {
    await renderApp('/guide')
    expect(await findPage(ask(tree.start))).toBeInTheDocument()
    expect(screen.getByText('Question 1')).toBeInTheDocument()
  })

  it('lead to a cause page by answering one question after another', async () => {
    const answers = findWalk(tree, (end) => end.kind === 'cause')
    const { steps, end } = walkPath(tree, answers)
    const { user, where } = await renderApp('/guide')
    for (const [i, step] of steps.entries()) {
      await findPage(ask(step.node))
      expect(screen.getByText(`Question ${i + 1}`)).toBeInTheDocument()
      await user.click(screen.getByRole('radio', { name: labelOf(step.node, step.answer) }))
      await user.click(screen.getByRole('button', { name: 'Continue' }))
    }
    const cause = CONTENT.causes.find((c) => end.kind === 'cause' && c.number === end.cause)!
    expect(await findPage(cause.title)).toBeInTheDocument()
    expect(where()).toBe(`/causes/${cause.slug}?a=${answers.join('.')}`)
    expect(screen.getByRole('region', { name: 'Your answers so far' })).toBeInTheDocument()
  })

  it('move focus to each new question for keyboard and screen reader users', async () => {
    const { user } = await renderApp('/guide')
    await findPage(ask(tree.start))
    await user.click(screen.getAllByRole('radio').find((r) => answerTarget(tree.nodes[tree.start]!.answers[Number((r as HTMLInputElement).value)]!).kind === 'node')!)
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await waitFor(() => expect(heading()).not.toHaveTextContent(ask(tree.start)))
    expect(heading()).toHaveFocus()
  })

  it('go back to the previous question with its answer still chosen', async () => {
    const [first = 0] = findWalk(tree, () => true, 2)
    const { user, where } = await renderApp('/guide')
    await findPage(ask(tree.start))
    await user.click(screen.getByRole('radio', { name: labelOf(tree.start, first) }))
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    const secondNode = walkPath(tree, [first]).end
    expect(secondNode.kind).toBe('node')
    await findPage(ask(secondNode.kind === 'node' ? secondNode.node : ''))

    await user.click(screen.getByRole('link', { name: 'Back' }))
    await findPage(ask(tree.start))
    expect(screen.getByRole('radio', { name: labelOf(tree.start, first) })).toBeChecked()
    expect(where()).toMatch(new RegExp(`^/guide/${tree.start}`))
  })

  it('keep the place in the URL, so a reload or a shared link shows the same question and answers', async () => {
    const answers = findWalk(tree, () => true, 3).slice(0, 2)
    const { steps, end } = walkPath(tree, answers)
    const { user, where } = await renderApp('/guide')
    for (const step of steps) {
      await findPage(ask(step.node))
      await user.click(screen.getByRole('radio', { name: labelOf(step.node, step.answer) }))
      await user.click(screen.getByRole('button', { name: 'Continue' }))
    }
    await findPage(ask(end.kind === 'node' ? end.node : ''))
    const url = where()
    expect(url).toBe(`/guide/${end.kind === 'node' ? end.node : ''}?a=${answers.join('.')}`)

    cleanup()
    await renderApp(url)
    expect(heading()).toHaveTextContent(ask(end.kind === 'node' ? end.node : ''))
    expect(screen.getByText('Question 3')).toBeInTheDocument()
    const trail = screen.getByRole('region', { name: 'Your answers so far' })
    expect(within(trail).getAllByRole('listitem')).toHaveLength(2)
  })

  it('let the person change an earlier answer, returning to that question', async () => {
    const answers = findWalk(tree, () => true, 3).slice(0, 2)
    const { end } = walkPath(tree, answers)
    const { user } = await renderApp(`/guide/${end.kind === 'node' ? end.node : ''}?a=${answers.join('.')}`)
    const trail = screen.getByRole('region', { name: 'Your answers so far' })
    await user.click(within(trail).getAllByRole('link', { name: /change/i })[0]!)
    await findPage(ask(tree.start))
    expect(screen.getByRole('radio', { name: labelOf(tree.start, answers[0]!) })).toBeChecked()
  })

  it('ask for an answer when Continue is pressed without one', async () => {
    const { user, where } = await renderApp('/guide')
    await findPage(ask(tree.start))
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(screen.getByRole('alert')).toHaveTextContent(/choose one of the answers/i)
    expect(where()).toBe(`/guide/${tree.start}`)
  })

  it('start over from the first question', async () => {
    const answers = findWalk(tree, () => true, 2).slice(0, 1)
    const { end } = walkPath(tree, answers)
    const { user } = await renderApp(`/guide/${end.kind === 'node' ? end.node : ''}?a=${answers.join('.')}`)
    await user.click(screen.getByRole('link', { name: 'Start over' }))
    await findPage(ask(tree.start))
    expect(screen.queryByRole('region', { name: 'Your answers so far' })).not.toBeInTheDocument()
  })

  it('reach an outcome that is not one of the 13 causes', async () => {
    const answers = findWalk(tree, (end) => end.kind === 'outcome', 1)
    const { steps, end } = walkPath(tree, answers)
    const { user, where } = await renderApp('/guide')
    for (const step of steps) {
      await findPage(ask(step.node))
      await user.click(screen.getByRole('radio', { name: labelOf(step.node, step.answer) }))
      await user.click(screen.getByRole('button', { name: 'Continue' }))
    }
    if (end.kind !== 'outcome') throw new Error('the walk should end at an outcome')
    await findPage(CONTENT.outcomes[end.outcome].title)
    expect(where()).toBe(`/outcome/${end.outcome}?a=${answers.join('.')}`)
  })

  it('say so for a question that does not exist', async () => {
    await renderApp('/guide/no-such-question')
    expect(heading()).toHaveTextContent(/not found/i)
  })
})
