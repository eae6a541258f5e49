import type { Analysis } from '../analyse'
import type { Cause, OtherOutcome, Outcomes } from '../content/schema'
import { FITS_LABEL, stepsFor } from '../diagnosis/next-steps'
import type { RecipientVerdict, Verdict } from '../diagnosis/types'
import { DIALECT_LABELS, OWNER_LABELS, STAGE_LABELS } from './labels'
import { createMasker } from './mask-personal-data'

export interface TicketNoteOptions {
  /** Hide e-mail and IP addresses (see maskPersonalData). */
  mask: boolean
  /** The texts of the outcomes that are not one of the 13 causes, for their titles and steps. */
  outcomes?: Outcomes
}

/** Plain names of the other outcomes, used when their content texts are not given. */
const OUTCOME_NAMES: Record<OtherOutcome, string> = {
  temporary: 'a temporary problem (the mail is still being retried)',
  'not-a-bounce': 'not a delivery failure report',
  outside: 'a failure, but not one of the 13 known causes',
}

function causeName(causes: Cause[], number: number): string {
  const cause = causes.find((c) => c.number === number)
  return cause ? `cause ${number} — ${cause.title}` : `cause ${number}`
}

function describeVerdict(verdict: Verdict, causes: Cause[], outcomes: Outcomes | undefined): string {
  switch (verdict.outcome) {
    case 'cause':
      return verdict.cause === null ? 'unknown' : causeName(causes, verdict.cause)
    case 'ask':
      return `not settled; one of: ${verdict.candidates.map((n) => causeName(causes, n)).join('; ')}`
    default:
      return outcomes?.[verdict.outcome].title ?? OUTCOME_NAMES[verdict.outcome]
  }
}

function field(label: string, value: string | null | undefined): string[] {
  return value ? [`${label}: ${value}`] : []
}

function recipientBlock(result: RecipientVerdict, heading: string, causes: Cause[], outcomes: Outcomes | undefined): string[] {
  const { facts, verdict } = result
  const owner = verdict.cause === null ? undefined : causes.find((c) => c.number === verdict.cause)?.owner
  const evidence = verdict.evidence.map((e) => `"${e.text}" (${e.reason})`).join('; ')
  return [
    `${heading}: ${facts.address ?? 'address not found in the bounce'}`,
    ...[
      `Diagnosis: ${describeVerdict(verdict, causes, outcomes)}`,
      ...field('Note', verdict.note),
      ...(verdict.outcome === 'cause' && owner ? [`Who acts: ${OWNER_LABELS[owner]}`] : []),
      `Confidence: ${verdict.confidence}`,
      ...field('Evidence', evidence),
      ...field('Reply code', facts.replyCode),
      ...field('Status', facts.status),
      ...field('Action', facts.action),
      ...field('Remote MTA', facts.remoteMta),
      ...field('SMTP stage', facts.stage && STAGE_LABELS[facts.stage]),
      ...field('Server said', facts.diagnostic),
    ].map((line) => `  ${line}`),
  ]
}

function numbered(steps: string[]): string[] {
  return steps.map((step, i) => `  ${i + 1}. ${step}`)
}

/** The next steps of every distinct cause or outcome among the verdicts, in first-seen order. */
function nextSteps(results: RecipientVerdict[], causes: Cause[], outcomes: Outcomes | undefined): string[] {
  const lines: string[] = []
  const done = new Set<string>()
  for (const result of results) {
    const { verdict } = result
    const key = verdict.outcome === 'cause' ? `cause-${verdict.cause}` : verdict.outcome
    if (done.has(key)) continue
    done.add(key)
    if (verdict.outcome === 'cause') {
      const cause = causes.find((c) => c.number === verdict.cause)
      if (cause) lines.push('', `Next steps (${causeName(causes, cause.number)}):`, ...numbered(stepsFor(cause.nextSteps, result).map((step) => (step.fits ? `(${FITS_LABEL.toLowerCase()}) ${step.text}` : step.text))))
    } else if (verdict.outcome === 'ask') {
      lines.push('', 'Next step: answer the guided questions of the bounce wizard to tell the candidate causes apart.')
    } else if (outcomes) {
      const text = outcomes[verdict.outcome]
      lines.push('', `Next steps (${text.title}):`, ...numbered(text.nextSteps))
    }
  }
  return lines
}

/**
 * A plain-text note for a helpdesk ticket: the diagnosis of each failed recipient with its
 * evidence and facts, the facts of the report, and the next steps. With `mask`, e-mail and IP
 * addresses are replaced by placeholders throughout, numbered consistently across the note.
 */
export function ticketNote(analysis: Analysis, causes: Cause[], options: TicketNoteOptions): string {
  const { facts, results } = analysis
  const several = results.length > 1
  const lines = [
    'Bounce diagnosis (bounce wizard)',
    '',
    ...results.flatMap((result, i) => [
      ...(i > 0 ? [''] : []),
      ...recipientBlock(result, several ? `Recipient ${i + 1} of ${results.length}` : 'Recipient', causes, options.outcomes),
    ]),
    '',
    `Recipients: ${results.map((r) => r.facts.address ?? '(not found)').join(', ')}`,
    ...field('Reporting MTA', facts.reportingMta),
    ...field('Report format', DIALECT_LABELS[facts.dialect]),
    ...field('Subject', facts.subject),
    ...(facts.autoReply ? ['This is an automatic reply, not a delivery report.'] : []),
    ...(facts.feedbackReport ? ['This is a spam-complaint (feedback) report, not a delivery report.'] : []),
    ...facts.notes.map((note) => `Note: ${note}`),
    ...nextSteps(results, causes, options.outcomes),
  ]
  const note = lines.join('\n') + '\n'
  return options.mask ? createMasker()(note) : note
}
