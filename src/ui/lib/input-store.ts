/**
 * Keeps the pasted bounce for this browser tab only: sessionStorage survives a reload of the
 * result page and is gone when the tab closes. Never localStorage (it would outlive the tab),
 * never the URL (it would reach history, bookmarks and server logs).
 */

export const INPUT_KEY = 'bounce-wizard:input'

// When sessionStorage refuses the text (too large for its quota, or storage disabled), it is
// kept in memory instead: it survives navigation within the app but not a reload.
let unsaved: string | null = null

/** Stores the pasted text; false when it could only be kept until the next reload. */
export function saveInput(text: string): boolean {
  unsaved = null
  try {
    sessionStorage.setItem(INPUT_KEY, text)
    return true
  } catch {
    try {
      sessionStorage.removeItem(INPUT_KEY)
    } catch {
      // storage is disabled altogether: memory is all there is
    }
    unsaved = text
    return false
  }
}

/** The stored text, or '' when there is none. */
export function loadInput(): string {
  if (unsaved !== null) return unsaved
  try {
    return sessionStorage.getItem(INPUT_KEY) ?? ''
  } catch {
    return ''
  }
}

/** Forgets the stored text. */
export function clearInput(): void {
  unsaved = null
  try {
    sessionStorage.removeItem(INPUT_KEY)
  } catch {
    // nothing stored, nothing to clear
  }
}
