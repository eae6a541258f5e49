import { replaceAddresses } from '../bounce/addresses'

/**
 * Hides personal data in text the person is about to copy elsewhere (a ticket, a message):
 *
 * - every e-mail address becomes `nameN@hidden.example` (local part and domain both hidden; the
 *   domain `example` is reserved, RFC 2606, so the placeholder can never reach a real mailbox);
 * - every IPv4 or IPv6 address becomes `ip-address-N` (an `IPv6:` literal prefix is kept).
 *
 * N numbers distinct values in order of first appearance, so "the same address twice" and "two
 * different addresses" still read differently after masking. Host names are kept: they name mail
 * systems, which is what a helpdesk needs, not people.
 */

/** A function that masks text; calls of one masker share their numbering. */
export type Masker = (text: string) => string

const OCTET = String.raw`(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)`
const IPV4 = String.raw`${OCTET}(?:\.${OCTET}){3}`
// Not inside a longer dotted number (a version, an OID) or a word.
export const IPV4_ALONE = new RegExp(String.raw`(?<![\w.])${IPV4}(?![\w]|\.\d)`, 'g')
// A run of hex groups and colons, possibly ending in an IPv4 part; validated in isIpv6.
export const IPV6_CANDIDATE = new RegExp(
  String.raw`(?<![\w:.])(IPv6:)?((?:[0-9a-f]{0,4}:){2,7}(?:${IPV4}|[0-9a-f]{0,4}))(?![\w:]|\.\d)`,
  'gi',
)

/**
 * True for a real IPv6 address: eight groups, or fewer with exactly one `::`. This is what keeps
 * times ("12:34:56") and MAC addresses ("00:1a:2b:3c:4d:5e") from being taken for addresses.
 */
function isIpv6(candidate: string): boolean {
  const tail = candidate.slice(candidate.lastIndexOf(':') + 1)
  const v4 = tail.split('.').length === 4 && tail.split('.').every((part) => /^\d{1,3}$/.test(part))
  const head = v4 ? candidate.slice(0, candidate.lastIndexOf(':') + 1) : candidate
  const compressed = head.split('::').length - 1
  if (compressed > 1) return false
  const groups = head.split(':').filter((g) => g !== '').length + (v4 ? 2 : 0)
  if (compressed === 1) return groups <= 7 && /[0-9a-f]/i.test(candidate)
  if (head.startsWith(':') || (head.endsWith(':') && !v4)) return false
  return groups === 8
}

/** A masker with its own numbering: use one for everything that ends up in the same text. */
export function createMasker(): Masker {
  const emails = new Map<string, string>()
  const ips = new Map<string, string>()
  const name = (map: Map<string, string>, key: string, make: (n: number) => string): string => {
    const known = map.get(key)
    if (known) return known
    const made = make(map.size + 1)
    map.set(key, made)
    return made
  }
  return (text) =>
    replaceAddresses(text, (address) => name(emails, address, (n) => `name${n}@hidden.example`))
      .replace(IPV6_CANDIDATE, (found, prefix: string | undefined, address: string) =>
        isIpv6(address) ? (prefix ?? '') + name(ips, address.toLowerCase(), (n) => `ip-address-${n}`) : found,
      )
      .replace(IPV4_ALONE, (found) => name(ips, found, (n) => `ip-address-${n}`))
}

/** Replaces e-mail addresses and IP addresses in `text` with numbered placeholders. */
export function maskPersonalData(text: string): string {
  return createMasker()(text)
}
