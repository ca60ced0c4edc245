import { afterAll, describe, expect, it } from 'vitest';
import { byLine, callgate, json, scratch, type AuditJson } from './run.js';

const files = scratch();
afterAll(() => files.cleanup());

// Dialer exports carry no presented number: --caller-id gives the trunk's (a verified
// multi-purpose number, L.221-17); the CRM's consents come with --events (L.223-1, from 11 August
// 2026), so that only D.223-9 fires.
const CALLER_ID = ['--caller-id', '+33162123456'] as const;
const consents = (advertiser: string, ...numbers: string[]) =>
  files.file(`consents-${advertiser}-${numbers.length}.csv`, ['type,to,at,advertiser', ...numbers.map((n) => `consent,${n},2026-09-01T12:00:00+02:00,${advertiser}`)].join('\n'));

describe('callgate audit --mapping', () => {
  it("reads VICIdial's call log: naive server times, split number, statuses (NI = refusal, 60-day cooldown of D.223-9)", () => {
    const log = [
      'call_date,phone_code,phone_number,status,campaign_id,user,list_id',
      '2026-11-24 11:00:00,33,612345678,NI,ACME,agent1,101', // 2: answered, not interested → refusal
      '2026-12-01 11:00:00,33,612345678,NA,ACME,agent1,101', // 3: within 60 days of the refusal
      '2026-11-28 11:00:00,590,690123456,A,ACME,agent2,101', // 4: Saturday 06:00 in Guadeloupe
      '2026-11-24 16:00:00,33,698765432,SALE,ACME,agent2,101', // 5: fine
      '2026-11-24 16:05:00,33,0698765432,XYZ,ACME,agent2,101', // 6: unknown status, leading 0 tolerated
    ].join('\n');
    const events = consents('ACME', '+33612345678', '+590690123456', '+33698765432');
    const r = callgate('audit', files.file('vicidial.csv', log), '--mapping', 'vicidial', '--timezone', 'Europe/Paris', ...CALLER_ID, '--events', events, '--format', 'json');
    expect(r.code).toBe(1);
    const report = json<AuditJson>(r);
    expect(byLine(report)).toEqual({ 3: ['fr.refusal.cooldown'], 4: ['fr.hours.weekend'] });
    expect(report.violations.find((v) => v.line === 4)).toMatchObject({ e164: '+590690123456', at: '2026-11-28T06:00:00-04:00', advertiser: 'ACME' });
    expect(report.summary).toMatchObject({ attempts: 5, violating: 2, badRows: 0 });
    expect(report.summary.advisories.unknownStatuses).toEqual({ XYZ: 1 });
  });

  it('VICIdial calls are automated by default, so the Arcep numbering rule runs; --no-automated and --automated override (issue 13)', () => {
    const log = files.file('vicidial-auto.csv', [
      'call_date,phone_code,phone_number,status,campaign_id',
      '2026-11-24 11:00:00,33,612345678,NA,ACME',
    ].join('\n') + '\n');
    const events = consents('ACME', '+33612345678');
    const mobile = ['--caller-id', '+33612000000']; // a mobile number: not for automated systems (Arcep 2022-1583)
    const auto = json<AuditJson>(callgate('audit', log, '--mapping', 'vicidial', '--timezone', 'Europe/Paris', ...mobile, '--events', events, '--format', 'json'));
    expect(byLine(auto)).toEqual({ 2: ['fr.caller-id.not-allowed'] });
    const manual = callgate('audit', log, '--mapping', 'vicidial', '--timezone', 'Europe/Paris', ...mobile, '--events', events, '--no-automated', '--format', 'json');
    expect(manual.code).toBe(0);
    const canonical = files.file('canonical-auto.csv', 'to,at,advertiser,channel\n+33612345678,2026-11-24T11:00:00+01:00,ACME,voice\n');
    expect(byLine(json<AuditJson>(callgate('audit', canonical, ...mobile, '--events', events, '--automated', '--format', 'json')))).toEqual({ 2: ['fr.caller-id.not-allowed'] });
  });

  it('reads naive timestamps in the zone given by --timezone, and refuses them without it (exit 3)', () => {
    const log = files.file('naive.csv', 'to,at,advertiser\n+33612345678,2026-11-24 13:30:00,acme\n');
    // 13:30 in Paris is the lunch break; 13:30 in Réunion is 10:30 in Paris.
    const lawful = [...CALLER_ID, '--events', consents('acme', '+33612345678')];
    const paris = json<AuditJson>(callgate('audit', log, '--timezone', 'Europe/Paris', ...lawful, '--format', 'json'));
    expect(byLine(paris)).toEqual({ 2: ['fr.hours.outside-window'] });
    expect(paris.violations[0]!.at).toBe('2026-11-24T13:30:00+01:00');
    const reunion = callgate('audit', log, '--timezone', 'Indian/Reunion', ...lawful, '--format', 'json');
    expect(reunion.code).toBe(0);
    const none = callgate('audit', log, ...lawful, '--format', 'json');
    expect(none.code).toBe(3);
    expect(json<AuditJson>(none).summary.badRowsListed[0]).toMatchObject({ line: 2, field: 'at' });
  });

  it('applies a JSON mapping file: renamed columns, split country code and national number, dd/MM/yyyy times, one advertiser', () => {
    const mapping = files.file('mapping.json', JSON.stringify({
      name: 'crm-export',
      columns: { at: 'Date appel', outcome: 'Résultat' },
      number: { countryCode: 'Indicatif', national: 'Numéro' },
      timeZone: 'Europe/Paris',
      timeFormat: 'dd/MM/yyyy HH:mm',
    }));
    const log = [
      'Indicatif;Numéro;Date appel;Résultat;Client',
      '33;6 12 34 56 78;24/11/2026 09:15;no-answer;x', // 2: 09:15 is before 10:00
      '262;692123456;24/11/2026 10:15;answered;x', // 3: 10:15 Paris = 13:15 in Réunion: lunch break
      '33;612345678;24/11/2026 10:15;busy;x', // 4: fine
    ].join('\n');
    const events = consents('acme', '+33612345678', '+262692123456');
    const r = callgate('audit', files.file('crm.csv', log), '--mapping', mapping, '--advertiser', 'acme', ...CALLER_ID, '--events', events, '--format', 'json');
    expect(r.code).toBe(1);
    const report = json<AuditJson>(r);
    expect(byLine(report)).toEqual({ 2: ['fr.hours.outside-window'], 3: ['fr.hours.outside-window'] });
    expect(report.violations.map((v) => [v.e164, v.advertiser])).toEqual([['+33612345678', 'acme'], ['+262692123456', 'acme']]);
    expect(report.violations[1]!.at).toBe('2026-11-24T13:15:00+04:00');
  });

  it("reads Asterisk's headerless Master.csv", () => {
    const cdr = [
      '"acme","1001","0612345678","from-internal","""Agent"" <1001>","SIP/1001-0001","SIP/trunk-0002","Dial","SIP/trunk/0612345678,30","2026-11-24 09:40:00","","2026-11-24 09:40:30",30,0,"NO ANSWER","DOCUMENTATION","1764000000.1",""',
      '"acme","1001","0612345678","from-internal","""Agent"" <1001>","SIP/1001-0001","SIP/trunk-0003","Dial","SIP/trunk/0612345678,30","2026-11-24 10:40:00","2026-11-24 10:40:05","2026-11-24 10:41:30",90,85,"ANSWERED","DOCUMENTATION","1764000000.2",""',
    ].join('\n');
    const events = consents('acme', '+33612345678');
    const r = callgate('audit', files.file('Master.csv', cdr), '--mapping', 'asterisk', '--timezone', 'Europe/Paris', ...CALLER_ID, '--events', events, '--format', 'json');
    expect(r.code).toBe(1);
    expect(byLine(json<AuditJson>(r))).toEqual({ 1: ['fr.hours.outside-window'] });
    // Without --caller-id the CDR says nothing of the number presented: withheld (L.221-17).
    const withheld = callgate('audit', files.file('Master2.csv', cdr), '--mapping', 'asterisk', '--timezone', 'Europe/Paris', '--events', events, '--format', 'json');
    expect(byLine(json<AuditJson>(withheld))).toEqual({ 1: ['fr.caller-id.withheld', 'fr.hours.outside-window'], 2: ['fr.caller-id.withheld'] });
  });

  it('refuses a mapping file with an unknown canonical field (exit 2)', () => {
    const mapping = files.file('bad-mapping.json', JSON.stringify({ columns: { phone: 'tel' } }));
    const r = callgate('audit', files.file('any.csv', 'to,at,advertiser\n'), '--mapping', mapping);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('columns.phone is not a canonical field');
  });
});

