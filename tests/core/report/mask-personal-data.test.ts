import { describe, expect, it } from 'vitest'
import { createMasker, maskPersonalData } from '../../../src/core/report/mask-personal-data'

describe('maskPersonalData', () => {
  it.each([
    ['an address in angle brackets', '550 5.1.1 <bob@example.com>: User unknown', '550 5.1.1 <name1@hidden.example>: User unknown'],
    ['an address with dots, plus and a subdomain', 'to jane.doe+news@mail.corp.example.org failed', 'to name1@hidden.example failed'],
    ['an address whose domain is an IP literal', 'postmaster@[192.0.2.1] said', 'name1@hidden.example said'],
    ['an address with letters beyond ASCII', 'für jörg@bücher.example gescheitert', 'für name1@hidden.example gescheitert'],
    ['an IPv4 address in brackets', 'mx.example.com [192.0.2.1]: 550', 'mx.example.com [ip-address-1]: 550'],
    ['an IPv6 address', 'host 2001:db8::25 said', 'host ip-address-1 said'],
    ['a full IPv6 address', 'from 2001:0db8:0000:0000:0000:ff00:0042:8329 ok', 'from ip-address-1 ok'],
    ['an IPv6 address literal keeping its prefix', 'client [IPv6:2001:db8::1] rejected', 'client [IPv6:ip-address-1] rejected'],
    ['an IPv4-mapped IPv6 address', 'from ::ffff:192.0.2.7 here', 'from ip-address-1 here'],
  ])('hides %s', (_case, input, expected) => {
    expect(maskPersonalData(input)).toBe(expected)
  })

  it.each([
    ['status codes', '550 5.7.1 Service unavailable'],
    ['times of day', 'Date: Mon, 3 Jun 2024 12:34:56 +0000'],
    ['a MAC address', 'device 00:1a:2b:3c:4d:5e'],
    ['version numbers with more than four parts', 'Exim 4.96.1.2.3 here'],
    ['numbers out of the IPv4 range', 'id 300.1.2.3'],
    ['host names', 'Remote-MTA: dns; mx1.example.com'],
  ])('leaves %s alone', (_case, input) => {
    expect(maskPersonalData(input)).toBe(input)
  })

  it('gives the same address the same placeholder and different ones different placeholders', () => {
    expect(maskPersonalData('Bob@Example.com, ann@example.com, bob@example.com; 192.0.2.1, 192.0.2.2, 192.0.2.1')).toBe(
      'name1@hidden.example, name2@hidden.example, name1@hidden.example; ip-address-1, ip-address-2, ip-address-1',
    )
  })

  it('keeps its numbering across calls of one masker', () => {
    const mask = createMasker()
    expect(mask('a@example.com')).toBe('name1@hidden.example')
    expect(mask('b@example.com and a@example.com')).toBe('name2@hidden.example and name1@hidden.example')
  })
})
