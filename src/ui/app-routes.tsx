import { lazy, Suspense } from 'react'
import { Outlet, useLocation, useRoutes, type RouteObject } from 'react-router'
import { AppLayout } from './components/app-layout'
import { ErrorBoundary } from './components/error-boundary'
import { loadResultPage } from './lib/prepare-diagnosis'
import { AppErrorRoute, PageErrorRoute } from './routes/error-routes'
import { HomeRoute } from './routes/home-route'
import { NotFoundRoute } from './routes/not-found-route'

/** The code of each page but the home page, loaded when the page is first visited. */
const pages = {
  result: () => loadResultPage().then((m) => ({ default: m.ResultRoute })),
  guideStart: () => import('./routes/guide-start-route').then((m) => ({ default: m.GuideStartRoute })),
  guide: () => import('./routes/guide-route').then((m) => ({ default: m.GuideRoute })),
  causes: () => import('./routes/causes-route').then((m) => ({ default: m.CausesRoute })),
  cause: () => import('./routes/cause-route').then((m) => ({ default: m.CauseRoute })),
  outcome: () => import('./routes/outcome-route').then((m) => ({ default: m.OutcomeRoute })),
  tree: () => import('./routes/tree-route').then((m) => ({ default: m.TreeRoute })),
}

const ResultRoute = lazy(pages.result)
const GuideStartRoute = lazy(pages.guideStart)
const GuideRoute = lazy(pages.guide)
const CausesRoute = lazy(pages.causes)
const CauseRoute = lazy(pages.cause)
const OutcomeRoute = lazy(pages.outcome)
const TreeRoute = lazy(pages.tree)

/** Loads the code of every page at once (the tests do, so a navigation waits for nothing). */
export function preloadPages(): Promise<unknown> {
  return Promise.all(Object.values(pages).map((load) => load()))
}

/** The frame: when it fails itself, the error screen in a bare frame. */
function AppFrame() {
  const { key } = useLocation()
  return (
    <ErrorBoundary resetKey={key} fallback={<AppErrorRoute />}>
      <AppLayout />
    </ErrorBoundary>
  )
}

/** Every page: a crash shows the error screen inside the layout; a page still loading, a line. */
function PageFrame() {
  const { key } = useLocation()
  return (
    <ErrorBoundary resetKey={key} fallback={<PageErrorRoute />}>
      {/* While a page's code loads, a screen tall, so the footer does not jump down as the page
          arrives (a layout shift); not when embedded, where the frame's height follows this. */}
      <Suspense fallback={<p className="p-4 [html:not(.embed)_&]:min-h-dvh">Loading…</p>}>
        <Outlet />
      </Suspense>
    </ErrorBoundary>
  )
}

/**
 * Every page of the app; main.tsx serves them in the browser, the tests from memory.
 *
 * Only the frame and the home page load up front: React and the router already take most of the
 * first-load budget (`npm run budget`). That is also why this is React Router's declarative
 * mode, not a data router: the data router's loaders, actions and fetchers, which this app does
 * not use, would add some 17 kB gzip to the first load. The other pages, and the content they
 * show, load when first visited.
 */
export const routes: RouteObject[] = [
  {
    element: <AppFrame />,
    children: [
      {
        element: <PageFrame />,
        children: [
          { index: true, element: <HomeRoute /> },
          { path: 'result', element: <ResultRoute /> },
          { path: 'guide', element: <GuideStartRoute /> },
          { path: 'guide/:nodeId', element: <GuideRoute /> },
          { path: 'causes', element: <CausesRoute /> },
          { path: 'causes/:slug', element: <CauseRoute /> },
          { path: 'outcome/:kind', element: <OutcomeRoute /> },
          { path: 'tree', element: <TreeRoute /> },
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
]

/** The page for the current address. */
export function AppRoutes() {
  return useRoutes(routes)
}
