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
export function instant(opts: { from?: string; to?: string; zone?: string } = {}): fc.Arbitrary<string> {
  const zone = opts.zone ?? 'Europe/Paris';
  const first = DateTime.fromISO(opts.from ?? '2023-01-01', { zone }).startOf('day');
  const last = DateTime.fromISO(opts.to ?? '2027-12-31', { zone }).startOf('day');
  const days = Math.max(1, Math.floor(last.diff(first, 'days').days));
  const nearEdge = fc.tuple(fc.constantFrom(...WINDOW_EDGES), fc.integer({ min: -2, max: 2 })).map(([h, s]) => h * 3600 + s);
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
