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
 * Parses a recipient or caller number: E.164, or national digits read as French. Uses the `max`
 * metadata because the `min` one accepts invalid numbers and cannot tell mobiles from landlines.
 * Returns null when the number is not a valid, assigned-format number. Never throws.
 */
export function parseNumber(raw: string, defaultCountry: 'FR' = 'FR'): ParsedNumber | null {
  const parsed = parsePhoneNumberFromString(raw, defaultCountry);
  if (!parsed || !parsed.country || !parsed.isValid()) return null;
  return { e164: parsed.number, country: parsed.country, nationalNumber: parsed.nationalNumber };
}
