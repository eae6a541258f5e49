/**
 * Keeps the pasted bounce for this browser tab only: sessionStorage survives a reload of the
 * result page and is gone when the tab closes. Never localStorage (it would outlive the tab),
 * never the URL (it would reach history, bookmarks and server logs).
 */

export const INPUT_KEY = 'bounce-wizard:input'
/** Names the text in memory that sessionStorage holds (see `held`). */
const INPUT_ID_KEY = 'bounce-wizard:input-id'
/** A long text is stored in parts: their number, and each part under PART_PREFIX + its index. */
const PARTS_KEY = 'bounce-wizard:input-parts'
const PART_PREFIX = 'bounce-wizard:input:'

/**
 * The longest text written to sessionStorage at once. Writing copies the text, and a phone
 * takes tens of milliseconds per megabyte: a long text goes in parts of this size, each in a
 * task of its own after the page has moved on, so none blocks the page for long.
 */
export const PART_CHARS = 256 * 1024

/**
 * The longest text stored at all. Browsers give a site some 5 MB of sessionStorage (counted in
 * two-byte characters by some): a longer text would fill it part by part only to be refused at
 * the end. It is kept in memory instead, for this visit of the page.
 */
export const STORE_MAX_CHARS = 2_500_000

/**
 * The last text saved, in memory, so the page that reads it next need not copy it back out of
 * storage. It is used only while sessionStorage still names it (INPUT_ID_KEY), so clearing the
 * storage forgets it too.
 */
let held: { id: string; text: string } | null = null
// When sessionStorage refuses the text (too large for its quota, or storage disabled), it is
// kept in memory instead: it survives navigation within the app but not a reload.
let unsaved: string | null = null
let nextId = 1

/** Removes the stored text, whole or in parts (a part left over by an interrupted write included). */
function removeStored(): void {
  sessionStorage.removeItem(INPUT_KEY)
  sessionStorage.removeItem(PARTS_KEY)
  for (let i = sessionStorage.length - 1; i >= 0; i--) {
    const key = sessionStorage.key(i)
    if (key?.startsWith(PART_PREFIX)) sessionStorage.removeItem(key)
  }
}

/** Storage refused the text: keep it in memory only. */
function keepInMemory(text: string): void {
  unsaved = text
  held = null
  try {
    removeStored()
    sessionStorage.removeItem(INPUT_ID_KEY)
  } catch {
    // storage is disabled altogether: memory is all there is
  }
}

/** Stores the pasted text; false when it could only be kept until the next reload. */
export function saveInput(text: string): boolean {
  unsaved = null
  const id = `${Date.now()}-${nextId++}`
  held = { id, text }
  if (text.length > STORE_MAX_CHARS) {
    keepInMemory(text)
    return false
  }
  try {
    removeStored()
    sessionStorage.setItem(INPUT_ID_KEY, id)
    if (text.length <= PART_CHARS) {
      sessionStorage.setItem(INPUT_KEY, text)
      return true
    }
  } catch {
    keepInMemory(text)
    return false
  }
  // A long text: one part per task, the number of parts last, so a reload halfway finds nothing
  // rather than half a text. Until then the text is read from memory.
  const write = (index: number): void => {
    if (held?.id !== id) return
    try {
      if (index * PART_CHARS < text.length) {
        sessionStorage.setItem(PART_PREFIX + index, text.slice(index * PART_CHARS, (index + 1) * PART_CHARS))
        setTimeout(() => write(index + 1), 0)
      } else sessionStorage.setItem(PARTS_KEY, String(index))
    } catch {
      keepInMemory(text)
    }
  }
  setTimeout(() => write(0), 0)
  return true
}

/** The stored text, or '' when there is none. */
export function loadInput(): string {
  if (unsaved !== null) return unsaved
  try {
    if (held && sessionStorage.getItem(INPUT_ID_KEY) === held.id) return held.text
    const whole = sessionStorage.getItem(INPUT_KEY)
    if (whole !== null) return whole
    const count = Number(sessionStorage.getItem(PARTS_KEY) ?? 0)
    const parts: string[] = []
    for (let i = 0; i < count; i++) {
      const part = sessionStorage.getItem(PART_PREFIX + i)
      if (part === null) return ''
      parts.push(part)
    }
    return parts.join('')
  } catch {
    return ''
  }
}

/** Forgets the stored text. */
export function clearInput(): void {
  unsaved = null
  held = null
  try {
    removeStored()
    sessionStorage.removeItem(INPUT_ID_KEY)
  } catch {
    // nothing stored, nothing to clear
  }
}
