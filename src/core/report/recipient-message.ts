import type { Cause } from '../content/schema'
import { createMasker } from './mask-personal-data'

export interface RecipientMessageOptions {
  /** The failed address, when the bounce names it. */
  recipient: string | null
  /** The sender's address, when known. */
  sender: string | null
  /** Hide the filled-in addresses (see maskPersonalData). */
  mask: boolean
}

/** What stands in for an address the bounce does not give, for the person to fill in. */
export const RECIPIENT_BLANK = "[the recipient's address]"
export const SENDER_BLANK = '[your e-mail address]'

/**
 * The cause's ready-to-send message with `{recipient}` and `{sender}` filled in, or null when the
 * cause has none. Unknown addresses become a bracketed blank to fill in. Only the filled-in values
 * are masked: the rest is the helpdesk's own text.
 */
export function recipientMessage(cause: Cause, options: RecipientMessageOptions): string | null {
  if (!cause.message) return null
  const mask = options.mask ? createMasker() : (value: string) => value
  // Mask in a fixed order so the numbering does not depend on where the placeholders stand.
  const recipient = options.recipient ? mask(options.recipient) : RECIPIENT_BLANK
  const sender = options.sender ? mask(options.sender) : SENDER_BLANK
  return cause.message.body.replace(/\{(recipient|sender)\}/g, (_whole, name: string) =>
    name === 'recipient' ? recipient : sender,
  )
}
