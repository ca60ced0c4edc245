// The NANP area-code table (src/phone/nanp.ts): complete against libphonenumber-js, zones valid,
// and the engine's use of it (candidate zones, unknown zones, the address state's zones).
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { IANAZone } from 'luxon';
import { describe, expect, it } from 'vitest';
import { evaluate } from 'callgate';
import { US_AREA_CODES, US_COUNTRIES, areaCodeOf, zonesOfRegion } from 'callgate/us';
import { CLEAN, US, codes, usCall, usDecide } from './support.js';

/** Non-geographic NPAs: personal communications (5XX), toll-free (8XX), premium (900). */
const NON_GEOGRAPHIC = /^(5(00|2\d|33|44|66|77|88|32)|8(00|33|44|55|66|77|88)|900)$/;

describe('NANP area-code table', () => {
  it('covers every geographic area code libphonenumber-js accepts for the US and its territories', () => {
    const missing: string[] = [];
    for (let npa = 200; npa <= 999; npa++) {
      const p = parsePhoneNumberFromString(`+1${npa}2345678`) ?? parsePhoneNumberFromString(`+1${npa}4567890`);
      if (!p?.isValid() || !(US_COUNTRIES as readonly string[]).includes(p.country ?? '')) continue;
      if (NON_GEOGRAPHIC.test(String(npa))) continue;
      if (!US_AREA_CODES.has(String(npa))) missing.push(String(npa));
    }
    expect(missing).toEqual([]);
  });

  it('names only valid IANA zones and ISO 3166-2 US regions', () => {
    for (const [npa, { region, timeZones }] of US_AREA_CODES) {
      expect(region, npa).toMatch(/^US-[A-Z]{2}$/);
      expect(timeZones.length, npa).toBeGreaterThan(0);
      for (const z of timeZones) expect(IANAZone.isValidZone(z), `${npa} ${z}`).toBe(true);
    }
  });

  it('lists both zones for area codes that cross a zone line (850 Florida panhandle, 605 South Dakota, 208 Idaho)', () => {
    expect(areaCodeOf('+18505550199')!.timeZones).toEqual(['America/New_York', 'America/Chicago']);
    expect(areaCodeOf('+16055550188')!.timeZones).toEqual(['America/Chicago', 'America/Denver']);
    expect(areaCodeOf('+12085550100')!.timeZones).toEqual(['America/Boise', 'America/Los_Angeles']);
    expect(zonesOfRegion('US-TX')).toEqual(['America/Chicago', 'America/Denver']);
  });

  it('denies a number with no known zone (toll-free) with input.unknown-time-zone, unless the host gives the zone', () => {
    const d = usDecide(US.tollFree, '2026-11-24T12:00:00-05:00');
    expect(codes(d)).toEqual(['input.unknown-time-zone']);
    expect(d.nextAllowedAt).toBeNull();
    const given = usDecide(US.tollFree, '2026-11-24T12:00:00-05:00', CLEAN, { recipient: { timeZone: 'America/New_York' } });
    expect(given.allowed).toBe(true);
  });

  it('covers the territories: Puerto Rico (Atlantic), Guam (UTC+10)', () => {
    const pr = evaluate(usCall('+17875550100', '2026-11-24T08:00:00-04:00'), CLEAN);
    expect(pr.recipient).toMatchObject({ country: 'PR', region: 'US-PR', timeZone: 'America/Puerto_Rico' });
    expect(pr.allowed).toBe(true);
    const guam = evaluate(usCall('+16715550100', '2026-11-24T07:59:59+10:00'), CLEAN);
    expect(codes(guam)).toEqual(['us.tcpa.hours']);
    expect(guam.nextAllowedAt).toBe('2026-11-24T08:00:00+10:00');
  });

  it('adds the zones of the known address state: a New York number whose holder lives in Texas must be in hours in Eastern, Central and Mountain time', () => {
    // 08:30 New York = 07:30 Dallas = 06:30 El Paso.
    const d = usDecide(US.newYork, '2026-11-24T08:30:00-05:00', CLEAN, { recipient: { region: 'US-TX' } });
    expect(d.recipient!.timeZones).toEqual(['America/New_York', 'America/Chicago', 'America/Denver']);
    expect(d.recipient!.regions).toEqual(['US-TX', 'US-NY']);
    expect(codes(d)).toContain('us.tcpa.hours');
    // Texas (unverified, conservative) opens at 9 a.m. Mountain on weekdays = 11:00 New York.
    expect(d.nextAllowedAt).toBe('2026-11-24T11:00:00-05:00');
  });
});
