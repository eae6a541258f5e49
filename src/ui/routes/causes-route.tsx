import { Link } from 'react-router'
import { CONTENT } from '../../content'
import { link, muted } from '../components/class-names'
import { PageHeading } from '../components/page-heading'
import { causeUrl } from '../lib/guide-urls'

/** All 13 causes, in the order of the source document. */
export function CausesRoute() {
  return (
    <div className="space-y-6">
      <PageHeading title="All causes">The 13 causes of a 550 bounce</PageHeading>
      <p>Every cause this tool knows, with what it means and what to do about it.</p>
      <ol className="space-y-4">
        {CONTENT.causes.map((cause) => (
          <li key={cause.number} className="flex gap-3">
            <span aria-hidden="true" className={`w-6 shrink-0 text-right font-semibold ${muted}`}>
              {cause.number}.
            </span>
            <div>
              <Link to={causeUrl(cause)} className={`text-lg ${link}`}>
                <span className="sr-only">Cause {cause.number}:</span> {cause.title}
              </Link>
              <p className={muted}>{cause.summary}</p>
            </div>
          </li>
        ))}
      </ol>
    </div>
  )
}
