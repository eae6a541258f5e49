import { useId, useState, type FormEvent } from 'react'
import type { Question } from '../../core/content/schema'
import { buttonPrimary, muted } from './class-names'
import { PageHeading } from './page-heading'

interface QuestionFormProps {
  question: Question
  /** "Question 2": where the person is in the flow. */
  number: number
  /** The answer shown as chosen, when coming back to a question. */
  selected: number | undefined
  onAnswer: (index: number) => void
}

/** One question of the guided flow: the question is the page's heading and the group's legend. */
export function QuestionForm({ question, number, selected, onAnswer }: QuestionFormProps) {
  const id = useId()
  const [missing, setMissing] = useState(false)
  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault()
    const value = new FormData(event.currentTarget).get('answer')
    if (value === null) {
      setMissing(true)
      return
    }
    onAnswer(Number(value))
  }
  const describedBy = [question.help ? `${id}-help` : '', missing ? `${id}-error` : ''].filter(Boolean).join(' ')

  return (
    <form onSubmit={submit} noValidate className="space-y-5">
      <fieldset aria-describedby={describedBy || undefined} className="space-y-4">
        <legend className="space-y-1">
          <span className={`block text-sm font-medium ${muted}`}>Question {number}</span>
          <PageHeading title={`Question ${number}`}>{question.ask}</PageHeading>
        </legend>
        {question.help && (
          <p id={`${id}-help`} className={muted}>
            {question.help}
          </p>
        )}
        {missing && (
          <p id={`${id}-error`} role="alert" className="font-medium text-red-700 dark:text-red-300">
            Choose one of the answers, then press Continue.
          </p>
        )}
        <div className="space-y-2">
          {question.answers.map((answer, index) => (
            <label
              key={answer.label}
              className="flex cursor-pointer items-start gap-3 rounded-md border border-slate-300 bg-white p-3 hover:border-slate-500 has-checked:border-teal-700 has-checked:bg-teal-50 dark:border-slate-700 dark:bg-slate-900 dark:has-checked:border-teal-300 dark:has-checked:bg-teal-950"
            >
              <input
                type="radio"
                name="answer"
                value={index}
                defaultChecked={selected === index}
                onChange={() => setMissing(false)}
                className="mt-1 size-4 shrink-0 accent-teal-700 dark:accent-teal-300"
              />
              <span>{answer.label}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <button type="submit" className={buttonPrimary}>
        Continue
      </button>
    </form>
  )
}
