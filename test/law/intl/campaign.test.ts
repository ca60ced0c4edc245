// docs/several-countries.md: one campaign, several countries, through `plan`. The guide's
// figures are these assertions.
import { describe, expect, it } from 'vitest';
import { plan, type ContactEvent } from 'callgate';

const contacts = [
  { to: '+33612345678', history: [] as ContactEvent[] }, // France: opt-in since 2026-08-11, no consent
  { to: '+14185550123', history: [{ type: 'opposition-check', at: '2026-11-27T12:00:00Z', list: 'ca-dncl', listed: false }] as ContactEvent[] }, // Quebec
  { to: '+442079460123', history: [{ type: 'opposition-check', at: '2026-11-27T12:00:00Z', list: 'uk-tps', listed: false }] as ContactEvent[] }, // London
  { to: '+3222345678', history: [{ type: 'opposition-check', at: '2026-11-29T12:00:00Z', list: 'be-dncm', listed: true }] as ContactEvent[] }, // Brussels, listed
  { to: '+41446681800', history: [{ type: 'opposition-check', at: '2026-11-27T12:00:00Z', list: 'ch-directory', listed: false, entry: 'plain' }] as ContactEvent[] }, // Zurich
];

describe('one campaign, several countries (plan)', () => {
  const slots = plan(
    contacts.map((c) => ({ to: c.to, channel: 'voice' as const, advertiser: 'acme', callerId: '+41223456789' })),
    contacts.map((c) => c.history),
    { from: '2026-11-30T08:00:00+01:00', horizon: 'P7D' },
  );
  it('gives each number the slot of its own law, or the reason there is none', () => {
    const byNumber = Object.fromEntries(slots.map((s) => [s.to, { at: s.at ?? null, codes: s.reasons.map((r) => r.code) }]));
    expect(byNumber).toEqual({
      // France: 08:00 is before the 10:00 window, and no consent (L.223-1 from 2026-08-11): no slot.
      '+33612345678': { at: null, codes: ['fr.hours.outside-window', 'fr.consent.missing'] },
      // Quebec City: 09:00 Eastern, when the Magdalen Islands and Blanc-Sablon are open too.
      '+14185550123': { at: '2026-11-30T09:00:00-05:00', codes: ['ca.hours.outside-window'] },
      // London and Zurich: no statutory hours; screened, unlisted.
      '+442079460123': { at: '2026-11-30T07:00:00+00:00', codes: [] },
      '+41446681800': { at: '2026-11-30T08:00:00+01:00', codes: [] },
      // Brussels: on "Ne m'appelez plus".
      '+3222345678': { at: null, codes: ['be.opposition.listed'] },
    });
  });
});
