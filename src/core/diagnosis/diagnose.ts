import { findStageWords } from '../bounce/smtp-codes'
import type { BounceFacts, RecipientFacts, Span } from '../bounce/types'
import type { Cause, Outcomes, Strength } from '../content/schema'
import { compileSignals, OUTSIDE, type CompiledPhrase, type CompiledSignals, type Target } from './compile-signals'
import type { Evidence, RecipientVerdict, Verdict } from './types'

const PHRASE_WEIGHT: Record<Strength, number> = { strong: 10, weak: 3 }
const STATUS_WEIGHT: Record<Strength, number> = { strong: 6, weak: 3 }
const REPLY_WEIGHT: Record<Strength, number> = { strong: 6, weak: 2 }
/** A score this high means a strong signal spoke. */
const SETTLED = 8
/** The most that phrases outside the recipient's own part of the report add to one cause. */
const ELSEWHERE_CAP = 6
/** A rival within this share of the best score keeps the question open. */
const CLOSE = 0.75

/** Words of a report that say the mail is still being retried. */
const STILL_TRYING =
  /still being retried|will (?:continue to )?(?:retry|try again|keep trying)|warning only|do not need to resend|not yet been delivered|has been delayed|delivery (?:is )?delayed|delayed mail|temporary failure report|kept in the queue|will be retried/i
/** Words of a report that say it gave up. */
const GAVE_UP =
  /permanent|giving up|given up|gave up|too long|expired|retry time(?:out)? (?:was )?(?:exceeded|reached)|could not be delivered|couldn't be delivered|undeliverable|failed permanently|will not be (?:re)?tried|bounced|returning message to sender|delivery has failed|could not deliver|was not delivered|wasn't delivered/i

/** Words right before a phrase that make it a possibility rather than a finding. */
const HEDGE = /\b(?:may|might|could)\s+(?:not\s+)?(?:be|have\s+been)\s+$/i

/**
 * A content filter's report that the message came to it from the filtering host itself (amavis:
 * "First upstream SMTP client IP address: [127.0.0.1]"): the filter sits on the sender's side.
 */
const LOCAL_ORIGIN = /(?:first upstream SMTP client IP address|the message originated at):?[ \t]{0,3}\[(?:127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1)\]/i

const SENDER_VERIFY = /sender verify failed|callout verification|sender address verification|verification failed for/i

interface Match {
  target: Target
  strength: Strength
  label: string
  span: Span
}

/** The most matches of one phrase taken from one stretch of text. */
const MATCHES_PER_PHRASE = 20

function isAlnum(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39)
}

/** True when text[start, end) is one label of a dotted host name ("relay" in relay.example.org). */
function inHostName(text: string, start: number, end: number): boolean {
  const dotAfter = text.charCodeAt(end) === 0x2e && isAlnum(text.charCodeAt(end + 1))
  const dotBefore = text.charCodeAt(start - 1) === 0x2e && isAlnum(text.charCodeAt(start - 2))
  return dotAfter || dotBefore
}

/** The ASCII letter-and-digit runs of lower-case text. */
function wordsOf(lower: string): Set<string> {
  const words = new Set<string>()
  let start = -1
  for (let i = 0; i <= lower.length; i++) {
    if (i < lower.length && isAlnum(lower.charCodeAt(i))) {
      if (start < 0) start = i
    } else if (start >= 0) {
      words.add(lower.slice(start, i))
      start = -1
    }
  }
  return words
}

/** True when every other run of letters and digits of a phrase is in the text. */
function hasParts(phrase: CompiledPhrase, words: Set<string>, lower: string): boolean {
  const parts = phrase.parts
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string
    if (phrase.partsAreWords ? !words.has(part) : !lower.includes(part)) return false
  }
  return true
}

/** The phrases that can match a stretch of lower-case text, in the order of the content. */
function candidates(lower: string, signals: CompiledSignals): CompiledPhrase[] {
  const words = wordsOf(lower)
  const found: CompiledPhrase[] = []
  // Each phrase is filed under one key word, and each word of the text comes once.
  for (const word of words) {
    const phrases = signals.byWord.get(word)
    if (phrases === undefined) continue
    for (const phrase of phrases) if (hasParts(phrase, words, lower)) found.push(phrase)
  }
  for (const phrase of signals.bySubstring) {
    if ((phrase.key === '' || lower.includes(phrase.key)) && hasParts(phrase, words, lower)) found.push(phrase)
  }
  return found.sort((a, b) => a.order - b.order)
}

/**
 * Finds every phrase match in the given stretches of the text, each match once. A stretch inside
 * one already searched is skipped unless a phrase reached its match limit there.
 */
