// The numeric wall clock (src/time/local.ts) against luxon, the code it replaces on the hot paths:
// every supported zone, instants spread over 2016–2045 and packed around each DST change.
import { fc, test } from '@fast-check/vitest';
import { DateTime, IANAZone } from 'luxon';
import { describe, expect, it } from 'vitest';
import { civilOfDay, clockOf, clockText, dayOfCivil, dayOfIsoDate, isoDateOfDay, weekdayOfDay } from '../../src/time/local.js';
import { isoInZone } from '../../src/time/format.js';
import { fixedOrIanaZone, zoneOf } from '../../src/time/zone.js';
import { reachCounter } from '../support.js';

/** France (metropolitan and overseas), the US (every zone the NANP tables use, Arizona, Hawaii, Indiana…), and the other packs' zones. */
const ZONES = [
  'Europe/Paris', 'America/Guadeloupe', 'America/Martinique', 'America/Cayenne', 'Indian/Reunion', 'Indian/Mayotte',
  'America/Miquelon', 'America/St_Barthelemy', 'America/Marigot', 'Pacific/Noumea', 'Pacific/Tahiti', 'Pacific/Wallis',
  'America/New_York', 'America/Chicago', 'America/Denver', 'America/Phoenix', 'America/Los_Angeles', 'America/Anchorage',
  'Pacific/Honolulu', 'America/Indiana/Indianapolis', 'America/Indiana/Knox', 'America/Indiana/Tell_City', 'America/Detroit',
  'America/Kentucky/Louisville', 'America/Boise', 'America/Adak', 'America/Puerto_Rico', 'Pacific/Guam', 'America/North_Dakota/Center',
  'America/Toronto', 'America/Vancouver', 'America/Halifax', 'America/St_Johns', 'America/Regina', 'America/Winnipeg',
  'Europe/London', 'Europe/Brussels', 'Europe/Zurich', 'Europe/Berlin', 'Europe/Madrid', 'Atlantic/Canary', 'Europe/Amsterdam', 'Europe/Rome',
] as const;

const FROM = Date.UTC(2016, 0, 1);
const TO = Date.UTC(2046, 0, 1);
const HOUR = 3_600_000;

/** Every offset change of a zone between FROM and TO, found by bisection over hours. */
function transitions(name: string): number[] {
  const zone = IANAZone.create(name);
  const out: number[] = [];
  const step = 7 * 24 * HOUR; // offsets change at most twice a year: never twice within a week
  for (let t = FROM, before = zone.offset(FROM); t < TO; t += step) {
    const after = zone.offset(t + step);
    if (before !== after) {
      let lo = t;
      let hi = t + step;
      while (hi - lo > 60_000) {
        const mid = lo + Math.floor((hi - lo) / 2 / 60_000) * 60_000;
        if (zone.offset(mid) === zone.offset(lo)) lo = mid;
        else hi = mid;
      }
      out.push(hi);
    }
    before = after;
  }
  return out;
}
const CHANGES = new Map(ZONES.map((z) => [z, transitions(z)]));

/** An instant: anywhere in 2016–2045, or within two days of one of the zone's DST changes. */
const instantIn = (name: string) => {
  const changes = CHANGES.get(name as (typeof ZONES)[number])!;
  const anywhere = fc.integer({ min: FROM, max: TO - 1 });
  if (changes.length === 0) return anywhere;
  const near = fc.tuple(fc.constantFrom(...changes), fc.integer({ min: -48 * 60, max: 48 * 60 }), fc.integer({ min: 0, max: 59_999 }))
    .map(([c, minutes, ms]) => c + minutes * 60_000 + ms);
  // Whole minutes and hours near a change: the wall times the rules set (00:00, 10:00) and the gap's edges.
  const exact = fc.tuple(fc.constantFrom(...changes), fc.integer({ min: -96, max: 96 })).map(([c, q]) => c + q * 15 * 60_000);
  return fc.oneof(anywhere, near, exact);
};
const scenario = fc.constantFrom(...ZONES).chain((name) => fc.tuple(fc.constant(name), instantIn(name), fc.integer({ min: -70, max: 70 }), fc.integer({ min: 0, max: 24 * 60 - 1 })));

