import { afterAll, describe, expect, it } from 'vitest';
import { byLine, callgate, json, scratch, type AuditJson } from './run.js';

const files = scratch();
afterAll(() => files.cleanup());

const CALLER_ID = ['--caller-id', '+33162123456'] as const;
const vici = (...rows: string[]) => files.file(`vici-${rows.length}-${rows[0]!.slice(0, 19).replace(/\D/g, '')}.csv`, ['call_date,phone_code,phone_number,status,campaign_id', ...rows].join('\n') + '\n');
const audit = (log: string, ...more: string[]) => callgate('audit', log, '--mapping', 'vicidial', '--timezone', 'Europe/Paris', ...CALLER_ID, '--format', 'json', ...more);

describe('callgate audit --consents (a consent register, L.223-1 from 11 August 2026)', () => {
  const log = vici(
    '2026-11-24 11:00:00,33,612345678,NA,ACME', // 2: consent given 2026-09-01
    '2026-11-24 11:05:00,33,698765432,NA,ACME', // 3: no consent in the register
    '2026-11-24 11:10:00,33,655555555,NA,ACME', // 4: consent for SMS only
    '2026-11-24 11:15:00,33,644444444,NA,ACME', // 5: consent dated the same day, no time: end of that day
  );

  it('reads the number, advertiser, date, channels and proof columns, in French or English names', () => {
    const register = files.file('register.csv', [
      'Numéro;Annonceur;Date;Canaux;Preuve',
      '0612345678;ACME;01/09/2026;voice;form-2026-0001',
      '+33655555555;ACME;2026-09-01;sms;form-2026-0002',
      '+33644444444;ACME;2026-11-24;voice;form-2026-0003',
    ].join('\n'));
    const r = audit(log, '--consents', register);
    const report = json<AuditJson>(r);
    expect(report.summary.loaded.consents).toBe(3);
    expect(byLine(report)).toEqual({ 3: ['fr.consent.missing'], 4: ['fr.consent.missing'], 5: ['fr.consent.missing'] });
  });

  it('a date with a time covers the calls after it that day', () => {
    const register = files.file('register-time.csv', 'number,advertiser,date\n+33644444444,ACME,2026-11-24 09:00:00\n');
    const report = json<AuditJson>(audit(log, '--consents', register));
    expect(byLine(report)[5]).toBeUndefined();
  });

  it('--advertiser stands for a missing advertiser column; without either, one usage error naming the column', () => {
    const register = files.file('register-noadv.csv', 'number,date\n+33612345678,2026-09-01\n');
    const ok = json<AuditJson>(audit(log, '--consents', register, '--advertiser', 'ACME'));
    expect(byLine(ok)[2]).toBeUndefined();
    const r = audit(log, '--consents', register);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--consents .*no column for 'advertiser'.*or pass --advertiser/);
  });

  it('a bad row is a bad row of the audit, named by option and column', () => {
    const register = files.file('register-bad.csv', 'number,advertiser,date,channels\n+33612345678,ACME,2026-09-01,fax\n');
    const r = audit(log, '--consents', register);
    expect(r.code).toBe(3);
    expect(json<AuditJson>(r).summary.badRowsListed[0]).toMatchObject({ line: 2, field: '--consents channels', column: 'channels' });
  });
});

describe('callgate audit --opposition (a Bloctel scrub, L.223-1 and L.223-4 before 11 August 2026)', () => {
  // Before the opt-in era a call needs a scrub at most 30 days old saying "not listed".
  const log = vici(
    '2026-05-20 11:00:00,33,612345678,NA,ACME', // 2: scrubbed 2026-05-04, not listed
    '2026-05-20 11:05:00,33,698765432,NA,ACME', // 3: scrubbed, listed
    '2026-05-20 11:10:00,33,655555555,NA,ACME', // 4: never scrubbed
    '2026-06-10 11:00:00,33,612345678,NA,ACME', // 5: the scrub is 37 days old
  );

  it('a scrub file with a status column: listed and not listed rows', () => {
    const scrub = files.file('scrub.csv', ['numero;date;statut', '0612345678;04/05/2026;non inscrit', '0698765432;04/05/2026;inscrit'].join('\n'));
    const report = json<AuditJson>(audit(log, '--opposition', scrub));
    expect(report.summary.loaded.oppositionChecks).toBe(2);
    expect(byLine(report)).toEqual({ 3: ['fr.opposition.listed'], 4: ['fr.opposition.unchecked'], 5: ['fr.opposition.unchecked'] });
  });

  it('the returned numbers only, and the numbers submitted: those not returned were not listed on that date', () => {
    const returned = files.file('returned.csv', 'number,date\n+33698765432,2026-05-04\n');
    const submitted = files.file('submitted.csv', 'number,date\n+33612345678,2026-05-04\n+33698765432,2026-05-04\n');
    const report = json<AuditJson>(audit(log, '--opposition', returned, '--opposition-submitted', submitted));
    expect(report.summary.loaded.oppositionChecks).toBe(2);
    expect(byLine(report)).toEqual({ 3: ['fr.opposition.listed'], 4: ['fr.opposition.unchecked'], 5: ['fr.opposition.unchecked'] });
  });

  it('--opposition-submitted alone, or beside a file that has a status column, is a usage error', () => {
    const submitted = files.file('submitted-alone.csv', 'number,date\n+33612345678,2026-05-04\n');
    const alone = audit(log, '--opposition-submitted', submitted);
    expect(alone.code).toBe(2);
    expect(alone.stderr).toMatch(/--opposition-submitted needs --opposition/);
    const scrub = files.file('scrub2.csv', 'number,date,listed\n+33612345678,2026-05-04,no\n');
    const both = audit(log, '--opposition', scrub, '--opposition-submitted', submitted);
    expect(both.code).toBe(2);
  });

  it('a status it cannot read is a bad row naming the values it knows', () => {
    const scrub = files.file('scrub-bad.csv', 'number,date,status\n+33612345678,2026-05-04,maybe\n');
    const r = audit(log, '--opposition', scrub);
    expect(r.code).toBe(3);
    expect(json<AuditJson>(r).summary.badRowsListed[0]!.problem).toMatch(/neither listed .* nor not listed/);
  });
});

describe('callgate plan --consents (the same register, before the calls)', () => {
  it('a number of the register gets a slot, one outside it is blocked by fr.consent.missing (L.223-1)', () => {
    const list = files.file('plan-list.csv', 'to;advertiser;callerId\n+33612345678;acme;+33162123456\n+33699999999;acme;+33162123456\n');
    const register = files.file('plan-register.csv', 'numéro,annonceur,date\n+33612345678,acme,2026-10-01\n');
    const r = callgate('plan', list, '--from', '2026-11-27T12:00:00+01:00', '--consents', register, '--timezone', 'Europe/Paris');
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n').slice(1)).toEqual([
      '+33612345678,acme,2026-11-27T12:00:00+01:00,,',
      '+33699999999,acme,,fr.consent.missing,',
    ]);
  });
});
