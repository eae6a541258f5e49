import { Link, useSearchParams } from 'react-router'
import { parseTrail } from '../../core/guide/trail'
import { walkPath } from '../../core/guide/walk-tree'
import { CONTENT } from '../../content'
import { link } from '../components/class-names'
import { PageHeading } from '../components/page-heading'
import { TreeMap } from '../components/tree-map'
import { endUrl } from '../lib/guide-urls'
import { outlineTree } from '../lib/tree-outline'

const outline = outlineTree(CONTENT.tree)
const questionCount = Object.keys(CONTENT.tree.nodes).length

/** The map of the guided flow, for helpdesk agents: every question, answer and end at a glance. */
export function TreeRoute() {
  const [params] = useSearchParams()
  const walk = walkPath(CONTENT.tree, parseTrail(params.get('a')))
  const trail = walk.steps.map((s) => s.answer)
  return (
    <div className="space-y-6">
      <PageHeading title="Map of the guided questions">Map of the guided questions</PageHeading>
      <p>
        All {questionCount} questions of the guided flow, every answer and where it leads: one of the 13 causes or
        another outcome. Choose a question to open it in the guide.
      </p>
      {trail.length > 0 && (
        <p>
          Your answers are marked with a tick.{' '}
          <Link to={endUrl(walk.end, CONTENT.causes, trail)} className={link}>
            {walk.end.kind === 'node' ? 'Back to your question' : 'Back to your result'}
          </Link>
        </p>
      )}
      {outline && <TreeMap root={outline} causes={CONTENT.causes} outcomes={CONTENT.outcomes} trail={trail} finished={walk.end.kind !== 'node'} />}
    </div>
  )
}
