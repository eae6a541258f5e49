import { Navigate, type RouteObject } from 'react-router'
import { CONTENT } from '../content'
import { AppLayout } from './components/app-layout'
import { CauseRoute } from './routes/cause-route'
import { CausesRoute } from './routes/causes-route'
import { AppErrorRoute, PageErrorRoute } from './routes/error-routes'
import { GuideRoute } from './routes/guide-route'
import { HomeRoute } from './routes/home-route'
import { NotFoundRoute } from './routes/not-found-route'
import { OutcomeRoute } from './routes/outcome-route'
import { ResultRoute } from './routes/result-route'

/** Every page of the app; main.tsx serves them in the browser, the tests from memory. */
export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    errorElement: <AppErrorRoute />,
    children: [
      {
        errorElement: <PageErrorRoute />,
        children: [
          { index: true, element: <HomeRoute /> },
          { path: 'result', element: <ResultRoute /> },
          { path: 'guide', element: <Navigate to={`/guide/${CONTENT.tree.start}`} replace /> },
          { path: 'guide/:nodeId', element: <GuideRoute /> },
          { path: 'causes', element: <CausesRoute /> },
          { path: 'causes/:slug', element: <CauseRoute /> },
          { path: 'outcome/:kind', element: <OutcomeRoute /> },
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
]
