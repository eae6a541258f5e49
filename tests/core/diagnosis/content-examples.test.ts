import { describe, expect, it } from 'vitest'
import { analyseBounce } from '../../../src/core/analyse'
import { loadContent } from '../../../src/node/read-content'

const content = loadContent()

// Every example in every cause file is a test case by itself: adding a regression case is
// adding one example to content/, not writing a test.
describe.each(content.causes.map((c) => [c.number, c] as const))('the examples of cause %i', (number, cause) => {
  it.each(cause.examples.map((e, i) => [i, e.text] as const))('example %i diagnoses to its cause', async (_i, text) => {
    const { results } = await analyseBounce(text, content)
    expect(results[0]?.verdict).toMatchObject({ outcome: 'cause', cause: number })
  })
})
