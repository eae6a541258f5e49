import { resolve } from 'node:path'
import type { Plugin } from 'vite'

/**
 * A build-only plugin that runs `write` on the output folder once every file is written (after
 * the other plugins' own writes, in the order the plugins are listed).
 */
export function afterBuildPlugin(name: string, write: (outDir: string) => void): Plugin {
  let outDir = 'dist'
  return {
    name,
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
    },
    writeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        write(outDir)
      },
    },
  }
}
