import type { OtherOutcome } from '../content/schema'
import type { RecipientFacts, Span } from '../bounce/types'

/** The kinds of verdict. */
export type Outcome = 'cause' | 'ask' | OtherOutcome

/** A piece of evidence: words of the analysed text and why they count. */
export interface Evidence {
  /** Where the words stand in BounceFacts.text. */
  span: Span
  /** The words themselves. */
  text: string
  /** What they show, e.g. "status 5.1.1", "phrase: no such user". */
  reason: string
  /** The cause they point to, when they point to one. */
  cause: number | null
}

/** The diagnosis of one failed recipient. */
export interface Verdict {
  outcome: Outcome
  /** The cause when outcome is 'cause'; null otherwise. */
  cause: number | null
  /** The causes still in the running when outcome is 'ask' (two or more); [cause] for 'cause'. */
  candidates: number[]
  /** What decided it, in the order it weighed. */
  evidence: Evidence[]
  /** How sure: 'high' when a strong signal settled it, 'medium' when weak signals agreed. */
  confidence: 'high' | 'medium' | 'low'
  /** For the other outcomes, a short reason, e.g. "message too large (5.3.4)". */
  note: string | null
}

/** A recipient and its verdict. */
export interface RecipientVerdict {
  facts: RecipientFacts
  verdict: Verdict
}
