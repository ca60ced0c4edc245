import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/** A number that parsed and is valid in its country's numbering plan. */
export interface ParsedNumber {
  e164: string;
  /** ISO 3166-1 alpha-2 of the number (overseas French numbers come out as GP, MQ, GF, RE, YT…). */
  country: string;
  /** National significant number: digits after the country code, without trunk prefix (`162123456`). */
  nationalNumber: string;
}

/**
 * French national numbering spans several country calling codes: a national `0690…` is a
 * Guadeloupe mobile (+590), `0696…` Martinique (+596), `0692…` La Réunion (+262)… National digits
 * that are not a metropolitan number are tried as each overseas plan in turn.
 */
const FRENCH_NATIONAL_PLANS = ['FR', 'GP', 'MQ', 'GF', 'RE', 'YT', 'PM'] as const;

/**
 * Parses a recipient or caller number: E.164, or national digits read as French (metropolitan or
 * overseas). Uses the `max` metadata because the `min` one accepts invalid numbers and cannot
 * tell mobiles from landlines. Returns null when the number is not a valid, assigned-format
 * number. Never throws.
 */
export function parseNumber(raw: string): ParsedNumber | null {
  for (const plan of FRENCH_NATIONAL_PLANS) {
    const parsed = parsePhoneNumberFromString(raw, plan);
    if (parsed && parsed.country && parsed.isValid()) {
      return { e164: parsed.number, country: parsed.country, nationalNumber: parsed.nationalNumber };
    }
    // An international number (+…) does not depend on the default plan: no other plan can help.
    if (raw.trimStart().startsWith('+')) return null;
  }
  return null;
}

/**
 * {@link parseNumber} remembered for the last `size` spellings read: numbers repeat (a caller ID
 * on every call, a consumer's number on each of its rows in a log). Bounded (the oldest spelling
 * leaves first) and never changes an answer: a memo of a pure function. The returned objects are
 * shared and frozen.
 */
export class NumberMemo {
  private readonly seen = new Map<string, ParsedNumber | null>();
  constructor(private readonly size: number) {}

  parse(raw: string): ParsedNumber | null {
    const seen = this.seen.get(raw);
    if (seen !== undefined || this.seen.has(raw)) return seen ?? null;
    const parsed = parseNumber(raw);
    if (this.seen.size >= this.size) this.seen.delete(this.seen.keys().next().value!);
    this.seen.set(raw, parsed === null ? null : Object.freeze(parsed));
    return parsed;
  }
}

/** How many distinct caller IDs {@link parseCallerId} remembers (a dialer presents a handful). */
const CALLER_ID_MEMO_SIZE = 512;
const callerIds = new NumberMemo(CALLER_ID_MEMO_SIZE);

/** {@link parseNumber} for the numbers a caller presents: the last few hundred are remembered ({@link NumberMemo}). */
export function parseCallerId(raw: string): ParsedNumber | null {
  return callerIds.parse(raw);
}
