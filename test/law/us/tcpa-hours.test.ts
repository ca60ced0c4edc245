// Federal calling hours: 47 CFR 64.1200(c)(1) and 16 CFR 310.4(c) — 8 a.m. to 9 p.m. local time
// at the called party's location, half-open; across US daylight-saving changes and zone splits.
import { describe, expect, it } from 'vitest';
import { evaluate } from 'callgate';
import { US, codes, exemptions, fresh, usCall, usDecide } from './support.js';

describe('calling hours 8 a.m.–9 p.m. (47 CFR 64.1200(c)(1), 16 CFR 310.4(c))', () => {
  it('denies 07:59:59 and allows 08:00:00 local (64.1200(c)(1))', () => {
    const early = usDecide(US.ohio, '2026-11-24T07:59:59-05:00');
    expect(codes(early)).toEqual(['us.tcpa.hours']);
    expect(early.reasons[0]!.until).toBe('2026-11-24T08:00:00-05:00');
    expect(early.nextAllowedAt).toBe('2026-11-24T08:00:00-05:00');
    expect(usDecide(US.ohio, '2026-11-24T08:00:00-05:00').allowed).toBe(true);
  });

  it('allows 20:59:59 and denies 21:00:00 local, reopening at 08:00 the next day (64.1200(c)(1))', () => {
    expect(usDecide(US.ohio, '2026-11-24T20:59:59-05:00').allowed).toBe(true);
    const late = usDecide(US.ohio, '2026-11-24T21:00:00-05:00');
    expect(codes(late)).toEqual(['us.tcpa.hours']);
    expect(late.nextAllowedAt).toBe('2026-11-25T08:00:00-05:00');
  });

  it('reads the window in the called party’s zone, not the caller’s: 08:00 in New York is 05:00 in Los Angeles (310.4(c))', () => {
    const d = usDecide(US.losAngeles, '2026-11-24T08:00:00-05:00');
    expect(codes(d)).toEqual(['us.tcpa.hours']);
    expect(d.recipient!.localTime).toBe('2026-11-24T05:00:00-08:00');
    expect(d.nextAllowedAt).toBe('2026-11-24T08:00:00-08:00');
  });

  it('applies to texts: a text is a call (47 U.S.C. 227; 64.1200(c)(1))', () => {
    const text = usDecide(US.ohio, '2026-11-24T21:30:00-05:00', fresh('2026-11-24T21:30:00-05:00'), {
      channel: 'sms',
    });
    expect(codes(text)).toContain('us.tcpa.hours');
  });

  it('is lifted by an express consent to calls at other times (310.4(c) "prior consent"), not by a consent to marketing', () => {
    const at = '2026-11-24T22:00:00-05:00';
    const marketing = usDecide(US.ohio, at, [...fresh(at), { type: 'consent', at: '2026-11-01T12:00:00Z', advertiser: 'acme', written: true }]);
    expect(codes(marketing)).toEqual(['us.tcpa.hours']);
    const outside = usDecide(US.ohio, at, [...fresh(at), { type: 'consent', at: '2026-11-01T12:00:00Z', advertiser: 'acme', covers: ['outside-hours'] }]);
    expect(outside.allowed).toBe(true);
    expect(exemptions(outside)).toContain('us.exemption.outside-hours-consent');
  });

  it('does not apply to a business or to a non-commercial call (64.1200(f)(15) "telephone solicitation")', () => {
    const at = '2026-11-24T22:00:00-05:00';
    const business = usDecide(US.ohio, at, fresh(at), { recipient: { kind: 'business' } });
    expect(business.allowed).toBe(true);
    expect(exemptions(business)).toContain('us.exemption.business');
    expect(usDecide(US.ohio, at, fresh(at), { purpose: 'non-commercial' }).allowed).toBe(true);
  });

  it('cites the FCC and FTC rules and the TCPA damages beside the block', () => {
    const d = usDecide(US.ohio, '2026-11-24T07:00:00-05:00');
    const cited = d.reasons[0]!.citations.map((c) => c.article);
    expect(cited).toEqual(expect.arrayContaining(['§ 64.1200(c)(1)', '§ 310.4(c)', '§ 227(b)(3), (c)(5)']));
    expect(d.reasons[0]!.citations.every((c) => c.url.startsWith('https://'))).toBe(true);
    expect(d.jurisdiction).toBe('US');
  });
});

