// The Canadian pack: CRTC Unsolicited Telecommunications Rules (Parts II–IV), Telecommunications
// Act s. 41.7, CASL s. 6, 10, 11 — boundaries of each rule.
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { IANAZone } from 'luxon';
import { describe, expect, it } from 'vitest';
import { evaluate, type ContactEvent } from 'callgate';
import { CA_AREA_CODES, canadianAreaCodeOf } from 'callgate/ca';
import { advisories, call, codes, exemptions, scrub } from '../intl/support.js';

const TORONTO = '+14165550123';
const QUEBEC_CITY = '+14185550123'; // 418: Eastern, Atlantic (Magdalen Islands), Blanc-Sablon
const ST_JOHNS = '+17095550123'; // 709: Newfoundland (UTC−3:30) and Labrador (Atlantic)
const REGINA = '+13065550123';
const CA_CALLER = '+15145550100';
const dncl = (at: string, listed = false) => scrub('ca-dncl', at, listed);
const ca = (to: string, at: string, o = {}) => call(to, at, { callerId: CA_CALLER, ...o });
/** A fresh, negative DNCL check one day before late-November 2026 calls. */
const CLEAN: ContactEvent[] = [dncl('2026-11-23T12:00:00Z')];

describe('Canada: numbering (NANP area codes)', () => {
  it('routes Canadian area codes to the CA pack and US ones to the US pack', () => {
    expect(evaluate(ca(TORONTO, '2026-11-24T10:00:00-05:00'), CLEAN).jurisdiction).toBe('CA');
    expect(evaluate(call('+12125550187', '2026-11-24T10:00:00-05:00'), []).jurisdiction).toBe('US');
  });

  it('covers every geographic Canadian area code libphonenumber-js accepts, with valid zones', () => {
    const missing: string[] = [];
    for (let npa = 200; npa <= 999; npa++) {
      const p = ['2345678', '5550123', '3421234'].map((rest) => parsePhoneNumberFromString(`+1${npa}${rest}`)).find((x) => x?.isValid());
      if (p?.country !== 'CA' || /^(600|622|633|644|655|677|688)$/.test(String(npa))) continue;
      if (!CA_AREA_CODES.has(String(npa))) missing.push(String(npa));
    }
    expect(missing).toEqual([]);
    for (const [npa, { timeZones }] of CA_AREA_CODES) for (const z of timeZones) expect(IANAZone.isValidZone(z), `${npa} ${z}`).toBe(true);
  });

  it("places 709 in Newfoundland's half-hour zone and Labrador's", () => {
    expect(canadianAreaCodeOf(ST_JOHNS)!.timeZones).toEqual(['America/St_Johns', 'America/Goose_Bay']);
    const d = evaluate(ca(ST_JOHNS, '2026-11-24T09:00:00-03:30'), CLEAN);
    expect(d.recipient).toMatchObject({ region: 'CA-NL', timeZone: 'America/St_Johns', timeZones: ['America/St_Johns', 'America/Goose_Bay'] });
    // 09:00 in St. John's is 08:30 in Goose Bay: closed there until 09:00 Goose Bay = 09:30 St. John's.
    expect(codes(d)).toEqual(['ca.hours.outside-window']);
    expect(d.nextAllowedAt).toBe('2026-11-24T09:30:00-03:30');
  });

  it('requires every candidate zone of a code spanning two zones to be open (418: Quebec City at 20:45 is 21:45 on the Magdalen Islands)', () => {
    const d = evaluate(ca(QUEBEC_CITY, '2026-11-24T20:45:00-05:00'), CLEAN);
    expect(codes(d)).toEqual(['ca.hours.outside-window']);
    expect(d.nextAllowedAt).toBe('2026-11-25T09:00:00-05:00');
    expect(evaluate(ca(QUEBEC_CITY, '2026-11-24T20:29:59-05:00'), CLEAN).allowed).toBe(true);
  });

  it('denies a non-geographic number without a zone (input.unknown-time-zone)', () => {
    const d = evaluate(ca('+16005550123', '2026-11-24T12:00:00-05:00'), CLEAN);
    expect(codes(d)).toEqual(['input.unknown-time-zone']);
  });
});

