// Florida: Telemarketing Act § 501.616(6)(a) hours 8 a.m.–8 p.m. and (6)(b) three calls per 24 hours
// (ch. 2021-185, from 2021-07-01), FTSA § 501.059 state do-not-call list; area-code presumption.
import { describe, expect, it } from 'vitest';
import type { ContactEvent } from 'callgate';
import { US, codes, fresh, scrub, usDecide } from './support.js';

const attempt = (at: string, advertiser = 'acme', channel: 'voice' | 'sms' = 'voice'): ContactEvent => ({ type: 'attempt', at, advertiser, channel, outcome: 'no-answer' });

describe('Florida calling hours (§ 501.616(6)(a))', () => {
  it('allows 19:59:59 and denies 20:00:00 in the called person’s zone, reopening at 08:00', () => {
    expect(usDecide(US.miami, '2026-11-24T19:59:59-05:00').allowed).toBe(true);
    const d = usDecide(US.miami, '2026-11-24T20:00:00-05:00');
    expect(codes(d)).toEqual(['us.fl.hours']);
    expect(d.nextAllowedAt).toBe('2026-11-25T08:00:00-05:00');
    expect(d.reasons[0]!.citations.map((c) => c.article)).toContain('§ 501.616(6)(a)');
  });

  it('closed at 9 p.m. until 30 June 2021, at 8 p.m. from 1 July 2021 (ch. 2021-185)', () => {
    expect(usDecide(US.miami, '2021-06-30T20:30:00-04:00').allowed).toBe(true);
    expect(codes(usDecide(US.miami, '2021-07-01T20:30:00-04:00'))).toEqual(['us.fl.hours']);
  });

  it('applies to the holder of any number whose known address is in Florida (recipient.region)', () => {
    const d = usDecide(US.ohio, '2026-11-24T20:30:00-05:00', undefined, { recipient: { region: 'US-FL' } });
    expect(codes(d)).toEqual(['us.fl.hours']);
    expect(d.recipient!.regions).toEqual(['US-FL', 'US-OH']);
  });
});

describe('Florida: at most 3 calls per 24 hours on the same subject (§ 501.616(6)(b))', () => {
  const three = [attempt('2026-11-24T09:00:00-05:00'), attempt('2026-11-24T10:00:00-05:00'), attempt('2026-11-24T11:00:00-05:00')];

  it('allows the 3rd call and denies the 4th within 24 hours, until the 1st leaves the window', () => {
    expect(usDecide(US.miami, '2026-11-24T12:00:00-05:00', [...fresh('2026-11-24T12:00:00-05:00'), ...three.slice(0, 2)]).allowed).toBe(true);
    const fourth = usDecide(US.miami, '2026-11-24T12:00:00-05:00', [...fresh('2026-11-24T12:00:00-05:00'), ...three]);
    expect(codes(fourth)).toEqual(['us.fl.frequency']);
    expect(fourth.reasons[0]!.facts).toMatchObject({ attemptsInWindow: 3, limit: 3 });
    expect(fourth.nextAllowedAt).toBe('2026-11-25T09:00:00-05:00');
  });

  it('the window is a rolling 24 hours: denied at 08:59:59 next day, allowed at 09:00:00', () => {
    const h = (at: string) => [...fresh(at), ...three];
    expect(codes(usDecide(US.miami, '2026-11-25T08:59:59-05:00', h('2026-11-25T08:59:59-05:00')))).toEqual(['us.fl.frequency']);
    expect(usDecide(US.miami, '2026-11-25T09:00:00-05:00', h('2026-11-25T09:00:00-05:00')).allowed).toBe(true);
  });

  it('counts texts and calls together, from any of the advertiser’s numbers, but not another seller’s', () => {
    const mixed = [attempt('2026-11-24T09:00:00-05:00', 'acme', 'sms'), attempt('2026-11-24T10:00:00-05:00'), attempt('2026-11-24T11:00:00-05:00', 'acme', 'sms')];
    expect(codes(usDecide(US.miami, '2026-11-24T12:00:00-05:00', [...fresh('2026-11-24T12:00:00-05:00'), ...mixed]))).toEqual(['us.fl.frequency']);
    expect(usDecide(US.miami, '2026-11-24T12:00:00-05:00', [...fresh('2026-11-24T12:00:00-05:00'), ...three], { advertiser: 'globex' }).allowed).toBe(true);
  });

  it('when the cap ends after 8 p.m., the call waits for the next morning (cap, then hours: a fixpoint)', () => {
    const late = [attempt('2026-11-24T20:15:00-05:00'), attempt('2026-11-25T09:00:00-05:00'), attempt('2026-11-25T10:00:00-05:00')];
    const at = '2026-11-25T11:00:00-05:00';
    const d = usDecide(US.miami, at, [...fresh(at), ...late]);
    expect(codes(d)).toEqual(['us.fl.frequency']);
    expect(d.reasons[0]!.until).toBe('2026-11-25T20:15:00-05:00');
    expect(d.nextAllowedAt).toBe('2026-11-26T08:00:00-05:00');
  });

  it('did not exist before 1 July 2021', () => {
    const old = [attempt('2021-06-29T09:00:00-04:00'), attempt('2021-06-29T10:00:00-04:00'), attempt('2021-06-29T11:00:00-04:00')];
    expect(usDecide(US.miami, '2021-06-29T12:00:00-04:00', [...fresh('2021-06-29T12:00:00-04:00'), ...old]).allowed).toBe(true);
  });
});