describe('duplicates of the export (issue 13)', () => {
  it('rows repeating a VICIdial uniqueid are dropped and counted: no false fr.frequency.limit', () => {
    const row = (day: number, id: string) => `2026-11-${day} 11:00:00,33,612345678,NA,ACME,${id}`;
    const log = files.file('vici-dup.csv', [
      'call_date,phone_code,phone_number,status,campaign_id,uniqueid',
      row(16, 'u1'), row(16, 'u1'), row(17, 'u2'), row(17, 'u2'), row(18, 'u3'), row(19, 'u4'),
    ].join('\n') + '\n');
    const events = consents('ACME', '+33612345678');
    const j = json<AuditJson>(callgate('audit', log, '--mapping', 'vicidial', '--timezone', 'Europe/Paris', '--caller-id', '+33162123456', '--events', events, '--format', 'json'));
    expect(j.summary).toMatchObject({ rows: 6, attempts: 4, duplicates: 2, violating: 0 });
  });
});

describe('Asterisk with a header line (issue 13)', () => {
  it('reads a Master.csv exported with a header line: the header is not a call', () => {
    const cdr = [
      'accountcode,src,dst,dcontext,clid,channel,dstchannel,lastapp,lastdata,start,answer,end,duration,billsec,disposition,amaflags,uniqueid,userfield',
      '"acme","1001","0612345678","from-internal","""Agent"" <1001>","SIP/1001-0001","SIP/trunk-0002","Dial","SIP/trunk/0612345678,30","2026-11-24 09:40:00","","2026-11-24 09:40:30",30,0,"NO ANSWER","DOCUMENTATION","1764000000.1",""',
    ].join('\n');
    const events = consents('acme', '+33612345678');
    const r = callgate('audit', files.file('Master-header.csv', cdr), '--mapping', 'asterisk', '--timezone', 'Europe/Paris', ...CALLER_ID, '--events', events, '--format', 'json');
    const j = json<AuditJson>(r);
    expect(j.summary).toMatchObject({ attempts: 1, badRows: 0 });
    expect(byLine(j)).toEqual({ 2: ['fr.hours.outside-window'] });
  });
});

