/**
 * Where a US ZIP code is: its state and time zone (./zip-table.ts, generated from maintained
 * sources). A recipient's ZIP code adds candidates to those of the number's area code — its zone
 * must be open too, its state's rules apply too — and never removes one: a 212 number whose holder
 * lives in Beverly Hills is called only when both New York and Los Angeles are open.
 */
import { ZIP_TABLE, ZIP_ZONES } from './zip-table.js';

const RECORD = 8;
const COUNT = ZIP_TABLE.length / RECORD;

/** A US ZIP code: five digits, optionally ZIP+4 (`90210`, `90210-1234`). */
export const isZip = (code: string): boolean => /^\d{5}(-\d{4})?$/.test(code);

/** The state (ISO 3166-2, `US-CA`) and zone of a ZIP code, as far as the table knows; null when the code is malformed. */
export function zipPlace(code: string): { region?: string; timeZone?: string } | null {
  if (!isZip(code)) return null;
  const zip = code.slice(0, 5);
  // The last record whose first ZIP is at or below this one.
  let lo = 0;
  let hi = COUNT - 1;
  if (COUNT === 0 || zip < ZIP_TABLE.slice(0, 5)) return {};
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (ZIP_TABLE.slice(mid * RECORD, mid * RECORD + 5) <= zip) lo = mid;
    else hi = mid - 1;
  }
  const rec = ZIP_TABLE.slice(lo * RECORD, lo * RECORD + RECORD);
  const state = rec.slice(5, 7);
  const zone = rec[7]!;
  const out: { region?: string; timeZone?: string } = {};
  if (state !== '--') out.region = `US-${state}`;
  if (zone !== '-') out.timeZone = ZIP_ZONES[parseInt(zone, 36)]!;
  return out;
}
