import type { BounceFacts } from '../bounce/types'
import type { Cause } from '../content/schema'
import type { RecipientVerdict } from './types'

/** Placeholder until the diagnosis lands. */
export function diagnose(facts: BounceFacts, _causes: Cause[]): RecipientVerdict[] {
  return [{ facts: facts.recipients[0] ?? { address: null, replyCode: null, status: null, action: null, remoteMta: null, diagnostic: null, diagnosticSpan: null, stage: null }, verdict: { outcome: 'not-a-bounce', cause: null, candidates: [], evidence: [], confidence: 'low', note: null } }]
}
