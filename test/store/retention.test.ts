// The retention rule shared by the memory store, the audit replay and (in SQL) the PostgreSQL
// adapter (issue 12 item 4): what leaves a history once older than the look-back.
import { describe, expect, it } from 'vitest';
import { retained, type Retainable } from '../../src/store/events.js';

const day = (d: number) => Date.UTC(2026, 0, d);
const view = (e: Retainable) => e;
const ev = (d: number, event: Retainable['event'] & Record<string, unknown>): Retainable => ({ ms: day(d), event });

describe('retained', () => {
  it('drops attempts and refusals before the cutoff, keeps consents and objections of any age', () => {
    const h = [ev(1, { type: 'attempt' }), ev(2, { type: 'refusal' }), ev(3, { type: 'consent' }), ev(4, { type: 'objection' }), ev(20, { type: 'attempt' })];
    expect(retained(h, day(10), view).map((e) => e.event.type)).toEqual(['consent', 'objection', 'attempt']);
  });

  it('keeps the latest check of each list (names compared without case), drops the superseded ones', () => {
    const h = [ev(1, { type: 'opposition-check', list: 'Bloctel' }), ev(2, { type: 'opposition-check', list: 'bloctel' }), ev(3, { type: 'opposition-check', list: 'us-national-dnc' })];
    expect(retained(h, day(10), view).map((e) => e.ms)).toEqual([day(2), day(3)]);
    // Two checks at the same instant: the one recorded last is the latest.
    const same = [ev(1, { type: 'opposition-check', list: 'bloctel' }), ev(1, { type: 'opposition-check', list: 'bloctel' })];
    expect(retained(same, day(10), view)).toEqual([same[1]]);
  });

  it('keeps everything when a preference carries a budget (it may count attempts of any age)', () => {
    const h = [ev(1, { type: 'attempt' }), { ms: day(2), event: { type: 'preference' as const, budgets: [{ count: 1, per: 'P1Y' }] } }];
    expect(retained(h, day(100), view)).toBe(h);
  });

  it('returns the same array when nothing leaves', () => {
    const h = [ev(20, { type: 'attempt' })];
    expect(retained(h, day(10), view)).toBe(h);
  });
});
