import { Link, useParams } from 'react-router'
import type { OtherOutcome } from '../../core/content/schema'
import { CONTENT } from '../../content'
import { link } from '../components/class-names'
import { GuideAnswers } from '../components/guide-answers'
import { NextSteps } from '../components/next-steps'
import { plainSteps } from '../../core/diagnosis/next-steps'
import { NotFound } from '../components/not-found'
import { PageHeading } from '../components/page-heading'

/** An end of the guided flow that is not one of the 13 causes: temporary, not a bounce, outside. */
export function OutcomeRoute() {
  const { kind = '' } = useParams()
  if (!Object.hasOwn(CONTENT.outcomes, kind)) return <NotFound />
  const outcome = kind as OtherOutcome
  const text = CONTENT.outcomes[outcome]
  return (
    <article className="space-y-6">
      <PageHeading title={text.title}>{text.title}</PageHeading>
      <p className="text-lg">{text.summary}</p>
      <NextSteps steps={plainSteps(text.nextSteps)} />
      <p>
        <Link to="/causes" className={link}>See all 13 causes</Link>
      </p>
      <GuideAnswers reached={{ kind: 'outcome', outcome }} />
    </article>
  )
}
