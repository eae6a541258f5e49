import { h2 } from './class-names'

interface NextStepsProps {
  steps: string[]
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
      <ol className="list-decimal space-y-1.5 pl-6 marker:font-semibold">
        {steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
    </div>
  )
}
