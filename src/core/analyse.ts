import type { BounceFacts } from './bounce/types'
import type { Content } from './content/schema'
import type { RecipientVerdict } from './diagnosis/types'
import { parseBounce } from './bounce/parse-bounce'
import { diagnose } from './diagnosis/diagnose'

/** What the app shows for one pasted bounce. */
export interface Analysis {
  facts: BounceFacts
  /** One verdict per failed recipient; always at least one. */
  results: RecipientVerdict[]
}

/**
 * The most recipients diagnosed. A real bounce names a handful; a pasted mailing-list report may
 * name hundreds, and the work of the diagnosis (and the page that lists them) grows with each.
 */
export const MAX_RECIPIENTS = 200

/** Reads a pasted bounce (a line, an NDR's text or a whole raw e-mail) and diagnoses it. */
export async function analyseBounce(input: string, content: Pick<Content, 'causes' | 'outcomes'>): Promise<Analysis> {
  const facts = await parseBounce(input)
  if (facts.recipients.length > MAX_RECIPIENTS) {
    facts.notes.push(`The bounce names ${facts.recipients.length} recipients; only the first ${MAX_RECIPIENTS} were diagnosed.`)
    facts.recipients = facts.recipients.slice(0, MAX_RECIPIENTS)
  }
  return { facts, results: diagnose(facts, content) }
}
