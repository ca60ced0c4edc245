import { afterAll, describe, expect, it } from 'vitest';
import { VICIDIAL_STATUSES } from '../../src/cli/audit/mappings/vicidial-statuses.js';
import { byLine, callgate, json, scratch, type AuditJson } from './run.js';

const files = scratch();
afterAll(() => files.cleanup());

// VICIdial's default statuses (vicidial_statuses rows of its install SQL), each read as an
// outcome or as "not an attempt" (docs/dialers-vicidial.md).
describe("VICIdial's status table", () => {
  it('maps every default status of the install SQL', () => {
    const defaults = ['NEW', 'QUEUE', 'INCALL', 'DROP', 'XDROP', 'NA', 'CALLBK', 'CBHOLD', 'A', 'AA', 'AM', 'AL', 'AFAX', 'AB', 'B', 'DC', 'ADC', 'DEC', 'DNC', 'DNCL', 'DNCC', 'SALE', 'N', 'NI', 'NP', 'PU', 'PM', 'XFER', 'ERI', 'SVYEXT', 'SVYVM', 'SVYHU', 'SVYREC', 'QVMAIL', 'RQXFER', 'TIMEOT', 'AFTHRS', 'NANQUE', 'IQNANQ', 'PDROP', 'IVRXFR', 'SVYCLM', 'MLINAT', 'MAXCAL', 'LRERR', 'QCFAIL', 'ADCT', 'LSMERG', 'DAIR', 'ADAIR'];
    expect(defaults.filter((s) => !Object.hasOwn(VICIDIAL_STATUSES, s))).toEqual([]);
    expect(VICIDIAL_STATUSES.DROP!.outcome).toBe('abandoned');
    expect(VICIDIAL_STATUSES.XDROP!.outcome).toBe('abandoned');
    expect(VICIDIAL_STATUSES.PU!.outcome).toBe('answered');
    expect(VICIDIAL_STATUSES.AFTHRS!.notAnAttempt).toBe(true);
  });

  it('judges PU, DROP, AA as attempts and leaves inbound and never-dialled rows out (D.223-9 cap counts the rest)', () => {
    const log = files.file('vici-statuses.csv', [
      'call_date,phone_code,phone_number,status,campaign_id,uniqueid',
      '2026-11-24 11:00:00,33,612345678,PU,ACME,1',
      '2026-11-25 11:00:00,33,612345678,DROP,ACME,2',
      '2026-11-26 11:00:00,33,612345678,AFTHRS,ACME,3', // inbound: not an attempt
      '2026-11-26 11:30:00,33,612345678,NEW,ACME,4', // never dialled
      '2026-11-27 11:00:00,33,612345678,AA,ACME,5',
      '2026-11-30 11:00:00,33,612345678,XDROP,ACME,6',
      '2026-12-01 11:00:00,33,612345678,N,ACME,7', // the 5th attempt in 30 days: over the cap of 4
    ].join('\n') + '\n');
    const events = files.file('vici-consent.csv', 'type,to,at,advertiser\nconsent,+33612345678,2026-09-01T12:00:00+02:00,ACME\n');
    const r = callgate('audit', log, '--mapping', 'vicidial', '--timezone', 'Europe/Paris', '--caller-id', '+33162123456', '--events', events, '--format', 'json');
    const report = json<AuditJson>(r);
    expect(report.summary).toMatchObject({ attempts: 5, badRows: 0 });
    expect(report.summary.advisories.unknownStatuses).toEqual({});
    expect(report.summary.advisories.notAttempts).toEqual({ AFTHRS: 1, NEW: 1 });
    expect(byLine(report)).toEqual({ 8: ['fr.frequency.limit'] });
  });

  it('the text summary names the rows that are no attempt', () => {
    const log = files.file('vici-inbound.csv', 'call_date,phone_code,phone_number,status,campaign_id\n2026-11-24 11:00:00,33,612345678,TIMEOT,ACME\n');
    const r = callgate('audit', log, '--mapping', 'vicidial', '--timezone', 'Europe/Paris', '--caller-id', '+33162123456');
    expect(r.stdout).toMatch(/status 'TIMEOT' on 1 rows: not an outbound attempt/);
  });

  it('a mapping file may mark a status as no attempt, and must say it with a boolean', () => {
    const ok = files.file('vici-not.json', JSON.stringify({ extends: 'vicidial', status: { codes: { TEST: { notAnAttempt: true } } } }));
    const log = files.file('vici-test.csv', 'call_date,phone_code,phone_number,status,campaign_id\n2026-11-24 11:00:00,33,612345678,TEST,ACME\n');
    const j = json<AuditJson>(callgate('audit', log, '--mapping', ok, '--timezone', 'Europe/Paris', '--caller-id', '+33162123456', '--format', 'json'));
    expect(j.summary.attempts).toBe(0);
    const bad = files.file('vici-bad.json', JSON.stringify({ extends: 'vicidial', status: { codes: { TEST: { notAnAttempt: 'yes' } } } }));
    const r = callgate('audit', log, '--mapping', bad, '--timezone', 'Europe/Paris');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/status\.codes\.TEST\.notAnAttempt must be true or false/);
  });
});

describe('docs/dialers-vicidial.md', () => {
  it('lists every status of the table, read as the table reads it', async () => {
    const { readFileSync } = await import('node:fs');
    const doc = readFileSync('docs/dialers-vicidial.md', 'utf8');
    for (const [code, m] of Object.entries(VICIDIAL_STATUSES)) {
      const row = doc.split('\n').find((l) => l.startsWith(`| \`${code}\` |`));
      expect(row, code).toBeDefined();
      expect(row, code).toContain(m.notAnAttempt ? 'not an attempt' : `\`${m.outcome ?? 'attempt without outcome'}\``);
    }
  });
});
