import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { DateTime } from 'luxon';
import { evaluate, type Attempt, type Channel, type ContactEvent } from 'callgate';
import { reachCounter } from '../../support.js';

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

/**
 * A prospecting voice call to a metropolitan consumer in the opt-in era, on a weekday morning inside
 * the D.223-9 window, presenting a verified number, with a history that holds a consent of 'acme'
 * most of the time: only the access rules decide, so most cases are allowed and reach the assertion.
 */
const optInCall = fc.tuple(
  fc.integer({ min: 0, max: 800 }).map((d) => DateTime.fromISO('2026-08-11T00:00', { zone: 'Europe/Paris' }).plus({ days: d })),
  fc.integer({ min: 10 * 60, max: 12 * 60 + 59 }),
  fc.integer({ min: 0, max: 3 }).map((n) => n > 0), // a consent in three histories out of four
).filter(([day]) => day.weekday <= 5).chain(([day, minute, withConsent]) => {
  const at = day.plus({ minutes: minute });
  const atMs = at.toMillis();
  const consent: ContactEvent = { type: 'consent', at: iso(atMs - 40 * DAY), advertiser: 'acme', channels: ['voice'] };
  return historyAround(atMs).map((history) => ({
    attempt: { to: '+33612345678', at: at.toISO()!, channel: 'voice' as const, advertiser: 'acme', callerId: '+33162123456', sector: 'insurance' },
    history: withConsent ? [consent, ...history] : history,
  }));
});

const LEGAL_BASES = ['fr.exemption.consent', 'fr.exemption.contract', 'fr.exemption.press'];

describe('properties of the French access regimes', () => {
  const optInReach = reachCounter('opt-in: allowed calls have a legal basis', 0.5);
  const nextReach = reachCounter('nextAllowedAt is allowed (access regimes)', 0.5);
  const withBasis = (at: number): ContactEvent[] => [
    { type: 'consent', at: iso(at - 40 * DAY), advertiser: 'acme' },
    { type: 'opposition-check', at: iso(at - 2 * DAY), list: 'bloctel', listed: false },
  ];
  test.prop([optInCall], { numRuns: 300 })(
    'in the opt-in era every allowed prospecting voice call to a consumer has a consent, contract or press exemption (L.223-1 2026; L.223-5)',
    ({ attempt, history }) => {
      optInReach.run();
      const d = evaluate(attempt, history);
      if (!d.allowed) return;
      if (d.recipient!.localTime.slice(0, 10) < '2026-08-11') return; // a local date of the Bloctel era
      optInReach.reached();
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

  // A lawful basis of either era (a consent, and a fresh clean Bloctel check) is added to each
  // history, so that most denials are for reasons with an end and nextAllowedAt is a date.
  // The attempt is placed in the evening (21:00–23:59 Paris time, outside the D.223-9 windows) of a
  // day from 2023-03-01, so that it is denied by a block with an end and the property is exercised.
  const evening = fc.integer({ min: 21 * 60, max: 23 * 60 + 59 });
  test.prop([attemptAt('2023-03-01T00:00:00Z', '2028-12-31T00:00:00Z', fc.constant({ callerId: '+33162123456', prerecorded: false, sector: 'insurance', channel: 'voice' as const, purpose: 'prospecting' as const, recipient: { kind: 'consumer' as const } })), evening, fc.constantFrom<'warn' | 'block'>('warn', 'block')], { numRuns: 200 })(
    'nextAllowedAt, when given, is itself allowed (docs/contract.md §3), with advisories warning or blocking',
    ({ attempt: generatedAttempt, history: generated }, minute, advisories) => {
      const day = DateTime.fromISO(generatedAttempt.at as string, { zone: 'Europe/Paris' }).startOf('day');
      const attempt = { ...generatedAttempt, at: day.plus({ minutes: minute }).toISO()! };
      const history = [...withBasis(ms(attempt.at)), ...generated];
      const d = evaluate(attempt, history, { advisories });
      expect(d.allowed).toBe(d.reasons.length === 0);
      nextReach.run();
      if (typeof d.nextAllowedAt === 'string') {
        nextReach.reached();
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
