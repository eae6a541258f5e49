import PostalMime from 'postal-mime'
import { afterEach, describe, expect, it, vi } from 'vitest'

// patches/postal-mime+4.0.0.patch joins decoded chunks into one buffer directly instead of
// through a Blob, which costs more than the rest of the parse for a small message. These tests
// fail when the patch is not applied (npm ci runs patch-package after installing).
const MESSAGE = [
  'From: MAILER-DAEMON@mx.example.org',
  'To: sender@example.com',
  'Subject: Undelivered Mail Returned to Sender',
  'MIME-Version: 1.0',
  'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
  '',
  '--b1',
  'Content-Type: text/plain; charset=windows-1252',
  'Content-Transfer-Encoding: quoted-printable',
  '',
  'Caf=E9 mailbox is full: 552 5.2.2 over quota, a very long line that is soft=',
  ' broken.',
  '--b1',
  'Content-Type: message/delivery-status',
  'Content-Transfer-Encoding: base64',
  '',
  Buffer.from('Final-Recipient: rfc822; ivan@example.net\nAction: failed\nStatus: 5.2.2\n').toString('base64'),
  '--b1',
  'Content-Type: text/rfc822-headers',
  '',
  'Subject: hello',
  '--b1--',
  '',
].join('\r\n')

describe('postal-mime as installed', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('decodes quoted-printable, base64 and plain parts without creating a Blob', async () => {
    vi.stubGlobal(
      'Blob',
      class {
        constructor() {
          throw new Error('Blob used')
        }
      },
    )
    const email = await PostalMime.parse(MESSAGE, { attachmentEncoding: 'utf8' })
    expect(email.text).toContain('Café mailbox is full: 552 5.2.2 over quota, a very long line that is soft broken.')
    const report = email.attachments.find((a) => a.mimeType === 'message/delivery-status')
    expect(report?.content).toBe('Final-Recipient: rfc822; ivan@example.net\nAction: failed\nStatus: 5.2.2\n')
    expect(email.attachments.find((a) => a.mimeType === 'text/rfc822-headers')?.content).toContain('Subject: hello')
  })

  // The patch also finds each line's end with a native search; a line keeps a carriage return
  // inside it, loses those right before its line feed, and the last line needs no line feed.
  it('splits lines as before: CRLF, a CR inside a line, CRs before LF, no final line feed', async () => {
    const raw = 'Subject: a\rb\r\r\nX-Test: one\r\nContent-Type: text/plain\r\n\r\nfirst\r\nsecond\rhalf\nlast'
    const email = await PostalMime.parse(raw)
    expect(email.subject).toBe('a b')
    expect(email.headers.find((h) => h.key === 'x-test')?.value).toBe('one')
    expect(email.text).toBe('first\nsecond\rhalf\nlast\n')
  })
})
