import { afterAll, describe, expect, it } from 'vitest';
import { callgate, json, scratch } from './run.js';

const files = scratch();
afterAll(() => files.cleanup());

// Lawful under the rest of the French law, so that each test sees only the rule it is about:
// a consent to acme's calls given before the opt-in era's attempts (L.223-1, from 11 August 2026)
// and a verified multi-purpose number presented (L.221-17).
const CALLER_ID = ['--caller-id', '+33162123456'] as const;
const consentRow = { type: 'consent', at: '2026-09-01T12:00:00+02:00', advertiser: 'acme' };
const consent = files.file('consent.jsonl', `${JSON.stringify(consentRow)}\n`);

describe('callgate check', () => {
  it('denies 09:30 (outside 10:00–13:00, D.223-9) with exit code 1, citing article and URL, and the next local time', () => {
    const r = callgate('check', '--to', '0612345678', '--at', '2026-11-24T09:30:00+01:00', '--advertiser', 'acme', ...CALLER_ID, '--history', consent);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^DENY/);
    expect(r.stdout).toContain('fr.hours.outside-window');
    expect(r.stdout).toContain('Code de la consommation, D.223-9: https://www.legifrance.gouv.fr/');
    expect(r.stdout).toContain('L.242-16 (sanction)');
    expect(r.stdout).toContain('Next allowed: Tue 24 Nov 2026 10:00 (Europe/Paris) = 2026-11-24T10:00:00+01:00');
  });

  it('prints the Decision with --json', () => {
    const r = callgate('check', '--to', '+33612345678', '--at', '2026-11-24T09:30:00+01:00', '--advertiser', 'acme', ...CALLER_ID, '--history', consent, '--json');
    expect(r.code).toBe(1);
    const d = json<{ allowed: boolean; verdict: string; reasons: Array<{ code: string; citations: Array<{ url: string; article?: string }> }>; nextAllowedAt: string; recipient: { timeZone: string } }>(r);
    expect(d.allowed).toBe(false);
    expect(d.verdict).toBe('deny');
    expect(d.reasons.map((x) => x.code)).toEqual(['fr.hours.outside-window']);
    expect(d.reasons[0]!.citations.some((c) => c.article === 'D.223-9' && c.url.startsWith('https://'))).toBe(true);
    expect(d.nextAllowedAt).toBe('2026-11-24T10:00:00+01:00');
    expect(d.recipient.timeZone).toBe('Europe/Paris');
  });

  it('denies the 5th attempt within 30 days given a --history file (D.223-9 al. 3)', () => {
    const history = files.file(
      'history.jsonl',
      [
        consentRow,
        { type: 'consent', at: '2026-09-01T12:00:00+02:00', advertiser: 'other' },
        { type: 'attempt', at: '2026-11-02T10:15:00+01:00', advertiser: 'acme', channel: 'voice', outcome: 'no-answer' },
        { type: 'attempt', at: '2026-11-09T11:00:00+01:00', advertiser: 'acme', channel: 'voice', outcome: 'busy' },
        { type: 'attempt', at: '2026-11-16T16:30:00+01:00', advertiser: 'acme', channel: 'voice' },
        { type: 'attempt', at: '2026-11-23T18:00:00+01:00', advertiser: 'acme', channel: 'voice' },
      ].map((e) => JSON.stringify(e)).join('\n'),
    );
    const r = callgate('check', '--to', '+33612345678', '--at', '2026-11-24T10:30:00+01:00', '--advertiser', 'acme', ...CALLER_ID, '--history', history, '--json');
    expect(r.code).toBe(1);
    const d = json<{ reasons: Array<{ code: string }>; nextAllowedAt: string }>(r);
    expect(d.reasons.map((x) => x.code)).toEqual(['fr.frequency.limit']);
    expect(d.nextAllowedAt).toBe('2026-12-02T10:15:00+01:00');
    // Another advertiser is not capped by acme's calls: allowed, exit code 0.
    expect(callgate('check', '--to', '+33612345678', '--at', '2026-11-24T10:30:00+01:00', '--advertiser', 'other', ...CALLER_ID, '--history', history).code).toBe(0);
  });

  it('reads a CSV --history with a refusal (60-day cooldown, D.223-9)', () => {
    const history = files.file('history.csv', 'type,at,advertiser\nconsent,2026-09-01T12:00:00+02:00,acme\nrefusal,2026-11-02T10:15:00+01:00,acme\n');
    const r = callgate('check', '--to', '+33612345678', '--at', '2026-11-24T10:30:00+01:00', '--advertiser', 'acme', ...CALLER_ID, '--history', history, '--json');
    expect(r.code).toBe(1);
    expect(json<{ reasons: Array<{ code: string }> }>(r).reasons.map((x) => x.code)).toEqual(['fr.refusal.cooldown']);
  });

  it('reads the number presented: withheld without --caller-id (L.221-17), an automated call needs an NPV number (Arcep 2022-1583)', () => {
    const at = ['--to', '+33612345678', '--at', '2026-11-24T10:30:00+01:00', '--advertiser', 'acme', '--history', consent, '--json'];
    const codesOf = (...extra: string[]) => json<{ reasons: Array<{ code: string }> }>(callgate('check', ...at, ...extra)).reasons.map((x) => x.code);
    expect(codesOf()).toEqual(['fr.caller-id.withheld']);
    expect(codesOf(...CALLER_ID)).toEqual([]);
    expect(codesOf(...CALLER_ID, '--automated')).toEqual([]);
    expect(codesOf('--caller-id', '+33140000000', '--automated')).toEqual(['fr.caller-id.not-allowed']);
    expect(codesOf('--caller-id', '+33140000000')).toEqual([]); // an agent may present a geographic number
  });

  it('writes messages in French with --locale fr', () => {
    const r = callgate('check', '--to', '+33612345678', '--at', '2026-11-28T10:30:00+01:00', '--advertiser', 'acme', '--locale', 'fr');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^REFUSÉ/);
    expect(r.stdout).toContain('samedi');
  });

  it('exits 2 on input errors: invalid number (an input.* deny), time without offset, missing --at, bad history row', () => {
    const bad = callgate('check', '--to', '0612', '--at', '2026-11-24T10:30:00+01:00', '--advertiser', 'acme', '--json');
    expect(bad.code).toBe(2);
    expect(json<{ reasons: Array<{ code: string }> }>(bad).reasons[0]!.code).toBe('input.invalid-number');
    const naive = callgate('check', '--to', '+33612345678', '--at', '2026-11-24 10:30', '--advertiser', 'acme');
    expect(naive.code).toBe(2);
    expect(naive.stderr).toContain('--at');
    expect(callgate('check', '--to', '+33612345678', '--advertiser', 'acme').code).toBe(2);
    const history = files.file('bad.jsonl', '{"type":"refusal","at":"tomorrow","advertiser":"acme"}\n');
    const r = callgate('check', '--to', '+33612345678', '--at', '2026-11-24T10:30:00+01:00', '--advertiser', 'acme', '--history', history);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/line 1: at/);
  });
});
