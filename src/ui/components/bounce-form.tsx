import { useEffect, useId, useRef, useState, type ClipboardEvent, type DragEvent, type FormEvent } from 'react'
import { useNavigate } from 'react-router'
import { clearInput, loadInput, saveInput } from '../lib/input-store'
import { prepareDiagnosis } from '../lib/prepare-diagnosis'
import { readBounceFile } from '../lib/read-bounce-file'
import { buttonPrimary, buttonSecondary, buttonSmall, muted } from './class-names'

export interface ExampleBounce {
  /** What the button says, e.g. "Example 1". */
  label: string
  /** Its text (loaded with the content, on demand); null when the content has none. */
  load: () => Promise<string | null>
}

/**
 * Texts longer than this are kept out of the text box: a box holding megabytes is slow to draw
 * and to type in, on a phone for seconds. The page holds such a text aside and says so instead.
 */
export const BIG_INPUT_CHARS = 200_000

/** A text too large for the box, with what the page says about it. */
interface BigInput {
  text: string
  /** E.g. "“bounce.eml” (5.0 MB)". */
  what: string
}

/** "5.0 MB", "250 KB": the size of a text, as a person reads it. */
export function describeSize(chars: number): string {
  return chars >= 1024 * 1024 ? `${(chars / 1024 / 1024).toFixed(1)} MB` : `${Math.round(chars / 1024)} KB`
}

function initialInput(): { text: string; big: BigInput | null } {
  const kept = loadInput()
  if (kept.length <= BIG_INPUT_CHARS) return { text: kept, big: null }
  return { text: '', big: { text: kept, what: `The text from before (${describeSize(kept.length)})` } }
}

/**
 * The box a bounce is pasted into, with a file picker, drag and drop, examples to try and the
 * Diagnose button. The text goes to sessionStorage only, then to the result page.
 */
