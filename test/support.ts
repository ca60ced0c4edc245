import { afterAll, expect } from 'vitest';
import { evaluate, type Attempt, type ContactEvent, type Decision, type EvaluateOptions, type RulePack } from 'callgate';
import { frPack } from 'callgate/fr';

/**
 * The French pack reduced to the rules of D.223-9 (scope, hours, frequency, refusal), for tests of
 * that article alone: the access rules (opposition list, consent, caller ID…) would otherwise also
 * block these attempts; they have their own tests.
 */
export const d2239Pack: RulePack = {
  ...frPack,
  rules: frPack.rules.filter((r) => ['fr.scope', 'fr.hours', 'fr.frequency', 'fr.refusal'].includes(r.id)),
};

/** Valid numbers per territory (libphonenumber-js/max examples). */
export const NUMBERS = {
  paris: '+33612345678',
  guadeloupe: '+590690001234',
  martinique: '+596696201234',
  guyane: '+594694201234',
  reunion: '+262692123456',
  mayotte: '+262639012345',
  miquelon: '+508551234',
  saintMartin: '+590590771234',
  saintBarthelemy: '+590590271234',
} as const;

/** A prospecting voice call by `acme` to a Paris mobile at `at`, with overrides. */
export function call(at: string, overrides: Partial<Attempt> = {}): Attempt {
  return { to: NUMBERS.paris, at, channel: 'voice', advertiser: 'acme', ...overrides };
}

export function decide(at: string, history: ContactEvent[] = [], overrides: Partial<Attempt> = {}, options?: EvaluateOptions): Decision {
  return evaluate(call(at, overrides), history, { packs: [d2239Pack], ...options });
}

/** The codes of a decision's blocking reasons, exemptions and advisories, in the decision's order: the one definition the suites share. */
export const codes = (d: Pick<Decision, 'reasons'>) => d.reasons.map((r) => r.code);
export const exemptionCodes = (d: Pick<Decision, 'exemptions'>) => d.exemptions.map((r) => r.code);
export const advisoryCodes = (d: Pick<Decision, 'advisories'>) => d.advisories.map((r) => r.code);

/** `n` voice attempts by `advertiser`, one per day at 11:00 Paris time starting on `firstDay` (YYYY-MM-DD, winter). */
export function dailyAttempts(firstDay: string, n: number, advertiser = 'acme', offset = '+01:00'): Array<Extract<ContactEvent, { type: 'attempt' }> & { at: string }> {
  const start = new Date(`${firstDay}T11:00:00${offset}`).getTime();
  return Array.from({ length: n }, (_, i) => ({
    type: 'attempt' as const,
    at: new Date(start + i * 86_400_000).toISOString(),
    advertiser,
    channel: 'voice' as const,
    outcome: 'no-answer' as const,
  }));
}

/**
 * How often a property reaches its assertion: a property that returns early on most generated
 * cases proves little, so each one counts its runs and the cases that reached the assertion, and
 * fails (after the file's tests) when the share is below `floor`.
 */
export function reachCounter(title: string, floor: number): { run(): void; reached(): void } {
  let runs = 0;
  let reached = 0;
  afterAll(() => {
    if (process.env.CALLGATE_REACH_LOG) console.log(`[reach] ${title}: ${reached}/${runs}`);
    expect(runs, `${title}: the property never ran`).toBeGreaterThan(0);
    expect(reached / runs, `${title}: reached its assertion in ${reached} of ${runs} runs`).toBeGreaterThanOrEqual(floor);
  });
  return { run: () => void runs++, reached: () => void reached++ };
}
