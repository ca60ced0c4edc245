/** Valid US numbers (arbitrary). */
import fc from 'fast-check';

/**
 * Area codes for US numbers: single-zone ones of the strict states (FL, NY, OK, MD, TX, RI, MS)
 * and ones that span two zones (850 Florida panhandle, 605 South Dakota, 915/432 Texas, 208 Idaho), plus
 * Alaska, Hawaii and Puerto Rico. Every exchange 200–999 of these is valid for libphonenumber-js/max
 * (Guam's are not: it is left out).
 */
export const US_AREA_CODE_SAMPLE = ['212', '718', '305', '850', '405', '410', '214', '432', '915', '401', '601', '605', '208', '907', '808', '787', '415', '303'] as const;

/** A valid US (or territory) number, E.164: an area code of the sample, an exchange 2–9xx, any line. */
export function usNumber(areaCodes: readonly string[] = US_AREA_CODE_SAMPLE): fc.Arbitrary<string> {
  return fc.tuple(fc.constantFrom(...areaCodes), fc.integer({ min: 200, max: 999 }), fc.integer({ min: 0, max: 9999 }))
    .map(([npa, exchange, line]) => `+1${npa}${exchange}${String(line).padStart(4, '0')}`)
    .filter((n) => !/^\+1\d{3}555/.test(n) && !/^\+1\d{3}[2-9]11/.test(n));
}
