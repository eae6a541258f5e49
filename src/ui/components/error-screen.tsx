import { useId, useState } from 'react'
import { Link, useNavigate } from 'react-router'
import { useCopy } from '../hooks/use-copy'
import { clearInput, loadInput } from '../lib/input-store'
import { buttonPrimary, buttonSecondary, buttonSmall, link, muted } from './class-names'
import { PageHeading } from './page-heading'

/** The most of the kept text shown on the screen; Copy always copies all of it. */
const SHOWN_CHARS = 20_000

/**
 * What a page that crashed shows instead: an apology and a way back, with the pasted text kept
 * (in this tab's sessionStorage only) to go back to, to look at, or to copy.
 */
export function ErrorScreen() {
  const navigate = useNavigate()
  const id = useId()
  const [kept] = useState(loadInput)
  const [showing, setShowing] = useState(false)
  const { status, copy } = useCopy()
  const hasText = kept.trim() !== ''
  return (
    <div role="alert" className="space-y-4">
      <PageHeading title="Something went wrong">Something went wrong</PageHeading>
      <p>Sorry: this page ran into a problem it could not handle. Nothing was sent anywhere.</p>
      {hasText && (
        <div className="space-y-2">
          <p>The text you pasted is kept in this browser tab, so you do not need to paste it again.</p>
          <div className="flex flex-wrap gap-2">
            <button type="button" className={buttonSmall} onClick={() => void copy(kept, 'your text')}>
              Copy your text
            </button>
            <button type="button" className={buttonSmall} aria-expanded={showing} aria-controls={`${id}-text`} onClick={() => setShowing(!showing)}>
              {showing ? 'Hide your text' : 'Show your text'}
            </button>
          </div>
          <p role="status" className={`text-sm ${muted}`}>
            {status}
          </p>
          <div id={`${id}-text`} hidden={!showing} className="space-y-1">
            <label htmlFor={`${id}-box`} className="font-semibold">
              Your text
            </label>
            <textarea
              id={`${id}-box`}
              readOnly
              rows={8}
              value={kept.length > SHOWN_CHARS ? kept.slice(0, SHOWN_CHARS) : kept}
              className="block w-full rounded-md border border-slate-400 bg-white p-3 font-mono text-sm text-slate-900 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100"
            />
            {kept.length > SHOWN_CHARS && (
              <p className={`text-sm ${muted}`}>Only the start is shown here; Copy your text copies all of it.</p>
            )}
          </div>
        </div>
      )}
      <div className="flex flex-wrap gap-3">
        <Link to="/" className={buttonPrimary}>
          {hasText ? 'Start over with your text' : 'Start over'}
        </Link>
        {hasText && (
          <button
            type="button"
            className={buttonSecondary}
            onClick={() => {
              clearInput()
              void navigate('/')
            }}
          >
            Start over with an empty box
          </button>
        )}
      </div>
      <p>
        Or <Link to="/guide" className={link}>answer a few questions instead</Link>.
      </p>
    </div>
  )
}
