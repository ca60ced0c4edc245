// `callgate plan <list>`: the earliest lawful slot of each number of a list (spawns the built CLI).
import { afterAll, describe, expect, it } from 'vitest';
import { callgate, json, scratch } from './run.js';

const dir = scratch();
afterAll(() => dir.cleanup());

const list = dir.file('list.csv', [
  'to;advertiser;callerId',
  '+33612345678;acme;+33162123456', // refused on 20 November: 60-day cooldown (D.223-9)
  '0690001234;acme;+33162123456', // Guadeloupe, national digits: 07:00 there at the planning instant
  '+33612345679;acme;', // no number presented (L.221-17)
  '+33699999999;acme;+33162123456', // no consent (L.223-1, from 2026-08-11)
].join('\n'));
const events = dir.file('events.csv', [
  'type,to,at,advertiser,channel',
  'consent,+33612345678,2026-10-01T10:00:00+02:00,acme,voice',
  'consent,+590690001234,2026-10-01T10:00:00-04:00,acme,voice',
  'consent,+33612345679,2026-10-01T10:00:00+02:00,acme,voice',
  'refusal,+33612345678,2026-11-20T11:00:00+01:00,acme,',
].join('\n'));

describe('callgate plan', () => {
  it('gives each number its earliest lawful slot within the horizon, or why none (CSV)', () => {
    const r = callgate('plan', list, '--from', '2026-11-27T12:00:00+01:00', '--events', events);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toEqual([
      'to,advertiser,at,blocked_at_from,next_allowed_at',
      '+33612345678,acme,,fr.refusal.cooldown,2027-01-20T10:00:00+01:00',
      '0690001234,acme,2026-11-27T10:00:00-04:00,fr.hours.outside-window,',
      '+33612345679,acme,,fr.caller-id.withheld,',
      '+33699999999,acme,,fr.consent.missing,',
    ]);
  });

  it('prints the library plan entries with --format json, and honours --horizon', () => {
    const r = callgate('plan', list, '--from', '2026-11-27T12:00:00+01:00', '--events', events, '--horizon', '70', '--format', 'json');
    expect(r.code).toBe(0);
    const slots = json<Array<{ index: number; at: string | null }>>(r);
    expect(slots.map((s) => s.at)).toEqual(['2027-01-20T10:00:00+01:00', '2026-11-27T10:00:00-04:00', null, null]);
  });

  it('exits 2 on a time without offset or a list without a to column', () => {
    expect(callgate('plan', list, '--from', '2026-11-27T12:00').code).toBe(2);
    expect(callgate('plan', dir.file('bad.csv', 'phone\n+33612345678\n'), '--from', '2026-11-27T12:00:00Z').code).toBe(2);
  });
});

describe('callgate plan with a consent register (issue 13)', () => {
  it('plans the numbers whose consent the register holds, and only those', () => {
    const register = dir.file('register.csv', 'number,advertiser,date,proof\n+33699999999,acme,2026-10-02T10:00:00+02:00,form-7\n');
    const r = callgate('plan', list, '--from', '2026-11-27T12:00:00+01:00', '--events', events, '--consents', register);
    expect(r.code).toBe(0);
    // The last number, refused for want of consent above, gets the planning instant itself.
    expect(r.stdout.trim().split('\n')[4]).toBe('+33699999999,acme,2026-11-27T12:00:00+01:00,,');
  });
});
