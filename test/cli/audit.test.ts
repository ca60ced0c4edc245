import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { byLine, callgate, json, scratch, type AuditJson } from './run.js';

const files = scratch();
afterAll(() => files.cleanup());

// A small log whose violations are known, line by line (line 1 is the header).
const LOG = [
  'type,to,at,advertiser,channel,outcome',
  'attempt,+33612345678,2026-11-02T10:15:00+01:00,acme,voice,no-answer', // 2
  'attempt,+33612345678,2026-11-09T11:00:00+01:00,acme,voice,busy', // 3
  'attempt,+33612345678,2026-11-16T16:30:00+01:00,acme,voice,voicemail', // 4
  'attempt,0612345678,2026-11-23T18:00:00+01:00,acme,voice,no-answer', // 5: same consumer, national format
  'attempt,+33612345678,2026-11-24T10:30:00+01:00,acme,voice,no-answer', // 6: 5th in 30 days (D.223-9 al. 3)
  'attempt,+33612345678,2026-11-24T11:00:00+01:00,other,voice,answered', // 7: another advertiser, first call
  'refusal,+33612345678,2026-11-24T11:02:00+01:00,other,,', // 8
  'attempt,+33612345678,2026-12-01T11:00:00+01:00,other,voice,no-answer', // 9: 7 days after a refusal (60-day cooldown)
  'attempt,+33698765432,2026-11-28T11:00:00+01:00,acme,voice,no-answer', // 10: Saturday
  'attempt,+33698765432,2026-11-11T11:00:00+01:00,acme,voice,no-answer', // 11: Armistice day, out of order in the file
  'attempt,+590690123456,2026-11-24T09:30:00-04:00,acme,voice,answered', // 12: 09:30 in Guadeloupe
  'attempt,+590690123456,2026-11-24T10:30:00-04:00,acme,voice,answered', // 13: fine
  'attempt,+590690123456,2026-11-25T13:00:00-04:00,acme,voice,answered', // 14: 13:00 is outside (half-open window)
  'attempt,+590690123456,2026-11-25T12:59:59-04:00,acme,voice,answered', // 15: fine
];
const EXPECTED: Record<number, string[]> = {
  6: ['fr.frequency.limit'],
  9: ['fr.refusal.cooldown'],
  10: ['fr.hours.weekend'],
  11: ['fr.hours.public-holiday'],
  12: ['fr.hours.outside-window'],
  14: ['fr.hours.outside-window'],
};

