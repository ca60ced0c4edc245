/**
 * National opposition lists (Canada's National DNCL, the UK's TPS/CTPS, Belgium's "Ne m'appelez
 * plus", Spain's Lista Robinson, Italy's Registro pubblico delle opposizioni…) as one rule shape:
 * the host scrubs the number and records `{ type: 'opposition-check', list, at, listed }`, `at`
 * being the date of the list version used; a check is relied on for the list's own freshness. A
 * listed number, or one without a fresh check, is blocked unless the pack's exemption applies.
 */
import type { Rule, RuleContext, RuleOutcome, Text } from '../../core/rule.js';
import type { Citation } from '../../core/types.js';
import { latestCheck, localDaysSince } from './history.js';

type Check = NonNullable<ReturnType<typeof latestCheck>>;

/** One opposition list, as data. */
export interface OppositionList {
  id: string;
  inForce: { from: string; until?: string };
  citations: readonly Citation[];
  /** The list's name in messages (`'National Do Not Call List'`). */
  name: Text;
  /** `opposition-check.list` values that count (`['uk-tps']`), or per attempt (TPS vs CTPS). */
  lists: readonly string[] | ((ctx: RuleContext) => readonly string[]);
  /**
   * How long a check is relied on. `'dates'`: up to `days` local calendar days after the check
   * (a check 31 days old is fresh, 32 stale); `'elapsed'`: strictly less than `days` × 24 h of
   * local wall-clock time.
   */
  freshness: { days: number; count: 'dates' | 'elapsed' };
  codes: { listed: string; unchecked: string };
  /** Whether a check says the number is protected (default: `check.listed`). */
  protects?(check: Check): boolean;
  /** The code of a protected number, when it depends on the check (default `codes.listed`). */
  listedCode?(check: Check): string;
  /** Which attempts the list governs (e.g. prospecting voice calls to consumers). */
  applies(ctx: RuleContext): boolean;
  /** What lifts a listing (consent, customer relationship…): an `exempt` outcome, or null. */
  exemption?(ctx: RuleContext, check: Check | null): RuleOutcome | null;
  /** Extra messages (the exemptions' codes). */
  messages?: Rule['messages'];
  statement: Text;
  reading?: Text;
  unverified?: Text;
  sanctions?: readonly Citation[];
}

/** The rule of an opposition list. */
export function oppositionListRule(l: OppositionList): Rule {
  const { days } = l.freshness;
  const fresh = (ctx: RuleContext, check: Check): boolean =>
    l.freshness.count === 'dates' ? localDaysSince(ctx, check.at) <= days : ctx.at < ctx.clock.plusDays(check.at, days);
  const rule: Rule = {
    id: l.id,
    inForce: l.inForce,
    citations: l.citations,
    statement: l.statement,
    facts: { list: 'the list name of the check relied on', checkedAt: 'date of the list version used', daysOld: 'local calendar days since it', maxAgeDays: 'how long a check is relied on' },
    messages: {
      [l.codes.listed]: (f) => ({
        en: `The number is on the ${l.name.en} (checked ${String(f.checkedAt)}) and no exemption applies.`,
        fr: `Le numéro est inscrit sur la liste ${l.name.fr} (vérifiée le ${String(f.checkedAt)}) et aucune exception ne s'applique.`,
      }),
      [l.codes.unchecked]: (f) => ({
        en: f.checkedAt
          ? `The last check against the ${l.name.en} (${String(f.checkedAt)}) is ${String(f.daysOld)} days old: a check is relied on for ${days} days.`
          : `The number was never checked against the ${l.name.en}.`,
        fr: f.checkedAt
          ? `La dernière vérification sur la liste ${l.name.fr} (${String(f.checkedAt)}) date de ${String(f.daysOld)} jours : une vérification vaut ${days} jours.`
          : `Le numéro n'a jamais été vérifié sur la liste ${l.name.fr}.`,
      }),
      ...l.messages,
    },
    check(ctx) {
      if (!l.applies(ctx)) return [];
      const lists = typeof l.lists === 'function' ? l.lists(ctx) : l.lists;
      const check = latestCheck(ctx, lists);
      const isFresh = check !== null && check.at <= ctx.at && fresh(ctx, check);
      const protects = l.protects ?? ((c: Check) => c.listed);
      if (isFresh && !protects(check)) return [];
      const exemption = l.exemption?.(ctx, check);
      if (exemption) return [exemption];
      if (!isFresh) {
        const facts = { list: lists.join(' | '), maxAgeDays: days, checkedAt: check ? ctx.iso(check.at) : null, daysOld: check ? localDaysSince(ctx, check.at) : null };
        return [{ kind: 'block', code: l.codes.unchecked, facts, until: null }];
      }
      const code = l.listedCode?.(check) ?? l.codes.listed;
      return [{ kind: 'block', code, facts: { list: check.list, checkedAt: ctx.iso(check.at) }, until: null }];
    },
  };
  if (l.reading) rule.reading = l.reading;
  if (l.unverified) rule.unverified = l.unverified;
  if (l.sanctions) rule.sanctions = l.sanctions;
  return rule;
}