describe('local wall clock on numbers, against luxon', () => {
  it('finds DST changes in the zones that have them (the generator really packs instants around them)', () => {
    expect(CHANGES.get('Europe/Paris')!.length).toBe(60);
    expect(CHANGES.get('America/New_York')!.length).toBe(60);
    expect(CHANGES.get('America/Phoenix')!.length).toBe(0);
    expect(CHANGES.get('Pacific/Honolulu')!.length).toBe(0);
  });

  const fields = reachCounter('wall fields equal luxon', 0.99);
  test.prop([scenario], { numRuns: 3000 })('wall fields, day number, date and time text equal luxon', ([name, ms]) => {
    fields.run();
    const zone = zoneOf(name)!;
    const clock = clockOf(zone);
    const w = clock.wall(ms);
    const l = DateTime.fromMillis(ms, { zone: name });
    expect([w.year, w.month, w.date, w.hour, w.minute, w.second, w.millisecond, w.weekday, w.offset])
      .toEqual([l.year, l.month, l.day, l.hour, l.minute, l.second, l.millisecond, l.weekday, l.offset]);
    expect(isoDateOfDay(w.day)).toBe(l.toISODate());
    expect(clock.dayOf(ms)).toBe(w.day);
    expect(clockText(w.msOfDay)).toBe(l.toFormat('HH:mm:ss'));
    expect(clockText(w.msOfDay, false)).toBe(l.toFormat('HH:mm'));
    fields.reached();
  });

  const arithmetic = reachCounter('day arithmetic equals luxon', 0.99);
  test.prop([scenario], { numRuns: 3000 })('plus/minus days, start of day, a wall time the same day: same instants as luxon', ([name, ms, days, minute]) => {
    arithmetic.run();
    const clock = clockOf(zoneOf(name)!);
    const l = DateTime.fromMillis(ms, { zone: name });
    expect(clock.plusDays(ms, days)).toBe(l.plus({ days }).toMillis());
    expect(clock.startOfDayPlus(ms, days)).toBe(l.plus({ days }).startOf('day').toMillis());
    expect(clock.startOfDayPlus(ms, 0)).toBe(l.startOf('day').toMillis());
    const h = Math.floor(minute / 60);
    const m = minute % 60;
    expect(clock.sameDayAt(ms, minute)).toBe(l.set({ hour: h, minute: m, second: 0, millisecond: 0 }).toMillis());
    const midnight = l.plus({ days }).startOf('day');
    expect(clock.sameDayAt(midnight.toMillis(), h * 60)).toBe(midnight.set({ hour: h }).toMillis());
    arithmetic.reached();
  });

  it('reads a fixed offset the way luxon does (Mississippi’s "Central Standard Time")', () => {
    const clock = clockOf(fixedOrIanaZone('UTC-6'));
    const ms = Date.UTC(2026, 6, 1, 2, 30);
    expect(clock.wall(ms).hour).toBe(20);
    expect(isoDateOfDay(clock.wall(ms).day)).toBe('2026-06-30');
  });

  test.prop([fc.integer({ min: dayOfCivil(1900, 1, 1), max: dayOfCivil(9999, 12, 31) })], { numRuns: 2000 })('day numbers and civil dates round-trip, weekdays agree with Date', (day) => {
    const [y, m, d] = civilOfDay(day);
    expect(dayOfCivil(y, m, d)).toBe(day);
    const date = new Date(day * 86_400_000);
    expect([y, m, d]).toEqual([date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]);
    expect(weekdayOfDay(day)).toBe(date.getUTCDay() === 0 ? 7 : date.getUTCDay());
    expect(dayOfIsoDate(isoDateOfDay(day))).toBe(day);
  });
});

describe('ISO text of an instant in a zone', () => {
  const reach = reachCounter('isoInZone equals luxon', 0.99);
  test.prop([scenario], { numRuns: 2000 })('is luxon’s toISO({ suppressMilliseconds: true }) in every supported zone', ([name, ms]) => {
    reach.run();
    expect(isoInZone(ms, zoneOf(name)!)).toBe(DateTime.fromMillis(ms, { zone: name }).toISO({ suppressMilliseconds: true }));
    reach.reached();
  });
});

describe('the end of a local date (when a dated rule stops applying)', () => {
  test.prop([fc.constantFrom(...ZONES), fc.integer({ min: dayOfCivil(2016, 1, 1), max: dayOfCivil(2045, 12, 31) })], { numRuns: 2000 })('is luxon’s fromISO(date).plus({ days: 1 }).startOf(day)', (name, day) => {
    const clock = clockOf(zoneOf(name)!);
    const date = isoDateOfDay(day);
    expect(clock.endOfDay(day)).toBe(DateTime.fromISO(date, { zone: name }).plus({ days: 1 }).startOf('day').toMillis());
  });
});
