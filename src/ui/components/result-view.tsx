import { useState } from 'react'
import { Link } from 'react-router'
import type { Analysis } from '../../core/analyse'
import type { RecipientVerdict } from '../../core/diagnosis/types'
import { entryForCandidates } from '../../core/guide/walk-tree'
import { CONTENT } from '../../content'
import { guideUrl } from '../lib/guide-urls'
import { card, h2, link, muted } from './class-names'
import { CopyPanel } from './copy-panel'
import { EvidenceText } from './evidence-text'
import { FactsList } from './facts-list'
import { RecipientPicker } from './recipient-picker'
import { AskVerdict, CauseVerdict, OutcomeVerdict } from './verdict-panels'

const causeOf = (number: number | null) => CONTENT.causes.find((c) => c.number === number)

/** A few words on a recipient's verdict, for the list of recipients. */
function describeVerdict({ verdict }: RecipientVerdict): string {
  if (verdict.outcome === 'cause') return causeOf(verdict.cause)?.title ?? 'Unknown cause'
  if (verdict.outcome === 'ask') return `Not settled: ${verdict.candidates.length} possible causes`
  return CONTENT.outcomes[verdict.outcome].title
}

function Verdict({ result, bounceFound }: { result: RecipientVerdict; bounceFound: boolean }) {
  const { verdict } = result
  const cause = verdict.outcome === 'cause' ? causeOf(verdict.cause) : undefined
  if (cause && bounceFound) return <CauseVerdict cause={cause} verdict={verdict} />
  if (verdict.outcome === 'ask' && bounceFound) {
    const candidates = verdict.candidates.flatMap((n) => causeOf(n) ?? [])
    const entry = entryForCandidates(CONTENT.tree, verdict.candidates)
    const answers = entry.prefilled.map((step) => step.answer)
    return <AskVerdict candidates={candidates} guideTo={guideUrl(entry.node, answers, { prefilled: answers.length })} />
  }
  const outcome = !bounceFound ? 'not-a-bounce' : verdict.outcome === 'cause' || verdict.outcome === 'ask' ? 'outside' : verdict.outcome
  const text = CONTENT.outcomes[outcome]
  return <OutcomeVerdict title={text.title} summary={text.summary} nextSteps={text.nextSteps} note={verdict.note} />
}

/** Everything the result page shows for an analysed bounce. */
export function ResultView({ analysis }: { analysis: Analysis }) {
  const [selected, setSelected] = useState(0)
  const { facts, results } = analysis
  const result = results[selected] ?? results[0]
  if (facts.kind === 'binary') {
    return (
      <div role="alert" className={`${card} space-y-2`}>
        <h2 className={h2}>This is not text we can read</h2>
        <p>
          What you gave looks like a binary file (an image, a PDF, an archive or a .msg file), not the text of a bounce.
          Open the bounce in your mail program and copy its text, or save it as a .eml file, and try again.
        </p>
        <Link to="/" className={link}>Paste the bounce again</Link>
      </div>
    )
  }
  if (!result) return <p role="alert">The bounce could not be read. Paste it again, or answer a few questions instead.</p>
  const bounceFound = facts.looksLikeBounce || facts.recipients.length > 0
  const cause = bounceFound && result.verdict.outcome === 'cause' ? causeOf(result.verdict.cause) : undefined
  const spans = result.verdict.evidence.map((e) => e.span)
  const focus = [result.facts.diagnosticSpan, result.facts.contextSpan].flatMap((s) => s ?? [])

  return (
    <div className="space-y-8">
      {results.length > 1 && (
        <RecipientPicker results={results} selected={selected} onSelect={setSelected} describe={describeVerdict} />
      )}
      <Verdict result={result} bounceFound={bounceFound} />
      <p>
        <Link to="/guide" className={link}>Not right? Answer a few questions instead</Link>
      </p>
      <CopyPanel analysis={analysis} result={result} cause={cause} />
      <section aria-labelledby="evidence-title" className="space-y-3">
        <h2 id="evidence-title" className={h2}>What we read</h2>
        {result.verdict.evidence.length > 0 ? (
          <ul className="list-disc space-y-1 pl-6">
            {result.verdict.evidence.map((e) => (
              <li key={`${e.span.start}-${e.reason}`}>
                <mark className="bg-amber-200 px-0.5 text-slate-950 underline decoration-amber-800 decoration-2 dark:bg-amber-300">{e.text}</mark>{' '}
                <span className={muted}>— {e.reason}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className={muted}>No words in the text decided this diagnosis.</p>
        )}
        {facts.text && <EvidenceText text={facts.text} spans={spans} focus={focus} />}
      </section>
      <section aria-labelledby="facts-title" className="space-y-3">
        <h2 id="facts-title" className={h2}>What the bounce says</h2>
        <FactsList facts={facts} recipient={result.facts} />
        {facts.notes.length > 0 && (
          <div className="space-y-1">
            <h3 className="font-semibold">Notes on reading it</h3>
            <ul className="list-disc space-y-1 pl-6">
              {facts.notes.map((note) => <li key={note}>{note}</li>)}
            </ul>
          </div>
        )}
      </section>
    </div>
  )
}