describe('callgate audit', () => {
  it('reports exactly the known violations of a small log, with citations and a summary (exit 1)', () => {
    const r = callgate('audit', files.file('log.csv', `${LOG.join('\n')}\n`), '--format', 'json');
    expect(r.code).toBe(1);
    const report = json<AuditJson>(r);
    expect(byLine(report)).toEqual(EXPECTED);
    const weekend = report.violations.find((v) => v.line === 10)!;
    expect(weekend).toMatchObject({ to: '+33698765432', e164: '+33698765432', at: '2026-11-28T11:00:00+01:00', advertiser: 'acme' });
    expect(weekend.reasons[0]!.citations.map((c) => c.article)).toContain('D.223-9');
    expect(weekend.reasons[0]!.citations.every((c) => c.url.startsWith('https://'))).toBe(true);
    const s = report.summary;
    expect(s).toMatchObject({ rows: 14, attempts: 13, events: 1, compliant: 7, violating: 6, badRows: 0, complete: true });
    expect(s.byCode).toEqual({ 'fr.hours.outside-window': 2, 'fr.frequency.limit': 1, 'fr.hours.public-holiday': 1, 'fr.hours.weekend': 1, 'fr.refusal.cooldown': 1 });
    expect(s.byAdvertiser).toEqual({ acme: { attempts: 11, violations: 5 }, other: { attempts: 2, violations: 1 } });
    expect(s.byMonth).toEqual({ '2026-11': { attempts: 12, violations: 5 }, '2026-12': { attempts: 1, violations: 1 } });
    expect(s.compliantShare).toBeCloseTo(7 / 13);
    // The exposure is a ceiling: violating attempts × 375 000 € (C. consom. L.242-16, legal person).
    expect(s.exposure).toMatchObject({ kind: 'ceiling', violatingAttempts: 6, maxFinePerBreachEur: 375_000, maxTotalEur: 2_250_000 });
    expect(s.exposure.sanction.article).toBe('L.242-16');
    expect(s.advisories.outOfOrder).toBe(0); // line 11 was put back in order by the reorder buffer
  });

  it('reads the same log with a BOM, ; separators, CRLF and quoted fields, and as JSON Lines', () => {
    const semicolons = LOG.map((l) => l.split(',').map((c, i) => (i === 3 && c !== '' ? `"${c}"` : c)).join(';')).join('\r\n');
    const r = callgate('audit', files.file('log-fr.csv', `\uFEFF${semicolons}\r\n`), '--format', 'json');
    expect(r.code).toBe(1);
    expect(byLine(json<AuditJson>(r))).toEqual(EXPECTED);

    const [head, ...rows] = LOG.map((l) => l.split(','));
    const jsonl = rows.map((cells) => JSON.stringify(Object.fromEntries(head!.map((h, i) => [h, cells[i]]).filter(([, v]) => v !== ''))));
    const j = callgate('audit', files.file('log.jsonl', jsonl.join('\n')), '--format', 'json');
    // JSON Lines have no header: line numbers are one less.
    expect(byLine(json<AuditJson>(j))).toEqual(Object.fromEntries(Object.entries(EXPECTED).map(([l, c]) => [Number(l) - 1, c])));
  });

  it('writes text and CSV reports, to a file with --out', () => {
    const log = files.file('log2.csv', `${LOG.join('\n')}\n`);
    const text = callgate('audit', log);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('line 10  +33698765432  2026-11-28 11:00 +01:00 (Europe/Paris)  acme  voice');
    expect(text.stdout).toContain('✗ fr.hours.weekend');
    expect(text.stdout).toContain('C. consom. D.223-9: https://www.legifrance.gouv.fr/');
    expect(text.stdout).toMatch(/MAXIMUM STATUTORY EXPOSURE \(a ceiling, not an estimate\): 6 violating attempts × 375 000 € = 2 250 000 €/);

    const out = files.file('report.csv', '');
    const csv = callgate('audit', log, '--format', 'csv', '--out', out);
    expect(csv.code).toBe(1);
    expect(csv.stdout).toBe('');
    expect(csv.stderr).toContain('SUMMARY');
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('line,to,e164,local_time,time_zone,advertiser,channel,codes,messages,citations,next_allowed_at');
    expect(lines).toHaveLength(7);
    expect(lines.some((l) => l.startsWith('9,+33612345678,+33612345678,2026-12-01T11:00:00+01:00,Europe/Paris,other,voice,fr.refusal.cooldown,'))).toBe(true);
  });

  it('reports every malformed row with its line and field, audits the rest, and exits 3', () => {
    const log = [
      'type,to,at,advertiser,channel,outcome',
      'attempt,+33612345678,2026-11-24T10:30:00+01:00,acme,voice,no-answer', // 2 fine
      'attempt,+33612345678,yesterday,acme,voice,no-answer', // 3 at
      'attempt,0612,2026-11-24T10:30:00+01:00,acme,voice,no-answer', // 4 to (the engine refuses the number)
      'attempt,+33612345678,2026-11-24T10:31:00+01:00,acme,fax,', // 5 channel
      'attempt,+33612345678,2026-11-24T10:32:00+01:00,acme,voice,maybe', // 6 outcome
      'call,+33612345678,2026-11-24T10:33:00+01:00,acme,voice,', // 7 type
      'attempt,+33612345678,2026-11-24T10:34:00+01:00,,voice,', // 8 advertiser
      'attempt,+33612345678,2026-11-24T10:36:00,acme,voice,', // 9 at without offset
      'attempt,+12025550123,2026-11-24T10:37:00-05:00,acme,voice,', // 10 to: no rule pack for US numbers yet
      'attempt,+33612345678,2026-11-28T10:38:00+01:00,acme,voice,', // 11 a Saturday: still audited
    ].join('\n');
    const r = callgate('audit', files.file('bad.csv', log), '--format', 'json');
    expect(r.code).toBe(3);
    const s = json<AuditJson>(r).summary;
    expect(s.complete).toBe(false);
    expect(s.attempts).toBe(2);
    expect(s.violating).toBe(1);
    expect(s.badRows).toBe(8);
    expect(new Map(s.badRowsListed.map((p) => [p.line, p.field]))).toEqual(
      new Map<number, string>([[3, 'at'], [4, 'to'], [5, 'channel'], [6, 'outcome'], [7, 'type'], [8, 'advertiser'], [9, 'at'], [10, 'to']]),
    );
    expect(s.badRowsListed.find((p) => p.line === 9)!.problem).toMatch(/--timezone/);
    expect(s.badRowsByField).toMatchObject({ at: 2, to: 2 });
  });

  it('survives an unreadable CSV row, an empty file and a 1 MB cell', () => {
    const broken = callgate('audit', files.file('quote.csv', 'type,to,at,advertiser\nattempt,+33612345678,2026-11-24T10:30:00+01:00,acme\nattempt,"+33612345678,2026-11-24T10:31:00+01:00,acme\n'), '--format', 'json');
    expect(broken.code).toBe(3);
    const b = json<AuditJson>(broken).summary;
    expect(b.attempts).toBe(1);
    expect(b.badRowsListed[0]!.field).toBe('(row)');

    const empty = callgate('audit', files.file('empty.csv', ''), '--format', 'json');
    expect(empty.code).toBe(0);
    expect(json<AuditJson>(empty).summary).toMatchObject({ rows: 0, attempts: 0, violating: 0, complete: true });

    const huge = 'x'.repeat(1024 * 1024);
    const big = callgate('audit', files.file('huge.csv', `to,at,advertiser,note\n${huge},2026-11-24T10:30:00+01:00,acme,\n+33612345678,2026-11-24T10:31:00+01:00,acme,"${huge}"\n`), '--format', 'json');
    expect(big.code).toBe(3);
    const h = json<AuditJson>(big).summary;
    expect(h.attempts).toBe(1); // the 1 MB note is ignored, the 1 MB number is a bad row
    expect(h.badRowsListed).toHaveLength(1);
    expect(h.badRowsListed[0]).toMatchObject({ line: 2, field: 'to' });
    expect(h.badRowsListed[0]!.problem.length).toBeLessThan(200);
  });

  it('flags rows out of time order beyond the reorder buffer, judging each against the history before it', () => {
    const log = [
      'to,at,advertiser',
      '+33612345678,2026-11-24T10:30:00+01:00,acme',
      '+33612345678,2026-11-25T10:30:00+01:00,acme',
      '+33612345678,2026-11-26T10:30:00+01:00,acme',
      '+33612345678,2026-11-27T10:30:00+01:00,acme',
      '+33612345678,2026-11-23T10:30:00+01:00,acme', // out of order: the 4 calls above are after it
    ].join('\n');
    const r = callgate('audit', files.file('unsorted.csv', log), '--format', 'json', '--reorder-rows', '1');
    const report = json<AuditJson>(r);
    expect(report.summary.advisories.outOfOrder).toBe(1);
    expect(report.summary.advisories.outOfOrderLines).toEqual([6]);
    // Line 6 was judged against the calls at or before its own time (none); line 5, replayed
    // after it, saw it: the 27th is the 5th call either way.
    expect(byLine(report)).toEqual({ 5: ['fr.frequency.limit'] });
    const sorted = json<AuditJson>(callgate('audit', files.file('unsorted2.csv', log), '--format', 'json'));
    expect(sorted.summary.advisories.outOfOrder).toBe(0);
    expect(byLine(sorted)).toEqual({ 5: ['fr.frequency.limit'] });
  });

  it('exits 2 on usage errors: missing file, missing column', () => {
    expect(callgate('audit', 'no-such-file.csv').code).toBe(2);
    const log = files.file('plain.csv', 'phone,when\n+33612345678,2026-11-24T10:30:00+01:00\n');
    const missing = callgate('audit', log);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no column 'to', 'at'/);
  });
});

describe('callgate audit on the committed example', () => {
  it('audits examples/call-log.csv: violations of every kind the pack knows, mostly compliant calls', () => {
    // As `npm run audit:example` runs it: --exit-zero, since violations are the point of the demo.
    const r = callgate('audit', 'examples/call-log.csv', '--format', 'json', '--exit-zero');
    expect(r.code).toBe(0);
    const s = json<AuditJson>(r).summary;
    expect(Object.keys(s.byCode).sort()).toEqual(['fr.frequency.limit', 'fr.hours.outside-window', 'fr.hours.public-holiday', 'fr.hours.weekend', 'fr.refusal.cooldown']);
    expect(s.compliantShare).toBeGreaterThan(0.85);
    expect(s.complete).toBe(true);
    expect(Object.keys(s.byAdvertiser).length).toBeGreaterThanOrEqual(3);
  });
});
