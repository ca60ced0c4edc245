import { afterAll, describe, expect, it } from 'vitest';
import { callgate, json, scratch } from './run.js';

const files = scratch();
afterAll(() => files.cleanup());

// Lawful under the access rules, so that the windows are those of D.223-9 alone: a number
// presented (L.221-17), a consent given before the opt-in era's calls (L.223-1, from 11 August
// 2026), and, in the Bloctel era, a scrub showing the number free within 30 days (L.223-1).
const CALLER_ID = ['--caller-id', '+33162123456'] as const;
const consent = { type: 'consent', at: '2026-09-01T12:00:00+02:00', advertiser: 'acme' };

type Windows = { timeZone: string; windows: Array<{ start: string; end: string; open?: true }>; blockedBy?: Array<{ code: string }> };

describe('callgate windows', () => {
  it('skips Christmas (L.3133-1) and the weekend, keeps the lunch break (D.223-9)', () => {
    const history = files.file('consent.jsonl', JSON.stringify(consent));
    const r = callgate('windows', '--to', '+33612345678', '--from', '2026-12-24T09:00:00+01:00', '--days', '5', '--advertiser', 'acme', ...CALLER_ID, '--history', history, '--json');
    expect(r.code).toBe(0);
    const w = json<Windows>(r);
    expect(w.timeZone).toBe('Europe/Paris');
    expect(w.windows).toEqual([
      { start: '2026-12-24T10:00:00+01:00', end: '2026-12-24T13:00:00+01:00' },
      { start: '2026-12-24T14:00:00+01:00', end: '2026-12-24T20:00:00+01:00' },
      { start: '2026-12-28T10:00:00+01:00', end: '2026-12-28T13:00:00+01:00' },
      { start: '2026-12-28T14:00:00+01:00', end: '2026-12-28T20:00:00+01:00' },
    ]);
  });

  it("gives Guadeloupe's windows in its own time and skips its abolition day (27 May, conservative holidays)", () => {
    const scrub = files.file('scrub.csv', 'type,at,list,listed\nopposition-check,2026-05-20T09:00:00-04:00,bloctel,false\n');
    const r = callgate('windows', '--to', '+590690123456', '--from', '2026-05-26T12:30:00-04:00', '--days', '2', ...CALLER_ID, '--history', scrub, '--json');
    const w = json<Windows>(r);
    expect(w.timeZone).toBe('America/Guadeloupe');
    expect(w.windows).toEqual([
      { start: '2026-05-26T12:30:00-04:00', end: '2026-05-26T13:00:00-04:00' },
      { start: '2026-05-26T14:00:00-04:00', end: '2026-05-26T20:00:00-04:00' },
      { start: '2026-05-28T10:00:00-04:00', end: '2026-05-28T12:30:00-04:00', open: true },
    ]);
  });

  it('starts after the refusal cooldown given a --history file, and prints text by default', () => {
    const history = files.file('h.jsonl', [consent, { type: 'refusal', at: '2026-11-24T11:00:00+01:00', advertiser: 'acme' }].map((e) => JSON.stringify(e)).join('\n'));
    const r = callgate('windows', '--to', '+33612345678', '--from', '2026-11-25T10:00:00+01:00', '--days', '62', '--advertiser', 'acme', ...CALLER_ID, '--history', history);
    expect(r.code).toBe(0);
    // Refusal on 24 Nov: 60 full days, allowed from 24 Jan 2027, a Sunday: Monday 25 Jan.
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toContain("Allowed windows for +33612345678 (Europe/Paris, recipient's time)");
    expect(lines[1]).toMatch(/^ {2}Mon 25 Jan 2027 +10:00–13:00 {2}14:00–20:00$/);
  });

  it('exits 2 on an invalid number', () => {
    expect(callgate('windows', '--to', '0612', '--from', '2026-05-26T12:30:00-04:00').code).toBe(2);
  });
});
