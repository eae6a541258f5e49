import { useId } from 'react'
import type { RecipientVerdict } from '../../core/diagnosis/types'

interface RecipientPickerProps {
  results: RecipientVerdict[]
  selected: number
  onSelect: (index: number) => void
  /** A few words on each recipient's verdict, e.g. its cause's title. */
  describe: (result: RecipientVerdict) => string
}

/** When a bounce is about several recipients: choose whose diagnosis to show. */
export function RecipientPicker({ results, selected, onSelect, describe }: RecipientPickerProps) {
  const name = useId()
  return (
    <fieldset className="space-y-2">
      <legend className="font-semibold">This bounce is about {results.length} recipients. Show the diagnosis for:</legend>
      <div className="space-y-1">
        {results.map((result, i) => (
          <label
            key={i}
            className="flex cursor-pointer items-start gap-3 rounded-md border border-slate-300 p-3 has-checked:border-teal-700 has-checked:bg-teal-50 dark:border-slate-700 dark:has-checked:border-teal-300 dark:has-checked:bg-teal-950"
          >
            <input
              type="radio"
              name={name}
              checked={selected === i}
              onChange={() => onSelect(i)}
              className="mt-1 size-4 accent-teal-700 dark:accent-teal-300"
            />
            <span>
              <span className="block font-mono break-all">{result.facts.address ?? `Recipient ${i + 1} (address not found)`}</span>
              <span className="block text-sm">{describe(result)}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}
