// Other state rules: Oklahoma (15 O.S. § 775C, § 755.1), Maryland (Com. Law § 14-4502), New Jersey
// (56:8-128), Rhode Island (§ 5-61-3.6), Mississippi (§ 77-3-723), South Dakota (§ 37-30-28) and the
// unverified, conservatively applied Texas hours (§ 301.051) and Texas no-call list (§ 304.051).
import { describe, expect, it } from 'vitest';
import type { ContactEvent } from 'callgate';
import { usPack } from 'callgate/us';
import { US, codes, fresh, scrub, usDecide } from './support.js';

const attempt = (at: string, channel: 'voice' | 'sms' = 'voice'): ContactEvent => ({ type: 'attempt', at, advertiser: 'acme', channel });
const written: ContactEvent = { type: 'consent', at: '2026-01-01T12:00:00Z', advertiser: 'acme', written: true };

describe('Oklahoma Telephone Solicitation Act of 2022 (§ 775C, from 2022-11-01)', () => {
  it('hours 8 a.m.–8 p.m.: 19:59:59 allowed, 20:00:00 denied; 20:30 was allowed on 2022-10-31', () => {
    expect(usDecide(US.oklahoma, '2026-11-24T19:59:59-06:00').allowed).toBe(true);
    expect(codes(usDecide(US.oklahoma, '2026-11-24T20:00:00-06:00'))).toEqual(['us.ok.hours']);
    expect(usDecide(US.oklahoma, '2022-10-31T20:30:00-05:00').allowed).toBe(true);
  });

  it('denies the 4th call within 24 hours', () => {
    const at = '2026-11-24T15:00:00-06:00';
    const h = [...fresh(at), attempt('2026-11-23T16:00:00-06:00'), attempt('2026-11-24T09:00:00-06:00'), attempt('2026-11-24T12:00:00-06:00')];
    const d = usDecide(US.oklahoma, at, h);
    expect(codes(d)).toEqual(['us.ok.frequency']);
    expect(d.nextAllowedAt).toBe('2026-11-24T16:00:00-06:00'); // the oldest (yesterday 16:00) leaves the window
  });

  it('automatic dial announcing devices: no prerecorded call before 9 a.m. (§ 755.1(C)(2))', () => {
    const at = '2026-11-24T08:30:00-06:00';
    const d = usDecide(US.oklahoma, at, [...fresh(at), written], { prerecorded: true });
    expect(codes(d)).toEqual(['us.ok.adad.hours']);
    expect(d.nextAllowedAt).toBe('2026-11-24T09:00:00-06:00');
  });
});

describe('Maryland Stop the Spam Calls Act (§ 14-4502, from 2024-01-01)', () => {
  it('hours 8 a.m.–8 p.m. and at most 3 calls or texts per 24 hours', () => {
    expect(codes(usDecide(US.maryland, '2026-11-24T20:00:00-05:00'))).toEqual(['us.md.hours']);
    expect(usDecide(US.maryland, '2023-12-29T20:30:00-05:00').allowed).toBe(true);
    const at = '2026-11-24T15:00:00-05:00';
    const h = [...fresh(at), written, attempt('2026-11-24T09:00:00-05:00', 'sms'), attempt('2026-11-24T10:00:00-05:00', 'sms'), attempt('2026-11-24T11:00:00-05:00')];
    expect(codes(usDecide(US.maryland, at, h, { channel: 'sms' }))).toEqual(['us.md.frequency']);
  });
});

describe('New Jersey (N.J.S.A. 56:8-128) and the District of Columbia (§ 22-3226.08)', () => {
  it('no call between 9 p.m. and 8 a.m.', () => {
    expect(codes(usDecide(US.newJersey, '2026-11-24T21:00:00-05:00'))).toEqual(['us.tcpa.hours', 'us.nj.hours']);
    expect(codes(usDecide('+12025550100', '2026-11-24T07:59:59-05:00'))).toEqual(['us.tcpa.hours', 'us.dc.hours']);
  });
});

