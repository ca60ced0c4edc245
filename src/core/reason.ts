/**
 * Reason codes as data: each code is defined once, with the facts it reports (typed, and what each
 * means), its message in both languages, and an example of its facts. A rule lists the reasons it
 * can give (`defineRule`); the pack's registry is the union of its rules' reasons. The catalogue
 * and the parity test read the registry, and a message reads typed facts, not `Record<string,
 * unknown>` through casts.
 */
import type { Citation } from './vocabulary.js';
import type { AnyReason, FactValue, Ms, ReasonDef, ReasonKind, Rule, RuleContext, RuleOutcome, Text } from './rule.js';

/**
 * Defines a reason code. Curried so that the facts type is written and the code inferred:
 *
 * ```ts
 * const WEEKEND = defineReason<{ localDate: string; weekday: number }>()('fr.hours.weekend', {
 *   kind: 'block', facts: { localDate: '…', weekday: '…' }, example: { … },
 *   message: (f) => ({ en: `… ${f.weekday} …`, fr: `…` }),
 * });
 * ```
 */
export const defineReason =
  <F extends { [K in keyof F]: FactValue | undefined }>() =>
  <C extends string, K extends ReasonKind>(code: C, def: Omit<ReasonDef<F, C, K>, 'code'>): ReasonDef<F, C, K> => ({ code, ...def });

/** Facts as the engine carries them (outcomes and decisions are untyped at run time). */
const asFacts = (facts: object): Record<string, unknown> => facts as Record<string, unknown>;

/** A blocking outcome of `reason`, ending at `until` (null: no known end). */
export function block<F>(reason: ReasonDef<F, string, 'block'>, facts: NoInfer<F>, until: Ms | null, cite?: readonly Citation[]): RuleOutcome {
  return cite ? { kind: 'block', code: reason.code, facts: asFacts(facts as object), until, cite } : { kind: 'block', code: reason.code, facts: asFacts(facts as object), until };
}

/** An exemption: `reason` lifts the blocks it names (`facts.lifts`) or the rule's own block. */
export function exempt<F>(reason: ReasonDef<F, string, 'exempt'>, facts: NoInfer<F>, cite?: readonly Citation[]): RuleOutcome {
  return cite ? { kind: 'exempt', code: reason.code, facts: asFacts(facts as object), cite } : { kind: 'exempt', code: reason.code, facts: asFacts(facts as object) };
}

/** An advisory (blocking only when the host asks for it; then it ends at `until`). */
export function advise<F>(reason: ReasonDef<F, string, 'advisory'>, facts: NoInfer<F>, until?: Ms | null, cite?: readonly Citation[]): RuleOutcome {
  const out: RuleOutcome = { kind: 'advisory', code: reason.code, facts: asFacts(facts as object) };
  if (until !== undefined) out.until = until;
  if (cite) out.cite = cite;
  return out;
}

/** A rule as written: its reasons instead of a table of messages. */
export interface RuleDef extends Omit<Rule, 'messages' | 'facts' | 'reasons' | 'check'> {
  /** Every code the rule can report, each defined once (shared definitions are the same object). */
  reasons: readonly AnyReason[];
  check(ctx: RuleContext): RuleOutcome[];
}

/**
 * A rule from its definition: the messages and the facts' meanings are read off its reasons, so a
 * code's text lives in one place, typed by its facts.
 */
export function defineRule(def: RuleDef): Rule {
  const messages: Record<string, (facts: Record<string, unknown>) => Text> = {};
  const facts: Record<string, string> = {};
  for (const r of def.reasons) {
    messages[r.code] = r.message as (facts: Record<string, unknown>) => Text;
    for (const [k, v] of Object.entries(r.facts as Record<string, string>)) facts[k] ??= v;
  }
  return { ...def, messages, facts };
}

/** A code in the registry: its definition and the rules that report it. */
export interface RegisteredReason {
  reason: AnyReason;
  pack: string;
  rules: string[];
}

/**
 * Every reason code of the packs, code → definition. A code defined by two different objects is an
 * error (one definition per code): the registry throws, naming it. Rules written without
 * `defineRule` (a host's own pack with a `messages` table) have no registered reasons.
 */
export function reasonRegistry(packs: readonly { id: string; rules: readonly Rule[] }[]): ReadonlyMap<string, RegisteredReason> {
  const out = new Map<string, RegisteredReason>();
  for (const p of packs) {
    for (const rule of p.rules) {
      for (const reason of rule.reasons ?? []) {
        const seen = out.get(reason.code);
        if (!seen) out.set(reason.code, { reason, pack: p.id, rules: [rule.id] });
        else if (seen.reason !== reason) throw new Error(`reason code '${reason.code}' is defined twice (rules ${seen.rules.join(', ')} and ${rule.id})`);
        else if (!seen.rules.includes(rule.id)) seen.rules.push(rule.id);
      }
    }
  }
  return out;
}