describe('Canada: calling hours (UTR Part III: weekdays 9:00–21:30, weekends 10:00–18:00)', () => {
  const at = (t: string) => evaluate(ca(TORONTO, t), CLEAN);
  it('weekday: 08:59:59 out, 09:00 in, 21:29:59 in, 21:30 out', () => {
    expect(codes(at('2026-11-24T08:59:59-05:00'))).toEqual(['ca.hours.outside-window']);
    expect(at('2026-11-24T08:59:59-05:00').nextAllowedAt).toBe('2026-11-24T09:00:00-05:00');
    expect(at('2026-11-24T09:00:00-05:00').allowed).toBe(true);
    expect(at('2026-11-24T21:29:59-05:00').allowed).toBe(true);
    expect(at('2026-11-24T21:30:00-05:00').nextAllowedAt).toBe('2026-11-25T09:00:00-05:00');
  });
  it('weekend: Saturday 09:59:59 out, 10:00 in, 17:59:59 in, 18:00 out until Sunday 10:00; Sunday 18:00 → Monday 09:00', () => {
    expect(at('2026-11-28T09:59:59-05:00').nextAllowedAt).toBe('2026-11-28T10:00:00-05:00');
    expect(at('2026-11-28T10:00:00-05:00').allowed).toBe(true);
    expect(at('2026-11-28T17:59:59-05:00').allowed).toBe(true);
    expect(at('2026-11-28T18:00:00-05:00').nextAllowedAt).toBe('2026-11-29T10:00:00-05:00');
    expect(at('2026-11-29T18:00:00-05:00').nextAllowedAt).toBe('2026-11-30T09:00:00-05:00');
  });
  it('Friday 21:30 → Saturday 10:00; calls to businesses keep the hours; no holiday closure (Christmas is open)', () => {
    expect(at('2026-11-27T21:30:00-05:00').nextAllowedAt).toBe('2026-11-28T10:00:00-05:00');
    const business = evaluate(ca(TORONTO, '2026-11-24T08:00:00-05:00', { recipient: { kind: 'business' } }), []);
    expect(codes(business)).toEqual(['ca.hours.outside-window']);
    expect(evaluate(ca(TORONTO, '2026-12-25T12:00:00-05:00'), [dncl('2026-12-20T12:00:00Z')]).allowed).toBe(true);
  });
  it('Saskatchewan (no DST) and its Mountain border: in winter 306 at 09:00 Regina time is 08:00 in Lloydminster (Edmonton)', () => {
    const d = evaluate(ca(REGINA, '2026-11-24T09:00:00-06:00'), CLEAN);
    expect(codes(d)).toEqual(['ca.hours.outside-window']);
    expect(d.nextAllowedAt).toBe('2026-11-24T10:00:00-06:00');
    // In July Edmonton (MDT) shares Regina's offset, and Winnipeg (CDT) is ahead: 09:00 Regina is open everywhere.
    expect(evaluate(ca(REGINA, '2026-07-14T09:00:00-06:00'), [dncl('2026-07-13T12:00:00Z')]).allowed).toBe(true);
  });
});

