import { Link, useNavigate } from 'react-router'
import { clearInput, loadInput } from '../lib/input-store'
import { buttonPrimary, buttonSecondary, link } from './class-names'
import { PageHeading } from './page-heading'

/** What a page that crashed shows instead: an apology and a way back, with the pasted text kept. */
export function ErrorScreen() {
  const navigate = useNavigate()
  const kept = loadInput().trim() !== ''
  return (
    <div role="alert" className="space-y-4">
      <PageHeading title="Something went wrong">Something went wrong</PageHeading>
      <p>Sorry: this page ran into a problem it could not handle. Nothing was sent anywhere.</p>
      {kept && <p>The text you pasted is kept in this browser tab, so you do not need to paste it again.</p>}
      <div className="flex flex-wrap gap-3">
        <Link to="/" className={buttonPrimary}>
          Start over
        </Link>
        {kept && (
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
