import { useState } from 'react'
import { Link } from 'react-router'
import { link } from '../components/class-names'
import { PageHeading } from '../components/page-heading'
import { ResultView } from '../components/result-view'
import { useAnalysis } from '../hooks/use-analysis'
import { AnalysisTimeoutError } from '../lib/analyse-off-thread'
import { loadInput } from '../lib/input-store'

function Analysed({ text }: { text: string }) {
  const state = useAnalysis(text)
  if (state.status === 'loading') return <p role="status">Reading the bounce…</p>
  if (state.status === 'failed') {
    return (
      <div role="alert" className="space-y-2">
        <p>
          {state.error instanceof AnalysisTimeoutError
            ? 'Sorry, this text is too large or too tangled to read in time, so there is no diagnosis. Your text is kept: try pasting only the part of the bounce that explains the error.'
            : 'Sorry, something in this text tripped up the reader, so there is no diagnosis. Your text is kept.'}
        </p>
        <p>
          <Link to="/" className={link}>Go back to your text</Link> or{' '}
          <Link to="/guide" className={link}>answer a few questions instead</Link>.
        </p>
      </div>
    )
  }
  return <ResultView analysis={state.analysis} />
}

/** Result: the diagnosis of the text pasted on the home page (kept in sessionStorage). */
export function ResultRoute() {
  const [text] = useState(loadInput)
  return (
    <div className="space-y-6">
      <PageHeading title="Diagnosis">Why your e-mail bounced</PageHeading>
      {text.trim() ? (
        <Analysed text={text} />
      ) : (
        <p>
          There is no bounce to diagnose yet. <Link to="/" className={link}>Paste one first</Link>, or{' '}
          <Link to="/guide" className={link}>answer a few questions</Link>.
        </p>
      )}
    </div>
  )
}
