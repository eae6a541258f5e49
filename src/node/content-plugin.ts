import type { Plugin } from 'vite'
import { CONTENT_DIR, loadContent } from './read-content'

const ID = 'virtual:content'
const RESOLVED = '\0' + ID

/**
 * Serves content/ to the app as `virtual:content`, validated at build time: a bad content file
 * stops the build with a message naming the file and the field.
 */
export function contentPlugin(): Plugin {
  return {
    name: 'bounce-wizard-content',
    resolveId(id) {
      return id === ID ? RESOLVED : undefined
    },
    load(id) {
      if (id !== RESOLVED) return undefined
      const content = loadContent(undefined, { checkPatterns: true })
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(content))})`
    },
    configureServer(server) {
      server.watcher.add(CONTENT_DIR)
      server.watcher.on('change', (file) => {
        if (!file.startsWith(CONTENT_DIR)) return
        const mod = server.moduleGraph.getModuleById(RESOLVED)
        if (mod) server.moduleGraph.invalidateModule(mod)
        server.ws.send({ type: 'full-reload' })
      })
    },
  }
}