describe('Canada: National DNCL (UTR Part II; Telecommunications Act s. 41.7)', () => {
  const t = '2026-11-24T12:00:00-05:00';
  it('denies a listed number and a number never checked', () => {
    expect(codes(evaluate(ca(TORONTO, t), [dncl('2026-11-20T12:00:00Z', true)]))).toEqual(['ca.dncl.listed']);
    expect(codes(evaluate(ca(TORONTO, t), []))).toEqual(['ca.dncl.unchecked']);
  });
  it('relies on a list version for 31 days: 31 days old fresh, 32 stale (local dates)', () => {
    expect(evaluate(ca(TORONTO, t), [dncl('2026-10-24T23:00:00-04:00')]).allowed).toBe(true);
    const stale = evaluate(ca(TORONTO, t), [dncl('2026-10-23T12:00:00-04:00')]);
    expect(codes(stale)).toEqual(['ca.dncl.unchecked']);
    expect(stale.reasons[0]!.facts).toMatchObject({ daysOld: 32, maxAgeDays: 31 });
  });
  it('lifts a listing for an existing business relationship: purchase within 18 months, inquiry within 6 (s. 41.7(2))', () => {
    const listed = dncl('2026-11-20T12:00:00Z', true);
    const purchase = (at: string): ContactEvent => ({ type: 'customer', at, advertiser: 'acme', kind: 'purchase' });
    const inquiry = (at: string): ContactEvent => ({ type: 'customer', at, advertiser: 'acme', kind: 'inquiry' });
    expect(exemptions(evaluate(ca(TORONTO, t), [purchase('2025-05-25T12:00:00-04:00'), listed]))).toContain('ca.exemption.ebr');
    expect(codes(evaluate(ca(TORONTO, t), [purchase('2025-05-24T12:00:00-04:00'), listed]))).toEqual(['ca.dncl.listed']);
    expect(evaluate(ca(TORONTO, t), [inquiry('2026-05-25T12:00:00-04:00'), listed]).allowed).toBe(true);
    expect(codes(evaluate(ca(TORONTO, t), [inquiry('2026-05-24T12:00:00-04:00'), listed]))).toEqual(['ca.dncl.listed']);
  });
  it('an objection after the purchase ends the relationship (s. 41.7(1)(b)(ii)) and is an internal do-not-call request', () => {
    const d = evaluate(ca(TORONTO, t), [
      { type: 'customer', at: '2026-06-01T12:00:00Z', advertiser: 'acme', kind: 'purchase' },
      { type: 'objection', at: '2026-09-01T12:00:00Z', advertiser: 'acme' },
      dncl('2026-11-20T12:00:00Z', true),
    ]);
    expect(codes(d).sort()).toEqual(['ca.dnc.internal', 'ca.dncl.listed']);
  });
  it('exempts registered charities, political calls and newspaper subscriptions, express consent and business consumers', () => {
    const listed = [dncl('2026-11-20T12:00:00Z', true)];
    expect(exemptions(evaluate(ca(TORONTO, t, { sector: 'charity' }), listed))).toContain('ca.exemption.charity');
    expect(exemptions(evaluate(ca(TORONTO, t, { sector: 'political' }), listed))).toContain('ca.exemption.political');
    expect(exemptions(evaluate(ca(TORONTO, t, { sector: 'press' }), listed))).toContain('ca.exemption.press');
    expect(exemptions(evaluate(ca(TORONTO, t), [{ type: 'consent', at: '2026-11-01T12:00:00Z', advertiser: 'acme', channels: ['voice'] }, ...listed]))).toContain('ca.exemption.consent');
    expect(exemptions(evaluate(ca(TORONTO, t, { recipient: { kind: 'business' } }), listed))).toEqual(['ca.exemption.business']);
  });
  it('surveys are not telemarketing: no list, no hours', () => {
    const d = evaluate(ca(TORONTO, '2026-11-24T22:00:00-05:00', { purpose: 'non-commercial' }), []);
    expect(d.allowed).toBe(true);
    expect(exemptions(d)).toEqual(['ca.exemption.not-telemarketing']);
  });
});

