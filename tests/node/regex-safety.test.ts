import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { compileSignals, phrasePattern, WORD_GAP } from '../../src/core/diagnosis/compile-signals'
import { RECIPIENT_LINES } from '../../src/core/bounce/read-report-text'
import { IPV4_ALONE, IPV6_CANDIDATE } from '../../src/core/report/mask-personal-data'
import { ContentError, parseContent } from '../../src/core/content/parse-content'
import { checkRegex } from '../../src/node/check-regex'
import { loadContent, readContentFiles } from '../../src/node/read-content'

const ROOT = join(import.meta.dirname, '..', '..')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name)
    if (statSync(full).isDirectory()) return sourceFiles(full)
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [full] : []
  })
}

/** Every regular-expression literal in a TypeScript file, found by the TypeScript scanner. */
function regexLiterals(file: string): Array<{ where: string; source: string; flags: string }> {
  const text = readFileSync(file, 'utf8')
  const found: Array<{ where: string; source: string; flags: string }> = []
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS)
  const visit = (node: ts.Node): void => {
    if (ts.isRegularExpressionLiteral(node)) {
      const literal = node.text
      const end = literal.lastIndexOf('/')
      const { line } = source.getLineAndCharacterOfPosition(node.getStart())
      found.push({ where: `${relative(ROOT, file)}:${line + 1}`, source: literal.slice(1, end), flags: literal.slice(end + 1) })
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

// A pasted bounce is hostile text: one regular expression that backtracks catastrophically is
// enough to freeze the tab. Every pattern the program runs on pasted text is checked here.
/** How long checking every content expression may take on a slow machine. */
const CHECK_ALL_TIMEOUT = 120_000

describe('regular expressions and catastrophic backtracking', () => {
  const literals = sourceFiles(join(ROOT, 'src')).flatMap(regexLiterals)

  it('finds the regular expressions in src/', () => {
    expect(literals.length).toBeGreaterThan(50)
  })

  it.each(literals.map((l) => [l.where, l] as const))('the literal at %s is safe', (_where, literal) => {
    expect(checkRegex(literal.source, literal.flags)).toMatchObject({ safe: true })
  })

  const built: Array<[string, RegExp]> = [
    ...RECIPIENT_LINES.map((r, i) => [`recipient line pattern ${i}`, r] as [string, RegExp]),
    ['IPv4 masking pattern', IPV4_ALONE],
    ['IPv6 masking pattern', IPV6_CANDIDATE],
    ['phrase pattern of several words', phrasePattern("the recipient's mailbox is full and cannot accept messages now")],
  ]
  it.each(built)('the %s, built at run time, is safe', (_name, pattern) => {
    expect(checkRegex(pattern.source, pattern.flags)).toMatchObject({ safe: true })
  })

  it('gives the same verdict again when it is remembered', () => {
    const first = checkRegex('(x+x+)+y', '')
    expect(first.safe).toBe(false)
    expect(checkRegex('(x+x+)+y', '')).toEqual(first)
    expect(checkRegex('^x+y$', '')).toEqual(checkRegex('^x+y$', ''))
    expect(checkRegex('^x+y$', '').safe).toBe(true)
  })

  it('every plain-text phrase of content/ compiles to literal words joined by the word gap, which cannot backtrack', () => {
    const content = loadContent()
    // A phrase pattern is \b? (escaped literal | word gap | ['’])+ \b?: no other quantifiers. The
    // word gap (white space, then a wrapped reply's code) is itself checked above, in a phrase.
    const gap = WORD_GAP.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    const token = String.raw`(?:${gap}|\['\u2019\]|\\[^bBdDsSwW]|[^\\[\]()|*+?{}.^$])`
    const shape = new RegExp(String.raw`^(?:\\b)?${token}+(?:\\b)?$`)
    const texts = [...content.causes.flatMap((c) => c.signals.phrases), ...content.outcomes.outside.signals.phrases]
      .map((p) => p.text)
      .filter((t): t is string => t !== undefined)
    const compiled = new Set(compileSignals(content.causes, content.outcomes).phrases.map((p) => p.pattern.source))
    const plain = texts.map((t) => phrasePattern(t).source)
    expect(plain.length).toBeGreaterThan(100)
    expect(plain.filter((source) => !compiled.has(source))).toEqual([])
    expect(plain.filter((source) => !shape.test(source))).toEqual([])
  })

  // The checker analyses each expression as it is run (with its white-space gaps): a minute at most.
  it("accepts every author's regular expression in content/ as it is now", { timeout: CHECK_ALL_TIMEOUT }, () => {
    expect(() => loadContent(undefined, { checkPatterns: true })).not.toThrow()
  })

  it('refuses a content file whose regular expression can backtrack catastrophically, naming file and field', { timeout: CHECK_ALL_TIMEOUT }, () => {
    const files = readContentFiles().map((f) =>
      f.path.startsWith('causes/01-') ? { ...f, text: f.text.replace(/^( {2}phrases:\n)/m, (line) => `${line}    - { regex: 'unknown (a+)+$', strength: weak }\n`) } : f,
    )
    let error: unknown = null
    try {
      parseContent(files, { checkPattern: (source, flags) => checkRegex(source, flags).problem })
    } catch (err) {
      error = err
    }
    expect(error).toBeInstanceOf(ContentError)
    expect((error as ContentError).message).toMatch(/causes\/01-[a-z-]+\.md → signals\.phrases\.0\.regex: can backtrack catastrophically/)
  })

  it('refuses a regular expression with no word it always needs, which would run on every text', () => {
    const files = readContentFiles().map((f) =>
      f.path.startsWith('causes/02-') ? { ...f, text: f.text.replace(/^( {2}phrases:\n)/m, (line) => `${line}    - { regex: '(?:blocked|banned) (?:file|attachment)', strength: weak }\n`) } : f,
    )
    expect(() => parseContent(files)).toThrow(/signals\.phrases\.0\.regex: needs at least one word/)
  })

  it('refuses a regular expression that does not compile', () => {
    const files = readContentFiles().map((f) =>
      f.path.startsWith('causes/02-') ? { ...f, text: f.text.replace(/^( {2}phrases:\n)/m, (line) => `${line}    - { regex: 'unclosed (group', strength: weak }\n`) } : f,
    )
    expect(() => parseContent(files)).toThrow(/signals\.phrases\.0\.regex: not a valid regular expression/)
  })
})
