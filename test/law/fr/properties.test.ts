import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { evaluate, type Attempt, type Channel, type ContactEvent } from 'callgate';

const DAY = 86_400_000;
const ms = (iso: string) => Date.parse(iso);
const iso = (t: number) => new Date(t).toISOString();

const channel = fc.constantFrom<Channel>('voice', 'sms');
const channels = fc.uniqueArray(channel, { minLength: 1, maxLength: 2 });
/** An event without the keys fast-check left undefined (optional fields are absent, not undefined). */
const defined = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as unknown as ContactEvent;
const advertiser = fc.constantFrom('acme', 'acme', 'other');

/** A history around an attempt at `at`: events up to 2 years before and a few days after. */
function historyAround(at: number): fc.Arbitrary<ContactEvent[]> {
  const when = fc.integer({ min: at - 730 * DAY, max: at + 3 * DAY }).map(iso);
  const event: fc.Arbitrary<ContactEvent> = fc.oneof(
    fc.record({ type: fc.constant('consent'), at: when, advertiser, channels, covers: fc.constantFrom(['prospecting'], ['outside-hours'], ['prospecting', 'outside-hours']) }, { requiredKeys: ['type', 'at', 'advertiser'] }).map(defined),
    fc.record({ type: fc.constant('consent-withdrawn'), at: when, advertiser, channels }, { requiredKeys: ['type', 'at', 'advertiser'] }).map(defined),
    fc.record({ type: fc.constant('objection'), at: when, advertiser, channels }, { requiredKeys: ['type', 'at', 'advertiser'] }).map(defined),
    fc.record({ type: fc.constant('refusal' as const), at: when, advertiser }),
    fc.record({ type: fc.constant('customer' as const), at: when, advertiser }),
    fc.record({ type: fc.constant('attempt' as const), at: when, advertiser, channel }),
    fc.record({ type: fc.constant('opposition-check' as const), at: when, list: fc.constant('bloctel'), listed: fc.boolean() }),
    fc.tuple(when, fc.option(fc.integer({ min: 1, max: 400 }), { nil: undefined }), advertiser, fc.constantFrom('C-1', 'C-2')).map(([start, days, adv, id]): ContactEvent =>
      days === undefined ? { type: 'contract', id, advertiser: adv, start } : { type: 'contract', id, advertiser: adv, start, end: iso(ms(start) + days * DAY) }),
  );
  return fc.array(event, { maxLength: 8 });
}

function attemptAt(from: string, to: string, overrides: fc.Arbitrary<Partial<Attempt>> = fc.constant({})): fc.Arbitrary<{ attempt: Attempt; history: ContactEvent[] }> {
  return fc.integer({ min: ms(from), max: ms(to) }).chain((at) =>
    fc.record({
      attempt: fc.record({
        to: fc.constantFrom('+33612345678', '+590690301234', '+262692123456', '0175123456'),
        at: fc.constant(iso(at)),
        channel,
        advertiser: fc.constant('acme'),
        automated: fc.boolean(),
        prerecorded: fc.boolean(),
        callerId: fc.constantFrom('+33162123456', '+33612000000', '38123', 'ACME', '+590947512345'),
        purpose: fc.constantFrom<Attempt['purpose']>('prospecting', 'contract', 'non-commercial'),
        contractId: fc.constantFrom('C-1', 'C-2'),
        sector: fc.constantFrom('press', 'energy-renovation', 'home-adaptation', 'professional-training', 'insurance'),
        recipient: fc.record({ kind: fc.constantFrom<'consumer' | 'business'>('consumer', 'business') }),
      }, { requiredKeys: ['to', 'at', 'channel', 'advertiser'] }).chain((a) => overrides.map((o) => ({ ...a, ...o }) as Attempt)),
      history: historyAround(at),
    }),
  );
}

const LEGAL_BASES = ['fr.exemption.consent', 'fr.exemption.contract', 'fr.exemption.press'];

describe('properties of the French access regimes', () => {
  test.prop([attemptAt('2026-08-11T00:00:00Z', '2028-12-31T00:00:00Z', fc.constant({ channel: 'voice' as const, purpose: 'prospecting' as const, recipient: { kind: 'consumer' as const } }))], { numRuns: 300 })(
    'in the opt-in era every allowed prospecting voice call to a consumer has a consent, contract or press exemption (L.223-1 2026; L.223-5)',
    ({ attempt, history }) => {
      const d = evaluate(attempt, history);
      if (!d.allowed) return;
      if (d.recipient!.localTime.slice(0, 10) < '2026-08-11') return; // a local date of the Bloctel era
      expect(d.exemptions.some((e) => LEGAL_BASES.includes(e.code))).toBe(true);
    },
  );

  test.prop([attemptAt('2004-07-01T00:00:00Z', '2028-12-31T00:00:00Z')], { numRuns: 300 })(
    'every deny reason carries a citation in force on the attempt\'s local date, and every reason a message',
    ({ attempt, history }) => {
      const d = evaluate(attempt, history);
      const localDate = d.recipient?.localTime.slice(0, 10);
      for (const r of [...d.exemptions, ...d.advisories]) expect(r.message, r.code).not.toBe(r.code);
      for (const r of d.reasons) {
        if (r.code.startsWith('input.')) continue;
        expect(r.message, r.code).not.toBe(r.code);
        expect(localDate).toBeDefined();
        const inForce = r.citations.some((c) => c.inForce.from <= localDate! && (c.inForce.until === undefined || localDate! <= c.inForce.until));
        expect(inForce, `${r.code} on ${localDate}`).toBe(true);
      }
    },
  );

  test.prop([attemptAt('2016-06-01T00:00:00Z', '2028-12-31T00:00:00Z'), fc.constantFrom<'warn' | 'block'>('warn', 'block')], { numRuns: 200 })(
    'nextAllowedAt, when given, is itself allowed (API.md §3), with advisories warning or blocking',
    ({ attempt, history }, advisories) => {
      const d = evaluate(attempt, history, { advisories });
      expect(d.allowed).toBe(d.reasons.length === 0);
      if (typeof d.nextAllowedAt === 'string') {
        expect(evaluate({ ...attempt, at: d.nextAllowedAt }, history, { advisories }).allowed).toBe(true);
      }
    },
  );

  test.prop([attemptAt('2004-07-01T00:00:00Z', '2028-12-31T00:00:00Z'), fc.option(channels, { nil: undefined })], { numRuns: 200 })(
    'an objection of the recipient to this advertiser never turns a deny into an allow, and blocks its channels alone (RGPD art. 21)',
    ({ attempt, history }, objected) => {
      const before = evaluate(attempt, history);
      const objection: ContactEvent = objected === undefined
        ? { type: 'objection', at: attempt.at, advertiser: 'acme' }
        : { type: 'objection', at: attempt.at, advertiser: 'acme', channels: objected };
      const after = evaluate(attempt, [...history, objection]);
      if (!before.allowed) expect(after.allowed).toBe(false);
      const covered = objected === undefined || objected.includes(attempt.channel);
      if (covered && attempt.purpose !== 'non-commercial') expect(after.reasons.map((r) => r.code)).toContain('fr.objection');
      expect(after.reasons.some((r) => ['fr.consent.missing', 'fr.sms.consent-missing', 'fr.prerecorded.consent-missing'].includes(r.code)) && covered && attempt.purpose !== 'non-commercial').toBe(false);
    },
  );
});
