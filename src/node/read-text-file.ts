import { readFileSync } from 'node:fs'

/**
 * Reads a file (or standard input for "-") as text; bytes that are not UTF-8 are read as
 * Latin-1, as old mail often is.
 */
export function readTextFile(path: string): string {
  const bytes = path === '-' ? readFileSync(0) : readFileSync(path)
  const utf8 = new TextDecoder('utf-8').decode(bytes)
  return utf8.includes('\uFFFD') ? new TextDecoder('latin1').decode(bytes) : utf8
}
