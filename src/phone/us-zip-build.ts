/**
 * Building and reading the ZIP range table (scripts/zip-table.ts writes it, src/phone/us-zip.ts
 * reads it). Kept apart so that the test can rebuild the table from the source packages.
 */

/** One ZIP of the source: its state (USPS code) and IANA zone, when the source has one. */
export type ZipSource = Array<{ zip: string; state: string; zone: string | undefined }>;

/** A run of ZIPs [from, to] with one state and zone: `key` is 'ST zone'. */
export interface ZipRange {
  from: number;
  to: number;
  key: string;
}

/** States, DC and the territories whose +1 numbers the US pack governs. */
export const ZIP_STATES = new Set(
  'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR VI GU MP AS'.split(' '),
);

/** Sorted ranges, a gap between two ranges of one key absorbed; `left` counts the ZIPs left out. */
export function buildZipRanges(rows: ZipSource): { ranges: ZipRange[]; keys: string[]; left: number } {
  const kept = rows.filter((r) => ZIP_STATES.has(r.state)).sort((a, b) => a.zip.localeCompare(b.zip));
  const ranges: ZipRange[] = [];
  for (const { zip, state, zone } of kept) {
    const n = Number(zip);
    const key = `${state} ${zone ?? ''}`;
    const last = ranges[ranges.length - 1];
    if (last && last.key === key) last.to = n;
    else ranges.push({ from: n, to: n, key });
  }
  const keys = [...new Set(ranges.map((r) => r.key))].sort();
  return { ranges, keys, left: rows.length - kept.length };
}

export function encodeZipRanges(ranges: readonly ZipRange[]): string {
  const keys = [...new Set(ranges.map((r) => r.key))].sort();
  const b36 = (n: number, w: number) => n.toString(36).padStart(w, '0');
  return ranges.map((r) => b36(r.from, 4) + b36(r.to, 4) + b36(keys.indexOf(r.key), 2)).join('');
}
