import { screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { CONTENT } from '../../src/content'
import { INPUT_KEY } from '../../src/ui/lib/input-store'
import { findPage, renderApp } from './render-app'

// A page that crashes while rendering: the cause page's details, here.
vi.mock('../../src/ui/components/cause-details', () => ({
  CauseDetails: () => {
    throw new Error('boom')
  },
}))

describe('when a page crashes', () => {
  it('shows a friendly recovery screen inside the layout, keeping the pasted text', async () => {
    // React reports the caught error on the console; here that is expected.
    vi.mocked(console.error).mockImplementation(() => {})
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    sessionStorage.setItem(INPUT_KEY, '550 kept text')
    const { user, where } = await renderApp(`/causes/${CONTENT.causes[0]!.slug}`)

    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Something went wrong')
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument()
    expect(screen.getByText(/the text you pasted is kept/i)).toBeInTheDocument()

    await user.click(screen.getByRole('link', { name: 'Start over' }))
    await findPage('Why did my e-mail bounce?')
    expect(where()).toBe('/')
    expect(screen.getByLabelText('Paste the bounce')).toHaveValue('550 kept text')
  })
})
