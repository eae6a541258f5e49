/**
 * The answer trail of the guided flow as it stands in the URL query: answer indexes from the
 * start question, joined by dots (`?a=0.2.1`). Only answer indexes go in the URL, never anything
 * the person pasted.
 */

/** The longest trail read from a URL; a real walk is a handful of questions. */
const MAX_STEPS = 64

/** Reads a trail such as "0.2.1"; anything that is not a small whole number ends the trail. */
export function parseTrail(value: string | null | undefined): number[] {
  if (!value) return []
  const answers: number[] = []
  for (const part of value.split('.').slice(0, MAX_STEPS)) {
    if (!/^\d{1,3}$/.test(part)) break
    answers.push(Number(part))
  }
  return answers
}

/** Writes a trail for the URL query. */
export function formatTrail(answers: readonly number[]): string {
  return answers.join('.')
}
