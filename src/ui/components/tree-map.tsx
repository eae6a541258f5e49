import { Link } from 'react-router'
import type { Cause, Outcomes } from '../../core/content/schema'
import { endUrl, guideUrl } from '../lib/guide-urls'
import { startsWith, type OutlineAnswer, type OutlineQuestion } from '../lib/tree-outline'
import { link, muted } from './class-names'

interface TreeMapProps {
  root: OutlineQuestion
  causes: Cause[]
  outcomes: Outcomes
  /** The answers given so far (a valid walk from the start); their path is marked. */
  trail: number[]
  /** Whether `trail` ends at a cause or outcome rather than at a question. */
  finished: boolean
}

const onPathBox = 'border-teal-700 bg-teal-50 dark:border-teal-300 dark:bg-teal-950'
const offPathBox = 'border-slate-300 bg-white dark:border-slate-700 dark:bg-slate-900'

/**
 * The whole guided flow drawn as a tree: each question in a box, its answers hanging below it,
 * each leading to the next question, a cause or another outcome. Built from nested lists, so a
 * screen reader reads it as the outline it is. Every question links to its step in the guide,
 * every end to its page, both with the answers that lead there.
 */
export function TreeMap(props: TreeMapProps) {
  return (
    <ul aria-label="The guided questions" className="text-sm sm:text-base">
      <li>
        <QuestionBox question={props.root} {...props} />
      </li>
    </ul>
  )
}

function QuestionBox({ question, ...props }: TreeMapProps & { question: OutlineQuestion }) {
  const onPath = props.trail.length > 0 && startsWith(props.trail, question.trail)
  const current = onPath && !props.finished && props.trail.length === question.trail.length
  return (
    <div id={`question-${question.id}`} className="scroll-mt-4">
      <div className={`inline-block max-w-prose rounded-md border-2 px-3 py-2 ${onPath ? onPathBox : offPathBox}`}>
        <span className={`block text-xs font-semibold tracking-wide uppercase ${muted}`}>
          Question{current && ' — you are here'}
        </span>
        <Link to={guideUrl(question.id, question.trail)} className={link} aria-current={current ? 'step' : undefined}>
          {question.ask}
        </Link>
      </div>
      <ul className="mt-2 ml-3 space-y-3 border-l-2 border-slate-300 pl-4 sm:ml-5 sm:pl-6 dark:border-slate-600">
        {question.answers.map((answer) => (
          <AnswerItem key={answer.trail.join('.')} answer={answer} {...props} />
        ))}
      </ul>
    </div>
  )
}

function AnswerItem({ answer, ...props }: TreeMapProps & { answer: OutlineAnswer }) {
  const chosen = props.trail.length > 0 && startsWith(props.trail, answer.trail)
  const reached = chosen && props.finished && props.trail.length === answer.trail.length
  const { target } = answer
  return (
    <li className="space-y-2">
      <p className={chosen ? 'font-semibold' : ''}>
        <span aria-hidden="true" className={chosen ? 'text-teal-800 dark:text-teal-300' : muted}>
          {chosen ? '✓ ' : '→ '}
        </span>
        {chosen && <span className="sr-only">Your answer: </span>}
        <span>{answer.label}</span>
      </p>
      {target.kind === 'question' && <QuestionBox question={target.question} {...props} />}
      {target.kind === 'see-above' && (
        <p>
          <a href={`#question-${target.id}`} className={link}>
            Continues at “{target.ask}” (above)
          </a>
        </p>
      )}
      {target.kind === 'missing' && <p className={muted}>(a question that does not exist: {target.id})</p>}
      {(target.kind === 'cause' || target.kind === 'outcome') && (
        <End answer={answer} reached={reached} {...props} />
      )}
    </li>
  )
}

function End({ answer, reached, causes, outcomes }: TreeMapProps & { answer: OutlineAnswer; reached: boolean }) {
  const { target } = answer
  if (target.kind !== 'cause' && target.kind !== 'outcome') return null
  const to = endUrl(target, causes, answer.trail)
  const label =
    target.kind === 'cause'
      ? `Cause ${target.cause}: ${causes.find((c) => c.number === target.cause)?.title ?? 'not in the content'}`
      : outcomes[target.outcome].title
  const kind = target.kind === 'cause' ? 'border-teal-700 dark:border-teal-300' : 'border-slate-500 border-dashed dark:border-slate-400'
  return (
    <p className={`inline-block rounded-full border-2 px-3 py-1 ${kind} ${reached ? onPathBox : ''}`}>
      <Link to={to} className={link} aria-current={reached ? 'step' : undefined}>
        {label}
      </Link>
      {reached && <span className={`font-semibold ${muted}`}> — your result</span>}
    </p>
  )
}
