/**
 * US ZIP codes: the state and IANA zone of a ZIP5 or ZIP+4, from the generated range table
 * (src/phone/us-zip-table.ts, compiled by scripts/zip-table.ts; provenance in its header).
 */
import { zonesOfRegion } from './nanp.js';
import { ZIP_KEYS, ZIP_RANGES } from './us-zip-table.js';

/** ZIP5 (`'90210'`) or ZIP+4 (`'90210-1234'`, `'90210 1234'`, `'902101234'`). */
const ZIP = /^(\d{5})(?:[- ]?\d{4})?$/;

/** What a ZIP tells: the state (`'US-CA'`) and every zone it may be in (never empty). */
export interface ZipPlace {
  region: string;
  timeZones: readonly string[];
}

/** The 5 digits of a well-formed US ZIP code, or undefined. */
export function zip5(postalCode: string): string | undefined {
  return ZIP.exec(postalCode.trim())?.[1];
}

let table: { from: Int32Array; to: Int32Array; key: Uint8Array } | undefined;

// Decoded on first use: 10 characters per range (see the table's header).
function ranges(): NonNullable<typeof table> {
  if (table) return table;
  const n = ZIP_RANGES.length / 10;
  const t = { from: new Int32Array(n), to: new Int32Array(n), key: new Uint8Array(n) };
  for (let i = 0; i < n; i++) {
    const s = ZIP_RANGES.slice(i * 10, i * 10 + 10);
    t.from[i] = parseInt(s.slice(0, 4), 36);
    t.to[i] = parseInt(s.slice(4, 8), 36);
    t.key[i] = parseInt(s.slice(8, 10), 36);
  }
  return (table = t);
}

/**
 * The state and zone(s) of a US ZIP code; undefined when it is not well formed or not in the
 * table (military ZIPs, a ZIP issued after the table). A ZIP the source has without a zone
 * gets every zone of its state (the conservative reading).
 */
export function zipPlace(postalCode: string): ZipPlace | undefined {
  const five = zip5(postalCode);
  if (five === undefined) return undefined;
  const z = Number(five);
  const t = ranges();
  let lo = 0;
  let hi = t.from.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (t.from[mid]! > z) hi = mid - 1;
    else if (t.to[mid]! < z) lo = mid + 1;
    else {
      const [state, zone] = ZIP_KEYS[t.key[mid]!]!.split(' ') as [string, string];
      const region = `US-${state}`;
      const timeZones = zone !== '' ? [zone] : [...(zonesOfRegion(region) ?? [])];
      return timeZones.length > 0 ? { region, timeZones } : undefined;
    }
  }
  return undefined;
}
