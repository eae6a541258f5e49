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

/** Reads a pasted bounce (a line, an NDR's text or a whole raw e-mail) and diagnoses it. */
export async function analyseBounce(input: string, content: Pick<Content, 'causes' | 'outcomes'>): Promise<Analysis> {
  // parseBounce already stops at MAX_RECIPIENTS recipients and says so in facts.notes.
  const facts = await parseBounce(input)
  return { facts, results: diagnose(facts, content) }
}
