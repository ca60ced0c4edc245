// Strict instants (docs/contract.md §1: a string must be ISO 8601 WITH an offset or 'Z') and their formatting.
import { fc, test } from '@fast-check/vitest';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { isoInZone, localDateInZone } from '../../src/time/format.js';
import { readInstant } from '../../src/time/instant.js';
import { zoneOf } from '../../src/time/zone.js';

const ZONES = ['Europe/Paris', 'America/Guadeloupe', 'America/Cayenne', 'Indian/Reunion', 'Indian/Mayotte', 'America/Miquelon', 'America/New_York', 'UTC'];
const when = fc.integer({ min: Date.parse('2000-01-01T00:00:00Z'), max: Date.parse('2040-01-01T00:00:00Z') });

describe('readInstant', () => {
  test.prop([when, fc.constantFrom(...ZONES)], { numRuns: 500 })('reads back what luxon writes, in every zone', (ms, zone) => {
    const dt = DateTime.fromMillis(ms, { zone });
    for (const text of [dt.toISO()!, dt.toISO({ suppressMilliseconds: true })!, dt.toUTC().toISO()!]) {
      const r = readInstant(text);
      expect(r.ok && r.ms).toBe(ms);
    }
  });

  it.each([
    ['2026-11-24T10:00:00+01:00', '2026-11-24T09:00:00.000Z'],
    ['2026-11-24T10:00+01:00', '2026-11-24T09:00:00.000Z'],
    ['2026-11-24T10:00:00-0430', '2026-11-24T14:30:00.000Z'],
    ['2026-11-24T10:00:00.5Z', '2026-11-24T10:00:00.500Z'],
    ['2026-11-24T10:00:00,123456Z', '2026-11-24T10:00:00.123Z'],
    ['2028-02-29T00:00:00z', '2028-02-29T00:00:00.000Z'],
  ])('reads %s', (text, utc) => {
    const r = readInstant(text);
    expect(r.ok && new Date(r.ms).toISOString()).toBe(utc);
  });

  it.each([
    ['2026-11-24T10:00:00', 'has no offset'],
    ['2026-11-24 10:00', 'has no offset'],
    ['2026-02-29T10:00:00Z', 'out of range'],
    ['2026-11-24T24:00:00Z', 'out of range'],
    ['2026-11-24T10:60:00Z', 'out of range'],
    ['2026-11-24T10:00:00+19:00', 'out of range'],
    ['2026-11-24T10:00:00+01', 'not an ISO 8601'],
    ['2026-11-24T10:00:00.Z', 'not an ISO 8601'],
    ['24/11/2026 10:00', 'not an ISO 8601'],
    ['', 'not an ISO 8601'],
  ])('refuses %s (%s)', (text, problem) => {
    const r = readInstant(text);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problem).toContain(problem);
  });
});

describe('isoInZone', () => {
  test.prop([when, fc.constantFrom(...ZONES.filter((z) => z !== 'UTC'))], { numRuns: 500 })('writes what luxon writes', (ms, zone) => {
    const dt = DateTime.fromMillis(ms, { zone });
    expect(isoInZone(ms, zoneOf(zone)!)).toBe(dt.toISO({ suppressMilliseconds: true }));
    expect(localDateInZone(ms, zoneOf(zone)!)).toBe(dt.toISODate());
  });
});
