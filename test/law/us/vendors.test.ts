// Facts from data vendors as history events (issue 16 item 2): the FCC Reassigned Numbers Database
// (47 CFR 64.1200(m)), line type, litigator lists (policy, not law).
import { describe, expect, it } from 'vitest';
import { evaluate, type ContactEvent } from 'callgate';
import { toStoredEvent } from '../../../src/store/events.js';
import { US, codes, exemptions, fresh, usCall, usDecide } from './support.js';

const AT = '2026-11-24T12:00:00-05:00';
const written: ContactEvent = { type: 'consent', at: '2026-10-01T12:00:00Z', advertiser: 'acme', written: true };
const rnd = (reassigned: boolean, consentAt = '2026-10-01T12:00:00Z', at = '2026-11-20T12:00:00Z'): ContactEvent => ({ type: 'reassigned-check', at, consentAt, reassigned, source: 'fcc-rnd' });

describe('Reassigned Numbers Database (47 CFR 64.1200(m))', () => {
  it('a "reassigned since the consent date" answer voids the consent: the autodialled call is denied', () => {
    const d = usDecide(US.ohio, AT, [...fresh(AT), written, rnd(true)], { automated: true });
    expect(codes(d)).toEqual(['us.consent.missing']);
    expect(d.reasons[0]!.facts.reassignedCheckAt).toBe('2026-11-20T07:00:00-05:00');
    expect(d.reasons[0]!.message).toContain('Reassigned Numbers Database');
  });

  it('a "reassigned" answer about a date before the consent says nothing about it (the new holder may have consented)', () => {
    expect(usDecide(US.ohio, AT, [...fresh(AT), written, rnd(true, '2026-09-01T00:00:00Z')], { automated: true }).allowed).toBe(true);
  });

  it('a "not reassigned" answer covering the consent is shown beside it (safe harbor)', () => {
    const d = usDecide(US.ohio, AT, [...fresh(AT), written, rnd(false)], { automated: true });
    expect(d.allowed).toBe(true);
    expect(exemptions(d)).toContain('us.exemption.written-consent');
    const e = d.exemptions.find((x) => x.code === 'us.exemption.written-consent')!;
    expect(e.facts.reassignedCheck).toMatchObject({ reassigned: false, safeHarbor: '47 CFR 64.1200(m)' });
  });

  it('a consent given after the number changed hands (later than the check) is the new holder\'s and counts', () => {
    const newer: ContactEvent = { ...written, at: '2026-11-21T12:00:00Z' } as ContactEvent;
    expect(usDecide(US.ohio, AT, [...fresh(AT), written, rnd(true), newer], { automated: true }).allowed).toBe(true);
  });

  it('fails closed on a check whose consent date is after the query, or without an answer', () => {
    const bad = evaluate(usCall(US.ohio, AT), [rnd(true, '2026-11-22T00:00:00Z')]);
    expect(codes(bad)).toEqual(['input.invalid-event']);
    expect(bad.reasons[0]!.facts.field).toBe('history[0].consentAt');
    const noAnswer = evaluate(usCall(US.ohio, AT), [{ type: 'reassigned-check', at: AT, consentAt: AT } as unknown as ContactEvent]);
    expect(noAnswer.reasons[0]!.facts.field).toBe('history[0].reassigned');
  });
});

describe('litigator list (policy.litigator, not law)', () => {
  const listed = (listed: boolean, at = '2026-11-20T12:00:00Z'): ContactEvent => ({ type: 'litigator', at, listed, source: 'vendor-x' });

  it('a listed number is blocked with a policy code, a later "not listed" lifts it', () => {
    const d = usDecide(US.ohio, AT, [...fresh(AT), listed(true)]);
    expect(codes(d)).toEqual(['policy.litigator']);
    expect(d.reasons[0]!.facts).toMatchObject({ source: 'vendor-x' });
    expect(d.nextAllowedAt).toBeNull();
    expect(usDecide(US.ohio, AT, [...fresh(AT), listed(true), listed(false, '2026-11-22T12:00:00Z')]).allowed).toBe(true);
  });

  it('fails closed on a litigator answer that is not a boolean', () => {
    const d = evaluate(usCall(US.ohio, AT), [{ type: 'litigator', at: AT, listed: 'yes' } as unknown as ContactEvent]);
    expect(codes(d)).toEqual(['input.invalid-event']);
    expect(d.reasons[0]!.facts.field).toBe('history[0].listed');
  });
});

describe('line type', () => {
  it('is read and changes nothing yet (every number is treated as wireless, the protective reading)', () => {
    const landline: ContactEvent = { type: 'line-type', at: '2026-11-20T12:00:00Z', lineType: 'landline' };
    expect(codes(usDecide(US.ohio, AT, [...fresh(AT), landline], { automated: true }))).toEqual(['us.consent.missing']);
  });

  it('fails closed on an unknown line type', () => {
    const d = evaluate(usCall(US.ohio, AT), [{ type: 'line-type', at: AT, lineType: 'fax' } as unknown as ContactEvent]);
    expect(codes(d)).toEqual(['input.invalid-event']);
    expect(d.reasons[0]!.facts.field).toBe('history[0].lineType');
  });
});

describe('the store keeps vendor facts as evaluate reads them', () => {
  it.each([
    { type: 'line-type', at: '2026-11-20T12:00:00Z', lineType: 'voip', source: 'vendor-x' },
    { type: 'reassigned-check', at: '2026-11-20T12:00:00Z', consentAt: '2026-10-01T12:00:00Z', reassigned: true },
    { type: 'litigator', at: '2026-11-20T12:00:00Z', listed: true },
  ] as ContactEvent[])('$type round-trips', (event) => {
    const stored = toStoredEvent({ ...event, note: 'dropped' }, 'event');
    expect('problem' in stored).toBe(false);
    expect((stored as { event: ContactEvent }).event).toEqual(
      event.type === 'reassigned-check' ? { ...event, at: '2026-11-20T12:00:00.000Z', consentAt: '2026-10-01T12:00:00.000Z' } : { ...event, at: '2026-11-20T12:00:00.000Z' },
    );
  });
});