describe('Rhode Island hours of operation (§ 5-61-3.6, § 5-61-2)', () => {
  it('weekdays 9 a.m.–6 p.m.: 17:59:59 allowed, 18:00 denied until 09:00 next day', () => {
    expect(usDecide(US.rhodeIsland, '2026-11-24T17:59:59-05:00').allowed).toBe(true);
    const d = usDecide(US.rhodeIsland, '2026-11-24T18:00:00-05:00');
    expect(codes(d)).toEqual(['us.ri.hours']);
    expect(d.nextAllowedAt).toBe('2026-11-25T09:00:00-05:00');
  });

  it('Saturday 10 a.m.–5 p.m.; no calls on Sunday: a Saturday-evening call waits for Monday 09:00', () => {
    expect(codes(usDecide(US.rhodeIsland, '2026-11-28T09:59:59-05:00'))).toEqual(['us.ri.hours']);
    expect(usDecide(US.rhodeIsland, '2026-11-28T10:00:00-05:00').allowed).toBe(true);
    const sunday = usDecide(US.rhodeIsland, '2026-11-29T12:00:00-05:00');
    expect(sunday.reasons[0]!.facts).toMatchObject({ window: 'closed', weekday: 7 });
    expect(usDecide(US.rhodeIsland, '2026-11-28T17:00:00-05:00').nextAllowedAt).toBe('2026-11-30T09:00:00-05:00');
  });

  it('no calls on a state or federal holiday: Victory Day (2nd Monday of August) and Thanksgiving', () => {
    const victory = usDecide(US.rhodeIsland, '2026-08-10T12:00:00-04:00');
    expect(codes(victory)).toEqual(['us.ri.hours']);
    expect(victory.reasons[0]!.facts.holiday).toBe('Victory Day');
    expect(victory.nextAllowedAt).toBe('2026-08-11T09:00:00-04:00');
    expect(usDecide(US.rhodeIsland, '2026-11-26T12:00:00-05:00').nextAllowedAt).toBe('2026-11-27T09:00:00-05:00');
  });
});

describe('Mississippi (§ 77-3-723): 8 a.m.–8 p.m. "Central Standard Time", no Sundays', () => {
  it('in summer the window is read in CDT and in CST: 08:30 CDT (07:30 CST) denied until 09:00 CDT', () => {
    const d = usDecide(US.mississippi, '2026-07-14T08:30:00-05:00');
    expect(codes(d)).toEqual(['us.ms.hours']);
    expect(d.nextAllowedAt).toBe('2026-07-14T09:00:00-05:00');
    expect(usDecide(US.mississippi, '2026-07-14T19:59:59-05:00').allowed).toBe(true);
  });

  it('in winter 08:00 CST is open; Sunday is closed', () => {
    expect(usDecide(US.mississippi, '2026-11-24T08:00:00-06:00').allowed).toBe(true);
    expect(usDecide(US.mississippi, '2026-11-29T12:00:00-06:00').nextAllowedAt).toBe('2026-11-30T08:00:00-06:00');
  });
});

describe('South Dakota (§ 37-30-28): automated solicitation only on weekdays 9 a.m.–9 p.m.', () => {
  it('denies an autodialled call on Saturday, not a live one', () => {
    const at = '2026-11-28T12:00:00-06:00';
    expect(codes(usDecide(US.southDakota, at, [...fresh(at), written], { automated: true }))).toEqual(['us.sd.hours']);
    expect(usDecide(US.southDakota, at).allowed).toBe(true);
  });
});

describe('Texas (§ 301.051 hours — unverified, applied conservatively; § 304.051 no-call list)', () => {
  it('Sunday calls start at noon', () => {
    expect(codes(usDecide(US.dallas, '2026-11-29T11:59:59-06:00'))).toEqual(['us.tx.hours']);
    expect(usDecide(US.dallas, '2026-11-29T12:00:00-06:00').allowed).toBe(true);
  });

  it('requires a check of the current quarter’s Texas no-call list (published 1 Jan, 1 Apr, 1 Jul, 1 Oct)', () => {
    const at = '2026-11-24T12:00:00-06:00';
    expect(codes(usDecide(US.dallas, at, [scrub('2026-11-20T12:00:00Z')]))).toEqual(['us.tx.dnc.unchecked']);
    expect(codes(usDecide(US.dallas, at, [scrub('2026-11-20T12:00:00Z'), scrub('2026-10-02T12:00:00Z', true, 'us-tx-nocall')]))).toEqual(['us.tx.dnc.listed']);
  });

  it('rules whose text was not verified say so in their metadata', () => {
    const unverified = usPack.rules.filter((r) => r.unverified).map((r) => r.id);
    expect(unverified).toEqual(expect.arrayContaining(['us.tx.hours', 'us.al.hours', 'us.la.hours', 'us.ut.hours', 'us.wa.hours', 'us.ct.hours', 'us.fl.dnc']));
    expect(unverified).not.toContain('us.tcpa.hours');
    expect(unverified).not.toContain('us.fl.hours');
  });
});

