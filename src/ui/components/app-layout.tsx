import { useRef } from 'react'
import { Link, NavLink, Outlet } from 'react-router'
import { useEmbedSettings } from '../hooks/use-embed-settings'
import { useReportHeight } from '../hooks/use-host-messages'
import { ScrollOnNavigate } from './scroll-on-navigate'

const navLinks = [
  { to: '/', label: 'Diagnose', end: true },
  { to: '/guide', label: 'Guide me', end: false },
  { to: '/causes', label: 'All causes', end: false },
]

function navClass({ isActive }: { isActive: boolean }): string {
  return [
    'rounded-md px-2 py-1 font-medium underline-offset-4 hover:underline',
    isActive ? 'bg-teal-50 text-teal-900 underline dark:bg-teal-950 dark:text-teal-200' : 'text-slate-700 dark:text-slate-300',
  ].join(' ')
}

/** The frame of every page: skip link, header with navigation, main content, footer. */
export function AppLayout() {
  const { embed } = useEmbedSettings()
  const frame = useRef<HTMLDivElement>(null)
  useReportHeight(frame, embed)
  if (embed) {
    // Embedded in a help page (?embed=1): the content alone, as tall as it is, and the host told
    // that height. The host page has its own header and footer.
    return (
      <div ref={frame} className="flow-root">
        <main id="main" className="mx-auto w-full max-w-3xl px-4 py-4">
          <Outlet />
        </main>
        <ScrollOnNavigate />
      </div>
    )
  }
  return (
    <div className="flex min-h-dvh flex-col">
      <a
        href="#main"
        className="sr-only rounded-md bg-white px-4 py-2 font-semibold text-slate-900 focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-10"
      >
        Skip to the main content
      </a>
      <header className="border-b border-slate-200 bg-slate-50 dark:border-slate-800 dark:bg-slate-900">
        <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
          <NavLink to="/" className="text-lg font-bold tracking-tight text-slate-900 no-underline dark:text-slate-50">
            <span aria-hidden="true">✉︎ </span>Bounce wizard
          </NavLink>
          <nav aria-label="Main">
            <ul className="flex flex-wrap gap-x-2 gap-y-1">
              {navLinks.map((item) => (
                <li key={item.label}>
                  <NavLink to={item.to} end={item.end} className={navClass}>
                    {item.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-3xl flex-1 px-4 py-6 sm:py-10">
        <Outlet />
      </main>
      <footer className="border-t border-slate-200 dark:border-slate-800">
        <div className="mx-auto flex max-w-3xl flex-wrap justify-between gap-x-6 gap-y-2 px-4 py-4 text-sm text-slate-600 dark:text-slate-400">
          <p>Runs in your browser; nothing you paste is sent anywhere.</p>
          <p>
            <Link to="/tree" className="font-medium underline underline-offset-2 hover:decoration-2">
              Map of the guided questions
            </Link>
          </p>
        </div>
      </footer>
      <ScrollOnNavigate />
    </div>
  )
}
