import type { BounceFacts } from './types'

/** Placeholder until the parser lands: reads nothing. */
export async function parseBounce(input: string): Promise<BounceFacts> {
  return { kind: input.trim() ? 'text' : 'empty', text: input, dialect: 'generic', reportingMta: null, subject: null, autoReply: false, feedbackReport: false, looksLikeBounce: false, recipients: [], notes: [] }
}
