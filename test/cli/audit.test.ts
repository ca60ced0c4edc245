import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { byLine, callgate, json, scratch, type AuditJson } from './run.js';

const files = scratch();
afterAll(() => files.cleanup());

// A small log whose violations are known, line by line (line 1 is the header). Apart from the
// breaches noted, the calls are lawful under the whole French law: each consumer consented to the
// advertiser's calls before the opt-in era's attempts (L.223-1, from 11 August 2026), and every
// call presents a verified multi-purpose number (L.221-17).
const NPV = '+33162123456';
const LOG = [
  'type,to,at,advertiser,channel,outcome,callerId',
  'consent,+33612345678,2026-09-01T12:00:00+02:00,acme,,,', // 2
  'consent,+33612345678,2026-09-02T12:00:00+02:00,other,,,', // 3
  'consent,+33698765432,2026-09-01T12:00:00+02:00,acme,,,', // 4
  'consent,+590690123456,2026-09-01T12:00:00-04:00,acme,,,', // 5
  `attempt,+33612345678,2026-11-02T10:15:00+01:00,acme,voice,no-answer,${NPV}`, // 6
  `attempt,+33612345678,2026-11-09T11:00:00+01:00,acme,voice,busy,${NPV}`, // 7
  `attempt,+33612345678,2026-11-16T16:30:00+01:00,acme,voice,voicemail,${NPV}`, // 8
  `attempt,0612345678,2026-11-23T18:00:00+01:00,acme,voice,no-answer,${NPV}`, // 9: same consumer, national format
  `attempt,+33612345678,2026-11-24T10:30:00+01:00,acme,voice,no-answer,${NPV}`, // 10: 5th in 30 days (D.223-9 al. 3)
  `attempt,+33612345678,2026-11-24T11:00:00+01:00,other,voice,answered,${NPV}`, // 11: another advertiser, first call
  'refusal,+33612345678,2026-11-24T11:02:00+01:00,other,,,', // 12
  `attempt,+33612345678,2026-12-01T11:00:00+01:00,other,voice,no-answer,${NPV}`, // 13: 7 days after a refusal (60-day cooldown)
  `attempt,+33698765432,2026-11-28T11:00:00+01:00,acme,voice,no-answer,${NPV}`, // 14: Saturday
  `attempt,+33698765432,2026-11-11T11:00:00+01:00,acme,voice,no-answer,${NPV}`, // 15: Armistice day, out of order in the file
  `attempt,+590690123456,2026-11-24T09:30:00-04:00,acme,voice,answered,${NPV}`, // 16: 09:30 in Guadeloupe
  `attempt,+590690123456,2026-11-24T10:30:00-04:00,acme,voice,answered,${NPV}`, // 17: fine
  `attempt,+590690123456,2026-11-25T13:00:00-04:00,acme,voice,answered,${NPV}`, // 18: 13:00 is outside (half-open window)
  `attempt,+590690123456,2026-11-25T12:59:59-04:00,acme,voice,answered,${NPV}`, // 19: fine
  `attempt,+33611223344,2026-11-26T11:00:00+01:00,acme,voice,no-answer,${NPV}`, // 20: no consent (L.223-1, sanctioned by L.242-16)
  'attempt,+33698765432,2026-11-26T11:00:00+01:00,acme,voice,no-answer,', // 21: number withheld (L.221-17: another sanction)
];
const EXPECTED: Record<number, string[]> = {
  10: ['fr.frequency.limit'],
  13: ['fr.refusal.cooldown'],
  14: ['fr.hours.weekend'],
  15: ['fr.hours.public-holiday'],
  16: ['fr.hours.outside-window'],
  18: ['fr.hours.outside-window'],
  20: ['fr.consent.missing'],
  21: ['fr.caller-id.withheld'],
};

