import { describe, expect, it, vi } from 'vitest'
import type { AnalyseRequest, AnalyseResponse } from '../../../src/ui/lib/analyse-messages'
import { loadContent } from '../../../src/node/read-content'

const content = loadContent()

describe('the analysis worker', () => {
  it('analyses each request with the content sent first, its parts joined, and answers by id', async () => {
    const answers: AnalyseResponse[] = []
    vi.stubGlobal('postMessage', (message: AnalyseResponse) => answers.push(message))
    await import('../../../src/ui/workers/analyse.worker')
    const receive = (globalThis as unknown as { onmessage: (event: { data: AnalyseRequest }) => void }).onmessage

    receive({ data: { id: 1, text: '550 5.1.1 <ann@', more: true, content } })
    receive({ data: { id: 2, text: '\u0000'.repeat(1000), more: false, content: null } })
    receive({ data: { id: 1, text: 'example.org>: User unknown', more: false, content: null } })
    await vi.waitFor(() => expect(answers).toHaveLength(2))

    const byId = new Map(answers.map((a) => [a.id, a]))
    expect(byId.get(1)).toMatchObject({ ok: true, analysis: { results: [{ verdict: { outcome: 'cause', cause: 1 } }] } })
    expect(byId.get(2)).toMatchObject({ ok: true, analysis: { facts: { kind: 'binary' } } })
    vi.unstubAllGlobals()
  })
})
