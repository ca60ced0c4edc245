// plan(): the earliest lawful slot for each recipient of a list.
import { reachCounter } from '../support.js';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { evaluate, plan } from 'callgate';
import { attempt, history, instant } from 'callgate/testing';
import { d2239Pack, dailyAttempts } from '../support.js';

describe('plan', () => {
  it('gives each recipient its earliest allowed instant within the horizon, or why none', () => {
    const list = [
      { to: '+33612345678', channel: 'voice' as const, advertiser: 'acme' },
      { to: '+590690001234', channel: 'voice' as const, advertiser: 'acme' },
      { to: '+33612345679', channel: 'voice' as const, advertiser: 'acme' },
      { to: 'nope', channel: 'voice' as const, advertiser: 'acme' },
    ];
    const histories = [[], [], dailyAttempts('2026-11-23', 4), []];
    // D.223-9 alone: the access rules (consent, caller ID) have their own tests.
    const slots = plan(list, histories, { from: '2026-11-27T12:00:00+01:00', horizon: 'P7D', packs: [d2239Pack] }); // Friday noon
    expect(slots.map((s) => s.at)).toEqual([
      '2026-11-27T12:00:00+01:00', // allowed now
      '2026-11-27T10:00:00-04:00', // 07:00 in Guadeloupe: its window opens three hours later
      null, // capped until 23 December: beyond 7 days
      null, // invalid number
    ]);
    expect(slots[2]!.reasons.map((r) => r.code)).toEqual(['fr.frequency.limit']);
    expect(slots[2]!.nextAllowedAt).toBe('2026-12-23T11:00:00+01:00');
    expect(slots[3]!.reasons.map((r) => r.code)).toEqual(['input.invalid-number']);
  });

  it('takes histories keyed by number', () => {
    const slots = plan([{ to: '+33612345679', channel: 'voice', advertiser: 'acme' }], new Map([['+33612345679', dailyAttempts('2026-11-23', 4)]]), {
      from: '2026-11-27T12:00:00+01:00', horizon: 40, packs: [d2239Pack],
    });
    expect(slots[0]!.at).toBe('2026-12-23T11:00:00+01:00');
  });

  it('refuses bad planning options', () => {
    expect(() => plan([], [], { from: '2026-11-27 12:00' })).toThrow(/options.from/);
    expect(() => plan([], [], { from: '2026-11-27T12:00:00Z', horizon: 'two weeks' })).toThrow(/options.horizon/);
  });

  const from = instant({ from: '2026-09-01', to: '2026-12-31' });
  // The interesting branch: a recipient denied now, whose slot plan must find.
  const reach = reachCounter('plan agrees with evaluate on denied recipients', 0.3);
  test.prop([fc.array(fc.tuple(attempt(), history({ at: instant({ from: '2026-06-01', to: '2026-12-31' }) })), { maxLength: 8 }), from], { numRuns: 100 })(
    'agrees with evaluate on every recipient',
    (rows, at) => {
      reach.run();
      const slots = plan(rows.map(([a]) => a), rows.map(([, h]) => h), { from: at, horizon: 'P30D' });
      let denied = false;
      rows.forEach(([a, h], i) => {
        const d = evaluate({ ...a, at }, h);
        const slot = slots[i]!;
        denied ||= !d.allowed;
        if (d.allowed) expect(Date.parse(slot.at!)).toBe(Date.parse(at));
        else if (slot.at !== null) {
          expect(slot.at).toBe(d.nextAllowedAt);
          expect(evaluate({ ...a, at: slot.at }, h).allowed).toBe(true);
        } else expect(d.nextAllowedAt === null || Date.parse(d.nextAllowedAt!) > Date.parse(at) + 29 * 86_400_000).toBe(true);
      });
      if (denied) reach.reached();
    },
  );
});