describe('callgate audit', () => {
  it('reports exactly the known violations of a small log, with citations and a summary (exit 1)', () => {
    const r = callgate('audit', files.file('log.csv', `${LOG.join('\n')}\n`), '--format', 'json');
    expect(r.code).toBe(1);
    const report = json<AuditJson>(r);
    expect(byLine(report)).toEqual(EXPECTED);
    const weekend = report.violations.find((v) => v.line === 14)!;
    expect(weekend).toMatchObject({ to: '+33698765432', e164: '+33698765432', at: '2026-11-28T11:00:00+01:00', advertiser: 'acme' });
    expect(weekend.reasons[0]!.citations.map((c) => c.article)).toContain('D.223-9');
    expect(weekend.reasons[0]!.citations.every((c) => c.url.startsWith('https://'))).toBe(true);
    const s = report.summary;
    expect(s).toMatchObject({ rows: 20, attempts: 15, events: 5, compliant: 7, violating: 8, badRows: 0, complete: true });
    expect(s.byCode).toEqual({
      'fr.hours.outside-window': 2, 'fr.caller-id.withheld': 1, 'fr.consent.missing': 1, 'fr.frequency.limit': 1,
      'fr.hours.public-holiday': 1, 'fr.hours.weekend': 1, 'fr.refusal.cooldown': 1,
    });
    expect(s.byAdvertiser).toEqual({ acme: { attempts: 13, violations: 7 }, other: { attempts: 2, violations: 1 } });
    expect(s.byMonth).toEqual({ '2026-11': { attempts: 14, violations: 7 }, '2026-12': { attempts: 1, violations: 1 } });
    expect(s.compliantShare).toBeCloseTo(7 / 15);
    // The exposure is a ceiling: attempts breaching a rule L.242-16 sanctions × 375 000 € (legal
    // person). Line 21's withheld number breaches L.221-17, whose sanction is another: not counted.
    expect(s.exposure).toMatchObject({ kind: 'ceiling', sanctionedAttempts: 7, violatingAttempts: 8, maxFinePerBreachEur: 375_000, maxTotalEur: 2_625_000 });
    expect(s.exposure.sanction.article).toBe('L.242-16');
    const withheld = report.violations.find((v) => v.line === 21)!;
    expect(withheld.reasons[0]!.citations.some((c) => c.article === 'L.242-16')).toBe(false);
    expect(s.advisories.outOfOrder).toBe(0); // line 15 was put back in order by the reorder buffer
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
    expect(text.stdout).toContain('line 14  +33698765432  2026-11-28 11:00 +01:00 (Europe/Paris)  acme  voice');
    expect(text.stdout).toContain('✗ fr.hours.weekend');
    expect(text.stdout).toContain('C. consom. D.223-9: https://www.legifrance.gouv.fr/');
    expect(text.stdout).toMatch(/MAXIMUM STATUTORY EXPOSURE UNDER L\.242-16 \(a ceiling, not an estimate\): 7 attempts breaching a rule it sanctions × 375 000 € = 2 625 000 € \(of 8 violating attempts\)/);
    expect(text.stdout).toContain('1 other violating attempt breaches only rules with other sanctions');

    const out = files.file('report.csv', '');
    const csv = callgate('audit', log, '--format', 'csv', '--out', out);
    expect(csv.code).toBe(1);
    expect(csv.stdout).toBe('');
    expect(csv.stderr).toContain('SUMMARY');
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('line,to,e164,local_time,time_zone,advertiser,channel,codes,messages,citations,next_allowed_at');
    expect(lines).toHaveLength(9);
    expect(lines.some((l) => l.startsWith('13,+33612345678,+33612345678,2026-12-01T11:00:00+01:00,Europe/Paris,other,voice,fr.refusal.cooldown,'))).toBe(true);
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
      'attempt,+819012345678,2026-11-24T10:37:00+01:00,acme,voice,', // 10 to: no rule pack for Japanese numbers
      'attempt,+33612345678,2026-11-28T10:38:00+01:00,acme,voice,', // 11 a Saturday: still audited
    ].map((row, i) => `${row},${i === 0 ? 'callerId' : NPV}`).join('\n');
    // The consumer's consent to acme's calls, from the CRM: the good rows are lawful but for line 11.
    const consents = files.file('consents.csv', 'type,to,at,advertiser\nconsent,+33612345678,2026-09-01T12:00:00+02:00,acme\n');
    const r = callgate('audit', files.file('bad.csv', log), '--events', consents, '--format', 'json');
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

    // An empty or header-only export is a failed export: exit 3, "no call rows" (issue 13), not a clean audit.
    const empty = callgate('audit', files.file('empty.csv', ''), '--format', 'json');
    expect(empty.code).toBe(3);
    expect(empty.stderr).toMatch(/no call rows/);
    expect(json<AuditJson>(empty).summary).toMatchObject({ rows: 0, attempts: 0, violating: 0, complete: false });
    const headerOnly = callgate('audit', files.file('header.csv', 'to,at,advertiser,channel\n'));
    expect(headerOnly.code).toBe(3);
    expect(headerOnly.stderr).toMatch(/no call rows/);
    // --out to a missing directory: a usage error in one line (exit 2), not a stack trace with exit 1.
    const badOut = callgate('audit', files.file('header2.csv', 'to,at,advertiser,channel\n'), '--out', '/nonexistent-dir/report.txt');
    expect(badOut.code).toBe(2);
    expect(badOut.stderr.trim().split('\n')).toEqual([expect.stringMatching(/--out: cannot write '\/nonexistent-dir\/report.txt': its directory does not exist/)]);

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
      'to,at,advertiser,callerId',
      `+33612345678,2026-11-24T10:30:00+01:00,acme,${NPV}`,
      `+33612345678,2026-11-25T10:30:00+01:00,acme,${NPV}`,
      `+33612345678,2026-11-26T10:30:00+01:00,acme,${NPV}`,
      `+33612345678,2026-11-27T10:30:00+01:00,acme,${NPV}`,
      `+33612345678,2026-11-23T10:30:00+01:00,acme,${NPV}`, // out of order: the 4 calls above are after it
    ].join('\n');
    const consents = files.file('consents2.csv', 'type,to,at,advertiser\nconsent,+33612345678,2026-09-01T12:00:00+02:00,acme\n');
    const r = callgate('audit', files.file('unsorted.csv', log), '--events', consents, '--format', 'json', '--reorder-rows', '1');
    const report = json<AuditJson>(r);
    expect(report.summary.advisories.outOfOrder).toBe(1);
    expect(report.summary.advisories.outOfOrderLines).toEqual([6]);
    // Line 6 was judged against the calls at or before its own time (none); line 5, replayed
    // after it, saw it: the 27th is the 5th call either way.
    expect(byLine(report)).toEqual({ 5: ['fr.frequency.limit'] });
    const sorted = json<AuditJson>(callgate('audit', files.file('unsorted2.csv', log), '--events', consents, '--format', 'json'));
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
  it('audits examples/call-log.csv: violations of the hours, cap, cooldown, opposition-list and caller-ID rules, mostly compliant calls', () => {
    // As `npm run audit:example` runs it: --exit-zero, since violations are the point of the demo.
    const r = callgate('audit', 'examples/call-log.csv', '--format', 'json', '--exit-zero');
    expect(r.code).toBe(0);
    const s = json<AuditJson>(r).summary;
    expect(Object.keys(s.byCode).sort()).toEqual([
      'fr.caller-id.not-allowed', 'fr.caller-id.withheld', 'fr.frequency.limit', 'fr.hours.outside-window', 'fr.hours.public-holiday',
      'fr.hours.weekend', 'fr.objection', 'fr.opposition.listed', 'fr.opposition.unchecked', 'fr.refusal.cooldown',
    ]);
    expect(s.compliantShare).toBeGreaterThan(0.85);
    // Caller-ID and objection breaches alone are not counted in the L.242-16 ceiling.
    expect(s.exposure.sanctionedAttempts).toBeGreaterThan(0);
    expect(s.exposure.sanctionedAttempts).toBeLessThan(s.exposure.violatingAttempts);
    expect(s.exposure.maxTotalEur).toBe(s.exposure.sanctionedAttempts * 375_000);
    expect(s.complete).toBe(true);
    expect(Object.keys(s.byAdvertiser).length).toBeGreaterThanOrEqual(3);
  });
});

