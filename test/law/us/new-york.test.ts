// New York GBL § 399-z: hours 8:00–21:00 (2), do-not-call registry (3) — texts included since
// 2021-08-12 (L.2021, S.3941/A.6040) — and the declared-emergency ban (5-a).
import { describe, expect, it } from 'vitest';
import { evaluate, type ContactEvent } from 'callgate';
import { createUsPack } from 'callgate/us';
import { US, codes, exemptions, fresh, scrub, usCall, usDecide } from './support.js';

describe('New York do-not-call and texts (§ 399-z(3), texts since 2021-08-12)', () => {
  const listedOn = (day: string): ContactEvent[] => [scrub(`${day}T08:00:00-04:00`, true)];

  it('a marketing text to a listed New York number is denied under § 399-z from 2021-08-12, not on 2021-08-11', () => {
    const after = usDecide(US.newYork, '2021-08-12T12:00:00-04:00', listedOn('2021-08-12'), { channel: 'sms' });
    expect(codes(after)).toContain('us.ny.dnc.listed');
    expect(after.reasons.find((r) => r.code === 'us.ny.dnc.listed')!.message).toContain('texts are covered since 2021-08-12');
    const before = usDecide(US.newYork, '2021-08-11T12:00:00-04:00', listedOn('2021-08-11'), { channel: 'sms' });
    expect(codes(before)).not.toContain('us.ny.dnc.listed');
    expect(codes(before)).toContain('us.dnc.listed'); // federal law covered it anyway
  });

  it('a call to a listed New York number was covered before 2021', () => {
    expect(codes(usDecide(US.newYork, '2021-08-11T12:00:00-04:00', listedOn('2021-08-11')))).toEqual(['us.dnc.listed', 'us.ny.dnc.listed']);
  });

  it('an express request of the customer (even oral) lifts the New York listing, not the federal one', () => {
    const at = '2026-11-24T12:00:00-05:00';
    const h: ContactEvent[] = [scrub('2026-11-20T12:00:00Z', true), { type: 'consent', at: '2026-11-01T12:00:00Z', advertiser: 'acme' }];
    const d = usDecide(US.newYork, at, h);
    expect(codes(d)).toEqual(['us.dnc.listed']);
    expect(exemptions(d)).toContain('us.exemption.consent');
  });
});

describe('New York hours (§ 399-z(2))', () => {
  it('a text at 21:30 is outside New York hours from 2021-08-12, federal hours only before', () => {
    const at1 = '2021-08-11T21:30:00-04:00';
    const at2 = '2021-08-12T21:30:00-04:00';
    expect(codes(usDecide(US.newYork, at1, fresh(at1), { channel: 'sms' }))).toEqual(['us.tcpa.hours', 'us.consent.missing']);
    expect(codes(usDecide(US.newYork, at2, fresh(at2), { channel: 'sms' }))).toEqual(['us.tcpa.hours', 'us.ny.hours', 'us.consent.missing']);
  });

  it('a New York resident called on a Florida number gets both states’ rules', () => {
    const d = usDecide(US.miami, '2026-11-24T20:30:00-05:00', undefined, { recipient: { region: 'US-NY' } });
    expect(codes(d)).toEqual(['us.fl.hours']);
    expect(d.recipient!.regions).toEqual(['US-NY', 'US-FL']);
    expect(codes(usDecide(US.miami, '2026-11-24T21:00:00-05:00', undefined, { recipient: { region: 'US-NY' } }))).toEqual(['us.tcpa.hours', 'us.fl.hours', 'us.ny.hours']);
  });
});

describe('New York declared emergencies (§ 399-z(5-a)), supplied by the host', () => {
  const AT = '2026-11-24T12:00:00-05:00';
  const pack = createUsPack({ newYorkEmergencies: [{ from: '2026-11-20', until: '2026-11-30', area: 'statewide', order: 'EO 99' }] });

  it('denies unsolicited telemarketing while a declaration is in force, until the day after it ends', () => {
    const d = evaluate(usCall(US.newYork, AT), fresh(AT), { packs: [pack] });
    expect(codes(d)).toEqual(['us.ny.emergency']);
    expect(d.reasons[0]!.facts).toMatchObject({ area: 'statewide', order: 'EO 99', until: '2026-11-30' });
    expect(d.reasons[0]!.until).toBe('2026-12-01T00:00:00-05:00');
    expect(d.nextAllowedAt).toBe('2026-12-01T08:00:00-05:00');
  });

  it('does not apply to solicited calls (customer relationship or request), nor outside the dates', () => {
    const customer: ContactEvent = { type: 'customer', at: '2026-11-01T12:00:00Z', advertiser: 'acme', kind: 'purchase' };
    expect(evaluate(usCall(US.newYork, AT), [...fresh(AT), customer], { packs: [pack] }).allowed).toBe(true);
    const later = '2026-12-01T12:00:00-05:00';
    expect(evaluate(usCall(US.newYork, later), fresh(later), { packs: [pack] }).allowed).toBe(true);
  });

  it('without a list the default pack only advises; an empty list means no emergency', () => {
    const d = usDecide(US.newYork, AT);
    expect(d.allowed).toBe(true);
    expect(d.advisories.map((a) => a.code)).toEqual(['us.ny.emergency.unconfirmed']);
    expect(evaluate(usCall(US.newYork, AT), fresh(AT), { packs: [createUsPack({ newYorkEmergencies: [] })] }).advisories).toEqual([]);
  });
});

describe('one outside-hours consent, reported once (issue 16 item 5)', () => {
  it('lifts the federal window and New York’s together: one exemption naming both, with both citations', () => {
    const at = '2026-11-24T21:30:00-05:00';
    const consent: ContactEvent = { type: 'consent', at: '2026-10-01T12:00:00Z', advertiser: 'acme', covers: ['outside-hours'] };
    const d = usDecide(US.newYork, at, [...fresh(at), consent]);
    expect(d.allowed).toBe(true);
    const outside = d.exemptions.filter((e) => e.code === 'us.exemption.outside-hours-consent');
    expect(outside).toHaveLength(1);
    expect(outside[0]!.facts.lifts).toEqual(['us.tcpa.hours', 'us.ny.hours']);
    expect(outside[0]!.citations.length).toBeGreaterThan(1);
  });
});
