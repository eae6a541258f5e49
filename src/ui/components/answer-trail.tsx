import { Link } from 'react-router'
import type { Tree } from '../../core/content/schema'
import type { Step } from '../../core/guide/walk-tree'
import { guideUrl } from '../lib/guide-urls'
import { h2, link, muted } from './class-names'

interface AnswerTrailProps {
  tree: Tree
  steps: Step[]
  /** How many of the first answers were filled in from the pasted bounce. */
  prefilled: number
}

/** The answers given so far; each can be changed, which returns to its question. */
export function AnswerTrail({ tree, steps, prefilled }: AnswerTrailProps) {
  if (steps.length === 0) return null
  const answers = steps.map((s) => s.answer)
  return (
    <section aria-labelledby="trail-title" className="space-y-2">
      <h2 id="trail-title" className={h2}>
        Your answers so far
      </h2>
      <ol className="space-y-2">
        {steps.map((step, i) => {
          const question = tree.nodes[step.node]
          return (
            <li key={step.node} className="rounded-md border border-slate-200 p-3 dark:border-slate-800">
              <p className={`text-sm ${muted}`}>{question?.ask}</p>
              <p className="font-medium">
                {question?.answers[step.answer]?.label}
                {i < prefilled && <span className={`text-sm font-normal ${muted}`}> (from your bounce)</span>}
              </p>
              <Link
                to={guideUrl(step.node, answers.slice(0, i), { selected: step.answer, prefilled: Math.min(prefilled, i) })}
                className={`text-sm ${link}`}
              >
                Change<span className="sr-only"> the answer to “{question?.ask}”</span>
              </Link>
            </li>
          )
        })}
      </ol>
    </section>
  )
}