describe('report hygiene (issue 13)', () => {
  it('neutralises formulas in every CSV column, keeps plain numbers, and strips control characters on the terminal', () => {
    const log = files.file('formulas.csv', [
      'to,at,advertiser,channel',
      '"=HYPERLINK(""http://x"")",2026-11-24T10:30:00+01:00,acme,voice',
      '+33612345678,2026-11-24T21:30:00+01:00,"=cmd|x",voice',
      '+33612345679,2026-11-24T21:30:00+01:00,"ev\u001b[31mil",voice',
    ].join('\n') + '\n');
    const csv = callgate('audit', log, '--format', 'csv');
    expect(csv.stdout).toContain(`,'=cmd|x,`);
    expect(csv.stdout).not.toMatch(/^=|,=/m);
    expect(csv.stdout).toContain(',+33612345678,');
    const text = callgate('audit', log);
    expect(text.stdout + text.stderr).not.toContain('\u001b');
    expect(text.stdout).toContain('ev?[31mil');
  });
});

describe('first run that works (issue 13)', () => {
  it('a mapping of naive times without --timezone is one usage error (exit 2), not a bad row per line', () => {
    const log = files.file('vici.csv', 'call_date,phone_code,phone_number,status,campaign_id\n2026-11-24 10:30:00,33,612345678,NA,acme\n2026-11-24 10:31:00,33,612345679,NA,acme\n');
    const r = callgate('audit', log, '--mapping', 'vicidial');
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/--mapping vicidial: .*pass --timezone/)]);
    expect(r.stdout).toBe('');
  });

  it('--caller-id is validated like any number (abc, 0, +1 refused; a number or a short code accepted)', () => {
    const log = files.file('one.csv', 'to,at,advertiser,channel\n+33612345678,2026-11-24T10:30:00+01:00,acme,voice\n');
    for (const bad of ['abc', '0', '+1']) {
      const r = callgate('audit', log, '--caller-id', bad);
      expect(r.code, bad).toBe(2);
      expect(r.stderr).toMatch(/--caller-id/);
    }
    expect(callgate('audit', log, '--caller-id', '+33162123456', '--format', 'json').code).not.toBe(2);
    expect(callgate('audit', log, '--caller-id', '38123', '--format', 'json').code).not.toBe(2);
  });

  it('reads a JSON array as well as JSON Lines, for the log and for --events', () => {
    const events = files.file('events.json', JSON.stringify([{ type: 'consent', at: '2026-09-01T09:00:00Z', to: '+33612345678', advertiser: 'acme' }]));
    const log = files.file('calls.json', JSON.stringify([{ to: '+33612345678', at: '2026-11-24T10:30:00+01:00', advertiser: 'acme', channel: 'voice', callerId: '+33162123456' }]));
    const r = callgate('audit', log, '--events', events, '--format', 'json');
    const j = json<AuditJson>(r);
    expect(j.summary).toMatchObject({ rows: 1, attempts: 1, events: 1, violating: 0, complete: true });
    expect(r.code).toBe(0);
  });
});

