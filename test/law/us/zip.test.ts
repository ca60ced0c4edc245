// The recipient's ZIP code (issue 16): its zone and state are added to those of the area code —
// every candidate zone must be open (47 CFR 64.1200(c)(1): "local time at the called party's
// location"), every candidate state's rules apply — and a malformed ZIP is refused.
import { evaluate } from 'callgate';
import { describe, expect, it } from 'vitest';
import { zipPlace } from '../../../src/law/us/zip.js';
import { sourceZips } from '../../../scripts/zip-table.js';
import { codes, fresh, US, usDecide } from './support.js';

describe('the ZIP table', () => {
  it('gives every ZIP of its sources the state and zone they give (npm zipcodes, zipcode-to-timezone)', () => {
    let checked = 0;
    for (const [zip, { state, zone }] of sourceZips()) {
      const place = zipPlace(zip)!;
      if (state !== '') expect(place.region, zip).toBe(`US-${state}`);
      if (zone !== '') expect(place.timeZone, zip).toBe(zone);
      checked++;
    }
    expect(checked).toBeGreaterThan(40_000);
  });

  it('reads ZIP+4 and refuses what is not a ZIP code', () => {
    expect(zipPlace('90210-1234')).toEqual({ region: 'US-CA', timeZone: 'America/Los_Angeles' });
    for (const bad of ['9021', '902101', 'ABCDE', '90210-12', '']) expect(zipPlace(bad), bad).toBeNull();
  });
});

describe('attempt.recipient.postalCode on a US number', () => {
  it('adds the ZIP’s zone: a 212 number living in 90210 is not called at 10:00 Eastern (07:00 Pacific)', () => {
    const at = '2026-11-24T10:00:00-05:00';
    expect(codes(usDecide(US.newYork, at))).toEqual([]);
    const d = usDecide(US.newYork, at, fresh(at), { recipient: { postalCode: '90210' } });
    expect(codes(d)).toContain('us.tcpa.hours');
    expect(d.recipient?.timeZones).toEqual(expect.arrayContaining(['America/New_York', 'America/Los_Angeles']));
    // Allowed again once 08:00 in Los Angeles.
    expect(d.nextAllowedAt).toBe('2026-11-24T11:00:00-05:00');
  });

  it('adds the ZIP’s state: a 212 number living in Miami gets Florida’s hours (closed from 20:00, § 501.616)', () => {
    const at = '2026-11-24T20:30:00-05:00';
    expect(codes(usDecide(US.newYork, at))).toEqual([]);
    const d = usDecide(US.newYork, at, fresh(at), { recipient: { postalCode: '33101' } });
    expect(codes(d)).toContain('us.fl.hours');
    expect(d.recipient?.regions).toEqual(expect.arrayContaining(['US-NY', 'US-FL']));
  });

  it('never narrows: a ZIP of the number’s own zone changes nothing', () => {
    const at = '2026-11-24T21:30:00-05:00';
    expect(codes(usDecide(US.newYork, at, fresh(at), { recipient: { postalCode: '10001' } }))).toEqual(codes(usDecide(US.newYork, at)));
  });

  it('refuses a malformed ZIP, naming the field; other countries’ postal codes are not judged', () => {
    const d = usDecide(US.newYork, '2026-11-24T12:00:00-05:00', [], { recipient: { postalCode: '9021' } });
    expect(d.verdict).toBe('deny');
    expect(d.reasons.map((r) => [r.code, r.facts.field])).toEqual([['input.invalid-attempt', 'attempt.recipient.postalCode']]);
    const uk = evaluate({ to: '+442079460000', at: '2026-11-24T12:00:00Z', channel: 'voice', advertiser: 'acme', recipient: { postalCode: 'SW1A 1AA' } });
    expect(uk.reasons.filter((r) => r.code.startsWith('input.'))).toEqual([]);
  });
});
