import { useParams } from 'react-router'
import { CONTENT } from '../../content'
import { CauseDetails } from '../components/cause-details'
import { muted } from '../components/class-names'
import { GuideAnswers } from '../components/guide-answers'
import { NotFound } from '../components/not-found'
import { PageHeading } from '../components/page-heading'

/** One cause: what it means, who acts, what to do, why it happens, what it looks like. */
export function CauseRoute() {
  const { slug } = useParams()
  const cause = CONTENT.causes.find((c) => c.slug === slug)
  if (!cause) return <NotFound what="There is no cause at this address." />
  return (
    <article className="space-y-6">
      <div className="space-y-1">
        <p className={`text-sm font-medium ${muted}`}>Cause {cause.number} of 13</p>
        <PageHeading title={cause.title}>{cause.title}</PageHeading>
      </div>
      <CauseDetails cause={cause} />
      <GuideAnswers reached={{ kind: 'cause', cause: cause.number }} />
    </article>
  )
}