describe('what the audit stands on (issue 13)', () => {
  it('warns when the opt-in era is audited with no consent loaded, or the Bloctel era with no opposition check, and counts what was loaded', () => {
    const log = files.file('eras.csv', 'to,at,advertiser,channel,status\n+33612345678,2026-11-24T10:30:00+01:00,acme,voice,\n+33612345679,2026-06-02T10:30:00+02:00,acme,voice,\n');
    const bare = callgate('audit', log, '--caller-id', '+33162123456', '--format', 'json');
    const j = json<AuditJson>(bare);
    expect(j.summary.loaded).toEqual({ consents: 0, oppositionChecks: 0, refusals: 0, objections: 0 });
    expect(j.summary.warnings).toEqual([expect.stringMatching(/^no consent loaded/), expect.stringMatching(/^no opposition-list check loaded/)]);
    expect(bare.stderr).toMatch(/warning: no consent loaded/);
    const events = files.file('eras-events.jsonl', [
      JSON.stringify({ type: 'consent', to: '+33612345678', at: '2026-09-01T09:00:00Z', advertiser: 'acme' }),
      JSON.stringify({ type: 'opposition-check', to: '+33612345679', at: '2026-05-30T09:00:00Z', list: 'bloctel', listed: false }),
    ].join('\n'));
    const loaded = json<AuditJson>(callgate('audit', log, '--caller-id', '+33162123456', '--events', events, '--format', 'json'));
    expect(loaded.summary.loaded).toMatchObject({ consents: 1, oppositionChecks: 1 });
    expect(loaded.summary.warnings).toEqual([]);
    expect(loaded.summary.violating).toBe(0);
  });
});

