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

/** React reports the caught render error on the console; here that is expected. */
function expectRenderError() {
  vi.mocked(console.error).mockImplementation(() => {})
  vi.spyOn(console, 'warn').mockImplementation(() => {})
}

const crashingPage = `/causes/${CONTENT.causes[0]!.slug}`

describe('when a page crashes', () => {
  it('shows a friendly recovery screen inside the layout, keeping the pasted text', async () => {
    expectRenderError()
    sessionStorage.setItem(INPUT_KEY, '550 kept text')
    const { user, where } = await renderApp(crashingPage)

    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Something went wrong')
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument()
    expect(screen.getByText(/the text you pasted is kept/i)).toBeInTheDocument()

    await user.click(screen.getByRole('link', { name: 'Start over with your text' }))
    await findPage('Why did my e-mail bounce?')
    expect(where()).toBe('/')
    expect(screen.getByLabelText('Paste the bounce')).toHaveValue('550 kept text')
  })

  it('lets the person copy the kept text, or read it, from the recovery screen', async () => {
    expectRenderError()
    sessionStorage.setItem(INPUT_KEY, '550 5.1.1 <ann@example.org> User unknown')
    const { user } = await renderApp(crashingPage)
    const writeText = vi.spyOn(navigator.clipboard, 'writeText')

    await user.click(screen.getByRole('button', { name: 'Copy your text' }))
    expect(writeText).toHaveBeenCalledWith('550 5.1.1 <ann@example.org> User unknown')
    expect(screen.getByRole('status')).toHaveTextContent(/copied your text/i)

    expect(screen.getByLabelText('Your text')).not.toBeVisible()
    await user.click(screen.getByRole('button', { name: 'Show your text' }))
    expect(screen.getByLabelText('Your text')).toBeVisible()
    expect(screen.getByLabelText('Your text')).toHaveValue('550 5.1.1 <ann@example.org> User unknown')
    expect(screen.getByLabelText('Your text')).toHaveAttribute('readonly')
  })

  it('keeps the text in this tab’s sessionStorage only: not in localStorage, not in the address', async () => {
    expectRenderError()
    sessionStorage.setItem(INPUT_KEY, '550 secret-recipient@example.org')
    const { where } = await renderApp(crashingPage)
    expect(screen.getByText(/the text you pasted is kept/i)).toBeInTheDocument()
    expect(localStorage.length).toBe(0)
    expect(where()).not.toMatch(/secret|550/)
  })

  it('can start over with an empty box, forgetting the text', async () => {
    expectRenderError()
    sessionStorage.setItem(INPUT_KEY, '550 kept text')
    const { user } = await renderApp(crashingPage)
    await user.click(screen.getByRole('button', { name: 'Start over with an empty box' }))
    await findPage('Why did my e-mail bounce?')
    expect(screen.getByLabelText('Paste the bounce')).toHaveValue('')
    expect(sessionStorage.getItem(INPUT_KEY)).toBeNull()
  })

  it('offers only a fresh start when nothing was pasted', async () => {
    expectRenderError()
    await renderApp(crashingPage)
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Something went wrong')
    expect(screen.queryByRole('button', { name: 'Copy your text' })).not.toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Start over' })).toHaveAttribute('href', '/')
  })
})