describe('Canada: internal list, caller ID, emergency lines, ADAD (UTR Parts III–IV)', () => {
  const t = '2026-11-24T12:00:00-05:00';
  it('honours a do-not-call request at once, even for exempt callers (s. 41.7(4)), until a later consent', () => {
    const req: ContactEvent = { type: 'objection', at: '2026-11-24T11:59:00-05:00', advertiser: 'acme' };
    const d = evaluate(ca(TORONTO, t, { sector: 'charity' }), [...CLEAN, req]);
    expect(codes(d)).toEqual(['ca.dnc.internal']);
    expect(d.nextAllowedAt).toBeNull();
    expect(evaluate(ca(TORONTO, t), [...CLEAN, req, { type: 'consent', at: '2026-11-24T11:59:30-05:00', advertiser: 'acme' }]).allowed).toBe(true);
  });
  it('denies a withheld number; advises on a number outside the NANP', () => {
    expect(codes(evaluate(ca(TORONTO, t, { callerId: undefined }), CLEAN))).toEqual(['ca.caller-id.withheld']);
    const foreign = evaluate(call(TORONTO, t), CLEAN);
    expect(foreign.allowed).toBe(true);
    expect(advisories(foreign)).toContain('ca.caller-id.unreachable');
  });
  it('denies telemarketing to an emergency line or a health-care facility', () => {
    expect(codes(evaluate(ca(TORONTO, t, { recipient: { kind: 'emergency-line' } }), CLEAN))).toEqual(['ca.recipient.emergency-or-health']);
    expect(codes(evaluate(ca(TORONTO, t, { recipient: { kind: 'healthcare-facility' } }), CLEAN))).toEqual(['ca.recipient.emergency-or-health']);
  });
  it("needs a consent covering 'prerecorded' for an ADAD solicitation; a consent to be called is not enough, nor a charity", () => {
    const plain: ContactEvent = { type: 'consent', at: '2026-11-01T12:00:00Z', advertiser: 'acme' };
    expect(codes(evaluate(ca(TORONTO, t, { prerecorded: true, sector: 'charity' }), [...CLEAN, plain]))).toEqual(['ca.adad.consent-missing']);
    const adad: ContactEvent = { type: 'consent', at: '2026-11-01T12:00:00Z', advertiser: 'acme', covers: ['prerecorded'] };
    const d = evaluate(ca(TORONTO, t, { prerecorded: true }), [...CLEAN, adad]);
    expect(d.allowed).toBe(true);
    expect(exemptions(d)).toContain('ca.exemption.adad-consent');
  });
  it('advises on abandonment limits for predictive dialing', () => {
    expect(advisories(evaluate(ca(TORONTO, t, { automated: true }), CLEAN))).toContain('ca.dialer.abandonment');
  });
});

describe('Canada: SMS under CASL (s. 6, 10, 11)', () => {
  const t = '2026-11-24T23:00:00-05:00'; // no hours for SMS
  const sms = (o = {}) => ca(TORONTO, t, { channel: 'sms', ...o });
  it('denies a commercial SMS without consent; no DNCL scrub or hours needed with consent', () => {
    expect(codes(evaluate(sms(), []))).toEqual(['ca.casl.consent-missing']);
    const d = evaluate(sms(), [{ type: 'consent', at: '2026-01-01T12:00:00Z', advertiser: 'acme', channels: ['sms'] }]);
    expect(d.allowed).toBe(true);
    expect(exemptions(d)).toEqual(['ca.exemption.consent']);
  });
  it('implied consent: purchase within 2 years, inquiry within 6 months (s. 10(10))', () => {
    const p = (at: string, kind: 'purchase' | 'inquiry'): ContactEvent[] => [{ type: 'customer', at, advertiser: 'acme', kind }];
    expect(exemptions(evaluate(sms(), p('2024-11-25T12:00:00-05:00', 'purchase')))).toEqual(['ca.exemption.implied-consent']);
    expect(codes(evaluate(sms(), p('2024-11-24T12:00:00-05:00', 'purchase')))).toEqual(['ca.casl.consent-missing']);
    expect(evaluate(sms(), p('2026-05-25T12:00:00-04:00', 'inquiry')).allowed).toBe(true);
    expect(evaluate(sms(), p('2026-05-24T12:00:00-04:00', 'inquiry')).allowed).toBe(false);
  });
  it('honours an unsubscribe at once (s. 11(3)); charities raising funds are exempt (SOR/2013-221 s. 3)', () => {
    const consent: ContactEvent = { type: 'consent', at: '2026-01-01T12:00:00Z', advertiser: 'acme' };
    const stop: ContactEvent = { type: 'objection', at: '2026-11-24T22:59:00-05:00', advertiser: 'acme', channels: ['sms'] };
    expect(codes(evaluate(sms(), [consent, stop]))).toEqual(['ca.casl.unsubscribed']);
    expect(exemptions(evaluate(sms({ sector: 'charity' }), []))).toEqual(['ca.exemption.charity']);
  });
  it('cites the CASL penalty (s. 20(4)) beside a CASL block, the Telecommunications Act (s. 72.01) beside a call block', () => {
    const smsBlock = evaluate(sms(), []).reasons[0]!;
    expect(smsBlock.citations.some((c) => c.role === 'sanction' && c.article === '20(4)')).toBe(true);
    const callBlock = evaluate(ca(TORONTO, '2026-11-24T12:00:00-05:00'), []).reasons[0]!;
    expect(callBlock.citations.some((c) => c.role === 'sanction' && c.article === '72.01')).toBe(true);
  });
  it('Quebec numbers draw the Law 25 prospection notice advisory, in French too', () => {
    const d = evaluate(ca('+15145550123', '2026-11-24T12:00:00-05:00'), CLEAN, { locale: 'fr' });
    expect(d.allowed).toBe(true);
    expect(d.advisories.find((a) => a.code === 'ca.qc.prospection-notice')!.message).toMatch(/Québec/);
  });
});