function findMatches(text: string, segments: Span[], signals: CompiledSignals): Match[] {
  const seen = new Set<string>()
  const matches: Match[] = []
  const complete: Span[] = []
  for (const segment of segments) {
    if (segment.end <= segment.start) continue
    if (complete.some((done) => segment.start >= done.start && segment.end <= done.end)) continue
    const slice = text.slice(segment.start, segment.end)
    let limited = false
    for (const phrase of candidates(slice.toLowerCase(), signals)) {
      phrase.pattern.lastIndex = 0
      let m: RegExpExecArray | null
      let count = 0
      while ((m = phrase.pattern.exec(slice)) !== null) {
        if (++count > MATCHES_PER_PHRASE) {
          limited = true
          break
        }
        if (m[0] === '') {
          phrase.pattern.lastIndex++
          continue
        }
        const start = segment.start + m.index
        if (phrase.singleWord && inHostName(text, start, start + m[0].length)) continue
        const key = `${phrase.target}:${start}:${m[0].length}`
        if (seen.has(key)) continue
        seen.add(key)
        matches.push({ target: phrase.target, strength: phrase.strength, label: phrase.label, span: { start, end: start + m[0].length } })
      }
    }
    if (!limited) complete.push(segment)
  }
  return matches
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end
}

function inside(span: Span, area: Span | null): boolean {
  return area !== null && span.start >= area.start && span.end <= area.end
}

/** A loopback address: the host talking to itself. */
const LOOPBACK = /(?:^|[[\s(])(?:127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1)(?:$|[\]\s)])/

/**
 * Where the report shows that the filter which refused the message runs on the sending host
 * itself: the refusing server is a loopback address (a content filter the sender's own server
 * hands mail to), or the filter got the message from its own host.
 */
function localFilter(text: string, reportText: string, recipient: RecipientFacts): Evidence | null {
  const remote = recipient.remoteMta
  if (remote && LOOPBACK.test(` ${remote} `)) {
    for (const area of [recipient.diagnosticSpan, recipient.contextSpan]) {
      if (!area) continue
      const at = text.slice(area.start, Math.min(area.end, area.start + 200_000)).indexOf(remote)
      if (at < 0) continue
      const span = { start: area.start + at, end: area.start + at + remote.length }
      return { span, text: remote, reason: 'the refusing filter runs on your own server', cause: 3 }
    }
  }
  const origin = reportText.includes('[127.') || reportText.includes('[::1]') ? LOCAL_ORIGIN.exec(reportText) : null
  if (!origin) return null
  const span = { start: origin.index, end: origin.index + origin[0].length }
  return { span, text: origin[0], reason: 'the filter got the message from its own host', cause: 3 }
}

/** The words that named the SMTP stage of a recipient's refusal. */
function stageEvidence(text: string, recipient: RecipientFacts): Evidence | null {
  if (!recipient.stage) return null
  for (const area of [recipient.diagnosticSpan, recipient.contextSpan]) {
    if (!area) continue
    const found = findStageWords(text.slice(area.start, Math.min(area.end, area.start + 200_000)), recipient.stage)
    if (!found) continue
    const start = area.start + found.index
    const span = { start, end: start + found.length }
    return { span, text: text.slice(span.start, span.end), reason: `refused at the ${recipient.stage === 'helo' ? 'HELO' : 'connection'} stage`, cause: 2 }
  }
  return null
}

function codeClass(facts: RecipientFacts): string | null {
  return facts.status?.[0] ?? facts.replyCode?.[0] ?? null
}

/** Where a code stands on its own (not inside 15501 or 5.1.10) in the text near the recipient. */
function locate(text: string, code: string, areas: Array<Span | null>): Span | null {
  const pattern = new RegExp(`(?<![\\d.])${code.replace(/\./g, '\\.')}(?!\\d|\\.\\d)`)
  for (const area of areas) {
    if (!area) continue
    const m = pattern.exec(text.slice(area.start, area.end))
    if (m) return { start: area.start + m.index, end: area.start + m.index + code.length }
  }
  return null
}

function otherVerdict(outcome: Verdict['outcome'], note: string, evidence: Evidence[] = []): Verdict {
  return { outcome, cause: null, candidates: [], evidence, confidence: 'high', note }
}