describe('daylight saving time in the US (64.1200(c)(1) local time)', () => {
  it('second Sunday of March (2026-03-08): 07:59:59 EDT denied, 08:00 EDT allowed; a night call waits for 08:00 EDT', () => {
    expect(codes(usDecide(US.ohio, '2026-03-08T07:59:59-04:00'))).toEqual(['us.tcpa.hours']);
    expect(usDecide(US.ohio, '2026-03-08T08:00:00-04:00').allowed).toBe(true);
    // 01:30 EST, before clocks jump from 02:00 to 03:00: the window opens at 08:00 EDT (12:00Z), 5h30 later.
    const night = usDecide(US.ohio, '2026-03-08T01:30:00-05:00');
    expect(night.nextAllowedAt).toBe('2026-03-08T08:00:00-04:00');
  });

  it('first Sunday of November (2026-11-01): a call at 21:00 EDT on Saturday waits for 08:00 EST', () => {
    const d = usDecide(US.ohio, '2026-10-31T21:00:00-04:00');
    expect(d.nextAllowedAt).toBe('2026-11-01T08:00:00-05:00');
    // The repeated hour: 01:30 EST (the second 01:30) is still closed.
    expect(codes(usDecide(US.ohio, '2026-11-01T01:30:00-05:00'))).toEqual(['us.tcpa.hours']);
    expect(usDecide(US.ohio, '2026-11-01T07:59:59-05:00').allowed).toBe(false);
    expect(usDecide(US.ohio, '2026-11-01T08:00:00-05:00').allowed).toBe(true);
  });

  it('Arizona keeps standard time: 08:00 MST in July is 15:00Z, while Denver opened at 14:00Z', () => {
    const phoenix = '+16025550100';
    expect(usDecide(phoenix, '2026-07-01T07:59:59-07:00').allowed).toBe(false);
    expect(usDecide(phoenix, '2026-07-01T08:00:00-07:00').allowed).toBe(true);
    expect(usDecide(phoenix, '2026-07-01T08:00:00-07:00').recipient!.timeZone).toBe('America/Phoenix');
  });
});

describe('an area code spanning two zones: the rule must pass in both (850 Florida panhandle)', () => {
  it('denies 08:30 Eastern (07:30 Central) and allows 09:00 Eastern', () => {
    const d = usDecide(US.panhandle, '2026-11-24T08:30:00-05:00');
    expect(d.recipient!.timeZones).toEqual(['America/New_York', 'America/Chicago']);
    expect(codes(d)).toEqual(['us.tcpa.hours', 'us.fl.hours']);
    expect(d.nextAllowedAt).toBe('2026-11-24T09:00:00-05:00');
    expect(usDecide(US.panhandle, '2026-11-24T09:00:00-05:00').allowed).toBe(true);
  });

  it('closes at 20:00 Eastern under Florida law (8 p.m. in the eastern part comes first)', () => {
    expect(usDecide(US.panhandle, '2026-11-24T19:59:59-05:00').allowed).toBe(true);
    expect(codes(usDecide(US.panhandle, '2026-11-24T20:00:00-05:00'))).toEqual(['us.fl.hours']);
  });

  it('narrows to one zone when the host knows it (recipient.timeZone)', () => {
    const at = '2026-11-24T20:30:00-05:00'; // 19:30 Central
    const d = evaluate(usCall(US.panhandle, at, { recipient: { timeZone: 'America/Chicago' } }), fresh(at));
    expect(d.allowed).toBe(true);
    expect(d.recipient!.timeZone).toBe('America/Chicago');
  });
});
