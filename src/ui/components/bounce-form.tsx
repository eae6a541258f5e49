import { useId, useRef, useState, type DragEvent, type FormEvent } from 'react'
import { useNavigate } from 'react-router'
import { clearInput, loadInput, saveInput } from '../lib/input-store'
import { readBounceFile } from '../lib/read-bounce-file'
import { buttonPrimary, buttonSecondary, buttonSmall, muted } from './class-names'

export interface ExampleBounce {
  /** What the button says, e.g. "Example 1 (Postfix)". */
  label: string
  text: string
}

/**
 * The box a bounce is pasted into, with a file picker, drag and drop, examples to try and the
 * Diagnose button. The text goes to sessionStorage only, then to the result page.
 */
export function BounceForm({ examples }: { examples: ExampleBounce[] }) {
  const navigate = useNavigate()
  const id = useId()
  const [text, setText] = useState(loadInput)
  const [error, setError] = useState<string | null>(null)
  const [fileStatus, setFileStatus] = useState('')
  const [dragging, setDragging] = useState(false)
  const boxRef = useRef<HTMLTextAreaElement>(null)
  const fileRef = useRef<HTMLInputElement>(null)

  const fill = (value: string, status: string): void => {
    setText(value)
    setError(null)
    setFileStatus(status)
    boxRef.current?.focus()
  }

  const readFile = async (file: File | undefined): Promise<void> => {
    if (!file) return
    const result = await readBounceFile(file)
    if (result.ok) fill(result.text, `Read “${result.name}” into the box.`)
    else {
      setError(result.message)
      setFileStatus('')
    }
  }

  const submit = (event: FormEvent): void => {
    event.preventDefault()
    if (!text.trim()) {
      setError('The box is empty. Paste the text of the bounce, or choose a file, then press Diagnose.')
      boxRef.current?.focus()
      return
    }
    saveInput(text)
    void navigate('/result')
  }

  const hasFiles = (event: DragEvent): boolean => event.dataTransfer.types.includes('Files')
  const drop = (event: DragEvent): void => {
    if (!hasFiles(event)) return
    event.preventDefault()
    setDragging(false)
    void readFile(event.dataTransfer.files[0])
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <div className="space-y-2">
        <label htmlFor={`${id}-box`} className="block text-lg font-semibold">
          Paste the bounce
        </label>
        <p id={`${id}-hint`} className={muted}>
          One error line, the readable text of the report, or the whole raw e-mail. You can also choose or drop a
          .eml or .txt file.
        </p>
        {error && (
          <p id={`${id}-error`} role="alert" className="font-medium text-red-700 dark:text-red-300">
            {error}
          </p>
        )}
        <textarea
          ref={boxRef}
          id={`${id}-box`}
          name="bounce"
          value={text}
          onChange={(event) => {
            setText(event.target.value)
            if (error) setError(null)
          }}
          onDragOver={(event) => {
            if (!hasFiles(event)) return
            event.preventDefault()
            setDragging(true)
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={drop}
          aria-describedby={error ? `${id}-error ${id}-hint` : `${id}-hint`}
          aria-invalid={error ? true : undefined}
          rows={10}
          spellCheck={false}
          autoComplete="off"
          placeholder="550 5.1.1 <someone@example.com>: Recipient address rejected: User unknown"
          className={[
            'block w-full resize-y rounded-md border bg-white p-3 font-mono text-sm leading-relaxed text-slate-900 placeholder:text-slate-500 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-400',
            error ? 'border-red-700 dark:border-red-400' : 'border-slate-400 dark:border-slate-500',
            dragging ? 'ring-4 ring-teal-500/50' : '',
          ].join(' ')}
        />
        <p role="status" className={`text-sm ${muted}`}>
          {fileStatus}
        </p>
      </div>

      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className={buttonPrimary}>
          Diagnose
        </button>
        <button type="button" className={buttonSecondary} onClick={() => fileRef.current?.click()}>
          Choose a file…
        </button>
        <input
          ref={fileRef}
          type="file"
          accept=".eml,.txt,message/rfc822,text/plain"
          aria-label="Choose a .eml or .txt file"
          hidden
          onChange={(event) => {
            void readFile(event.target.files?.[0])
            event.target.value = ''
          }}
        />
        {text && (
          <button
            type="button"
            className={buttonSecondary}
            onClick={() => {
              clearInput()
              fill('', 'The box is empty.')
            }}
          >
            Clear
          </button>
        )}
      </div>

      {examples.length > 0 && (
        <div role="group" aria-labelledby={`${id}-examples`} className="flex flex-wrap items-center gap-2">
          <span id={`${id}-examples`} className={`text-sm ${muted}`}>
            Try an example:
          </span>
          {examples.map((example) => (
            <button
              key={example.label}
              type="button"
              className={buttonSmall}
              onClick={() => fill(example.text, `${example.label} is in the box. Press Diagnose.`)}
            >
              {example.label}
            </button>
          ))}
        </div>
      )}
    </form>
  )
}