/** Candidate causes when the words settle nothing: what the status class usually means. */
function fallbackCandidates(facts: RecipientFacts): number[] {
  const status = facts.status ?? ''
  if (status.startsWith('5.1.') || status.startsWith('4.1.')) return [1, 12]
  if (status.startsWith('5.2.') || status.startsWith('4.2.')) return [11, 10]
  if (status.startsWith('5.4.') || status.startsWith('4.4.')) return [8, 12]
  if (status.startsWith('5.7.')) return [2, 4, 6]
  if (status.startsWith('5.3.')) return [13, 11]
  if (facts.stage === 'mail') return [2, 4, 7]
  return [1, 2]
}

function diagnoseRecipient(
  facts: BounceFacts,
  recipient: RecipientFacts,
  matches: Match[],
  signals: CompiledSignals,
  others: Span[],
): Verdict {
  const text = facts.text
  const report: Span = { start: 0, end: facts.reportEnd }
  const scores = new Map<Target, number>()
  const evidence = new Map<Target, Evidence[]>()
  const credit = (target: Target, points: number, item: Evidence | null): void => {
    scores.set(target, (scores.get(target) ?? 0) + points)
    if (item) evidence.set(target, [...(evidence.get(target) ?? []), item])
  }
  // Causes named by a strong phrase in the server's words: the text outweighs a code alone.
  const strongFor = new Set<Target>()

  // Phrases weigh most in the remote server's own words, less in the recipient's paragraph,
  // least elsewhere in the report. A phrase counts once, where it weighs most.
  const best = new Map<string, { match: Match; factor: number }>()
  for (const match of matches) {
    // Words about another recipient of the same report say nothing about this one.
    if (others.some((area) => inside(match.span, area))) continue
    const factor = inside(match.span, recipient.diagnosticSpan)
      ? 1
      : inside(match.span, recipient.contextSpan)
        ? 0.8
        : inside(match.span, report)
          ? 0.5
          : 0
    if (factor === 0) continue
    const key = `${match.target}:${match.label}`
    const seen = best.get(key)
    if (!seen || factor > seen.factor) best.set(key, { match, factor })
  }
  // The most specific words speak: a phrase found inside a longer one of another cause ("quota
  // exceeded", a full mailbox, inside "sending quota exceeded", a sending limit) does not count.
  const counted = [...best.values()]
  const specific = counted.filter(
    ({ match }) =>
      !counted.some(
        ({ match: other }) =>
          other.target !== match.target &&
          other.span.start <= match.span.start &&
          other.span.end >= match.span.end &&
          other.span.end - other.span.start > match.span.end - match.span.start,
      ),
  )
  // Words elsewhere in the report only lean: together they weigh no more than one strong phrase
  // in the server's own words would.
  const elsewhere = new Map<Target, number>()
  for (const { match, factor } of specific) {
    // "they may be blacklisted": a possibility the server lists is not what it found.
    const strength = match.strength === 'strong' && HEDGE.test(text.slice(Math.max(0, match.span.start - 20), match.span.start)) ? 'weak' : match.strength
    if (strength === 'strong' && factor >= 0.8) strongFor.add(match.target)
    let points = PHRASE_WEIGHT[strength] * factor
    if (factor < 0.8) {
      const used = elsewhere.get(match.target) ?? 0
      points = Math.max(0, Math.min(points, ELSEWHERE_CAP - used))
      elsewhere.set(match.target, used + points)
    }
    credit(match.target, points, {
      span: match.span,
      text: text.slice(match.span.start, match.span.end),
      reason: `phrase “${match.label}”`,
      cause: match.target === OUTSIDE ? null : match.target,
    })
  }

  const areas = [recipient.diagnosticSpan, recipient.contextSpan, report]
  // A status means the same in class 4 and class 5 (4.2.2 and 5.2.2 are both "mailbox full").
  const statusKey = recipient.status?.replace(/^[245]\./, '') ?? null
  if (recipient.status && statusKey) {
    for (const signal of signals.statuses) {
      if (signal.code.replace(/^[245]\./, '') !== statusKey) continue
      const span = locate(text, recipient.status, areas)
      credit(signal.target, STATUS_WEIGHT[signal.strength], span && {
        span,
        text: recipient.status,
        reason: `status ${recipient.status}`,
        cause: signal.target === OUTSIDE ? null : signal.target,
      })
    }
  }
  if (recipient.replyCode) {
    for (const signal of signals.replyCodes) {
      if (signal.code !== recipient.replyCode) continue
      const span = locate(text, recipient.replyCode, areas)
      credit(signal.target, REPLY_WEIGHT[signal.strength], span && {
        span,
        text: recipient.replyCode,
        reason: `reply code ${recipient.replyCode}`,
        cause: signal.target === OUTSIDE ? null : signal.target,
      })
    }
  }

  // The SMTP stage weighs with the words: a refusal of the sender (MAIL FROM) is not about the
  // recipient's mailbox, and a refusal after DATA is about the message, not the address.
  const scale = (targets: number[], factor: number): void => {
    for (const t of targets) if (scores.has(t)) scores.set(t, (scores.get(t) ?? 0) * factor)
  }
  if (recipient.stage === 'mail' || recipient.stage === 'connect' || recipient.stage === 'helo') scale([1, 9, 10, 11, 13], 0.5)
  if (recipient.stage === 'data' || recipient.stage === 'end-of-data') scale([1, 9, 10, 12], 0.6)
  const cls = codeClass(recipient)
  // A server that refuses for good at its greeting or at HELO refuses the sending host itself
  // (RFC 5321 3.1, 4.1.1.1): it was reached, and no recipient was relayed yet.
  if ((recipient.stage === 'connect' || recipient.stage === 'helo') && cls === '5') {
    scale([4, 8, 12], 0.5)
    credit(2, STATUS_WEIGHT.strong, stageEvidence(text, recipient))
  }

  // X.1.7 and X.1.8 are about the sender's address (RFC 3463): "no such domain" or "unknown user"
  // next to them is said of your address, not of the recipient's.
  if (statusKey === '1.7' || statusKey === '1.8') scale([1, 9, 10, 11, 12, 13], 0.3)

  const reportText = text.slice(0, Math.min(facts.reportEnd, 200_000))
  // In a sender verification (callout) failure the remote server checked *your* address: its
  // "user unknown" is about the sender, not the recipient's mailbox.
  // When your address failed that check because it cannot be routed, the fault is DNS (12).
  if (SENDER_VERIFY.test(reportText)) {
    scale([1, 9, 10, 11, 13], 0.2)
    if (strongFor.has(12)) scale([2], 0.5)
  }
  // Spam or a virus found by a filter on the sender's own side: the outbound filter (3) stopped
  // it, whether the words say so ("blocked by outbound policy: virus detected") or the hosts do.
  if (strongFor.has(3)) scale([2], 0.5)
  const local = localFilter(text, reportText, recipient)
  if (local && (scores.get(2) ?? 0) > (scores.get(3) ?? 0)) {
    credit(3, scores.get(2) ?? 0, local)
    scale([2], 0.3)
  }
  const finalFailure = recipient.action === 'failed' || GAVE_UP.test(reportText)
  // A 4xx answer that was given up on, with nothing more said: the retries ran out (cause 8).
  if (cls === '4' && finalFailure && scores.size === 0) credit(8, 3, null)

  const ranked = [...scores.entries()].filter(([, s]) => s > 0).sort((a, b) => b[1] - a[1])
  const [top, second] = ranked
  const collect = (targets: Target[]): Evidence[] =>
    targets.flatMap((t) => evidence.get(t) ?? []).sort((a, b) => a.span.start - b.span.start)

  if (!top) {
    const candidates = fallbackCandidates(recipient)
    return { outcome: 'ask', cause: null, candidates, evidence: [], confidence: 'low', note: null }
  }
  const [target, score] = top
  const close = ranked.filter(([t, s]) => t !== OUTSIDE && t !== target && s >= score * CLOSE && s > 0)
  if (target === OUTSIDE) {
    return { outcome: 'outside', cause: null, candidates: [], evidence: collect([OUTSIDE]), confidence: score >= SETTLED ? 'high' : 'medium', note: null }
  }
  if (close.length > 0 && !(strongFor.has(target) && !close.some(([t]) => strongFor.has(t)))) {
    const candidates = [target, ...close.map(([t]) => t)].slice(0, 4).sort((a, b) => a - b)
    return { outcome: 'ask', cause: null, candidates, evidence: collect(candidates), confidence: 'low', note: null }
  }
  const confidence = strongFor.has(target) || score >= SETTLED ? (second && second[1] >= score * 0.5 ? 'medium' : 'high') : 'medium'
  return { outcome: 'cause', cause: target, candidates: [target], evidence: collect([target]), confidence, note: null }
}

