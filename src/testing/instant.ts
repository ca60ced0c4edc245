/** Instants around the legal windows (arbitrary). */
import fc from 'fast-check';
import { DateTime } from 'luxon';

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
