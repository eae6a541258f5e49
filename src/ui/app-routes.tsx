import type { RouteObject } from 'react-router'
import { AppLayout } from './components/app-layout'
import { AppErrorRoute, PageErrorRoute } from './routes/error-routes'
import { HomeRoute } from './routes/home-route'
import { NotFoundRoute } from './routes/not-found-route'

/**
 * Every page of the app; main.tsx serves them in the browser, the tests from memory.
 *
 * Only the frame and the home page load up front: React and the router already take most of the
 * first-load budget. The other pages, and the content they show, load when first visited.
 */
export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    errorElement: <AppErrorRoute />,
    hydrateFallbackElement: <p className="p-4">Loading…</p>,
    children: [
      {
        errorElement: <PageErrorRoute />,
        children: [
          { index: true, element: <HomeRoute /> },
          { path: 'result', lazy: () => import('./routes/result-route').then((m) => ({ Component: m.ResultRoute })) },
          { path: 'guide', lazy: () => import('./routes/guide-start-route').then((m) => ({ Component: m.GuideStartRoute })) },
          { path: 'guide/:nodeId', lazy: () => import('./routes/guide-route').then((m) => ({ Component: m.GuideRoute })) },
          { path: 'causes', lazy: () => import('./routes/causes-route').then((m) => ({ Component: m.CausesRoute })) },
          { path: 'causes/:slug', lazy: () => import('./routes/cause-route').then((m) => ({ Component: m.CauseRoute })) },
          { path: 'outcome/:kind', lazy: () => import('./routes/outcome-route').then((m) => ({ Component: m.OutcomeRoute })) },
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
]
