/**
 * The app's own build (vite.config.ts, every plugin, the service worker too) with one addition,
 * for tests/e2e/update.spec.ts: the entry chunk ends by setting
 * globalThis.__BOUNCE_WIZARD_E2E_BUILD__ to E2E_BUILD_VERSION. Two builds with different versions
 * therefore differ the way two real releases do: the entry's hash, so the names of the chunks that
 * import it and the asset names in index.html, so the service worker's cache name. The page
 * tells the test which build it runs.
 *
 * Usage: E2E_BUILD_VERSION=A vite build --config tests/e2e/support/versioned-build.config.ts --outDir …
 */
import { mergeConfig, type Plugin } from 'vite'
import config from '../../../vite.config'
import { BUILD_MARKER } from './app-urls'

function buildMarker(version: string): Plugin {
  return {
    name: 'bounce-wizard-e2e-build-marker',
    apply: 'build',
    renderChunk(code, chunk) {
      if (!chunk.isEntry || chunk.name !== 'index') return null
      return { code: `${code}\nglobalThis.${BUILD_MARKER} = ${JSON.stringify(version)};\n`, map: null }
    },
  }
}

const version = process.env.E2E_BUILD_VERSION
if (!version) throw new Error('set E2E_BUILD_VERSION: the marker that tells this build from another')

export default mergeConfig(config, { plugins: [buildMarker(version)] })
