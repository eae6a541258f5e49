import { fireEvent, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { BIG_INPUT_CHARS } from '../../src/ui/components/bounce-form'
import { INPUT_KEY, loadInput } from '../../src/ui/lib/input-store'
import { findPage, renderApp } from './render-app'

// A box holding megabytes is slow to draw and to type in: large texts are held aside.
const big = `Subject: Undelivered Mail\n\n550 5.1.1 <ann@example.org>: User unknown\n${'x'.repeat(BIG_INPUT_CHARS)}`

describe('a bounce too large for the box', () => {
  it('from a file is held aside, said so, and diagnosed as it is', async () => {
    const { user, where } = await renderApp('/')
    await user.upload(screen.getByLabelText('Choose a .eml or .txt file'), new File([big], 'big.eml', { type: 'message/rfc822' }))
    expect(await screen.findByText(/“big.eml” \(\d+ KB\) is ready to diagnose/)).toBeInTheDocument()
    expect(screen.queryByLabelText('Paste the bounce')).not.toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent(/“big.eml” is ready/)

    await user.click(screen.getByRole('button', { name: 'Diagnose' }))
    await findPage('Why your e-mail bounced')
    expect(where()).toBe('/result')
    expect(loadInput()).toBe(big)
  })

  it('pasted into the box never reaches it', async () => {
    const { user } = await renderApp('/')
    await user.click(screen.getByLabelText('Paste the bounce'))
    await user.paste(big)
    expect(await screen.findByText(/the pasted text \(\d+ KB\) is ready to diagnose/i)).toBeInTheDocument()
    expect(screen.queryByLabelText('Paste the bounce')).not.toBeInTheDocument()
  })

  it('set into the box in one go (as a script or an extension might) is held aside too', async () => {
    await renderApp('/')
    fireEvent.change(screen.getByLabelText('Paste the bounce'), { target: { value: big } })
    expect(screen.getByText(/the text \(\d+ KB\) is ready to diagnose/i)).toBeInTheDocument()
  })

  it('kept from before is not put back into the box', async () => {
    sessionStorage.setItem(INPUT_KEY, big)
    await renderApp('/')
    expect(screen.getByText(/the text from before \(\d+ KB\) is ready to diagnose/i)).toBeInTheDocument()
  })

  it('can be cleared, bringing back the empty box', async () => {
    sessionStorage.setItem(INPUT_KEY, big)
    const { user } = await renderApp('/')
    await user.click(screen.getByRole('button', { name: 'Clear' }))
    expect(screen.getByLabelText('Paste the bounce')).toHaveValue('')
    expect(screen.getByLabelText('Paste the bounce')).toHaveFocus()
    expect(sessionStorage.length).toBe(0)
  })

  it('a text just under the limit stays in the box', async () => {
    const { user } = await renderApp('/')
    await user.click(screen.getByLabelText('Paste the bounce'))
    await user.paste('y'.repeat(1000))
    expect(screen.getByLabelText('Paste the bounce')).toHaveValue('y'.repeat(1000))
  })
})