describe('--encoding (issue 13)', () => {
  it('reads a Windows-1252 export with --encoding windows-1252, and warns when a file is not valid UTF-8', () => {
    const csv = 'to,at,advertiser,channel\n+33612345678,2026-11-24T10:30:00+01:00,Société Générale,voice\n';
    const path = files.file('cp1252.csv', '');
    writeFileSync(path, Buffer.from(csv, 'latin1')); // é is one byte, 0xE9: not UTF-8
    const events = files.file('cp1252-events.jsonl', JSON.stringify({ type: 'consent', to: '+33612345678', at: '2026-09-01T09:00:00Z', advertiser: 'Société Générale' }));
    const asUtf8 = callgate('audit', path, '--caller-id', '+33162123456', '--events', events, '--format', 'json');
    expect(asUtf8.stderr).toMatch(/is not valid UTF-8 .*--encoding windows-1252/);
    expect(byLine(json<AuditJson>(asUtf8))).toEqual({ 2: ['fr.consent.missing'] });
    const asCp1252 = callgate('audit', path, '--encoding', 'windows-1252', '--caller-id', '+33162123456', '--events', events, '--format', 'json');
    expect(asCp1252.code).toBe(0);
    expect(asCp1252.stderr).not.toMatch(/UTF-8/);
    expect(json<AuditJson>(asCp1252).violations).toEqual([]);
    expect(callgate('audit', path, '--encoding', 'ebcdic').code).toBe(2);
  });
});

describe('rows judged by the core reader (issue 12 item 4)', () => {
  it('takes preference rows (JSON budgets in a cell) and names the column of an event field the core refuses', () => {
    // A consumer's preference: one call a week from acme (the core's preference event), then two calls two days apart.
    const events = files.file('prefs.csv', [
      'type,to,at,advertiser,budgets,channels',
      'consent,+33612345678,2026-09-01T12:00:00+02:00,acme,,',
      'preference,+33612345678,2026-09-02T12:00:00+02:00,acme,"[{""count"":1,""per"":""P7D""}]",',
      'objection,+33698765432,2026-09-02T12:00:00+02:00,acme,,fax',
    ].join('\n'));
    const log = files.file('pref-log.csv', [
      'to,at,advertiser,callerId',
      `+33612345678,2026-11-24T10:30:00+01:00,acme,${NPV}`,
      `+33612345678,2026-11-26T10:30:00+01:00,acme,${NPV}`,
    ].join('\n'));
    const r = callgate('audit', log, '--events', events, '--format', 'json');
    const out = json<AuditJson>(r);
    expect(out.violations.map((v) => [v.line, v.reasons.map((x) => x.code)])).toEqual([[3, ['consumer.budget-exceeded']]]);
    // The objection's channels cell holds 'fax': the core's reader refuses it, named by its column.
    expect(out.summary.badRowsListed).toEqual([expect.objectContaining({ line: 4, field: '--events channels' })]);
  });
});

