import { useState } from 'react'

/**
 * Copies text to the clipboard and says so in words (for an aria-live region): "Copied …" or,
 * when the browser refuses, how to copy by hand.
 */
export function useCopy(): { status: string; copy: (text: string, what: string) => Promise<void> } {
  const [status, setStatus] = useState('')
  const copy = async (text: string, what: string): Promise<void> => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard')
      await navigator.clipboard.writeText(text)
      setStatus(`Copied ${what}. Paste it where you need it.`)
    } catch {
      setStatus(`Could not copy ${what}: this browser does not allow it here. Select the text and copy it by hand.`)
    }
  }
  return { status, copy }
}
