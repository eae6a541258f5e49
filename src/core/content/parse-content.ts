import { parse as parseYaml } from 'yaml'
import type { z } from 'zod'
import { regexKey, regexPattern } from '../diagnosis/compile-signals'
import {
  CauseFrontmatterSchema,
  OutcomesSchema,
  TreeSchema,
  type Cause,
  type Content,
  type Outcomes,
  type Signals,
  type Tree,
} from './schema'

/** A content file as read from disk: its path relative to content/ and its text. */
export interface ContentFile {
  path: string
  text: string
}

/** One thing wrong with a content file, named so an author can find and fix it. */
export interface ContentProblem {
  file: string
  /** The field, as a dotted path (`signals.phrases.2.text`), or '' for the file as a whole. */
  field: string
  message: string
}

/** Thrown when content/ is not valid; its message lists every problem, one per line. */
export class ContentError extends Error {
  readonly problems: ContentProblem[]
  constructor(problems: ContentProblem[]) {
    super(
      'content/ has problems:\n' +
        problems.map((p) => `  ${p.file}${p.field ? ` → ${p.field}` : ''}: ${p.message}`).join('\n'),
    )
    this.name = 'ContentError'
    this.problems = problems
  }
}

const CAUSE_FILE = /^causes\/(\d\d)-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$/

/** Splits a Markdown file into its YAML frontmatter and its body. */
function splitFrontmatter(text: string): { frontmatter: string; body: string } | null {
  const normalised = text.replace(/\r\n?/g, '\n')
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(normalised)
  if (!match) return null
  return { frontmatter: match[1] ?? '', body: (match[2] ?? '').trim() }
}

function zodProblems(file: string, error: z.ZodError): ContentProblem[] {
  return error.issues.map((issue) => ({
    file,
    field: issue.path.map(String).join('.'),
    message: issue.message,
  }))
}

function readYaml(file: string, text: string, problems: ContentProblem[]): unknown {
  try {
    return parseYaml(text, { prettyErrors: true })
  } catch (err) {
    problems.push({ file, field: '', message: `not valid YAML: ${(err as Error).message.split('\n')[0]}` })
    return undefined
  }
}

/** What parseContent needs from its host beyond the files. */
export interface ParseOptions {
  /** Renders a cause's Markdown explanation to HTML. Default: keeps the Markdown as it is. */
  renderMarkdown?: (markdown: string) => string
  /**
   * Checks an author's regular expression for catastrophic backtracking; returns the problem,
   * or null when it is safe. Default: no check beyond compiling it.
   */
  checkPattern?: (source: string, flags: string) => string | null
}

/** Checks that every `regex` phrase compiles and is safe to run on hostile text. */
function checkPatterns(file: string, base: string, signals: Signals, options: ParseOptions, problems: ContentProblem[]): void {
  signals.phrases.forEach((phrase, index) => {
    if (phrase.regex === undefined) return
    const field = `${base}phrases.${index}.regex`
    try {
      new RegExp(phrase.regex, 'gi')
    } catch (err) {
      problems.push({ file, field, message: `not a valid regular expression: ${(err as Error).message}` })
      return
    }
    // An expression is looked for only in texts that hold a word it always needs: one with none
    // would run on every text.
    if (regexKey(phrase.regex) === '') {
      problems.push({ file, field, message: 'needs at least one word that every match contains (outside alternatives and optional parts), so that it runs only on texts holding it' })
      return
    }
    // The pattern as it is run, with white space between its words.
    const problem = options.checkPattern?.(regexPattern(phrase.regex).source, 'i') ?? null
    if (problem) problems.push({ file, field, message: problem })
  })
}

function parseCause(file: ContentFile, problems: ContentProblem[], options: ParseOptions): Cause | null {
  const name = CAUSE_FILE.exec(file.path)
  if (!name) {
    problems.push({ file: file.path, field: '', message: 'cause files are named NN-slug.md, e.g. 01-recipient-unknown.md' })
    return null
  }
  const parts = splitFrontmatter(file.text)
  if (!parts) {
    problems.push({ file: file.path, field: '', message: 'the file must start with frontmatter between two `---` lines' })
    return null
  }
  const data = readYaml(file.path, parts.frontmatter, problems)
  if (data === undefined) return null
  const result = CauseFrontmatterSchema.safeParse(data)
  if (!result.success) {
    problems.push(...zodProblems(file.path, result.error))
    return null
  }
  if (result.data.number !== Number(name[1])) {
    problems.push({
      file: file.path,
      field: 'number',
      message: `is ${result.data.number} but the file name starts with ${name[1]}`,
    })
    return null
  }
  if (parts.body.length < 40) {
    problems.push({ file: file.path, field: '', message: 'the explanation (Markdown after the frontmatter) is missing or too short' })
  }
  checkPatterns(file.path, 'signals.', result.data.signals, options, problems)
  const renderMarkdown = options.renderMarkdown ?? ((markdown: string) => markdown)
  return { ...result.data, slug: name[2] ?? '', body: parts.body, html: renderMarkdown(parts.body) }
}

/**
 * Validates every file of content/ and returns the content the app uses.
 * Throws a ContentError naming each bad file and field.
 */
export function parseContent(
  files: ContentFile[],
  options: ParseOptions = {},
): Content {
  const problems: ContentProblem[] = []
  const causes: Cause[] = []
  let tree: Tree | null = null
  let outcomes: Outcomes | null = null

  for (const file of files) {
    if (file.path.startsWith('causes/')) {
      const cause = parseCause(file, problems, options)
      if (cause) causes.push(cause)
    } else if (file.path === 'trees/guide.yaml') {
      const data = readYaml(file.path, file.text, problems)
      const result = TreeSchema.safeParse(data)
      if (result.success) tree = result.data
      else if (data !== undefined) problems.push(...zodProblems(file.path, result.error))
    } else if (file.path === 'outcomes.yaml') {
      const data = readYaml(file.path, file.text, problems)
      const result = OutcomesSchema.safeParse(data)
      if (result.success) {
        outcomes = result.data
        for (const key of ['temporary', 'not-a-bounce', 'outside'] as const) {
          checkPatterns(file.path, `${key}.signals.`, result.data[key].signals, options, problems)
        }
      } else if (data !== undefined) problems.push(...zodProblems(file.path, result.error))
    }
  }

  causes.sort((a, b) => a.number - b.number)
  for (let n = 1; n <= 13; n++) {
    const found = causes.filter((c) => c.number === n)
    if (found.length === 0 && !problems.some((p) => p.file.startsWith(`causes/${String(n).padStart(2, '0')}-`))) {
      problems.push({ file: `causes/${String(n).padStart(2, '0')}-….md`, field: '', message: `cause ${n} is missing` })
    }
    if (found.length > 1) {
      problems.push({ file: 'causes/', field: '', message: `cause ${n} is defined by more than one file` })
    }
  }
  if (!tree && !problems.some((p) => p.file === 'trees/guide.yaml')) {
    problems.push({ file: 'trees/guide.yaml', field: '', message: 'the guided questions are missing' })
  }
  if (!outcomes && !problems.some((p) => p.file === 'outcomes.yaml')) {
    problems.push({ file: 'outcomes.yaml', field: '', message: 'the texts of the other outcomes are missing' })
  }
  if (problems.length > 0 || !tree || !outcomes) throw new ContentError(problems)
  return { causes, tree, outcomes }
}