describe('the report by concern (issue 12 item 4)', () => {
  it('prices each sanction that carries an amount, in its currency: a US exposure under the TCPA beside L.242-16', () => {
    const log = files.file('us-fr.csv', [
      'type,to,at,advertiser,callerId',
      'consent,+33612345678,2026-09-01T12:00:00+02:00,acme,',
      // 22:30 in New York: outside the federal window (47 CFR 64.1200(c)(1)), sanctioned by 47 U.S.C. 227(c)(5).
      'attempt,+12125550123,2026-11-24T22:30:00-05:00,acme,+12125550199',
      // A Saturday in France: D.223-9, sanctioned by L.242-16.
      `attempt,+33612345678,2026-11-28T11:00:00+01:00,acme,${NPV}`,
    ].join('\n'));
    const s = json<AuditJson & { summary: { exposures: Array<{ currency: string; maxTotal: number; sanctionedAttempts: number; sanction: { article?: string } }> } }>(callgate('audit', log, '--format', 'json')).summary;
    const byCurrency = new Map(s.exposures.map((e) => [e.currency, e]));
    expect(byCurrency.get('EUR')).toMatchObject({ sanctionedAttempts: 1, maxTotal: 375_000, sanction: { article: 'L.242-16' } });
    expect(byCurrency.get('USD')).toMatchObject({ sanctionedAttempts: 1, maxTotal: 1_500 });
    expect(s.exposure).toEqual(s.exposures[0]);
  });

  it('writes the text report in French with --locale fr', () => {
    const r = callgate('audit', files.file('fr-locale.csv', LOG.join('\n')), '--locale', 'fr');
    expect(r.stdout).toMatch(/^INFRACTIONS/);
    expect(r.stdout).toContain('SYNTHÈSE');
    expect(r.stdout).toContain('EXPOSITION LÉGALE MAXIMALE AU TITRE DE L.242-16');
    expect(r.stdout).toMatch(/ligne 10 .*\n  ✗ fr\.frequency\.limit: \d+ appels ou tentatives/);
  });
});

