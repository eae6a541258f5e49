import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'
import tailwindcss from '@tailwindcss/vite'
import { contentPlugin } from './src/node/content-plugin'
import { cspPlugin } from './src/node/content-security-policy'
import { serviceWorkerPlugin } from './src/node/service-worker-plugin'
import { staticPagesPlugin } from './src/node/static-pages-plugin'

// BASE_PATH lets the built app live under a sub-path, e.g. BASE_PATH=/kb/bounce-wizard/.
const base = process.env.BASE_PATH ?? '/'

export default defineConfig({
  base,
  // The last three act on the build only: the CSP, the service worker, a page at every address.
  plugins: [react(), tailwindcss(), contentPlugin(), cspPlugin(), serviceWorkerPlugin(), staticPagesPlugin()],
  build: {
    target: 'es2022',
    sourcemap: false,
    modulePreload: {
      // The result page's code is loaded ahead of the click on Diagnose, while a large file may
      // still be being read (src/ui/lib/prepare-diagnosis.ts). Vite would first add a <link
      // rel="modulepreload"> for each of its parts, all in one task: some 60 ms on a phone-class
      // CPU. Without them the browser fetches those parts as it finds them, in tasks of its own.
      resolveDependencies: (file, deps) => (/(^|\/)result-route-[\w-]+\.js$/.test(file) ? [] : deps),
    },
  },
  test: {
    environment: 'jsdom',
    globals: false,
    setupFiles: ['tests/setup.ts'],
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    testTimeout: 20000,
  },
})
