import { FITS_LABEL, type ShownStep } from '../../core/diagnosis/next-steps'
import { h2, muted } from './class-names'

interface NextStepsProps {
  /** The steps in the order to show; a step that `fits` the bounce at hand is marked so. */
  steps: ShownStep[]
  heading?: string
  /** The heading's level: 2 on its own page, 3 inside a diagnosis. */
  level?: 2 | 3
}

/** The next steps, in order, under their own heading. */
export function NextSteps({ steps, heading = 'What to do next', level = 2 }: NextStepsProps) {
  const Heading = level === 2 ? 'h2' : 'h3'
  return (
    <div className="space-y-2">
      <Heading className={level === 2 ? h2 : 'text-lg font-semibold'}>{heading}</Heading>
      {steps.some((step) => step.fits) && <p className={muted}>Steps marked “{FITS_LABEL}” are about something your bounce mentions, so they come first.</p>}
      <ol className="list-decimal space-y-1.5 pl-6 marker:font-semibold">
        {steps.map((step) => (
          <li key={step.text}>
            {step.fits && (
              <span className="mr-2 rounded bg-teal-100 px-1.5 py-0.5 text-sm font-semibold text-teal-900 dark:bg-teal-900 dark:text-teal-100">
                {FITS_LABEL}:
              </span>
            )}
            {step.text}
          </li>
        ))}
      </ol>
    </div>
  )
}
