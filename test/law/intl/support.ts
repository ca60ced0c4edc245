// Helpers shared by the international packs' tests.
import { evaluate, type Attempt, type ContactEvent, type Decision, type EvaluateOptions } from 'callgate';

/** A marketing voice call by `acme` presenting a French number, with overrides (`callerId: undefined` withholds it). */
export function call(to: string, at: string, overrides: { [K in keyof Attempt]?: Attempt[K] | undefined } = {}): Attempt {
  const a: Record<string, unknown> = { to, at, channel: 'voice', advertiser: 'acme', callerId: '+33144556677', ...overrides };
  for (const k of Object.keys(a)) if (a[k] === undefined) delete a[k];
  return a as unknown as Attempt;
}

/** An opposition-list check dated `at`. */
export function scrub(list: string, at: string, listed = false, extra: Partial<Extract<ContactEvent, { type: 'opposition-check' }>> = {}): ContactEvent {
  return { type: 'opposition-check', at, list, listed, ...extra };
}

export function decide(attempt: Attempt, history: ContactEvent[] = [], options?: EvaluateOptions): Decision {
  return evaluate(attempt, history, options);
}

export { advisoryCodes as advisories, codes, exemptionCodes as exemptions } from '../../support.js';