export function BounceForm({ examples }: { examples: ExampleBounce[] }) {
  const navigate = useNavigate()
  const id = useId()
  const [initial] = useState(initialInput)
  const [text, setText] = useState(initial.text)
  const [big, setBig] = useState<BigInput | null>(initial.big)
  const [error, setError] = useState<string | null>(null)
  const [fileStatus, setFileStatus] = useState('')
  const [dragging, setDragging] = useState(false)
  const boxRef = useRef<HTMLTextAreaElement>(null)
  const fileRef = useRef<HTMLInputElement>(null)

  // The box may only come back on the next render (after a large text is cleared): focus it then.
  const focusBox = useRef(false)
  useEffect(() => {
    if (focusBox.current && boxRef.current) {
      focusBox.current = false
      boxRef.current.focus()
    }
  })

  const fill = (value: string, status: string): void => {
    setText(value)
    setBig(null)
    setError(null)
    setFileStatus(status)
    focusBox.current = true
    boxRef.current?.focus()
  }

  /** Holds a text too large for the box aside; true when it did. */
  const holdIfBig = (value: string, what: string): boolean => {
    if (value.length <= BIG_INPUT_CHARS) return false
    setTimeout(prepareDiagnosis, 0)
    setBig({ text: value, what: `${what} (${describeSize(value.length)})` })
    setText('')
    setError(null)
    setFileStatus(`${what} is ready. Press Diagnose.`)
    return true
  }

  const readFile = async (file: File | undefined): Promise<void> => {
    if (!file) return
    // A file large enough to be held aside: start loading what a diagnosis needs now, between
    // the slices of the read, rather than in the task that finishes reading it (on a phone-class
    // CPU the two together kept the page from answering for some 50 to 110 ms).
    if (file.size > BIG_INPUT_CHARS) prepareDiagnosis()
    const result = await readBounceFile(file)
    if (result.ok) {
      if (!holdIfBig(result.text, `“${result.name}”`)) fill(result.text, `Read “${result.name}” into the box.`)
    } else {
      setError(result.message)
      setFileStatus('')
    }
  }

  const submit = (event: FormEvent): void => {
    event.preventDefault()
    const input = big?.text ?? text
    if (!input.trim()) {
      setError('The box is empty. Paste the text of the bounce, or choose a file, then press Diagnose.')
      boxRef.current?.focus()
      return
    }
    saveInput(input)
    if (big) {
      // With megabytes in memory, moving to another page takes the browser a while: in a task of
      // its own, after this click's, so neither keeps the page from answering for long.
      setTimeout(() => void navigate('/result'), 0)
    } else void navigate('/result')
  }

  // A huge paste never reaches the box: it is held aside before the browser draws it. Reading
  // the clipboard is the browser's own work in this task; everything else (loading what a
  // diagnosis needs, drawing the summary) waits for tasks of its own.
  const paste = (event: ClipboardEvent<HTMLTextAreaElement>): void => {
    const pasted = event.clipboardData.getData('text/plain')
    if (pasted.length <= BIG_INPUT_CHARS) return
    event.preventDefault()
    const box = event.currentTarget
    const value = text.slice(0, box.selectionStart) + pasted + text.slice(box.selectionEnd)
    setTimeout(() => holdIfBig(value, 'The pasted text'), 0)
  }

  const hasFiles = (event: DragEvent): boolean => event.dataTransfer.types.includes('Files')
  const dragOver = (event: DragEvent): void => {
    if (!hasFiles(event)) return
    event.preventDefault()
    setDragging(true)
  }
  const drop = (event: DragEvent): void => {
    if (!hasFiles(event)) return
    event.preventDefault()
    setDragging(false)
    void readFile(event.dataTransfer.files[0])
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <div className="space-y-2">
        {big ? (
          <p className="block text-lg font-semibold">Paste the bounce</p>
        ) : (
          <label htmlFor={`${id}-box`} className="block text-lg font-semibold">
            Paste the bounce
          </label>
        )}
        <p id={`${id}-hint`} className={muted}>
          One error line, the readable text of the report, or the whole raw e-mail. You can also choose or drop a
          .eml or .txt file.
        </p>
        {error && (
          <p id={`${id}-error`} role="alert" className="font-medium text-red-700 dark:text-red-300">
            {error}
          </p>
        )}
        {big ? (
          <div
            id={`${id}-box`}
            onDragOver={dragOver}
            onDragLeave={() => setDragging(false)}
            onDrop={drop}
            className={`space-y-1 rounded-md border border-slate-400 bg-white p-3 dark:border-slate-500 dark:bg-slate-900 ${dragging ? 'ring-4 ring-teal-500/50' : ''}`}
          >
            <p className="font-medium">{big.what} is ready to diagnose.</p>
            <p className={`text-sm ${muted}`}>It is too large to show here; it will be read as it is. Press Diagnose, or Clear to start again.</p>
          </div>
        ) : (
          <textarea
            ref={boxRef}
            id={`${id}-box`}
            name="bounce"
            value={text}
            onChange={(event) => {
              if (holdIfBig(event.target.value, 'The text')) return
              setText(event.target.value)
              if (error) setError(null)
            }}
            onPaste={paste}
            onDragOver={dragOver}
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
        )}
        <p role="status" className={`text-sm ${muted}`}>
          {fileStatus}
        </p>
      </div>

      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className={buttonPrimary} onPointerEnter={prepareDiagnosis} onFocus={prepareDiagnosis}>
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
        {(text || big) && (
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
              onPointerEnter={() => void example.load().catch(() => null)}
              onClick={() => {
                example.load().then(
                  (value) => (value ? fill(value, `The example “${example.label}” is in the box. Press Diagnose.`) : setError(`The example “${example.label}” is missing.`)),
                  () => setError(`${example.label} could not be loaded. Check the connection and try again.`),
                )
              }}
            >
              {example.label}
            </button>
          ))}
        </div>
      )}
    </form>
  )
}
