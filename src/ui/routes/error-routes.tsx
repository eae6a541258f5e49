import { ErrorScreen } from '../components/error-screen'

/** The error element of every page: shown inside the layout, header and footer still there. */
export function PageErrorRoute() {
  return <ErrorScreen />
}

/** The last resort, when the layout itself failed: the same screen in a bare frame. */
export function AppErrorRoute() {
  return (
    <main id="main" className="mx-auto w-full max-w-3xl px-4 py-10">
      <ErrorScreen />
    </main>
  )
}
