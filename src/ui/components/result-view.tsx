import { useState } from 'react'
import { Link } from 'react-router'
import type { Analysis } from '../../core/analyse'
import type { RecipientVerdict } from '../../core/diagnosis/types'
import { entryForCandidates } from '../../core/guide/walk-tree'
import { CONTENT } from '../../content'
import { useReportVerdict } from '../hooks/use-host-messages'
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

/**
 * The verdict to show. The diagnosis decides, except for one case it may leave open: text that
 * is not a report, names no recipient and holds no evidence is said to be "not a bounce".
 */
function shownOutcome(result: RecipientVerdict, facts: Analysis['facts']): RecipientVerdict['verdict']['outcome'] {
  const { verdict } = result
  const nothingFound = !facts.looksLikeBounce && facts.recipients.length === 0 && verdict.evidence.length === 0
  return verdict.outcome !== 'cause' && nothingFound ? 'not-a-bounce' : verdict.outcome
}

function Verdict({ result, facts }: { result: RecipientVerdict; facts: Analysis['facts'] }) {
  const { verdict } = result
  const outcome = shownOutcome(result, facts)
  const cause = outcome === 'cause' ? causeOf(verdict.cause) : undefined
  // What is on screen, for a host page that embeds the app: the outcome and cause number only.
  useReportVerdict({ outcome: cause || outcome !== 'cause' ? outcome : 'outside', cause: cause?.number ?? null, via: 'bounce' })
  if (cause) return <CauseVerdict cause={cause} result={result} />
  if (outcome === 'ask') {
    const candidates = verdict.candidates.flatMap((n) => causeOf(n) ?? [])
    const entry = entryForCandidates(CONTENT.tree, verdict.candidates)
    const answers = entry.prefilled.map((step) => step.answer)
    return <AskVerdict candidates={candidates} guideTo={guideUrl(entry.node, answers, { prefilled: answers.length })} />
  }
  // A cause number the content does not know cannot be shown as a cause: say it is outside.
  const text = CONTENT.outcomes[outcome === 'cause' ? 'outside' : outcome]
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
  const cause = result.verdict.outcome === 'cause' ? causeOf(result.verdict.cause) : undefined
  const spans = result.verdict.evidence.map((e) => e.span)
  const focus = [result.facts.diagnosticSpan, result.facts.contextSpan].flatMap((s) => s ?? [])

  return (
    <div className="space-y-8">
      {results.length > 1 && (
        <RecipientPicker results={results} selected={selected} onSelect={setSelected} describe={describeVerdict} />
      )}
      <Verdict result={result} facts={facts} />
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
