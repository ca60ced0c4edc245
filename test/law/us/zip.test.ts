// attempt.recipient.postalCode (issue 16 item 1): the ZIP's zone(s) and state are added to the
// area code's; all must be open (47 CFR 64.1200(c)(1): 8 a.m.–9 p.m. "local time at the called
// party's location"), the ZIP's state law applies like recipient.region, a ZIP never narrows.
import { describe, expect, it } from 'vitest';
import { US, codes, usDecide } from './support.js';

const zip = (postalCode: string, more: Record<string, unknown> = {}) => ({ recipient: { postalCode, ...more } });

describe('ZIP code: zones and states added to the area code (recipient.postalCode)', () => {
  it('212 + 90210 adds Pacific: 08:30 Eastern is 05:30 in Beverly Hills, before 8 a.m. (47 CFR 64.1200(c)(1))', () => {
    expect(usDecide(US.newYork, '2026-11-24T08:30:00-05:00').allowed).toBe(true);
    const d = usDecide(US.newYork, '2026-11-24T08:30:00-05:00', undefined, zip('90210'));
    // Federal and New York hours (GBL § 399-z, 8 a.m.) both bind in every candidate zone.
    expect(codes(d)).toEqual(['us.tcpa.hours', 'us.ny.hours']);
    expect(d.recipient!.timeZones).toEqual(['America/New_York', 'America/Los_Angeles']);
    expect(d.recipient!.regions).toEqual(['US-NY', 'US-CA']);
    // Open in both once Los Angeles reaches 8 a.m.
    expect(d.nextAllowedAt).toBe('2026-11-24T11:00:00-05:00');
    expect(usDecide(US.newYork, '2026-11-24T11:00:00-05:00', undefined, zip('90210-1234')).allowed).toBe(true);
  });

  it('never narrows: 90210 on a 310 number keeps Pacific only, and 212 + 10001 keeps Eastern only', () => {
    expect(usDecide(US.losAngeles, '2026-11-24T08:30:00-08:00', undefined, zip('90210')).recipient!.timeZones).toBeUndefined();
    expect(usDecide(US.newYork, '2026-11-24T20:30:00-05:00', undefined, zip('10001')).allowed).toBe(true);
  });

  it('212 + a Miami ZIP at 20:30 Eastern: Florida\'s hours apply (§ 501.616(6)(a), 8 p.m.)', () => {
    expect(usDecide(US.newYork, '2026-11-24T20:30:00-05:00').allowed).toBe(true);
    const d = usDecide(US.newYork, '2026-11-24T20:30:00-05:00', undefined, zip('33131'));
    expect(codes(d)).toEqual(['us.fl.hours']);
    expect(d.recipient!.regions).toEqual(['US-NY', 'US-FL']);
    expect(d.nextAllowedAt).toBe('2026-11-25T08:00:00-05:00');
  });

  it('a ZIP the source places in no single zone (Chipley FL 32452) adds every zone of its state', () => {
    const d = usDecide(US.newYork, '2026-11-24T08:30:00-05:00', undefined, zip('32452'));
    expect(d.recipient!.timeZones).toEqual(['America/New_York', 'America/Chicago']);
    expect(codes(d)).toContain('us.tcpa.hours'); // 07:30 in Central Florida
  });

  it('recipient.timeZone stays the explicit override; the ZIP still brings its state\'s law', () => {
    const d = usDecide(US.newYork, '2026-11-24T08:30:00-05:00', undefined, zip('90210', { timeZone: 'America/New_York' }));
    expect(d.allowed).toBe(true);
    expect(d.recipient!.regions).toEqual(['US-NY', 'US-CA']);
  });

  it.each([
    ['9021', 'not a US ZIP code'],
    ['ABCDE', 'not a US ZIP code'],
    ['90210-12', 'not a US ZIP code'],
    ['09001', 'military'],
  ])('denies an invalid ZIP %s with input.invalid-postal-code naming the field', (postalCode, detail) => {
    const d = usDecide(US.newYork, '2026-11-24T12:00:00-05:00', undefined, zip(postalCode));
    expect(codes(d)).toEqual(['input.invalid-postal-code']);
    expect(d.reasons[0]!.facts.field).toBe('attempt.recipient.postalCode');
    expect(String(d.reasons[0]!.facts.problem)).toContain(detail);
  });

  it('denies a postal code that is not a string', () => {
    const d = usDecide(US.newYork, '2026-11-24T12:00:00-05:00', undefined, { recipient: { postalCode: 90210 as unknown as string } });
    expect(codes(d)).toEqual(['input.invalid-postal-code']);
    expect(d.reasons[0]!.facts.field).toBe('attempt.recipient.postalCode');
  });
});
