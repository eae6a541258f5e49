import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { marked } from 'marked'
import { parseContent, type ContentFile } from '../core/content/parse-content'
import { checkRegex } from './check-regex'
import type { Content } from '../core/content/schema'

/** The content/ folder of this project. */
export const CONTENT_DIR = join(import.meta.dirname, '..', '..', 'content')

/** Every .md and .yaml file under a content folder, with paths relative to it. */
export function readContentFiles(dir: string = CONTENT_DIR): ContentFile[] {
  const files: ContentFile[] = []
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder).sort()) {
      const full = join(folder, name)
      if (statSync(full).isDirectory()) walk(full)
      else if (/\.(md|ya?ml)$/.test(name) && name !== 'README.md') {
        files.push({ path: relative(dir, full).split(sep).join('/'), text: readFileSync(full, 'utf8') })
      }
    }
  }
  walk(dir)
  return files
}

/**
 * Reads and validates a content folder; throws ContentError naming the bad file and field.
 * With `checkPatterns`, every author's regular expression is also checked for catastrophic
 * backtracking (recheck takes seconds, so the build and the content check do it, not every run
 * of the CLI).
 */
export function loadContent(dir: string = CONTENT_DIR, options: { checkPatterns?: boolean } = {}): Content {
  return parseContent(readContentFiles(dir), {
    renderMarkdown: (md) => marked.parse(md, { async: false }),
    ...(options.checkPatterns ? { checkPattern: (source: string, flags: string) => checkRegex(source, flags).problem } : {}),
  })
}
