import { describe, expect, it } from 'vitest'
import { ContentError, parseContent, type ContentFile } from '../../../src/core/content/parse-content'
import { checkTree } from '../../../src/core/content/check-content'
import { readContentFiles } from '../../../src/node/read-content'
import type { Tree } from '../../../src/core/content/schema'

const realFiles = readContentFiles()

/** The real content with one file replaced. */
function withFile(path: string, text: string): ContentFile[] {
  return realFiles.map((f) => (f.path === path ? { path, text } : f))
}

function problemsOf(files: ContentFile[]): string {
  try {
    parseContent(files)
  } catch (err) {
    expect(err).toBeInstanceOf(ContentError)
    return (err as ContentError).message
  }
  throw new Error('the content was accepted')
}

const causeOne = realFiles.find((f) => f.path.startsWith('causes/01-'))!

describe('the content of content/', () => {
  it('holds 13 causes, numbered 1 to 13, a tree and the other outcomes', () => {
    const content = parseContent(realFiles)
    expect(content.causes.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13])
    expect(Object.keys(content.tree.nodes).length).toBeGreaterThan(3)
    expect(content.outcomes.outside.title).not.toBe('')
  })

  it('reaches every cause from the first question, with no loops and no dead links', () => {
    expect(checkTree(parseContent(realFiles).tree)).toEqual([])
  })
})

describe('a broken content file', () => {
  it('names the file and the field when a required field is missing', () => {
    const message = problemsOf(withFile(causeOne.path, causeOne.text.replace(/^title:.*$/m, '')))
    expect(message).toContain(causeOne.path)
    expect(message).toMatch(/→ title/)
  })

  it('names the field of a phrase that has neither text nor regex', () => {
    const broken = causeOne.text.replace(/^( {2}phrases:\n) {4}- .*$/m, '$1    - { strength: strong }')
    const message = problemsOf(withFile(causeOne.path, broken))
    expect(message).toContain(causeOne.path)
    expect(message).toMatch(/signals\.phrases\.0/)
  })

  it('says when the number does not match the file name', () => {
    const message = problemsOf(withFile(causeOne.path, causeOne.text.replace(/^number:\s*1\s*$/m, 'number: 2')))
    expect(message).toMatch(/number: is 2 but the file name starts with 01/)
  })

  it('says when a file is not valid YAML', () => {
    const message = problemsOf(withFile('trees/guide.yaml', 'start: [unclosed\nnodes: {'))
    expect(message).toMatch(/trees\/guide\.yaml: not valid YAML/)
  })

  it('says when a cause is missing', () => {
    const message = problemsOf(realFiles.filter((f) => !f.path.startsWith('causes/07-')))
    expect(message).toMatch(/cause 7 is missing/)
  })

  it('names the answer that has no destination', () => {
    const tree = realFiles.find((f) => f.path === 'trees/guide.yaml')!
    const broken = tree.text.replace(/^(\s+- *\{?\s*label:[^\n]*?),?\s*(?:next|cause|outcome):[^,}\n]*/m, '$1')
    const message = problemsOf(withFile('trees/guide.yaml', broken))
    expect(message).toMatch(/trees\/guide\.yaml → nodes\.[a-z0-9-]+\.answers\.\d+: an answer needs exactly one of/)
  })
})

describe('the tree check', () => {
  const tree: Tree = {
    start: 'a',
    nodes: {
      a: { ask: 'First question?', answers: [{ label: 'x', next: 'b' }, { label: 'y', next: 'missing' }] },
      b: { ask: 'Second question?', answers: [{ label: 'x', next: 'a' }, { label: 'y', cause: 1 }] },
      lonely: { ask: 'Never asked?', answers: [{ label: 'x', cause: 2 }, { label: 'y', outcome: 'outside' }] },
    },
  }
  const issues = checkTree(tree).map((i) => i.message)

  it('finds a link to a question that does not exist', () => {
    expect(issues).toContainEqual(expect.stringMatching(/nodes\.a\.answers\.1\.next names "missing"/))
  })
  it('finds a loop', () => {
    expect(issues).toContainEqual(expect.stringMatching(/loop: a → b → a/))
  })
  it('finds a question nobody reaches and causes no answer leads to', () => {
    expect(issues).toContainEqual(expect.stringMatching(/"lonely" cannot be reached/))
    expect(issues).toContainEqual(expect.stringMatching(/cause 13 cannot be reached/))
  })
})
