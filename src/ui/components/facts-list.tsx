import type { BounceFacts, InputKind, RecipientFacts } from '../../core/bounce/types'
import { DIALECT_LABELS, STAGE_LABELS } from '../../core/report/labels'
import { muted } from './class-names'

const KIND_LABELS: Record<InputKind, string> = {
  empty: 'Empty',
  binary: 'A binary file, not text',
  'raw-email': 'A whole raw e-mail',
  text: 'Text',
}

/** The facts the parser found: the codes, the addresses, the servers, the format. */
export function FactsList({ facts, recipient }: { facts: BounceFacts; recipient: RecipientFacts }) {
  const addresses = facts.recipients.map((r) => r.address).filter((a): a is string => a !== null)
  const rows: Array<[string, string | null]> = [
    ['Reply code', recipient.replyCode],
    ['Enhanced status code', recipient.status],
    [addresses.length > 1 ? 'Failed recipients' : 'Failed recipient', addresses.join(', ') || null],
    ['Server that refused the message', recipient.remoteMta],
    ['Server that wrote the report', facts.reportingMta],
    ['When it was refused', recipient.stage && STAGE_LABELS[recipient.stage]],
    ['Report format', DIALECT_LABELS[facts.dialect]],
    ['Subject of the report', facts.subject],
    ['Read as', KIND_LABELS[facts.kind]],
  ]
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-semibold sm:py-1">{label}</dt>
          <dd className={`mb-2 break-words sm:mb-0 sm:py-1 ${value ? '' : muted}`}>{value ?? 'not found'}</dd>
        </div>
      ))}
    </dl>
  )
}
