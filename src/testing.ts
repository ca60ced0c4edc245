/**
 * fast-check arbitraries for hosts' own property tests: numbers per territory, instants around the
 * legal windows and holidays, histories and attempts. Requires `fast-check` (a peer dependency).
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
import { DateTime } from 'luxon';
 * import { evaluate } from 'callgate';
 * import { attempt, history } from 'callgate/testing';
 *
 * fc.assert(fc.property(attempt(), history(), (a, h) => {
 *   const d = evaluate(a, h);
 *   return d.allowed === (d.reasons.length === 0);
 * }));
 * ```
 * @packageDocumentation
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import type { Attempt, Channel, ContactEvent } from './core/types.js';

/**
 * Valid numbers of each French territory, as subscriber-number templates: the `x`s are filled
 * with random digits (every completion is valid for libphonenumber-js/max).
 */
export const FRENCH_NUMBER_TEMPLATES = {
  FR: ['+3361xxxxxxx', '+3375xxxxxxx', '+3378xxxxxxx', '+3314xxxxxxx', '+3397xxxxxxx'],
  GP: ['+590690xxxxxx'],
  MQ: ['+596696xxxxxx'],
  GF: ['+5946942xxxxx'],
  RE: ['+262692xxxxxx'],
  YT: ['+2626392xxxxx'],
  PM: ['+50855xxxx'],
} as const satisfies Record<string, readonly string[]>;

/** Territories with number templates. */
export type Territory = keyof typeof FRENCH_NUMBER_TEMPLATES;

/** A valid French number (E.164), optionally of one territory. */
export function frenchNumber(territory?: Territory): fc.Arbitrary<string> {
  const templates = territory
    ? FRENCH_NUMBER_TEMPLATES[territory]
    : Object.values(FRENCH_NUMBER_TEMPLATES).flat();
  return fc.constantFrom(...templates).chain((t) => {
    const n = t.split('x').length - 1;
    return fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((digits) => {
      let i = 0;
      return t.replace(/x/g, () => String(digits[i++]));
    });
  });
}

/** Strings that are not valid phone numbers (too short, letters, wrong plan, empty). */
export function invalidNumber(): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom('', '0', '+33', '+331234', '06123', 'not a number', '+999123456789', '+33012345678'),
    fc.string({ maxLength: 6 }),
  );
}

/** The local hours at which French calling windows open or close (D.223-9). */
const WINDOW_EDGES = [10, 13, 14, 20] as const;

/**
 * Instants as ISO strings with the local offset of `zone` (default Europe/Paris), between `from`
 * and `to` (default 2023–2027): half of them within a few seconds of a window edge (10:00,
 * 13:00, 14:00, 20:00 local), the rest anywhere in the day.
 */
export function instant(opts: { from?: string; to?: string; zone?: string; edges?: readonly number[] } = {}): fc.Arbitrary<string> {
  const zone = opts.zone ?? 'Europe/Paris';
  const first = DateTime.fromISO(opts.from ?? '2023-01-01', { zone }).startOf('day');
  const last = DateTime.fromISO(opts.to ?? '2027-12-31', { zone }).startOf('day');
  const days = Math.max(1, Math.floor(last.diff(first, 'days').days));
  const nearEdge = fc.tuple(fc.constantFrom(...(opts.edges ?? WINDOW_EDGES)), fc.integer({ min: -2, max: 2 })).map(([h, s]) => h * 3600 + s);
  const anytime = fc.integer({ min: 0, max: 86_399 });
  return fc.tuple(fc.integer({ min: 0, max: days - 1 }), fc.oneof(nearEdge, anytime)).map(([d, seconds]) =>
    first.plus({ days: d }).plus({ seconds }).toISO({ suppressMilliseconds: true })!,
  );
}

/** A small set of advertiser names, so that histories collide with attempts. */
export function advertiser(): fc.Arbitrary<string> {
  return fc.constantFrom('acme', 'globex', 'initech');
}

const channel = (): fc.Arbitrary<Channel> => fc.constantFrom<Channel>('voice', 'sms');

/**
 * A prospecting attempt to a French number (voice mostly), presenting a number most of the time
 * (a verified multi-purpose number, or a mobile; absent = masked, C. consom. L.221-17).
 */
export function attempt(opts: { at?: fc.Arbitrary<string>; to?: fc.Arbitrary<string> } = {}): fc.Arbitrary<Attempt> {
  return fc.record({
    to: opts.to ?? frenchNumber(),
    at: opts.at ?? instant(),
    channel: fc.constantFrom<Channel>('voice', 'voice', 'voice', 'sms'),
    advertiser: advertiser(),
    callerId: fc.constantFrom('+33162123456', '+33948123456', '+33612000000'),
  }, { requiredKeys: ['to', 'at', 'channel', 'advertiser'] });
}