describe('Florida do-not-call list (§ 501.059), checked each quarter', () => {
  const AT = '2026-11-24T12:00:00-05:00';
  it('denies without a check of the current quarter’s list, allows with one from the quarter’s first day', () => {
    const national = scrub('2026-11-20T12:00:00Z');
    const d = usDecide(US.miami, AT, [national, scrub('2026-09-30T12:00:00-04:00', false, 'us-fl-dnc')]);
    expect(codes(d)).toEqual(['us.fl.dnc.unchecked']);
    expect(d.reasons[0]!.facts.quarterStart).toBe('2026-10-01');
    expect(usDecide(US.miami, AT, [national, scrub('2026-10-01T00:00:00-04:00', false, 'us-fl-dnc')]).allowed).toBe(true);
  });

  it('denies a number on the Florida list unless the consumer asked for the call or is a customer', () => {
    const h = [scrub('2026-11-20T12:00:00Z'), scrub('2026-11-02T12:00:00Z', true, 'us-fl-dnc')];
    expect(codes(usDecide(US.miami, AT, h))).toEqual(['us.fl.dnc.listed']);
    expect(usDecide(US.miami, AT, [...h, { type: 'consent', at: '2026-11-10T12:00:00Z', advertiser: 'acme' }]).allowed).toBe(true);
  });
});

describe('Florida FTSA after H.B. 761 (2023): a "STOP" reply ends texting at once (§ 501.059(10)(c))', () => {
  it('the 15 days of (10)(c) are a condition of a suit, not a time to keep texting: a text the next day is denied', async () => {
    const { isOptOut } = await import('callgate');
    const consent: ContactEvent = { type: 'consent', at: '2026-11-01T12:00:00-05:00', advertiser: 'acme', written: true, channels: ['sms'] };
    const at = '2026-11-24T12:00:00-05:00';
    expect(usDecide(US.miami, at, [...fresh(at), consent], { channel: 'sms' }).allowed).toBe(true);
    const stop = isOptOut('STOP', { advertiser: 'acme', at: '2026-11-23T18:00:00-05:00' })!;
    const d = usDecide(US.miami, at, [...fresh(at), consent, stop.event!], { channel: 'sms' });
    // The reply is a company-specific do-not-call request, and it ends the consent: Florida's too.
    expect(codes(d)).toEqual(['us.dnc.company', 'us.consent.missing', 'us.fl.consent.missing']);
  });

  it('says which 2023 sentences it read, and that the enrolled act was not opened', async () => {
    const { floridaConsent } = await import('callgate/law/us/consent');
    expect(floridaConsent.reading!.en).toContain('Within 15 days after receipt of such notice');
    expect(floridaConsent.unverified!.en).toMatch(/H\.B\. 761/);
  });
});