describe('British Columbia: Telemarketer Licensing Regulation (statutory holidays, once in 30 days)', () => {
  const VANCOUVER = '+16045550123';
  const bc = (at: string, o = {}) => ca(VANCOUVER, at, o);
  const scrubbed = (at: string): ContactEvent[] => [dncl(at)];
  it('closes BC statutory holidays: Canada Day, and 30 September from 2023 (not in 2022)', () => {
    const d = evaluate(bc('2026-07-01T12:00:00-07:00'), scrubbed('2026-06-30T12:00:00Z'));
    expect(codes(d)).toEqual(['ca.bc.hours']);
    expect(d.reasons[0]!.facts).toMatchObject({ holiday: 'Canada Day' });
    expect(d.nextAllowedAt).toBe('2026-07-02T09:00:00-07:00');
    expect(codes(evaluate(bc('2026-09-30T12:00:00-07:00'), scrubbed('2026-09-29T12:00:00Z')))).toEqual(['ca.bc.hours']);
    expect(evaluate(bc('2022-09-30T12:00:00-07:00'), scrubbed('2022-09-29T12:00:00Z')).allowed).toBe(true);
    // Toronto has no provincial holiday ban: Canada Day is open under the federal rules.
    expect(evaluate(ca(TORONTO, '2026-07-01T12:00:00-04:00'), scrubbed('2026-06-30T12:00:00Z')).allowed).toBe(true);
  });
  it('one contact in 30 days: an answered call on 2 November blocks until 2 December at the same time; unanswered attempts do not count', () => {
    const answered: ContactEvent = { type: 'attempt', at: '2026-11-02T12:00:00-08:00', advertiser: 'acme', channel: 'voice', outcome: 'answered' };
    const d = evaluate(bc('2026-12-01T11:59:00-08:00'), [answered, ...scrubbed('2026-11-30T12:00:00Z')]);
    expect(codes(d)).toEqual(['ca.bc.frequency']);
    expect(d.nextAllowedAt).toBe('2026-12-02T12:00:00-08:00');
    expect(evaluate(bc('2026-12-02T12:00:00-08:00'), [answered, ...scrubbed('2026-11-30T12:00:00Z')]).allowed).toBe(true);
    const missed: ContactEvent = { ...answered, outcome: 'no-answer' } as ContactEvent;
    expect(evaluate(bc('2026-12-01T11:59:00-08:00'), [missed, ...scrubbed('2026-11-30T12:00:00Z')]).allowed).toBe(true);
    const permission: ContactEvent = { type: 'consent', at: '2026-11-20T12:00:00Z', advertiser: 'acme' };
    expect(exemptions(evaluate(bc('2026-12-01T11:59:00-08:00'), [answered, permission, ...scrubbed('2026-11-30T12:00:00Z')]))).toContain('ca.exemption.bc-permission');
  });
});
