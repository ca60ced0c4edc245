/**
 * The numbers an automated calling or messaging system may present in France (Arcep décision
 * n° 2022-1583 modifying the national numbering plan, from 2023-01-01): only verified
 * multi-purpose numbers ("numéros polyvalents vérifiés", NPV) — not mobiles (06/07), not
 * geographic numbers (01–05), not other 09 numbers — and, for SMS, short codes. One place for
 * these ranges, per territory, in national format (trunk 0 included).
 *
 * Sources: Arcep décision n° 2022-1583 (annex table of contents seen; ranges as reported by Arcep's
 * communiqués and concordant secondary sources — VERIFIED-2nd). The split of the overseas block
 * 09475–09479 between territories is UNVERIFIED; it only documents where each range belongs and
 * does not restrict who may call whom (any NPV is accepted whatever the recipient's territory).
 */
import { parseCallerId } from '../../phone/number.js';
import { territoryOf } from '../../phone/territories.js';

/** NPV prefixes per territory (national format). */
export const NPV_RANGES: Readonly<Record<string, readonly string[]>> = {
  /** Metropolitan France: two blocks per geographic zone, and 0948/0949. */
  metropolitan: ['0162', '0163', '0270', '0271', '0377', '0378', '0424', '0425', '0568', '0569', '0948', '0949'],
  'guadeloupe-saint-martin-saint-barthelemy': ['09475'],
  guyane: ['09476'],
  martinique: ['09477'],
  'reunion-mayotte': ['09478', '09479'],
};

/** Every NPV prefix, for facts and matching. */
export const NPV_PREFIXES: readonly string[] = Object.values(NPV_RANGES).flat();

/**
 * SMS short codes: 5-digit numbers starting with 3 (reported allowed for automated SMS; the exact
 * sub-range, 3xxxx vs 30xxx/31xxx, is UNVERIFIED).
 */
export const SMS_SHORT_CODE = /^3\d{4}$/;

/** Alphanumeric sender IDs (letters, up to 11 characters): not numbers, so the numbering plan does not say. */
export const ALPHANUMERIC_SENDER = /^(?=.*[A-Za-z])[A-Za-z0-9 .\-_&]{1,11}$/;

/** The kind of a presented caller ID, for the Arcep rule. */
export type CallerIdKind = 'npv' | 'short-code' | 'alphanumeric' | 'other-number' | 'unreadable';

/** Classifies a presented caller ID or SMS sender. */
export function callerIdKind(callerId: string): CallerIdKind {
  const trimmed = callerId.trim();
  if (SMS_SHORT_CODE.test(trimmed)) return 'short-code';
  if (ALPHANUMERIC_SENDER.test(trimmed) && !/^\+?[\d\s.\-()]+$/.test(trimmed)) return 'alphanumeric';
  const number = parseCallerId(trimmed);
  if (!number) return 'unreadable';
  if (!territoryOf(number.country)) return 'other-number';
  const national = `0${number.nationalNumber}`;
  return NPV_PREFIXES.some((p) => national.startsWith(p)) ? 'npv' : 'other-number';
}
