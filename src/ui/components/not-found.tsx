import { Link } from 'react-router'
import { link } from './class-names'
import { PageHeading } from './page-heading'

/** What an unknown address shows: where to go instead. */
export function NotFound({ what = 'There is no page at this address.' }: { what?: string }) {
  return (
    <div className="space-y-4">
      <PageHeading title="Not found">Page not found</PageHeading>
      <p>{what}</p>
      <ul className="list-disc space-y-1 pl-6">
        <li><Link to="/" className={link}>Paste a bounce to diagnose it</Link></li>
        <li><Link to="/guide" className={link}>Answer a few questions instead</Link></li>
        <li><Link to="/causes" className={link}>See all 13 causes</Link></li>
      </ul>
    </div>
  )
}
