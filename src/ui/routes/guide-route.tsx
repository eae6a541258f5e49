import { Link, useNavigate, useParams, useSearchParams } from 'react-router'
import { formatTrail, parseTrail } from '../../core/guide/trail'
import { answerTarget, walkPath } from '../../core/guide/walk-tree'
import { CONTENT } from '../../content'
import { AnswerTrail } from '../components/answer-trail'
import { buttonSecondary, link } from '../components/class-names'
import { NotFound } from '../components/not-found'
import { QuestionForm } from '../components/question-form'
import { endUrl, guideUrl } from '../lib/guide-urls'

const tree = CONTENT.tree

/** Guided flow: one question at a time; the question in the path, the answers so far in `?a=`. */
export function GuideRoute() {
  const { nodeId = '' } = useParams()
  const [params] = useSearchParams()
  const navigate = useNavigate()
  const question = Object.hasOwn(tree.nodes, nodeId) ? tree.nodes[nodeId] : undefined
  if (!question) return <NotFound what="This question does not exist (any more)." />

  const walk = walkPath(tree, parseTrail(params.get('a')))
  // A trail that does not lead here (an edited or outdated URL) is dropped, the question kept.
  const steps = walk.end.kind === 'node' && walk.end.node === nodeId ? walk.steps : []
  const answers = steps.map((s) => s.answer)
  const prefilled = Math.min(Number(params.get('p')) || 0, steps.length)
  const selected = params.has('s') ? Number(params.get('s')) : undefined
  const previous = steps[steps.length - 1]

  const answer = (index: number): void => {
    const chosen = question.answers[index]
    if (chosen) void navigate(endUrl(answerTarget(chosen), CONTENT.causes, [...answers, index], prefilled))
  }

  return (
    <div className="space-y-8">
      <QuestionForm
        key={`${nodeId}?${answers.join('.')}&${selected}`}
        question={question}
        number={steps.length + 1}
        selected={selected}
        onAnswer={answer}
      />
      <div className="flex flex-wrap items-center gap-4">
        {previous && (
          <Link
            to={guideUrl(previous.node, answers.slice(0, -1), { selected: previous.answer, prefilled: Math.min(prefilled, steps.length - 1) })}
            className={buttonSecondary}
          >
            Back
          </Link>
        )}
        {steps.length > 0 && (
          <Link to={guideUrl(tree.start, [])} className={link}>Start over</Link>
        )}
        <Link to={`/tree${answers.length > 0 ? `?a=${formatTrail(answers)}` : ''}`} className={link}>
          See all questions on a map
        </Link>
      </div>
      <AnswerTrail tree={tree} steps={steps} prefilled={prefilled} />
    </div>
  )
}
