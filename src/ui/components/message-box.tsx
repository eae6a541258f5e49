import { useId } from 'react'
import { buttonSecondary, h2, muted } from './class-names'

interface MessageBoxProps {
  /** Who the message is for, as the content says it. */
  to: string
  text: string
  onCopy: () => void
  /** The heading's level: 2 on its own page, 3 inside another section. */
  level?: 2 | 3
}

/** A ready-to-send message, shown in full, with a button to copy it. */
export function MessageBox({ to, text, onCopy, level = 2 }: MessageBoxProps) {
  const id = useId()
  const Heading = level === 2 ? 'h2' : 'h3'
  return (
    <section aria-labelledby={id} className="space-y-2">
      <Heading id={id} className={level === 2 ? h2 : 'text-lg font-semibold'}>
        A message you can send
      </Heading>
      <p className={muted}>For {to}:</p>
      <blockquote className="rounded-md border-l-4 border-teal-600 bg-slate-50 p-3 whitespace-pre-wrap dark:border-teal-400 dark:bg-slate-800">
        {text}
      </blockquote>
      <button type="button" className={buttonSecondary} onClick={onCopy}>
        Copy the message
      </button>
    </section>
  )
}
