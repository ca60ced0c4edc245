// Imports as registers and scrubs are really written: dates without a time, French column names
// and status words (issue 13 item 3; docs/audit.md, "Imports").
import { afterAll, describe, expect, it } from 'vitest';
import { byLine, callgate, json, scratch, type AuditJson } from './run.js';

const files = scratch();
afterAll(() => files.cleanup());

const vici = (name: string, ...rows: string[]) => files.file(name, ['call_date,phone_code,phone_number,status,campaign_id', ...rows].join('\n') + '\n');
const audit = (log: string, ...more: string[]) =>
  callgate('audit', log, '--mapping', 'vicidial', '--timezone', 'Europe/Paris', '--caller-id', '+33162123456', '--format', 'json', ...more);

describe('--consents: a register with dates alone (L.223-1, from 11 August 2026)', () => {
  const log = vici('consent-log.csv',
    '2026-11-24 11:00:00,33,612345678,NA,ACME', // 2: consent of 01/09/2026
    '2026-11-24 11:15:00,33,644444444,NA,ACME', // 3: consent of the same day, no time: the end of that day
    '2026-11-25 10:30:00,33,644444444,NA,ACME', // 4: the next day: covered
  );

  it("reads 'Numéro;Annonceur;Date' with day-first and ISO dates; a date alone is the END of its day (conservative)", () => {
    const register = files.file('register-fr.csv', ['Numéro;Annonceur;Date;channels;proof', '0612345678;ACME;01/09/2026;voice;form-1', '+33644444444;ACME;2026-11-24;voice;form-2'].join('\n'));
    const r = audit(log, '--consents', register);
    const report = json<AuditJson>(r);
    expect(report.summary.loaded.consents).toBe(2);
    expect(report.summary.badRows).toBe(0);
    expect(byLine(report)).toEqual({ 3: ['fr.consent.missing'] });
  });

  it('a date alone without --timezone is a bad row asking for it', () => {
    const register = files.file('register-nozone.csv', 'number,advertiser,date\n+33612345678,ACME,2026-09-01\n');
    const log2 = files.file('calls-offset.csv', 'type,to,at,advertiser,callerId\nattempt,+33612345678,2026-11-24T11:00:00+01:00,ACME,+33162123456\n');
    const r = callgate('audit', log2, '--consents', register, '--format', 'json');
    expect(r.code).toBe(3);
    expect(json<AuditJson>(r).summary.badRowsListed[0]).toMatchObject({ line: 2, problem: expect.stringMatching(/date without time; pass --timezone/) });
  });
});

describe('--opposition: a Bloctel scrub with its own words and dates alone (L.223-1 until 10 August 2026, 30 days)', () => {
  const log = vici('scrub-log.csv',
    '2026-05-04 10:30:00,33,612345678,NA,ACME', // 2: the scrub's day: a date alone is its START
    '2026-05-20 11:05:00,33,698765432,NA,ACME', // 3: returned as inscrit
    '2026-06-05 10:30:00,33,612345678,NA,ACME', // 4: more than 30 days after the scrub
  );

  it("reads 'numero;date;statut' with inscrit / non inscrit", () => {
    const scrub = files.file('scrub-fr.csv', ['numero;date;statut', '0612345678;04/05/2026;non inscrit', '0698765432;04/05/2026;inscrit'].join('\n'));
    const report = json<AuditJson>(audit(log, '--opposition', scrub));
    expect(report.summary.loaded.oppositionChecks).toBe(2);
    expect(report.summary.badRows).toBe(0);
    expect(byLine(report)[2]).toBeUndefined();
    expect(byLine(report)[3]).toEqual(['fr.opposition.listed']);
    expect(byLine(report)[4]).toEqual(['fr.opposition.unchecked']);
  });

  it('a returned file and the submitted numbers, with dates alone, pair on the same day', () => {
    const returned = files.file('returned.csv', 'number,date\n+33698765432,2026-05-04\n');
    const submitted = files.file('submitted.csv', 'number,date\n+33612345678,2026-05-04\n+33698765432,2026-05-04\n');
    const report = json<AuditJson>(audit(log, '--opposition', returned, '--submitted', submitted));
    expect(report.summary.loaded.oppositionChecks).toBe(2);
    expect(byLine(report)[2]).toBeUndefined();
    expect(byLine(report)[3]).toEqual(['fr.opposition.listed']);
  });
});

describe('a call log row still needs its time', () => {
  it('a date alone in the log is a bad row, not midnight', () => {
    const log = files.file('dateonly-log.csv', 'type,to,at,advertiser,callerId\nattempt,+33612345678,2026-11-24,ACME,+33162123456\n');
    const r = callgate('audit', log, '--timezone', 'Europe/Paris', '--format', 'json');
    expect(r.code).toBe(3);
    expect(json<AuditJson>(r).summary.badRowsByField).toEqual({ at: 1 });
  });
});
