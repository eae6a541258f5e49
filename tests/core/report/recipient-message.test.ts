import { describe, expect, it } from 'vitest'
import { RECIPIENT_BLANK, SENDER_BLANK, recipientMessage } from '../../../src/core/report/recipient-message'
import { sampleCause } from './sample-analysis'

const cause = sampleCause(1, {
  message: { to: 'the person you wrote to', body: 'Hello, my mail to {recipient} bounced. Please write to me at {sender}; again: {recipient}.' },
})

describe('recipientMessage', () => {
  it('fills in the recipient and the sender', () => {
    expect(recipientMessage(cause, { recipient: 'bob@example.com', sender: 'ann@example.org', mask: false })).toBe(
      'Hello, my mail to bob@example.com bounced. Please write to me at ann@example.org; again: bob@example.com.',
    )
  })

  it('leaves a blank to fill in for an address it does not know', () => {
    expect(recipientMessage(cause, { recipient: null, sender: null, mask: false })).toBe(
      `Hello, my mail to ${RECIPIENT_BLANK} bounced. Please write to me at ${SENDER_BLANK}; again: ${RECIPIENT_BLANK}.`,
    )
  })

  it('hides the filled-in addresses when asked to', () => {
    expect(recipientMessage(cause, { recipient: 'bob@example.com', sender: 'ann@example.org', mask: true })).toBe(
      'Hello, my mail to name1@hidden.example bounced. Please write to me at name2@hidden.example; again: name1@hidden.example.',
    )
  })

  it('gives nothing for a cause without a message', () => {
    expect(recipientMessage(sampleCause(2), { recipient: 'bob@example.com', sender: null, mask: false })).toBeNull()
  })
})