describe('a JSON mapping that extends a built-in one (issue 13)', () => {
  it('adds a status code and a constant to vicidial, keeping its columns, split number, naive times and other codes', () => {
    const mapping = files.file('vici-plus.json', JSON.stringify({ extends: 'vicidial', constants: { advertiser: 'acme' }, status: { codes: { PU: { outcome: 'answered', events: ['refusal'] } } } }));
    const log = files.file('vici-plus.csv', [
      'call_date,phone_code,phone_number,status,campaign_id',
      '2026-11-24 11:00:00,33,612345678,PU,CAMPAIGN7', // 2: a refusal, by the added code
      '2026-11-25 11:00:00,33,612345678,NA,CAMPAIGN7', // 3: within the cooldown; NA still known
    ].join('\n') + '\n');
    const events = consents('acme', '+33612345678');
    const r = callgate('audit', log, '--mapping', mapping, '--timezone', 'Europe/Paris', ...CALLER_ID, '--events', events, '--format', 'json');
    const j = json<AuditJson>(r);
    expect(byLine(j)).toEqual({ 3: ['fr.refusal.cooldown'] });
    expect(j.summary.advisories.unknownStatuses).toEqual({});
    // Without --timezone the extended mapping still has naive times: one usage error.
    expect(callgate('audit', log, '--mapping', mapping).code).toBe(2);
    const bad = files.file('bad-extends.json', JSON.stringify({ extends: 'genesys' }));
    const refused = callgate('audit', log, '--mapping', bad);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/extends must name a built-in mapping \(vicidial, asterisk\)/);
  });
});
