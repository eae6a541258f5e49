import { screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { INPUT_KEY } from '../../src/ui/lib/input-store'
import { findPage, renderApp } from './render-app'

// The result page crashes while drawing the diagnosis of what was just pasted: the worst case,
// since the text that tripped it up is the one the person needs back.
vi.mock('../../src/ui/components/result-view', () => ({
  ResultView: () => {
    throw new Error('the result view crashed')
  },
}))

describe('when the result page crashes on a pasted bounce', () => {
  it('shows the recovery screen with the pasted text still there to copy and to go back to', async () => {
    vi.mocked(console.error).mockImplementation(() => {})
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    const pasted = '550 5.7.1 <bob@example.net>: Relay access denied'
    const { user, where } = await renderApp('/')
    await user.type(screen.getByLabelText('Paste the bounce'), pasted)
    await user.click(screen.getByRole('button', { name: 'Diagnose' }))

    expect(await findPage('Something went wrong')).toBeInTheDocument()
    expect(where()).toBe('/result')
    expect(sessionStorage.getItem(INPUT_KEY)).toBe(pasted)
    expect(localStorage.length).toBe(0)

    const writeText = vi.spyOn(navigator.clipboard, 'writeText')
    await user.click(screen.getByRole('button', { name: 'Copy your text' }))
    expect(writeText).toHaveBeenCalledWith(pasted)

    await user.click(screen.getByRole('link', { name: 'Start over with your text' }))
    await findPage('Why did my e-mail bounce?')
    expect(screen.getByLabelText('Paste the bounce')).toHaveValue(pasted)
  })
})
