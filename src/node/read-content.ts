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
 * Reads and validates a content folder, including a check of every author's regular expression
 * for catastrophic backtracking; throws ContentError naming the bad file and field.
 */
export function loadContent(dir: string = CONTENT_DIR): Content {
  return parseContent(readContentFiles(dir), {
    renderMarkdown: (md) => marked.parse(md, { async: false }),
    checkPattern: (source, flags) => checkRegex(source, flags).problem,
  })
}
