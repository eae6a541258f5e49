import { UNSAFE_createMemoryHistory as createMemoryHistory } from 'react-router'
import { describe, expect, it, vi } from 'vitest'
import { applyEmbedSettings, readEmbedSettings } from '../../../src/ui/lib/embed-settings'
import { postToHost } from '../../../src/ui/lib/host-messages'
import { keepEmbedParams, withKeptParams } from '../../../src/ui/lib/keep-embed-params'

describe('the embed settings in the address', () => {
  it('are off, with the theme following the system, unless asked for', () => {
    expect(readEmbedSettings('')).toEqual({ embed: false, theme: 'auto' })
    expect(readEmbedSettings('?embed=1&theme=dark')).toEqual({ embed: true, theme: 'dark' })
    expect(readEmbedSettings('?embed=true&theme=purple')).toEqual({ embed: false, theme: 'auto' })
  })

  it('become classes on <html>: a forced theme, and the embed look', () => {
    const html = document.createElement('html')
    applyEmbedSettings(html, { embed: true, theme: 'light' })
    expect([...html.classList].sort()).toEqual(['embed', 'light'])
    applyEmbedSettings(html, { embed: false, theme: 'auto' })
    expect([...html.classList]).toEqual([])
  })
})

describe('keeping the embed parameters on navigation', () => {
  const current = new URLSearchParams('embed=1&theme=dark&a=0.1')

  it('adds embed and theme of the current address to the target, nothing else', () => {
    expect(withKeptParams('/causes', current)).toEqual({ pathname: '/causes', search: '?embed=1&theme=dark' })
    expect(withKeptParams('/guide/x?a=2#top', current)).toEqual({ pathname: '/guide/x', search: '?a=2&embed=1&theme=dark', hash: '#top' })
    expect(withKeptParams({ pathname: '/tree', search: '?theme=light' }, current)).toEqual({ pathname: '/tree', search: '?theme=light&embed=1' })
  })

  it('leaves the target alone when the app is not embedded', () => {
    expect(withKeptParams('/causes', new URLSearchParams('a=1'))).toBe('/causes')
  })

  it('applies to every navigation of the router', () => {
    const history = keepEmbedParams(createMemoryHistory({ initialEntries: ['/?embed=1'], v5Compat: true }))
    history.push('/causes')
    expect(history.location.pathname + history.location.search).toBe('/causes?embed=1')
    history.replace('/guide')
    expect(history.location.pathname + history.location.search).toBe('/guide?embed=1')
    history.go(-1)
    expect(history.location.pathname).toBe('/')
  })
})

describe('a message to the host page', () => {
  it('goes to the parent window when framed, and nowhere otherwise', () => {
    const parent = { postMessage: vi.fn() }
    const framed = { parent } as unknown as Window
    postToHost({ type: 'bounce-wizard:resize', height: 300 }, framed)
    expect(parent.postMessage).toHaveBeenCalledWith({ type: 'bounce-wizard:resize', height: 300 }, '*')

    const top = { postMessage: vi.fn() } as unknown as Window & { postMessage: ReturnType<typeof vi.fn> }
    ;(top as unknown as { parent: Window }).parent = top
    postToHost({ type: 'bounce-wizard:resize', height: 300 }, top)
    expect(top.postMessage).not.toHaveBeenCalled()
  })
})