describe('every US rule cites its texts', () => {
  it('has citations with https URLs and in-force dates, and English and French messages', () => {
    for (const rule of usPack.rules) {
      expect(rule.citations.length, rule.id).toBeGreaterThan(0);
      for (const c of rule.citations) {
        expect(c.url, rule.id).toMatch(/^https?:\/\//);
        expect(c.inForce.from, rule.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
      expect(rule.statement.en.length, rule.id).toBeGreaterThan(10);
      expect(Object.keys(rule.messages).length, rule.id).toBeGreaterThan(0);
    }
  });
});

describe('Massachusetts (M.G.L. c. 159C § 3; 201 CMR 12.02) — issue 18', () => {
  const boston = '+16174441234'; // 617 Boston, Eastern
  it('hours 8:00 a.m.–8:00 p.m. (201 CMR 12.02(2)): 07:59:59 and 20:00:00 denied, 08:00:00 and 19:59:59 allowed; 20:30 is denied', () => {
    expect(codes(usDecide(boston, '2026-11-24T07:59:59-05:00'))).toEqual(['us.tcpa.hours', 'us.ma.hours']);
    expect(usDecide(boston, '2026-11-24T08:00:00-05:00').allowed).toBe(true);
    expect(usDecide(boston, '2026-11-24T19:59:59-05:00').allowed).toBe(true);
    const late = usDecide(boston, '2026-11-24T20:30:00-05:00');
    expect(codes(late)).toEqual(['us.ma.hours']);
    expect(late.nextAllowedAt).toBe('2026-11-25T08:00:00-05:00');
    expect(late.reasons[0]!.citations.map((c) => c.article)).toEqual(expect.arrayContaining(['c. 159C, § 3', '201 CMR 12.02(2)']));
    // A Massachusetts address on an out-of-state number brings the same rule.
    expect(codes(usDecide(US.ohio, '2026-11-24T20:30:00-05:00', undefined, { recipient: { region: 'US-MA' } }))).toEqual(['us.ma.hours']);
  });

  it('no unsolicited sales call by recorded message (201 CMR 12.02(4)), even with a written consent under the federal rule only when the consumer consented to this advertiser', () => {
    const at = '2026-11-24T11:00:00-05:00';
    expect(codes(usDecide(boston, at, fresh(at), { prerecorded: true }))).toEqual(['us.consent.missing', 'us.ma.recorded-message']);
    expect(usDecide(boston, at, [...fresh(at), written], { prerecorded: true }).allowed).toBe(true);
    // Elsewhere, the federal rule alone: written consent needed, no Massachusetts block.
    expect(codes(usDecide(US.ohio, at, fresh(at), { prerecorded: true }))).toEqual(['us.consent.missing']);
    // A live call or a non-commercial message is outside 12.02(4).
    expect(usDecide(boston, at).allowed).toBe(true);
    expect(codes(usDecide(boston, at, fresh(at), { prerecorded: true, purpose: 'non-commercial' }))).not.toContain('us.ma.recorded-message');
  });
});

// The state refresh of 2026 (issue 16): rows checked against their texts where VICIdial's default
// state call-time table disagreed with ours (docs/us.md, "State rows and their texts").
describe('Nevada, automatic dialing and announcing devices (NRS 597.814(2)(a))', () => {
  const lasVegas = '+17025550100'; // 702, Pacific
  it('prerecorded calls only from 9 a.m. to 9 p.m.: 08:59:59 denied until 09:00, 09:00 allowed, 20:59:59 allowed, 21:00 denied', () => {
    const early = usDecide(lasVegas, '2026-11-24T08:59:59-08:00', [...fresh('2026-11-24T08:59:59-08:00'), written], { prerecorded: true });
    expect(codes(early)).toEqual(['us.nv.adad.hours']);
    expect(early.nextAllowedAt).toBe('2026-11-24T09:00:00-08:00');
    for (const at of ['2026-11-24T09:00:00-08:00', '2026-11-24T20:59:59-08:00']) {
      expect(usDecide(lasVegas, at, [...fresh(at), written], { prerecorded: true }).allowed).toBe(true);
    }
    expect(codes(usDecide(lasVegas, '2026-11-24T21:00:00-08:00', [...fresh('2026-11-24T21:00:00-08:00'), written], { prerecorded: true }))).toEqual(['us.tcpa.hours', 'us.nv.adad.hours']);
  });

  it('live calls keep the federal window: 08:30 and 20:30 allowed (VICIdial closes at 20:00 for every call)', () => {
    expect(usDecide(lasVegas, '2026-11-24T08:30:00-08:00').allowed).toBe(true);
    expect(usDecide(lasVegas, '2026-11-24T20:30:00-08:00').allowed).toBe(true);
  });
});

describe('Kentucky, automated calling equipment (KRS 367.461(2)(e))', () => {
  const louisville = '+15025550100'; // 502, Eastern
  it('recorded-message calls 8 a.m.–9 p.m., whatever their purpose; a live call at 09:00 is allowed (no 10 a.m. rule)', () => {
    const at = '2026-11-24T07:59:59-05:00';
    // A poll by recorded message to a number whose holder consented (47 U.S.C. 227(b)): only the state's hours stop it.
    const poll = usDecide(louisville, at, [written], { prerecorded: true, purpose: 'non-commercial' });
    expect(codes(poll)).toEqual(['us.ky.adad.hours']);
    expect(poll.nextAllowedAt).toBe('2026-11-24T08:00:00-05:00');
    expect(usDecide(louisville, '2026-11-24T08:00:00-05:00', [written], { prerecorded: true, purpose: 'non-commercial' }).allowed).toBe(true);
    expect(usDecide(louisville, '2026-11-24T09:00:00-05:00').allowed).toBe(true);
  });
});

describe('Pennsylvania Telemarketer Registration Act (73 P.S. § 2245(a)(1), (a)(10))', () => {
  const philadelphia = '+12155550100'; // 215, Eastern
  it('8 a.m.–9 p.m. every day, Sunday included (no Sunday 1:30 p.m. rule)', () => {
    expect(usDecide(philadelphia, '2026-11-22T08:00:00-05:00').allowed).toBe(true); // a Sunday
    expect(codes(usDecide(philadelphia, '2026-11-24T21:00:00-05:00'))).toEqual(['us.tcpa.hours', 'us.pa.hours']);
  });

  it('no telephone solicitation on a legal holiday from 2019-12-03: Flag Day 2026 denied until the next morning, Flag Day 2019 allowed', () => {
    const d = usDecide(philadelphia, '2026-06-15T10:00:00-04:00'); // Monday 15 June 2026: Flag Day (14 June, a Sunday) is not moved
    expect(d.allowed).toBe(true);
    const flagDay = usDecide(philadelphia, '2027-06-14T10:00:00-04:00');
    expect(codes(flagDay)).toEqual(['us.pa.hours']);
    expect(flagDay.reasons[0]!.facts.holiday).toBe('Flag Day');
    expect(flagDay.nextAllowedAt).toBe('2027-06-15T08:00:00-04:00');
    expect(usDecide(philadelphia, '2019-06-14T10:00:00-04:00').allowed).toBe(true);
  });
});

describe('Washington (RCW 19.158.040(2); RCW 80.36.390 from ESHB 1497, 2022-06-09)', () => {
  const seattle = '+12065550100'; // 206, Pacific
  it('closes at 8 p.m. from 2022-06-09 (19:59:59 allowed, 20:00 denied), at 9 p.m. before (20:30 allowed on 2022-06-08)', () => {
    expect(usDecide(seattle, '2026-11-24T19:59:59-08:00').allowed).toBe(true);
    expect(codes(usDecide(seattle, '2026-11-24T20:00:00-08:00'))).toEqual(['us.wa.hours']);
    expect(usDecide(seattle, '2022-06-08T20:30:00-07:00').allowed).toBe(true);
    expect(codes(usDecide(seattle, '2022-06-09T20:30:00-07:00'))).toEqual(['us.wa.hours']);
    expect(codes(usDecide(seattle, '2022-06-08T21:00:00-07:00'))).toEqual(['us.tcpa.hours', 'us.wa.hours']);
  });
});
