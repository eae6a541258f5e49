import { act, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { CONTENT } from '../../src/content'
import { findPage, renderApp } from './render-app'

function scrollTo(y: number) {
  Object.defineProperty(window, 'scrollY', { value: y, configurable: true })
  window.dispatchEvent(new Event('scroll'))
}

describe('scrolling, as on a site of separate pages', () => {
  it('starts a new page at its top, and Back returns to where the person was', async () => {
    const { user, history } = await renderApp('/causes')
    const scroll = vi.mocked(window.scrollTo)
    scrollTo(640)
    await user.click(screen.getByRole('link', { name: `Cause 1: ${CONTENT.causes[0]!.title}` }))
    await findPage(CONTENT.causes[0]!.title)
    expect(scroll).toHaveBeenLastCalledWith(0, 0)

    scrollTo(0)
    act(() => history.go(-1))
    await findPage(/13 causes/)
    expect(scroll).toHaveBeenLastCalledWith(0, 640)
  })
})
