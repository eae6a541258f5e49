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
          <svg aria-hidden="true" viewBox="0 0 20 20" className="mt-1 size-4 shrink-0 fill-current">
            <path d="M10 1a5 5 0 0 0-5 5v3H4a1 1 0 0 0-1 1v8a1 1 0 0 0 1 1h12a1 1 0 0 0 1-1v-8a1 1 0 0 0-1-1h-1V6a5 5 0 0 0-5-5Zm-3 8V6a3 3 0 1 1 6 0v3H7Z" />
          </svg>
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