/**
 * Whether the mail is still being retried: 'announced' when the report says so (a delay warning),
 * 'code' when only a 4xx code says the refusal was temporary, null when it was final.
 */
function temporaryBy(facts: BounceFacts, recipient: RecipientFacts): 'announced' | 'code' | null {
  if (recipient.action === 'delayed') return 'announced'
  if (recipient.action === 'failed') return null
  const report = facts.text.slice(0, Math.min(facts.reportEnd, 200_000))
  // "You'll be notified if the delivery fails permanently" is a promise, not a failure.
  const saysFinal = (): boolean =>
    report.split(/[.\n]/).some((sentence) => /\bpermanent(?:ly)?\b|giving up|gave up|given up/i.test(sentence) && !/\bif\b/i.test(sentence))
  if (STILL_TRYING.test(report) && !saysFinal()) return 'announced'
  return codeClass(recipient) === '4' && !GAVE_UP.test(report) ? 'code' : null
}

const NO_FACTS: RecipientFacts = {
  address: null,
  replyCode: null,
  status: null,
  action: null,
  remoteMta: null,
  diagnostic: null,
  diagnosticSpan: null,
  stage: null,
  contextSpan: null,
}

/**
 * Decides, for each failed recipient of a bounce, which of the 13 causes it is — or that it
 * needs an answer from the user, is temporary, is not a bounce, or is a failure outside the 13.
 */
