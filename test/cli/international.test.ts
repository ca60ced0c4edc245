// The CLI's split-number mappings (VICIdial's phone_code + phone_number) read international numbers.
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { joinNumber } from '../../src/cli/audit/records.js';

describe('joinNumber: country calling code + national number as dialers store them', () => {
  it.each([
    ['44', '02079460123', '+442079460123', 'GB'],
    ['44', '2079460123', '+442079460123', 'GB'],
    ['32', '022345678', '+3222345678', 'BE'],
    ['41', '0446681800', '+41446681800', 'CH'],
    ['1', '4165550123', '+14165550123', 'CA'],
    ['1', '14165550123', '+14165550123', 'CA'],
    ['39', '0612345678', '+390612345678', 'IT'],
    ['33', '0033612345678', '+33612345678', 'FR'],
  ])('%s + %s → %s (%s)', (cc, national, e164, country) => {
    const joined = joinNumber(cc, national);
    expect(joined).toBe(e164);
    expect(parsePhoneNumberFromString(joined)?.country).toBe(country);
  });
});
