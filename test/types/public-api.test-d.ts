// Type tests of the public API (vitest typecheck, issue 12 item 5): what a host's code may and may
// not write. Each `@ts-expect-error` fails the type check if the line becomes valid.
import { describe, expectTypeOf, it } from 'vitest';
import {
  block, createGate, defineReason, defineRule, evaluate, exempt, isOptOut,
  type Attempt, type Citation, type ContactEvent, type Decision, type Gate, type Reason, type RuleOutcome,
} from 'callgate';

describe('evaluate', () => {
  it('takes an attempt, a history and options, and returns a Decision', () => {
    expectTypeOf(evaluate).parameter(0).toEqualTypeOf<Attempt>();
    expectTypeOf(evaluate).returns.toEqualTypeOf<Decision>();
    expectTypeOf<Decision['verdict']>().toEqualTypeOf<'allow' | 'deny'>();
    // allowed: undefined; denied: the instant, or null when none can be computed.
    expectTypeOf<Decision['nextAllowedAt']>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<Reason['citations']>().toEqualTypeOf<Citation[]>();
  });

  it('requires the fields a decision stands on', () => {
    // @ts-expect-error advertiser is required: caps and refusals are counted per advertiser
    evaluate({ to: '+33612345678', at: '2026-11-24T10:30:00+01:00', channel: 'voice' });
    // @ts-expect-error a channel is 'voice' or 'sms'
    evaluate({ to: '+33612345678', at: '2026-11-24T10:30:00+01:00', channel: 'fax', advertiser: 'acme' });
    evaluate({ to: '+33612345678', at: new Date(), channel: 'sms', advertiser: 'acme' });
  });

  it('types history events by their type', () => {
    const consent: ContactEvent = { type: 'consent', at: '2026-10-20T12:00:00+02:00', advertiser: 'acme', channels: ['voice'], covers: ['outside-hours'] };
    expectTypeOf(consent).toMatchTypeOf<ContactEvent>();
    // @ts-expect-error an opposition check says whether the number is listed
    const check: ContactEvent = { type: 'opposition-check', at: '2026-10-20T12:00:00+02:00', list: 'bloctel' };
    void check;
  });
});

describe('the Gate and the opt-out reader', () => {
  it('reserves asynchronously and answers a Decision', () => {
    expectTypeOf(createGate).returns.toEqualTypeOf<Gate>();
    expectTypeOf<Gate['reserve']>().returns.toEqualTypeOf<Promise<Decision>>();
    // Any value: a reply that is not text is no opt-out (fail closed on input, never a throw).
    expectTypeOf(isOptOut).parameter(0).toEqualTypeOf<unknown>();
  });
});

describe('defineReason / defineRule for a host pack', () => {
  const LATE = defineReason<{ localTime: string; limit: number }>()('acme.late', {
    kind: 'block',
    facts: { localTime: 'local time', limit: 'the last hour' },
    example: { localTime: '22:10', limit: 22 },
    // The message reads typed facts: no casts.
    message: (f) => ({ en: `${f.localTime} is after ${f.limit}:00`, fr: `${f.localTime} est après ${f.limit} h` }),
  });

  it('infers the code and the kind, and types the facts of its outcomes', () => {
    expectTypeOf(LATE.code).toEqualTypeOf<'acme.late'>();
    expectTypeOf(LATE.kind).toEqualTypeOf<'block'>();
    expectTypeOf(block(LATE, { localTime: '22:10', limit: 22 }, null)).toEqualTypeOf<RuleOutcome>();
    // @ts-expect-error a fact the reason does not declare
    block(LATE, { localTime: '22:10', limit: 22, extra: true }, null);
    // @ts-expect-error a fact of the wrong type
    block(LATE, { localTime: '22:10', limit: '22' }, null);
    // @ts-expect-error a block reason is not an exemption
    exempt(LATE, { localTime: '22:10', limit: 22 });
  });

  it('requires a meaning for every fact, optional ones included', () => {
    defineReason<{ a: string; b?: number }>()('acme.x', {
      kind: 'advisory',
      // @ts-expect-error the meaning of b is missing
      facts: { a: 'a' },
      example: { a: 'x' },
      message: () => ({ en: 'x', fr: 'x' }),
    });
  });

  it('builds a rule from its reasons', () => {
    const rule = defineRule({
      id: 'acme.hours', inForce: { from: '2026-01-01' }, citations: [],
      statement: { en: 'No calls after 22:00.', fr: 'Pas d’appel après 22 h.' },
      reasons: [LATE],
      check: (ctx) => (ctx.at > 0 ? [] : [block(LATE, { localTime: '00:00', limit: 22 }, null)]),
    });
    expectTypeOf(rule.messages).toMatchTypeOf<Readonly<Record<string, unknown>>>();
  });
});
