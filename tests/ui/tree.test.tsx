import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { Tree } from '../../src/core/content/schema'
import { CONTENT } from '../../src/content'
import { outlineTree, type OutlineQuestion } from '../../src/ui/lib/tree-outline'
import { findPage, renderApp } from './render-app'

const tree = CONTENT.tree

describe('the outline of the guided questions', () => {
  it('holds every question once, with the answers that lead to it', () => {
    const root = outlineTree(tree)!
    const seen: OutlineQuestion[] = []
    const visit = (q: OutlineQuestion): void => {
      seen.push(q)
      for (const a of q.answers) if (a.target.kind === 'question') visit(a.target.question)
    }
    visit(root)
    expect(seen.map((q) => q.id).sort()).toEqual(Object.keys(tree.nodes).sort())
    expect(root.trail).toEqual([])
    for (const q of seen) {
      q.answers.forEach((a, i) => expect(a.trail).toEqual([...q.trail, i]))
    }
  })

  it('draws a question reached on two ways once, and refers to it the second time', () => {
    const shared: Tree = {
      start: 'a',
      nodes: {
        a: { ask: 'First?', answers: [{ label: 'x', next: 'b' }, { label: 'y', next: 'c' }] },
        b: { ask: 'Second?', answers: [{ label: 'p', next: 'c' }, { label: 'q', cause: 1 }] },
        c: { ask: 'Third?', answers: [{ label: 'r', cause: 2 }, { label: 's', outcome: 'temporary' }] },
      },
    }
    const root = outlineTree(shared)!
    const b = root.answers[0]!.target
    expect(b.kind === 'question' && b.question.answers[0]!.target.kind).toBe('question')
    expect(root.answers[1]!.target).toEqual({ kind: 'see-above', id: 'c', ask: 'Third?' })
  })
})

describe('the map page', () => {
  it('shows every question as a link to its step, and every cause', async () => {
    await renderApp('/tree')
    await findPage('Map of the guided questions')
    const map = screen.getByRole('list', { name: 'The guided questions' })
    for (const node of Object.values(tree.nodes)) {
      expect(within(map).getByRole('link', { name: node.ask })).toHaveAttribute('href', expect.stringMatching(/^\/guide\/[a-z0-9-]+(\?a=[\d.]+)?$/))
    }
    for (const cause of CONTENT.causes) {
      expect(within(map).getAllByRole('link', { name: `Cause ${cause.number}: ${cause.title}` })[0]).toHaveAttribute(
        'href',
        expect.stringMatching(new RegExp(`^/causes/${cause.slug}\\?a=[\\d.]+$`)),
      )
    }
    expect(within(map).queryByText('Your answer:')).not.toBeInTheDocument()
  })

  it('marks the answers of ?a= and the question they lead to', async () => {
    await renderApp('/tree?a=0')
    await findPage('Map of the guided questions')
    const map = screen.getByRole('list', { name: 'The guided questions' })
    expect(within(map).getAllByText('Your answer:')).toHaveLength(1)
    const next = tree.nodes[tree.start]!.answers[0]!.next!
    expect(within(map).getByRole('link', { name: tree.nodes[next]!.ask })).toHaveAttribute('aria-current', 'step')
    expect(screen.getByRole('link', { name: 'Back to your question' })).toHaveAttribute('href', `/guide/${next}?a=0`)
  })

  it('is linked from every page’s footer and from the guide', async () => {
    const { user } = await renderApp('/guide')
    await findPage(tree.nodes[tree.start]!.ask)
    expect(within(screen.getByRole('contentinfo')).getByRole('link', { name: 'Map of the guided questions' })).toHaveAttribute('href', '/tree')
    await user.click(screen.getByRole('link', { name: 'See all questions on a map' }))
    await findPage('Map of the guided questions')
  })
})