/** One valid history event of any kind, dated within the instant range. */
export function event(opts: { at?: fc.Arbitrary<string> } = {}): fc.Arbitrary<ContactEvent> {
  const at = opts.at ?? instant();
  return fc.oneof(
    { weight: 6, arbitrary: fc.record({ type: fc.constant('attempt' as const), at, advertiser: advertiser(), channel: channel(), outcome: fc.constantFrom('answered', 'no-answer', 'busy', 'voicemail', 'failed') as fc.Arbitrary<'answered'> }) },
    { weight: 2, arbitrary: fc.record({ type: fc.constant('refusal' as const), at, advertiser: advertiser() }) },
    { weight: 1, arbitrary: fc.record({ type: fc.constant('objection' as const), at, advertiser: advertiser() }) },
    { weight: 2, arbitrary: fc.record({ type: fc.constant('consent' as const), at, advertiser: advertiser(), covers: fc.subarray(['prospecting', 'outside-hours'] as const, { minLength: 1 }).map((c) => [...c]) }) },
    { weight: 1, arbitrary: fc.record({ type: fc.constant('consent-withdrawn' as const), at, advertiser: advertiser() }) },
    { weight: 1, arbitrary: fc.record({ type: fc.constant('opposition-check' as const), at, list: fc.constant('bloctel'), listed: fc.boolean() }) },
    { weight: 1, arbitrary: fc.record({ type: fc.constant('customer' as const), at, advertiser: advertiser() }) },
    { weight: 1, arbitrary: fc.record({ type: fc.constant('contract' as const), id: fc.constantFrom('c1', 'c2'), advertiser: advertiser(), start: at }) },
  );
}

/** A history of valid events. */
export function history(opts: { maxLength?: number; at?: fc.Arbitrary<string> } = {}): fc.Arbitrary<ContactEvent[]> {
  return fc.array(event(opts.at ? { at: opts.at } : {}), { maxLength: opts.maxLength ?? 12 });
}

/**
 * Area codes for US numbers: single-zone ones of the strict states (FL, NY, OK, MD, TX, RI, MS)
 * and ones that span two zones (850 Florida panhandle, 605 South Dakota, 915/432 Texas, 208 Idaho), plus
 * Alaska, Hawaii and Puerto Rico. Every exchange 200–999 of these is valid for libphonenumber-js/max
 * (Guam's are not: it is left out).
 */
export const US_AREA_CODE_SAMPLE = ['212', '718', '305', '850', '405', '410', '214', '432', '915', '401', '601', '605', '208', '907', '808', '787', '415', '303'] as const;

/** A valid US (or territory) number, E.164: an area code of the sample, an exchange 2–9xx, any line. */
export function usNumber(areaCodes: readonly string[] = US_AREA_CODE_SAMPLE): fc.Arbitrary<string> {
  return fc.tuple(fc.constantFrom(...areaCodes), fc.integer({ min: 200, max: 999 }), fc.integer({ min: 0, max: 9999 }))
    .map(([npa, exchange, line]) => `+1${npa}${exchange}${String(line).padStart(4, '0')}`)
    .filter((n) => !/^\+1\d{3}555/.test(n) && !/^\+1\d{3}[2-9]11/.test(n));
}

/** Local hours at which US calling windows open or close (federal 8–21, states 8–20, 9–21, noon…). */
export const US_WINDOW_EDGES = [8, 9, 10, 12, 17, 18, 20, 21] as const;

/** A US marketing attempt: voice or text, sometimes automated or prerecorded, sometimes with the recipient's state. */
export function usAttempt(opts: { at?: fc.Arbitrary<string>; to?: fc.Arbitrary<string> } = {}): fc.Arbitrary<Attempt> {
  return fc.record(
    {
      to: opts.to ?? usNumber(),
      at: opts.at ?? instant({ zone: 'America/New_York', edges: US_WINDOW_EDGES }),
      channel: fc.constantFrom<Channel>('voice', 'voice', 'sms'),
      advertiser: advertiser(),
      automated: fc.boolean(),
      prerecorded: fc.boolean(),
      recipient: fc.record({ region: fc.constantFrom('US-NY', 'US-FL', 'US-TX', 'US-CA') }),
    },
    { requiredKeys: ['to', 'at', 'channel', 'advertiser'] },
  );
}

/** One valid US history event: attempts, written or oral consents, revocations, DNC scrubs, customers. */
export function usEvent(opts: { at?: fc.Arbitrary<string> } = {}): fc.Arbitrary<ContactEvent> {
  const at = opts.at ?? instant({ zone: 'America/New_York', edges: US_WINDOW_EDGES });
  return fc.oneof(
    { weight: 6, arbitrary: fc.record({ type: fc.constant('attempt' as const), at, advertiser: advertiser(), channel: channel() }) },
    { weight: 1, arbitrary: fc.record({ type: fc.constant('objection' as const), at, advertiser: advertiser() }) },
    { weight: 3, arbitrary: fc.record({ type: fc.constant('consent' as const), at, advertiser: advertiser(), written: fc.boolean(), covers: fc.subarray(['prospecting', 'outside-hours'] as const, { minLength: 1 }).map((c) => [...c]) }) },
    { weight: 1, arbitrary: fc.record({ type: fc.constant('consent-withdrawn' as const), at, advertiser: advertiser() }) },
    { weight: 4, arbitrary: fc.record({ type: fc.constant('opposition-check' as const), at, list: fc.constantFrom('us-national-dnc', 'us-national-dnc', 'us-fl-dnc', 'us-tx-nocall'), listed: fc.boolean() }) },
    { weight: 2, arbitrary: fc.record({ type: fc.constant('customer' as const), at, advertiser: advertiser(), kind: fc.constantFrom('purchase' as const, 'inquiry' as const) }) },
  );
}

/** A US history of valid events. */
export function usHistory(opts: { maxLength?: number; at?: fc.Arbitrary<string> } = {}): fc.Arbitrary<ContactEvent[]> {
  return fc.array(usEvent(opts.at ? { at: opts.at } : {}), { maxLength: opts.maxLength ?? 12 });
}
