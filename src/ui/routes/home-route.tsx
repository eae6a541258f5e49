import { Link } from 'react-router'
import { BounceForm } from '../components/bounce-form'
import { link, muted } from '../components/class-names'
import { PageHeading } from '../components/page-heading'
import { useExamples } from '../hooks/use-examples'

/** Home: paste a bounce (or pick a file) and diagnose it, or take the guided questions. */
export function HomeRoute() {
  const examples = useExamples()
  return (
    <div className="space-y-6">
      <div className="space-y-3">
        <PageHeading>Why did my e-mail bounce?</PageHeading>
        <p className="text-lg">
          Your message came back with an error such as <span className="font-mono">550</span>? Paste the bounce
          below and find out what went wrong, who can fix it, and what to do next.
        </p>
        <p className={`flex items-start gap-2 ${muted}`}>
          <span aria-hidden="true">🔒</span>
          <span>Nothing leaves your browser: the text you paste is read here, on your device, and sent nowhere.</span>
        </p>
      </div>
      <BounceForm examples={examples} />
      <p>
        <Link to="/guide" className={link}>
          I have no bounce text — guide me
        </Link>
      </p>
    </div>
  )
}