describe('VICIdial statuses and US dialer behaviour (issue 13)', () => {
  // A VICIdial export of calls to New York numbers, with the dialer's statuses and lengths.
  const header = 'call_date,phone_code,phone_number,status,campaign_id,uniqueid,length_in_sec';
  const row = (i: number, status: string, sec: number, day = '2026-11-02') => `${day} 10:${String(i).padStart(2, '0')}:00,1,21255501${String(i).padStart(2, '0')},${status},acme,1.${i},${sec}`;

  it('skips the rows that are no call attempt (never dialed, inbound), counted by status', () => {
    const log = files.file('vici-statuses.csv', [header, row(1, 'NEW', 0), row(2, 'DNCL', 0), row(3, 'XDROP', 0), row(4, 'AFTHRS', 0), row(5, 'PU', 40), row(6, 'ADCT', 2)].join('\n'));
    const s = json<AuditJson & { summary: { notAttempts: Record<string, number> } }>(callgate('audit', log, '--mapping', 'vicidial', '--timezone', 'America/New_York', '--caller-id', '+12125550199', '--format', 'json')).summary;
    expect(s.notAttempts).toEqual({ AFTHRS: 1, DNCL: 1, NEW: 1, XDROP: 1 });
    expect(s.attempts).toBe(2);
    expect(s.advisories.unknownStatuses).toEqual({});
  });

  it('reports a campaign abandoning more than 3 % of answered calls over 30 days (47 CFR 64.1200(a)(7)), and rings under 15 s ((a)(6))', () => {
    // 34 answered calls of which 1 DROP: 2.9 %, within the limit; a second DROP makes 2 of 35 = 5.7 %.
    const within = [header, ...Array.from({ length: 33 }, (_, i) => row(i, 'SALE', 60)), row(40, 'DROP', 2), row(41, 'NA', 15)];
    const ok = json<AuditJson & { summary: { dialer: { abandonment: Array<{ answered: number; abandoned: number; breach: boolean }>; ringTime: Array<{ short: number; unanswered: number }> } } }>(
      callgate('audit', files.file('vici-ok.csv', within.join('\n')), '--mapping', 'vicidial', '--timezone', 'America/New_York', '--format', 'json'),
    ).summary.dialer;
    expect(ok.abandonment).toEqual([expect.objectContaining({ answered: 34, abandoned: 1, breach: false })]);
    expect(ok.ringTime).toEqual([expect.objectContaining({ unanswered: 1, short: 0 })]); // 15 s is enough
    const over = [...within, row(42, 'PDROP', 1), row(43, 'NA', 14)];
    const r = callgate('audit', files.file('vici-over.csv', over.join('\n')), '--mapping', 'vicidial', '--timezone', 'America/New_York');
    expect(r.stdout).toContain('✗ campaign acme, 2026-11-02 → 2026-12-02: 2 abandoned of 35 answered (5.7 %, at most 3 %)');
    expect(r.stdout).toContain('✗ campaign acme: 1 of 2 unanswered calls hung up before 15 s (lines 38)');
    expect(r.stdout).toContain('§ 64.1200(a)(7)');
    expect(r.code).toBe(1);
  });

  it('measures each 30-day period apart, and leaves non-US numbers out', () => {
    const log = [header, row(1, 'DROP', 1, '2026-10-01'), row(2, 'SALE', 60, '2026-10-01'), row(3, 'SALE', 60, '2026-11-05'), `2026-11-05 11:00:00,33,612345678,DROP,acme,9.9,1`];
    const d = json<AuditJson & { summary: { dialer: { abandonment: Array<{ from: string; answered: number; abandoned: number }> } } }>(
      callgate('audit', files.file('vici-periods.csv', log.join('\n')), '--mapping', 'vicidial', '--timezone', 'America/New_York', '--format', 'json'),
    ).summary.dialer;
    expect(d.abandonment.map((p) => [p.from.slice(0, 10), p.answered, p.abandoned])).toEqual([['2026-10-01', 2, 1], ['2026-10-31', 1, 0]]);
  });
});

describe('imports: a consent register and an opposition-list scrub (issue 13)', () => {
  it('audits a VICIdial export with a consent register in one command', () => {
    const header = 'call_date,phone_code,phone_number,status,campaign_id,uniqueid,length_in_sec';
    const log = files.file('vici-fr.csv', [
      header,
      '2026-11-24 10:30:00,33,612345678,NA,acme,1.1,20', // consented: lawful
      '2026-11-24 10:35:00,33,698765432,NA,acme,1.2,20', // no consent: fr.consent.missing (L.223-1)
    ].join('\n'));
    const register = files.file('consents.csv', 'number;advertiser;date;channels;proof\n+33612345678;acme;2026-09-01 12:00:00;voice;web-form-42\n');
    const r = callgate('audit', log, '--mapping', 'vicidial', '--timezone', 'Europe/Paris', '--caller-id', NPV, '--consents', register, '--format', 'json');
    const out = json<AuditJson>(r);
    expect(out.summary.loaded.consents).toBe(1);
    expect(out.violations.map((v) => [v.line, v.reasons.map((x) => x.code)])).toEqual([[3, ['fr.consent.missing']]]);
  });

  it('reads a Bloctel scrub: returned numbers are listed, submitted ones not returned are not, on the scrub date', () => {
    const log = files.file('bloctel-log.csv', [
      'to,at,advertiser,callerId',
      `+33612345678,2026-03-10T10:30:00+01:00,acme,${NPV}`, // returned as registered: fr.opposition.listed
      `+33698765432,2026-03-10T10:35:00+01:00,acme,${NPV}`, // submitted, not returned: checked, free
    ].join('\n'));
    const returned = files.file('bloctel-returned.csv', 'numero,date\n+33612345678,2026-03-02T08:00:00+01:00\n');
    const submitted = files.file('bloctel-submitted.csv', 'numero,date\n+33612345678,2026-03-02T08:00:00+01:00\n+33698765432,2026-03-02T08:00:00+01:00\n');
    const out = json<AuditJson>(callgate('audit', log, '--opposition', returned, '--submitted', submitted, '--format', 'json'));
    expect(out.summary.loaded.oppositionChecks).toBe(2);
    expect(out.violations.map((v) => [v.line, v.reasons.map((x) => x.code)])).toEqual([[2, ['fr.opposition.listed']]]);
    // Without --submitted the second number has no check: fr.opposition.unchecked.
    const alone = json<AuditJson>(callgate('audit', log, '--opposition', returned, '--format', 'json'));
    expect(alone.violations.find((v) => v.line === 3)!.reasons.map((x) => x.code)).toEqual(['fr.opposition.unchecked']);
  });

  it('names the missing column of an import (exit 2), and refuses --submitted without --opposition', () => {
    const log = files.file('imp-log.csv', `to,at,advertiser,callerId\n+33612345678,2026-11-24T10:30:00+01:00,acme,${NPV}\n`);
    const bad = callgate('audit', log, '--consents', files.file('no-number.csv', 'who,date\nx,2026-01-01\n'));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--consents .*no number column \(one of number, to, phone/);
    const lone = callgate('audit', log, '--submitted', files.file('sub.csv', 'number,date\n+33612345678,2026-01-01T00:00:00Z\n'));
    expect(lone.code).toBe(2);
    expect(lone.stderr).toContain('--submitted needs --opposition');
  });
});

