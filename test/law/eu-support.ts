// Shared fixtures of the EU member-state pack tests (DE, ES, NL, IT).
import { evaluate, type Attempt, type ContactEvent, type Decision, type RulePack } from 'callgate';

export { advisoryCodes, codes, exemptionCodes } from '../support.js';

/** A caller for one pack: prospecting voice calls by `acme` to `to`, with overrides. */
export function caller(pack: RulePack, to: string, callerId: string) {
  // An override set to undefined removes the field (callerId: undefined = a withheld number).
  const call = (at: string, overrides: { [K in keyof Attempt]?: Attempt[K] | undefined } = {}): Attempt =>
    Object.fromEntries(Object.entries({ to, at, channel: 'voice', advertiser: 'acme', callerId, ...overrides }).filter(([, v]) => v !== undefined)) as unknown as Attempt;
  const check = (attempt: Attempt, history: ContactEvent[] = []) => evaluate(attempt, history, { packs: [pack] });
  return { call, check };
}

export const consent = (at: string, extra: Partial<Extract<ContactEvent, { type: 'consent' }>> = {}): ContactEvent => ({ type: 'consent', at, advertiser: 'acme', proof: 'form-1', ...extra });
export const customer = (at: string, advertiser = 'acme'): ContactEvent => ({ type: 'customer', at, advertiser });
export const contract = (start: string, end?: string): ContactEvent => (end === undefined ? { type: 'contract', id: 'C-1', advertiser: 'acme', start } : { type: 'contract', id: 'C-1', advertiser: 'acme', start, end });
export const objection = (at: string): ContactEvent => ({ type: 'objection', at, advertiser: 'acme' });
export const check = (list: string, at: string, listed = false): ContactEvent => ({ type: 'opposition-check', at, list, listed });

/** Rules with their verification tag: every rule of these packs states its tag. */
export function tagOf(note: { en: string } | undefined): string | null {
  return note?.en.match(/^Tag (VERIFIED-2nd|VERIFIED|UNVERIFIED)\./)?.[1] ?? null;
}
