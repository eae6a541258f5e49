import { Link } from 'react-router'
import type { Cause } from '../../core/content/schema'
import { plainSteps, stepsFor } from '../../core/diagnosis/next-steps'
import type { RecipientVerdict, Verdict } from '../../core/diagnosis/types'
import { causeUrl } from '../lib/guide-urls'
import { buttonPrimary, card, link, muted } from './class-names'
import { NextSteps } from './next-steps'
import { WhoActs } from './who-acts'

const CONFIDENCE: Record<Verdict['confidence'], string> = {
  high: 'A clear sign in the bounce settles this.',
  medium: 'Several hints in the bounce point here.',
  low: 'Only a weak hint points here; if it does not fit, answer the questions instead.',
}

/** The diagnosis when one of the 13 causes fits. */
export function CauseVerdict({ cause, result }: { cause: Cause; result: RecipientVerdict }) {
  const { verdict } = result
  return (
    <section aria-labelledby="verdict-title" className={`${card} space-y-4`}>
      <div className="space-y-1">
        <p className={`text-sm font-medium ${muted}`}>Cause {cause.number} of 13</p>
        <h2 id="verdict-title" className="text-2xl font-semibold tracking-tight">
          {cause.title}
        </h2>
      </div>
      <p className="text-lg">{cause.summary}</p>
      <p className={muted}>{CONFIDENCE[verdict.confidence]}</p>
      {verdict.note && <p role="note">{verdict.note}</p>}
      <WhoActs owner={cause.owner} />
      <NextSteps steps={stepsFor(cause.nextSteps, result)} level={3} />
      <p>
        <Link to={causeUrl(cause)} className={link}>
          More about “{cause.title}”
        </Link>
      </p>
    </section>
  )
}

/** The diagnosis when the bounce fits two or more causes and one answer would tell them apart. */
export function AskVerdict({ candidates, guideTo }: { candidates: Cause[]; guideTo: string }) {
  return (
    <section aria-labelledby="verdict-title" className={`${card} space-y-4`}>
      <h2 id="verdict-title" className="text-2xl font-semibold tracking-tight">
        We need one answer to be sure
      </h2>
      <p>The bounce fits more than one cause:</p>
      <ul className="list-disc space-y-1 pl-6">
        {candidates.map((cause) => (
          <li key={cause.number}>
            <Link to={causeUrl(cause)} className={link}>
              {cause.title}
            </Link>
          </li>
        ))}
      </ul>
      <p>One question tells them apart. What the bounce already shows is filled in for you.</p>
      <Link to={guideTo} className={buttonPrimary}>
        Answer the question
      </Link>
    </section>
  )
}

interface OutcomeVerdictProps {
  title: string
  summary: string
  nextSteps: string[]
  /** What the diagnosis found, e.g. "message too large (5.3.4)". */
  note: string | null
}

/** The diagnosis when it is not one of the 13 causes: temporary, not a bounce, or outside. */
export function OutcomeVerdict({ title, summary, nextSteps, note }: OutcomeVerdictProps) {
  return (
    <section aria-labelledby="verdict-title" className={`${card} space-y-4`}>
      <h2 id="verdict-title" className="text-2xl font-semibold tracking-tight">
        {title}
      </h2>
      <p className="text-lg">{summary}</p>
      {note && (
        <p>
          <span className="font-semibold">What we found: </span>
          {note}
        </p>
      )}
      <NextSteps steps={plainSteps(nextSteps)} level={3} />
    </section>
  )
}