describe('the progress bar (issue 13 item 6)', () => {
  // A real terminal, from util-linux `script`: the bar is drawn only when stderr is one.
  const tty = (command: string) => spawnSync('script', ['-qfec', command, '/dev/null'], { encoding: 'utf8' });
  const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
  const cli = new URL('../../dist/cli.js', import.meta.url).pathname;

  it.skipIf(!hasScript)('is drawn on stderr, never on stdout, and not when the report goes to that same terminal', () => {
    const log = files.file('progress.csv', `to,at,advertiser,callerId\n+33612345678,2026-11-24T10:30:00+01:00,acme,${NPV}\n`);
    const out = files.file('progress-report.txt', '');
    // Report to a file, stderr a terminal: the bar shows.
    expect(tty(`node ${cli} audit ${log} --progress --out ${out}`).stdout).toContain('auditing');
    // The same with stderr sent away: nothing of the bar reaches the terminal (stdout).
    expect(tty(`node ${cli} audit ${log} --progress --out ${out} 2>/dev/null`).stdout).not.toContain('auditing');
    // The report on the terminal: no bar to cut it.
    const onTerminal = tty(`node ${cli} audit ${log} --progress`).stdout;
    expect(onTerminal).toContain('SUMMARY');
    expect(onTerminal).not.toContain('auditing');
  });
});

describe('vendor facts in an audit, and warnings only where they apply (issue 16)', () => {
  it('reads line-type, reassigned-check and litigator rows, and gives no French warning for a US-only log', () => {
    const events = files.file('vendors.csv', [
      'type,to,at,advertiser,lineType,since,result,source',
      'line-type,+16145550111,2026-11-01T00:00:00Z,,landline,,,carrier',
      'litigator,+16145550112,2026-10-01T00:00:00Z,,,,,vendor',
    ].join('\n'));
    const log = files.file('us-only.csv', 'to,at,advertiser,automated\n+16145550111,2026-11-24T12:00:00-05:00,acme,true\n+16145550112,2026-11-24T12:00:00-05:00,acme,true\n');
    const out = json<AuditJson>(callgate('audit', log, '--events', events, '--format', 'json'));
    expect(out.violations.map((v) => [v.line, v.reasons.map((r) => r.code)])).toEqual([
      [2, ['us.dnc.unchecked']], // a landline: the wireless autodialer rule does not apply
      [3, ['us.dnc.unchecked', 'us.consent.missing', 'policy.litigator']],
    ]);
    expect(out.summary.warnings).toEqual([]);
  });
});
