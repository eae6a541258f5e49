import { useId, useState } from 'react'
import type { Analysis } from '../../core/analyse'
import type { Cause } from '../../core/content/schema'
import type { RecipientVerdict } from '../../core/diagnosis/types'
import { recipientMessage } from '../../core/report/recipient-message'
import { ticketNote } from '../../core/report/ticket-note'
import { CONTENT } from '../../content'
import { useCopy } from '../hooks/use-copy'
import { buttonSecondary, h2, muted } from './class-names'
import { MessageBox } from './message-box'

interface CopyPanelProps {
  analysis: Analysis
  /** The recipient whose diagnosis is shown. */
  result: RecipientVerdict
  /** Its cause, when the diagnosis settled on one. */
  cause: Cause | undefined
}

/** Text to take elsewhere: a message for whoever must act, and a note for a helpdesk ticket. */
export function CopyPanel({ analysis, result, cause }: CopyPanelProps) {
  const id = useId()
  const [mask, setMask] = useState(false)
  const { status, copy } = useCopy()
  // The report's addressee sent the failed message: the person who will send this one.
  const message = cause && recipientMessage(cause, { recipient: result.facts.address, sender: analysis.facts.reportRecipient, mask })
  const note = ticketNote(analysis, CONTENT.causes, { mask, outcomes: CONTENT.outcomes })

  return (
    <section aria-labelledby={`${id}-title`} className="space-y-4">
      <h2 id={`${id}-title`} className={h2}>
        Copy and send
      </h2>
      <label className="flex items-start gap-3">
        <input
          type="checkbox"
          checked={mask}
          onChange={(event) => setMask(event.target.checked)}
          className="mt-1 size-4 accent-teal-700 dark:accent-teal-300"
        />
        <span>
          Hide addresses and IP addresses
          <span className={`block text-sm ${muted}`}>E-mail and IP addresses are replaced by placeholders before copying.</span>
        </span>
      </label>
      {cause?.message && message && (
        <MessageBox to={cause.message.to} text={message} level={3} onCopy={() => void copy(message, 'the message')} />
      )}
      <div className="space-y-2">
        <button type="button" className={buttonSecondary} onClick={() => void copy(note, 'the ticket note')}>
          Copy a ticket note
        </button>
        <details className="group">
          <summary className={`cursor-pointer text-sm ${muted}`}>Show the ticket note</summary>
          <pre className="mt-2 overflow-x-auto rounded-md border border-slate-300 bg-slate-50 p-3 text-sm whitespace-pre-wrap break-words dark:border-slate-700 dark:bg-slate-950">
            {note}
          </pre>
        </details>
      </div>
      <p role="status" aria-live="polite" className="min-h-6 font-medium text-teal-800 dark:text-teal-300">
        {status}
      </p>
    </section>
  )
}
