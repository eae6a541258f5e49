import { describe, expect, it } from 'vitest'
import { findStage, findStageWords } from '../../../src/core/bounce/smtp-codes'

describe('the SMTP stage a refusal answered', () => {
  it.each([
    ['host mx.example.org[192.0.2.1] said: 550 5.1.1 unknown user (in reply to RCPT TO command)', 'rcpt'],
    ['SMTP error from remote mail server after MAIL FROM:<a@example.com> SIZE=1024:', 'mail'],
    ['554 5.7.1 refused at MAIL FROM', 'mail'],
    ['SMTP error from remote mail server after end of data:', 'end-of-data'],
    ['SMTP error from remote mail server after initial connection:', 'connect'],
    ['Connected to 192.0.2.8 but my name was rejected.', 'helo'],
    ['Hi. This is the qmail-send program at mail.example.com.', null],
    ['sent after mail.example.net had accepted it', null],
    ['host mx.example.org[192.0.2.1] said: 553 sorry, that domain is not in my list (in reply to MAIL FROM command)', 'mail'],
    ['550 5.7.1 sender refused (in reply to mail command)', 'mail'],
    ['<<< 550 relaying denied, after MAIL', 'mail'],
    ['Error while sending mail to a@example.org: 550 5.1.1 no such user', null],
    ['SMTP error from remote mail server after pipelined RCPT TO:<a@example.org>:', 'rcpt'],
    ['SMTP error from remote mail server after pipelined MAIL FROM:<b@example.com> SIZE=2048:', 'mail'],
    ['A temporary error occurred after mail was queued for a@example.org', null],
  ])('%s → %s', (text, stage) => {
    expect(findStage(text)).toBe(stage)
  })

  it('points at the words that named the stage', () => {
    const text = 'The following address(es) failed:\n  a@example.org\n    SMTP error from remote mail server after initial connection:'
    const found = findStageWords(text, 'connect')
    expect(found && text.slice(found.index, found.index + found.length)).toBe('after initial connection')
    expect(findStageWords(text, 'rcpt')).toBeNull()
  })
})