export function diagnose(facts: BounceFacts, content: { causes: Cause[]; outcomes?: Outcomes }): RecipientVerdict[] {
  const signals = compileSignals(content.causes, content.outcomes ?? null)
  if (facts.kind === 'empty' || facts.kind === 'binary') {
    return [{ facts: NO_FACTS, verdict: otherVerdict('not-a-bounce', facts.kind === 'empty' ? 'Nothing was pasted.' : 'This is not text.') }]
  }
  if (facts.autoReply) return [{ facts: facts.recipients[0] ?? NO_FACTS, verdict: otherVerdict('not-a-bounce', 'This is an automatic reply (such as an out-of-office message), not a bounce.') }]
  if (facts.feedbackReport) return [{ facts: facts.recipients[0] ?? NO_FACTS, verdict: otherVerdict('not-a-bounce', 'This is a spam-complaint (feedback) report, not a bounce.') }]

  const recipients = facts.recipients.length > 0 ? facts.recipients : [{ ...NO_FACTS, contextSpan: { start: 0, end: facts.reportEnd } }]
  // The report as a whole, and each recipient's own words apart: a phrase found often in the
  // report (one line per recipient) is still found in every recipient's own reply.
  const segments: Span[] = [{ start: 0, end: facts.reportEnd }]
  for (const r of recipients) {
    for (const span of [r.diagnosticSpan, r.contextSpan]) if (span) segments.push(span)
  }
  const matches = findMatches(facts.text, segments, signals)

  return recipients.map((recipient) => {
    if (recipient.action === 'delivered' || recipient.action === 'relayed' || recipient.action === 'expanded' || recipient.status?.startsWith('2.')) {
      return { facts: recipient, verdict: otherVerdict('not-a-bounce', `The report says the message was ${recipient.action ?? 'delivered'}, not refused.`) }
    }
    // The parts of the report that belong to the other recipients alone.
    const others = recipients
      .filter((r) => r !== recipient && r.contextSpan && !(recipient.contextSpan && overlaps(r.contextSpan, recipient.contextSpan)))
      .map((r) => r.contextSpan as Span)
    const verdict = diagnoseRecipient(facts, recipient, matches, signals, others)
    const temporary = temporaryBy(facts, recipient)
    if (temporary) {
      // A delay because the recipient's server cannot be reached or found is cause 8 or 12 in
      // progress: the sender's server is retrying, as the source document describes for 8.
      if (verdict.outcome === 'cause' && (verdict.cause === 8 || verdict.cause === 12)) {
        return { facts: recipient, verdict: { ...verdict, note: 'Your server is still retrying; it will give up after a few days.' } }
      }
      // A delay whose reason is clear is that cause, said with the delay: a lone 4xx reply (a
      // pasted line, most often from a report that gave up), or a warning that still retries.
      if (verdict.outcome === 'cause' && verdict.confidence === 'high') {
        const note =
          temporary === 'code'
            ? 'The reply code is temporary (4xx): the sending server may still be retrying.'
            : 'This is a delay warning: your server is still retrying, and this is the reason the other side gives.'
        return { facts: recipient, verdict: { ...verdict, note } }
      }
      return { facts: recipient, verdict: otherVerdict('temporary', 'The server is still trying, or the refusal was temporary (a 4xx code).') }
    }
    // Text that does not read like a bounce needs strong evidence to be diagnosed as one.
    if (!facts.looksLikeBounce && (verdict.outcome === 'ask' || (verdict.outcome === 'outside' && verdict.confidence !== 'high'))) {
      return { facts: recipient, verdict: otherVerdict('not-a-bounce', 'No delivery failure was found in this text.') }
    }
    return { facts: recipient, verdict }
  })
}
