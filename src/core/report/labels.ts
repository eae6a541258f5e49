import type { Dialect, SmtpStage } from '../bounce/types'
import type { Owner } from '../content/schema'

/** Who has to act, in the words shown to the person (who is usually the sender). */
export const OWNER_LABELS: Record<Owner, string> = {
  sender: 'You, the sender',
  'sender-it': 'Your IT department or mail administrator',
  recipient: 'The person you wrote to',
  'recipient-provider': "The recipient's mail provider or IT department",
  isp: 'Your internet or mail provider',
}

/** The SMTP command a rejection answered, in plain words. */
export const STAGE_LABELS: Record<SmtpStage, string> = {
  connect: 'on connecting (before any command)',
  helo: 'after HELO/EHLO (greeting)',
  mail: 'after MAIL FROM (the sender address)',
  rcpt: 'after RCPT TO (the recipient address)',
  data: 'after DATA (before the message was sent)',
  'end-of-data': 'after the message was sent (end of DATA)',
}

/** The report formats, named as their makers name them. */
export const DIALECT_LABELS: Record<Dialect, string> = {
  rfc3464: 'Standard delivery status notification (RFC 3464)',
  postfix: 'Postfix',
  sendmail: 'Sendmail',
  exim: 'Exim',
  qmail: 'qmail',
  exchange: 'Microsoft Exchange / Microsoft 365',
  gmail: 'Gmail / Google Workspace',
  yahoo: 'Yahoo',
  amazonses: 'Amazon SES',
  opensmtpd: 'OpenSMTPD',
  courier: 'Courier',
  mimecast: 'Mimecast',
  'service-event': 'Sending-service event (JSON: Mailgun, SendGrid, Postmark, SparkPost…)',
  generic: 'Not recognised (read as plain text)',
}
