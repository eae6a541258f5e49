import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { UNSAFE_createBrowserHistory as createBrowserHistory, unstable_HistoryRouter as HistoryRouter } from 'react-router'
import { AppRoutes } from './ui/app-routes'
import { applyEmbedSettings, readEmbedSettings } from './ui/lib/embed-settings'
import { keepEmbedParams } from './ui/lib/keep-embed-params'
import { registerServiceWorker } from './ui/lib/register-service-worker'
import { startAddress } from './ui/lib/start-up'
import './styles.css'

// The app may live under a sub-path (BASE_PATH at build time); the router must know it.
let basename = import.meta.env.BASE_URL
while (basename.length > 1 && basename.endsWith('/')) basename = basename.slice(0, -1)
// One address per page (a static host adds a trailing slash), and ?start= for embedding.
const start = startAddress(window.location, basename === '/' ? '' : basename)
if (start) window.history.replaceState(window.history.state, '', start)
// Embed mode and a forced theme (?embed=1&theme=dark) are set before the first paint and kept
// on every in-app navigation.
applyEmbedSettings(document.documentElement, readEmbedSettings(window.location.search))
// v5Compat: the router hears of pushes too, not only of Back and Forward.
const history = keepEmbedParams(createBrowserHistory({ v5Compat: true }))

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <HistoryRouter history={history} basename={basename}>
      <AppRoutes />
    </HistoryRouter>
  </StrictMode>,
)

if (import.meta.env.PROD) registerServiceWorker(import.meta.env.BASE_URL)
