import { evaluate, type Attempt, type ContactEvent, type Decision, type EvaluateOptions } from 'callgate';

/** A prospecting voice call by 'acme' to a metropolitan mobile, presenting an NPV number. */
export function call(at: string, extra: Partial<Attempt> = {}): Attempt {
  return { to: '+33612345678', at, channel: 'voice', advertiser: 'acme', callerId: '+33162123456', ...extra };
}

/** A prospecting SMS by 'acme'. */
export function sms(at: string, extra: Partial<Attempt> = {}): Attempt {
  return { to: '+33612345678', at, channel: 'sms', advertiser: 'acme', ...extra };
}

export { advisoryCodes, codes, exemptionCodes } from '../../support.js';

export function check(attempt: Attempt, history: ContactEvent[] = [], options?: EvaluateOptions): Decision {
  return evaluate(attempt, history, options);
}

/** A clean Bloctel check at the given instant. */
export const scrub = (at: string, listed = false): ContactEvent => ({ type: 'opposition-check', at, list: 'bloctel', listed });
export const consent = (at: string, extra: Partial<Extract<ContactEvent, { type: 'consent' }>> = {}): ContactEvent => ({ type: 'consent', at, advertiser: 'acme', ...extra });

/** The same attempt with no number presented. */
export function masked(attempt: Attempt): Attempt {
  const { callerId: _withheld, ...rest } = attempt;
  return rest;
}
