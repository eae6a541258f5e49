import { Link, useSearchParams } from 'react-router'
import type { WalkEnd } from '../../core/guide/walk-tree'
import { formatTrail, parseTrail } from '../../core/guide/trail'
import { walkPath } from '../../core/guide/walk-tree'
import { CONTENT } from '../../content'
import { useReportVerdict } from '../hooks/use-host-messages'
import { guideUrl } from '../lib/guide-urls'
import { AnswerTrail } from './answer-trail'
import { link } from './class-names'

/**
 * On a cause or outcome page reached from the guided flow: the answers that led here, each one
 * changeable. Shows nothing when the page was not reached that way.
 */
export function GuideAnswers({ reached }: { reached: WalkEnd }) {
  const [params] = useSearchParams()
  const walk = walkPath(CONTENT.tree, parseTrail(params.get('a')))
  const last = walk.steps[walk.steps.length - 1]
  const arrived = last !== undefined && JSON.stringify(walk.end) === JSON.stringify(reached)
  // The guided flow's verdict, for a host page that embeds the app.
  useReportVerdict(
    arrived
      ? reached.kind === 'cause'
        ? { outcome: 'cause', cause: reached.cause, via: 'guide' }
        : reached.kind === 'outcome'
          ? { outcome: reached.outcome, cause: null, via: 'guide' }
          : null
      : null,
  )
  if (!arrived) return null
  const answers = walk.steps.map((s) => s.answer)
  return (
    <div className="space-y-3 border-t border-slate-200 pt-6 dark:border-slate-800">
      <AnswerTrail tree={CONTENT.tree} steps={walk.steps} prefilled={0} />
      <p className="flex flex-wrap gap-4">
        <Link to={guideUrl(last.node, answers.slice(0, -1), { selected: last.answer })} className={link}>
          Back to the last question
        </Link>
        <Link to={guideUrl(CONTENT.tree.start, [])} className={link}>Start over</Link>
        <Link to={`/tree?a=${formatTrail(answers)}`} className={link}>See your path on the map</Link>
      </p>
    </div>
  )
}
