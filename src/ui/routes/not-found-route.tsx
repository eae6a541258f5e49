import { NotFound } from '../components/not-found'

/** Any address the app does not know. */
export function NotFoundRoute() {
  return <NotFound />
}
