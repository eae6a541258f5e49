import { screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { INPUT_KEY } from '../../src/ui/lib/input-store'
import { findPage, renderApp } from './render-app'

describe('the home page', () => {
  it('offers a labelled box to paste the bounce and says that nothing leaves the browser', async () => {
    await renderApp('/')
    expect(screen.getByRole('heading', { level: 1 })).toBeInTheDocument()
    expect(screen.getByLabelText('Paste the bounce')).toBeInTheDocument()
    expect(screen.getByText(/nothing leaves your browser/i)).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Diagnose' })).toBeInTheDocument()
  })

  it('asks for the text when Diagnose is pressed on an empty box, and stays put', async () => {
    const { user, where } = await renderApp('/')
    await user.click(screen.getByRole('button', { name: 'Diagnose' }))
    expect(screen.getByRole('alert')).toHaveTextContent(/the box is empty/i)
    expect(screen.getByLabelText('Paste the bounce')).toHaveFocus()
    expect(screen.getByLabelText('Paste the bounce')).toBeInvalid()
    expect(where()).toBe('/')
  })

  it('keeps the pasted text in this tab only: in sessionStorage, never in the URL or localStorage', async () => {
    const { user, where } = await renderApp('/')
    await user.type(screen.getByLabelText('Paste the bounce'), '550 5.1.1 user unknown')
    await user.click(screen.getByRole('button', { name: 'Diagnose' }))
    await findPage('Why your e-mail bounced')
    expect(where()).toBe('/result')
    expect(sessionStorage.getItem(INPUT_KEY)).toBe('550 5.1.1 user unknown')
    expect(localStorage.length).toBe(0)
  })

  it('shows the text kept from before when coming back to it', async () => {
    sessionStorage.setItem(INPUT_KEY, '550 kept from before')
    await renderApp('/')
    expect(screen.getByLabelText('Paste the bounce')).toHaveValue('550 kept from before')
  })

  it('fills the box with an example bounce from the content', async () => {
    const { user } = await renderApp('/')
    const examples = await screen.findByRole('group', { name: /try an example/i })
    const first = examples.querySelector('button')
    expect(first).not.toBeNull()
    await user.click(first!)
    await waitFor(() => expect(screen.getByLabelText('Paste the bounce')).not.toHaveValue(''))
    expect(screen.getByRole('status')).toHaveTextContent(/the example “address unknown” is in the box/i)
  })

  it('reads a chosen .eml file into the box', async () => {
    const { user } = await renderApp('/')
    const file = new File(['Subject: Undelivered Mail\n\n550 5.1.1 no such user'], 'bounce.eml', { type: 'message/rfc822' })
    await user.upload(screen.getByLabelText('Choose a .eml or .txt file'), file)
    expect(await screen.findByText(/read “bounce.eml”/i)).toBeInTheDocument()
    expect(screen.getByLabelText('Paste the bounce')).toHaveValue('Subject: Undelivered Mail\n\n550 5.1.1 no such user')
  })

  it('refuses a file over 10 MB with a clear message', async () => {
    const { user } = await renderApp('/')
    const file = new File(['x'], 'huge.eml', { type: 'message/rfc822' })
    Object.defineProperty(file, 'size', { value: 11 * 1024 * 1024 })
    await user.upload(screen.getByLabelText('Choose a .eml or .txt file'), file)
    expect(await screen.findByRole('alert')).toHaveTextContent(/limit is 10 MB/)
    expect(screen.getByLabelText('Paste the bounce')).toHaveValue('')
  })

  it('offers the guided questions to someone without a bounce text', async () => {
    const { user, where } = await renderApp('/')
    await user.click(screen.getByRole('link', { name: /no bounce text — guide me/i }))
    await screen.findByText('Question 1')
    expect(where()).toMatch(/^\/guide\/[a-z0-9-]+$/)
  })
})
