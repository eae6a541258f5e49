import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Plugin } from 'vite'
import { afterBuildPlugin } from './after-build-plugin'
import { loadContent } from './read-content'
import { routePaths } from './route-pages'

/**
 * After the build, writes a copy of index.html at every page address of the app
 * (causes/<slug>/index.html, guide/<question>/index.html, …) and as 404.html, so that a plain
 * static host — no rewrite rules — serves every deep link, opened fresh or reloaded, from the
 * site root or a sub-path. The copies are byte for byte the entry page: asset URLs in it are
 * absolute (they start with the base), so they load from any depth.
 */
export function staticPagesPlugin(): Plugin {
  return afterBuildPlugin('bounce-wizard-static-pages', (outDir) => {
    const html = readFileSync(join(outDir, 'index.html'), 'utf8')
    for (const path of routePaths(loadContent())) {
      if (path === '') continue
      mkdirSync(join(outDir, path), { recursive: true })
      writeFileSync(join(outDir, path, 'index.html'), html)
    }
    // Hosts that answer unknown addresses with 404.html (GitHub Pages, Netlify, nginx's
    // error_page) then show the app's own "page not found".
    writeFileSync(join(outDir, '404.html'), html)
  })
}
