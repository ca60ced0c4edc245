import { fc, test } from '@fast-check/vitest';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { detectDelimiter } from 'callgate/cli/audit/source';
import { timestampReader } from 'callgate/cli/timestamps';

const paris = timestampReader({ zone: 'Europe/Paris' });
const iso = (r: ReturnType<typeof paris>) => (r.ok ? DateTime.fromMillis(r.ms, { zone: 'Europe/Paris' }).toISO({ suppressMilliseconds: true }) : r.problem);

describe('naive timestamps of call logs', () => {
  it('places them in the zone named, across the daylight-saving changes', () => {
    expect(iso(paris('2026-03-29 01:59:59'))).toBe('2026-03-29T01:59:59+01:00');
    expect(iso(paris('2026-03-29 03:00:00'))).toBe('2026-03-29T03:00:00+02:00');
    expect(iso(paris('2026-03-29 02:30:00'))).toBe('2026-03-29T03:30:00+02:00'); // never happened: moved forward
    expect(iso(paris('2026-10-25 02:30:00'))).toBe('2026-10-25T02:30:00+01:00'); // repeated hour: winter time
    expect(iso(paris('2026-11-24T10:30:00+01:00'))).toBe('2026-11-24T10:30:00+01:00');
    expect(iso(paris('2026-11-24 09:30:00Z'))).toBe('2026-11-24T10:30:00+01:00');
  });

  it('refuses what it cannot place, saying why', () => {
    const none = timestampReader({});
    expect(none('2026-11-24 10:30:00')).toMatchObject({ ok: false, problem: expect.stringContaining('--timezone') });
    expect(paris('2026-02-30 10:00')).toMatchObject({ ok: false });
    expect(paris('yesterday')).toMatchObject({ ok: false });
    expect(paris('')).toMatchObject({ ok: false, problem: 'is empty' });
  });

  // The per-hour offset cache must give what luxon gives for every wall-clock time.
  test.prop([fc.date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2028-12-31T00:00:00Z'), noInvalidDate: true })], { numRuns: 300 })(
    'agrees with luxon on every naive time (cache per local hour)',
    (d) => {
      const local = DateTime.fromJSDate(d, { zone: 'Europe/Paris' });
      const text = local.toFormat('yyyy-MM-dd HH:mm:ss');
      const expected = DateTime.fromFormat(text, 'yyyy-MM-dd HH:mm:ss', { zone: 'Europe/Paris' }).toMillis();
      expect(paris(text)).toEqual({ ok: true, ms: expected });
    },
  );
});

describe('CSV delimiter detection', () => {
  it('picks the separator of the header line, ignoring quoted ones', () => {
    expect(detectDelimiter('type,to,at')).toBe(',');
    expect(detectDelimiter('type;to;"date, heure"')).toBe(';');
    expect(detectDelimiter('type\tto\tat')).toBe('\t');
    expect(detectDelimiter('single')).toBe(',');
  });
});
