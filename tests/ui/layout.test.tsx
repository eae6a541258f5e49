import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { findPage, renderApp } from './render-app'

describe('every page', () => {
  it.each(['/', '/causes', '/guide', '/no/such/page'])('has a header with the main links, a footer and one h1: %s', async (path) => {
    await renderApp(path)
    const nav = screen.getByRole('navigation', { name: 'Main' })
    for (const name of ['Diagnose', 'Guide me', 'All causes']) {
      expect(within(nav).getByRole('link', { name })).toBeInTheDocument()
    }
    expect(screen.getByRole('contentinfo')).toHaveTextContent(/nothing you paste is sent anywhere/i)
    expect(screen.getByRole('main')).toBeInTheDocument()
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1)
  })

  it('shows where the person is in the navigation', async () => {
    await renderApp('/causes')
    expect(screen.getByRole('link', { name: 'All causes' })).toHaveAttribute('aria-current', 'page')
  })

  it('moves focus to the new page heading after a navigation, not on the first page', async () => {
    const { user } = await renderApp('/')
    expect(screen.getByRole('heading', { level: 1 })).not.toHaveFocus()
    await user.click(screen.getByRole('link', { name: 'All causes' }))
    expect(await findPage(/13 causes/)).toHaveFocus()
  })

  it('shows a page not found for an unknown address, with ways back', async () => {
    await renderApp('/nowhere')
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/page not found/i)
    expect(screen.getByRole('link', { name: /paste a bounce/i })).toBeInTheDocument()
  })
})
