/**
 * The first-load budget: the JavaScript and CSS the home page loads before it can be used must
 * stay within 100 kB gzip (100 000 bytes), and the heavy parts (the MIME parser, the bounce
 * reader, the content) must not be among them.
 *
 * What counts is read from the build itself: dist/index.html's entry script, its modulepreload
 * links and stylesheets, and every chunk the entry imports statically, followed to the end.
 * Dynamic imports (pages, the analysis worker, the content) load when needed and are listed
 * apart. Sizes are gzip at zlib's default level (6), in kB of 1000 bytes; `vite build` prints
 * its own gzip figures from another implementation, about 1 % higher.
 *
 * Usage: npm run budget [-- DIST_DIR]   (default dist/; run `npm run build` first)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, posix, relative } from 'node:path'
import { gzipSync } from 'node:zlib'
import ts from 'typescript'
import { loadContent } from '../src/node/read-content'

/** The first-load budget, in bytes of gzip. */
export const BUDGET_BYTES = 100_000

const dist = process.argv[2] ?? 'dist'
const html = join(dist, 'index.html')
if (!existsSync(html)) {
  console.error(`${html} is missing: run \`npm run build\` first.`)
  process.exit(1)
}

/** Text that only a heavy part holds: if a first-load file contains it, that part loads up front. */
const HEAVY_MARKERS: Array<{ part: string; marker: string }> = [
  { part: 'the MIME parser (postal-mime)', marker: 'Can not reuse parser, create a new PostalMime object' },
  { part: 'the bounce reader (src/core/bounce)', marker: 'The e-mail structure could not be read in full' },
  { part: 'the ticket-note helpers (src/core/report)', marker: 'not a delivery failure report' },
  { part: 'the content (content/)', marker: loadContent().causes[0]?.title ?? 'no content' },
]

/** Attribute values of the tags in `page` that match `tag`, e.g. the src of module scripts. */
function attributeOf(page: string, tag: RegExp, attribute: string): string[] {
  return [...page.matchAll(tag)].flatMap((m) => {
    const value = new RegExp(`\\s${attribute}="([^"]+)"`).exec(m[0])?.[1]
    return value ? [value] : []
  })
}

/** The file under dist/ that a URL of the page names (the base path, if any, dropped). */
function fileOf(url: string): string {
  const path = new URL(url, 'http://app.invalid/').pathname
  const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/')
  const inside = path.startsWith(base) ? path.slice(base.length) : path.replace(/^.*?(?=assets\/)/, '')
  return join(dist, inside)
}

/** The modules a chunk imports statically (import and export … from), not import(). */
function staticImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false, ts.ScriptKind.JS)
  return source.statements.flatMap((statement) => {
    const specifier =
      (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) && statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier)
        ? statement.moduleSpecifier.text
        : null
    if (!specifier) return []
    return [specifier.startsWith('.') ? join(file, '..', specifier) : fileOf(specifier)]
  })
}

const gzipSize = (file: string): number => gzipSync(readFileSync(file)).length
const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`

const page = readFileSync(html, 'utf8')
const entries = attributeOf(page, /<script\b[^>]*type="module"[^>]*>/g, 'src').map(fileOf)
const preloads = attributeOf(page, /<link\b[^>]*rel="modulepreload"[^>]*>/g, 'href').map(fileOf)
const styles = attributeOf(page, /<link\b[^>]*rel="stylesheet"[^>]*>/g, 'href').map(fileOf)
if (entries.length === 0) {
  console.error(`${html} has no module script: is it a Vite build?`)
  process.exit(1)
}

// Every chunk the page loads up front: the entries, what they import statically, the preloads.
const firstLoad = new Set<string>()
const queue = [...entries, ...preloads]
while (queue.length > 0) {
  const file = queue.shift()!
  if (firstLoad.has(file)) continue
  if (!existsSync(file)) {
    console.error(`${relative('.', file)} is named by the page but missing from the build.`)
    process.exit(1)
  }
  firstLoad.add(file)
  queue.push(...staticImports(file))
}
for (const style of styles) firstLoad.add(style)

const rows = [...firstLoad].map((file) => ({ file, raw: readFileSync(file).length, gzip: gzipSize(file) }))
const total = rows.reduce((sum, row) => sum + row.gzip, 0)

console.log(`First load of ${posix.join(dist, 'index.html')} (JS and CSS, gzip):`)
for (const row of rows.sort((a, b) => b.gzip - a.gzip)) {
  console.log(`  ${kb(row.gzip).padStart(9)}  ${relative(dist, row.file)} (${kb(row.raw)} raw)`)
}
console.log(`  ${kb(total).padStart(9)}  in total; the budget is ${kb(BUDGET_BYTES)}`)

const assets = join(dist, 'assets')
const later = readdirSync(assets)
  .map((name) => join(assets, name))
  .filter((file) => /\.(js|css)$/.test(file) && !firstLoad.has(file))
  .map((file) => ({ file, gzip: gzipSize(file) }))
  .sort((a, b) => b.gzip - a.gzip)
console.log(`Loaded only when needed: ${later.length} files, ${kb(later.reduce((s, r) => s + r.gzip, 0))}; the largest:`)
for (const row of later.slice(0, 5)) console.log(`  ${kb(row.gzip).padStart(9)}  ${relative(dist, row.file)}`)

const problems: string[] = []
if (total > BUDGET_BYTES) problems.push(`the first load is ${kb(total)}, over the budget of ${kb(BUDGET_BYTES)}`)
for (const { part, marker } of HEAVY_MARKERS) {
  const holder = rows.find((row) => readFileSync(row.file, 'utf8').includes(marker))
  if (holder) problems.push(`${part} is in the first load (${relative(dist, holder.file)}); it should load only when needed`)
}
if (problems.length > 0) {
  for (const problem of problems) console.error(`Budget: ${problem}.`)
  process.exit(1)
}
console.log('Budget: within the budget, and the MIME parser, the reader and the content load only when needed.')
