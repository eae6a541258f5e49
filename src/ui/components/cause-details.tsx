import { useNavigate } from 'react-router'
import type { Cause } from '../../core/content/schema'
import { stepsFor } from '../../core/diagnosis/next-steps'
import { recipientMessage } from '../../core/report/recipient-message'
import { useCopy } from '../hooks/use-copy'
import { saveInput } from '../lib/input-store'
import { buttonSmall, h2, muted } from './class-names'
import { MessageBox } from './message-box'
import { NextSteps } from './next-steps'
import { WhoActs } from './who-acts'

/** What the cause page says below its heading. */
export function CauseDetails({ cause }: { cause: Cause }) {
  const navigate = useNavigate()
  const { status, copy } = useCopy()
  const message = recipientMessage(cause, { recipient: null, sender: null, mask: false })
  const diagnose = (text: string): void => {
    saveInput(text)
    void navigate('/result')
  }

  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <p className="text-lg">{cause.summary}</p>
        <WhoActs owner={cause.owner} />
      </div>
      <NextSteps steps={stepsFor(cause.nextSteps, null)} />
      {cause.message && message && (
        <div className="space-y-2">
          <MessageBox to={cause.message.to} text={message} onCopy={() => void copy(message, 'the message')} />
          <p role="status" aria-live="polite" className="min-h-6 font-medium text-teal-800 dark:text-teal-300">
            {status}
          </p>
        </div>
      )}
      <section aria-labelledby="explanation-title" className="space-y-2">
        <h2 id="explanation-title" className={h2}>In detail</h2>
        {/* Trusted HTML: rendered at build time from the helpdesk's Markdown in content/, never from pasted text. */}
        <div className="explanation" dangerouslySetInnerHTML={{ __html: cause.html }} />
      </section>
      <section aria-labelledby="examples-title" className="space-y-3">
        <h2 id="examples-title" className={h2}>What such a bounce looks like</h2>
        <ul className="space-y-4">
          {cause.examples.map((example, i) => (
            <li key={i} className="space-y-2">
              {example.source && <p className={`text-sm ${muted}`}>{example.source}</p>}
              <pre className="overflow-x-auto rounded-md border border-slate-300 bg-slate-50 p-3 font-mono text-sm whitespace-pre-wrap break-words dark:border-slate-700 dark:bg-slate-950">
                {example.text}
              </pre>
              <button type="button" className={buttonSmall} onClick={() => diagnose(example.text)}>
                Diagnose this example<span className="sr-only"> ({i + 1} of {cause.examples.length})</span>
              </button>
            </li>
          ))}
        </ul>
      </section>
    </div>
  )
}
