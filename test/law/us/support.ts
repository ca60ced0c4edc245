import { evaluate, type Attempt, type ContactEvent, type Decision, type EvaluateOptions } from 'callgate';

/** Valid numbers (libphonenumber-js/max) per area code used in the US tests. */
export const US = {
  newYork: '+12125550187', // 212 Manhattan, America/New_York
  miami: '+13055550143', // 305 Florida, Eastern
  panhandle: '+18505550199', // 850 Florida, Eastern and Central
  oklahoma: '+14055550111', // 405 Oklahoma City, Central
  maryland: '+14105550122', // 410 Baltimore, Eastern
  dallas: '+12145550133', // 214 Texas, Central
  losAngeles: '+13105550144', // 310 California, Pacific
  newJersey: '+12015550155', // 201 New Jersey, Eastern
  rhodeIsland: '+14015550166', // 401 Rhode Island, Eastern
  mississippi: '+16015550177', // 601 Mississippi, Central
  southDakota: '+16055550188', // 605 South Dakota, Central and Mountain
  ohio: '+16145550111', // 614 Columbus, Eastern
  tollFree: '+18005550123', // toll-free: no zone
} as const;

/** A marketing voice call by `acme`, with overrides. */
export function usCall(to: string, at: string, overrides: Partial<Attempt> = {}): Attempt {
  return { to, at, channel: 'voice', advertiser: 'acme', ...overrides };
}

/** A National DNC scrub that found the number not listed (or listed), dated `at`. */
export function scrub(at: string, listed = false, list = 'us-national-dnc'): ContactEvent {
  return { type: 'opposition-check', at, list, listed };
}

/** A history with a fresh national, Florida and Texas scrub (not listed) a few days before late-November 2026 calls. */
export const CLEAN: ContactEvent[] = [
  scrub('2026-11-20T12:00:00Z'),
  scrub('2026-11-20T12:00:00Z', false, 'us-fl-dnc'),
  scrub('2026-11-20T12:00:00Z', false, 'us-tx-nocall'),
];

/** National, Florida and Texas scrubs (not listed) one minute before `at`: fresh for any rule. */
export function fresh(at: string): ContactEvent[] {
  const t = new Date(Date.parse(at) - 60_000).toISOString();
  return [scrub(t), scrub(t, false, 'us-fl-dnc'), scrub(t, false, 'us-tx-nocall')];
}

export function usDecide(to: string, at: string, history: ContactEvent[] = fresh(at), overrides: Partial<Attempt> = {}, options?: EvaluateOptions): Decision {
  return evaluate(usCall(to, at, overrides), history, options);
}

export { codes, exemptionCodes as exemptions } from '../../support.js';
