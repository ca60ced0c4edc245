import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import type { Decision } from 'callgate';
import type { AttemptRecord, LogRecord } from 'callgate/cli/audit/records';
import { Replay } from 'callgate/cli/audit/replay';
import { readAttempt, type InputProblem, type ReadAttempt } from 'callgate/core/normalize';

const allow: Decision = { allowed: true, verdict: 'allow', reasons: [], exemptions: [], advisories: [], nextAllowedAt: undefined };

function attempt(line: number, at: number): AttemptRecord {
  const when = new Date(at);
  const a = { to: '+33612345678', at: when, channel: 'voice' as const, advertiser: 'acme' };
  return {
    kind: 'attempt', line, to: '+33612345678', key: '+33612345678', at,
    attempt: a,
    read: readAttempt(a),
    recorded: [{ type: 'attempt', at: when, advertiser: 'acme', channel: 'voice' }],
    history: [{ type: 'attempt', at, advertiser: 'acme', channel: 'voice' }],
  };
}

/** The attempt's instant, as the judge receives it (read once by the records). */
const atOf = (read: ReadAttempt | InputProblem[]): number => (Array.isArray(read) ? Number.NaN : read.at);

/** Replays records in file order; returns the lines in the order judged and the out-of-order lines. */
function replay(records: LogRecord[], window: number): { judged: number[]; late: number[]; seen: number[] } {
  const judged: number[] = [];
  const late: number[] = [];
  const seen: number[] = [];
  const r = new Replay(
    { judged: (rec) => judged.push(rec.line), outOfOrder: (rec) => late.push(rec.line) },
    {},
    window,
    (a, history) => {
      // What the judge sees: the history the replay passes (evaluate keeps those at or before `at`).
      seen.push(history.filter((e) => e.at <= atOf(a)).length);
      return allow;
    },
  );
  for (const rec of records) r.push(rec);
  r.finish();
  return { judged, late, seen };
}

// A log sorted by time, then disturbed by moving rows back by at most `shift` places.
const disturbed = fc
  .record({ n: fc.integer({ min: 1, max: 60 }), shift: fc.integer({ min: 0, max: 8 }), seed: fc.array(fc.nat(), { maxLength: 60 }) })
  .map(({ n, shift, seed }) => {
    const times = Array.from({ length: n }, (_, i) => 1_700_000_000_000 + i * 60_000);
    const order = times.map((_, i) => i);
    seed.forEach((s, k) => {
      const i = k % n;
      const j = Math.max(0, i - (s % (shift + 1)));
      [order[i], order[j]] = [order[j]!, order[i]!];
    });
    return { shift, records: order.map((i, line) => attempt(line + 2, times[i]!)) };
  });

test.prop([disturbed], { numRuns: 200 })('replays a nearly sorted log in time order when the disorder fits the buffer', ({ records }) => {
  const { judged, late, seen } = replay(records, records.length);
  const byTime = [...records].sort((a, b) => a.at - b.at || a.line - b.line).map((r) => r.line);
  expect(judged).toEqual(byTime);
  expect(late).toEqual([]);
  // Each attempt is judged against every earlier attempt of the number, and only those.
  expect(seen).toEqual(byTime.map((_, i) => i));
});

test.prop([disturbed], { numRuns: 200 })('with a buffer of one row, judges every row and flags exactly the late ones', ({ records }) => {
  const { judged, late } = replay(records, 1);
  expect([...judged].sort((a, b) => a - b)).toEqual(records.map((r) => r.line));
  let latest = -Infinity;
  const expectedLate: number[] = [];
  const atOf = new Map(records.map((r) => [r.line, r.at]));
  for (const line of judged) {
    const at = atOf.get(line)!;
    if (at < latest) expectedLate.push(line);
    else latest = at;
  }
  expect(late).toEqual(expectedLate);
});

test('keeps the latest opposition check of a list, and older ones only within the 62-day horizon (L.223-1 reads the latest result)', () => {
  const DAY = 86_400_000;
  const t0 = Date.UTC(2026, 0, 5, 9);
  const check = (line: number, at: number, list = 'bloctel'): LogRecord => ({
    kind: 'event', line, to: '+33612345678', key: '+33612345678', at,
    event: { type: 'opposition-check', at: new Date(at), list, listed: false },
    history: { type: 'opposition-check', at, list, listed: false },
  });
  const records: LogRecord[] = [];
  let line = 2;
  // A year of monthly scrubs on Bloctel, one old check on another list, a call every 10 days.
  records.push(check(line++, t0 - DAY, 'other-list'));
  for (let d = 0; d < 365; d += 10) {
    if (d % 30 === 0) records.push(check(line++, t0 + d * DAY));
    records.push(attempt(line++, t0 + d * DAY + 60_000));
  }
  const seen: Array<{ at: number; checks: number[] }> = [];
  const r = new Replay({ judged: () => {}, outOfOrder: () => {} }, {}, 10, (a, history) => {
    const at = atOf(a);
    seen.push({ at, checks: history.filter((e) => e.type === 'opposition-check').map((e) => e.at) });
    return allow;
  });
  for (const rec of records) r.push(rec);
  r.finish();
  const last = seen[seen.length - 1]!;
  // Bloctel checks: the latest, and those at most 62 days behind; the other list's only check stays.
  const bloctel = last.checks.filter((ms) => ms !== t0 - DAY);
  expect(last.checks).toContain(t0 - DAY);
  expect(bloctel.length).toBeGreaterThanOrEqual(1);
  expect(bloctel.every((ms) => ms >= last.at - 62 * DAY - 30 * DAY)).toBe(true);
  expect(bloctel.length).toBeLessThanOrEqual(4);
  // Every call still saw its latest check.
  for (const s of seen) expect(Math.max(...s.checks.filter((ms) => ms !== t0 - DAY))).toBe(Math.max(...records.filter((x) => x.kind === 'event' && x.at <= s.at && x.event.type === 'opposition-check' && x.event.list === 'bloctel').map((x) => x.at)));
});
