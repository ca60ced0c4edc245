// The engine's mechanisms, exercised with a small host-written pack: candidate zones, dated rules,
// open-ended blocks that end with their rule, and nextAllowedAt as a fixpoint.
import { describe, expect, it } from 'vitest';
import { evaluate, type Rule, type RulePack } from 'callgate';

const citation = { instrument: 'Test Act', article: '§1', url: 'https://example.org/act', inForce: { from: '2020-01-01' } };

/** 08:00–21:00 local, the shape of a US calling-hours rule. */
const hours: Rule = {
  id: 'test.hours',
  inForce: { from: '2020-01-01' },
  citations: [citation],
  statement: { en: 'Calls 08:00–21:00.', fr: 'Appels 08:00–21:00.' },
  messages: { 'test.hours': () => ({ en: 'Outside 08:00–21:00.', fr: 'Hors 08:00–21:00.' }) },
  check(ctx) {
    const h = ctx.local.hour;
    if (h >= 8 && h < 21) return [];
    const opens = (h < 8 ? ctx.local : ctx.local.plus({ days: 1 })).set({ hour: 8, minute: 0, second: 0, millisecond: 0 });
    return [{ kind: 'block', code: 'test.hours', facts: { hour: h }, until: opens.toMillis() }];
  },
};

/** A ban in force only until 2026-06-30: open-ended while it lasts. */
const sunsetBan: Rule = {
  id: 'test.ban',
  inForce: { from: '2026-01-01', until: '2026-06-30' },
  citations: [{ ...citation, inForce: { from: '2026-01-01', until: '2026-06-30' } }],
  statement: { en: 'No calls in the first half of 2026.', fr: "Pas d'appels au premier semestre 2026." },
  messages: { 'test.ban': () => ({ en: 'Banned until 30 June 2026.', fr: "Interdit jusqu'au 30 juin 2026." }) },
  check: () => [{ kind: 'block', code: 'test.ban', facts: {}, until: null }],
};

const pack = (rules: Rule[], timeZones: string[]): RulePack => ({
  id: 'test',
  jurisdiction: 'CA',
  calendarCountry: 'CA',
  countries: ['CA'],
  locate: () => ({ timeZones }),
  sanctions: [],
  rules,
});

// +1 204 is Manitoba (Central), +1 416 Toronto (Eastern); the pack says "either" for both.
const attempt = (at: string) => ({ to: '+14165550123', at, channel: 'voice' as const, advertiser: 'acme' });
const twoZones = { packs: [pack([hours], ['America/Toronto', 'America/Winnipeg'])] };

describe('candidate zones: a rule passes only if it passes in every zone', () => {
  it('denies 08:30 Toronto (07:30 Winnipeg) and allows 09:00 Toronto', () => {
    const early = evaluate(attempt('2026-11-24T08:30:00-05:00'), [], twoZones);
    expect(early.reasons.map((r) => r.code)).toEqual(['test.hours']);
    expect(early.nextAllowedAt).toBe('2026-11-24T09:00:00-05:00');
    expect(early.recipient!.timeZones).toEqual(['America/Toronto', 'America/Winnipeg']);
    expect(evaluate(attempt('2026-11-24T09:00:00-05:00'), [], twoZones).allowed).toBe(true);
  });

  it('denies 20:30 Winnipeg (21:30 Toronto): the eastern zone closes first', () => {
    const late = evaluate(attempt('2026-11-24T20:30:00-06:00'), [], twoZones);
    expect(late.allowed).toBe(false);
    expect(late.nextAllowedAt).toBe('2026-11-25T09:00:00-05:00');
  });

  it('recipient.timeZone narrows the candidates to one', () => {
    const d = evaluate({ ...attempt('2026-11-24T08:30:00-05:00'), recipient: { timeZone: 'America/Toronto' } }, [], twoZones);
    expect(d.allowed).toBe(true);
  });

  it('an empty candidate list is an input error', () => {
    const d = evaluate(attempt('2026-11-24T12:00:00-05:00'), [], { packs: [pack([hours], [])] });
    expect(d.reasons.map((r) => r.code)).toEqual(['input.unknown-time-zone']);
  });
});

describe('dated rules', () => {
  const packs = [pack([sunsetBan, hours], ['America/Toronto'])];
  it('an open-ended block of a rule with an end date ends when the rule does', () => {
    const d = evaluate(attempt('2026-03-10T12:00:00-04:00'), [], { packs });
    expect(d.reasons.map((r) => r.code)).toEqual(['test.ban']);
    expect(d.reasons[0]!.until).toBeNull();
    // Midnight starting 1 July is outside hours: the fixpoint goes on to 08:00.
    expect(d.nextAllowedAt).toBe('2026-07-01T08:00:00-04:00');
  });

  it('a rule does not apply outside its dates', () => {
    expect(evaluate(attempt('2025-12-31T12:00:00-05:00'), [], { packs }).allowed).toBe(true);
    expect(evaluate(attempt('2026-07-01T12:00:00-04:00'), [], { packs }).allowed).toBe(true);
  });

  it('a never-ending block gives nextAllowedAt null', () => {
    const forever: Rule = { ...sunsetBan, id: 'test.forever', inForce: { from: '2020-01-01' } };
    expect(evaluate(attempt('2026-03-10T12:00:00-04:00'), [], { packs: [pack([forever], ['America/Toronto'])] }).nextAllowedAt).toBeNull();
  });
});
