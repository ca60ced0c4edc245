/**
 * The numbers of C. consom. D.223-9 (décret n° 2022-1313), as dated rows: the opening windows
 * (al. 1), the cap of calls per advertiser over a rolling period (al. 3) and the cooldown after a
 * refusal (al. 4). Each row holds from its date until the day before the next row; the rules of
 * the hours, the cap and the cooldown are made from the rows (law/fr/index.ts), so that an audit
 * of a past call applies the numbers of its date. Re-dating a number is one new row and its test
 * (docs/encoding-the-law.md shows the diff).
 */
import type { Citation } from '../../core/vocabulary.js';
import { D223_9, D223_9_IN_FORCE, DECRET_2022_1313 } from './citations.js';

/** An opening window, local wall-clock hours, half-open: `from` is inside, `to` is outside. */
export interface OpeningWindow {
  from: number;
  to: number;
}

/** The terms of D.223-9 from a date. */
export interface CallingTerms {
  /** First local date (`YYYY-MM-DD`, the recipient's zone) the terms apply. */
  from: string;
  /** Weekday windows (al. 1): "de 10 heures à 13 heures et de 14 heures à 20 heures". */
  windows: readonly OpeningWindow[];
  /** At most this many calls or attempts per advertiser… (al. 3) */
  maxCalls: number;
  /** …within this many calendar days. */
  windowDays: number;
  /** Full calendar days after the day of a refusal during which calls are barred (al. 4). */
  cooldownDays: number;
  /** The texts that set these numbers. */
  citations: readonly Citation[];
}

/** The rows, oldest first. */
export const D223_9_TERMS: readonly CallingTerms[] = [
  {
    from: D223_9_IN_FORCE,
    windows: [{ from: 10, to: 13 }, { from: 14, to: 20 }],
    maxCalls: 4,
    windowDays: 30,
    cooldownDays: 60,
    citations: [D223_9, DECRET_2022_1313],
  },
];

/** A row with the period it is in force. */
export interface DatedTerms extends CallingTerms {
  inForce: { from: string; until?: string };
}

/** The day before a `YYYY-MM-DD` date. */
function dayBefore(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/** Each row with its period: from its date to the day before the next row's. */
export function datedTerms(rows: readonly CallingTerms[] = D223_9_TERMS): DatedTerms[] {
  const sorted = [...rows].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  return sorted.map((row, i) => {
    const next = sorted[i + 1];
    return { ...row, inForce: next === undefined ? { from: row.from } : { from: row.from, until: dayBefore(next.from) } };
  });
}

/** The terms in force on a local date (the latest row whose date is on or before it), or null before the first. */
export function termsOn(localDate: string, rows: readonly CallingTerms[] = D223_9_TERMS): CallingTerms | null {
  let found: CallingTerms | null = null;
  for (const row of rows) if (row.from <= localDate && (found === null || row.from > found.from)) found = row;
  return found;
}

/** The terms in force now and since the latest row: what the package's constants export. */
export const CURRENT_TERMS: CallingTerms = datedTerms().at(-1)!;

/** The id of a rule made from a row: the base id for the first row, then `base@from` (`fr.hours@2027-01-01`). */
export function termsRuleId(base: string, row: DatedTerms, index: number): string {
  return index === 0 ? base : `${base}@${row.from}`;
}
