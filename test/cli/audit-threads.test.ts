// `callgate audit --threads 2` reads the log on a second core: the report must be byte for byte the
// one a single-threaded run gives (same rows, same order, same summary), and the reader thread's
// errors must reach the user as the in-process ones do.
import { afterAll, describe, expect, it } from 'vitest';
import { callgate, scratch } from './run.js';

const files = scratch();
afterAll(() => files.cleanup());

/**
 * A log with what an audit meets: calls in and out of hours, refusals, Bloctel scrubs, consents,
 * rows out of time order (some further back than the reorder window), duplicated call ids, bad
 * times, unreadable numbers and an unknown advertiser column value.
 */
function log(rows: number): string {
  let seed = 7;
  const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296);
  const start = Date.UTC(2026, 5, 1, 7, 0, 0);
  const out = ['type,to,at,advertiser,channel,outcome,callerId,list,listed,callId'];
  for (let i = 0; i < rows; i++) {
    const back = rnd() < 0.01 ? Math.floor(rnd() * 400) * 60_000 : 0; // a late row, now and then far back
    const at = new Date(start + i * 60_000 - back).toISOString();
    const n = Math.floor(rnd() * 300);
    const to = rnd() < 0.005 ? '+3312' : `+336${String(10_000_000 + n * 13).padStart(8, '0')}`;
    const r = rnd();
    if (r < 0.05) out.push(`opposition-check,${to},${at},,,,,bloctel,${rnd() < 0.1}`);
    else if (r < 0.08) out.push(`refusal,${to},${at},adv${n % 3},,,,,,`);
    else if (r < 0.1) out.push(`consent,${to},${at},adv${n % 3},,,,,,`);
    else if (r < 0.105) out.push(`attempt,${to},not-a-time,adv${n % 3},voice,answered,+33162123456,,,`);
    else {
      const id = rnd() < 0.02 ? `c-${i - 1}` : `c-${i}`; // the export repeating the previous call
      out.push(`attempt,${to},${at},adv${n % 3},voice,${rnd() < 0.5 ? 'answered' : 'no-answer'},+33162123456,,,${id}`);
    }
  }
  return `${out.join('\n')}\n`;
}

describe('callgate audit --threads 2', () => {
  const file = files.file('log.csv', log(6000));

  for (const format of ['json', 'text', 'csv']) {
    it(`gives the same ${format} report and exit code as one thread`, () => {
      const one = callgate('audit', file, '--format', format, '--threads', '1', '--reorder-rows', '50');
      const two = callgate('audit', file, '--format', format, '--threads', '2', '--reorder-rows', '50');
      expect(one.code).toBe(3); // bad rows: the audit is incomplete
      expect(two.code).toBe(one.code);
      expect(two.stdout).toBe(one.stdout);
      expect(two.stderr).toBe(one.stderr);
      if (format === 'json') {
        // The log's traps were met, so the comparison covers them.
        const s = JSON.parse(one.stdout).summary;
        expect(s.advisories.outOfOrder).toBeGreaterThan(0);
        expect(s.duplicates).toBeGreaterThan(0);
        expect(s.badRows).toBeGreaterThan(0);
        expect(s.violating).toBeGreaterThan(0);
      }
    });
  }

  it('reports a usage error found by the reader thread as one line and exit 2', () => {
    const noAt = files.file('no-at.csv', 'to,advertiser\n+33612345678,acme\n');
    const one = callgate('audit', noAt, '--threads', '1');
    const two = callgate('audit', noAt, '--threads', '2');
    expect(one.code).toBe(2);
    expect(two.code).toBe(2);
    expect(two.stderr).toBe(one.stderr);
    expect(two.stderr).toMatch(/no column 'at'/);
  });

  it('refuses --threads 3', () => {
    const r = callgate('audit', file, '--threads', '3');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--threads must be a whole number from 1 to 2/);
  });
});
