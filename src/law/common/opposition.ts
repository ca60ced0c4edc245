/**
 * National opposition lists (Canada's National DNCL, the UK's TPS/CTPS, Belgium's "Ne m'appelez
 * plus", Spain's Lista Robinson, Italy's Registro pubblico delle opposizioni…) as one rule shape:
 * the host scrubs the number and records `{ type: 'opposition-check', list, at, listed }`, `at`
 * being the date of the list version used; a check is relied on for the list's own freshness. A
 * listed number, or one without a fresh check, is blocked unless the pack's exemption applies.
 */
import { block, defineReason, defineRule } from '../../core/reason.js';
import type { AnyReason, Rule, RuleContext, RuleOutcome, Text } from '../../core/rule.js';
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
  /** `listed`: the code of a protected number (or several, picked by `listedCode`); `unchecked`: no fresh check. */
  codes: { listed: string | readonly string[]; unchecked: string };
  /** Whether a check says the number is protected (default: `check.listed`). */
  protects?(check: Check): boolean;
  /** The code of a protected number, when it depends on the check (one of `codes.listed`; default the first). */
  listedCode?(check: Check): string;
  /** Which attempts the list governs (e.g. prospecting voice calls to consumers). */
  applies(ctx: RuleContext): boolean;
  /** What lifts a listing (consent, customer relationship…): an `exempt` outcome, or null. */
  exemption?(ctx: RuleContext, check: Check | null): RuleOutcome | null;
  /** A message of its own for a listed code (default: "on the list, no exemption"). */
  listedMessages?: Readonly<Record<string, (f: ListedFacts) => Text>>;
  /** The reasons `exemption` may give (each defined once in its pack). */
  exemptions?: readonly AnyReason[];
  statement: Text;
  reading?: Text;
  unverified?: Text;
  sanctions?: readonly Citation[];
}

export type ListedFacts = { list: string; checkedAt: string };
type UncheckedFacts = { list: string; maxAgeDays: number; checkedAt: string | null; daysOld: number | null };

/** The reasons of a list: a protected number, and a number without a fresh check. */
export type ListReasons = ReturnType<typeof listReasons>;

/**
 * Defines the reasons of a list (once per list: the dated versions of one list's rule pass the
 * same object to `oppositionListRule`, so that each code keeps one definition).
 */
export function listReasons(l: Pick<OppositionList, 'codes' | 'name' | 'freshness' | 'listedMessages'>) {
  const { days } = l.freshness;
  const listed = (typeof l.codes.listed === 'string' ? [l.codes.listed] : l.codes.listed).map((code) =>
    defineReason<ListedFacts>()(code, {
      kind: 'block',
      facts: { list: 'the list name of the check relied on', checkedAt: 'date of the list version used' },
      example: { list: 'list', checkedAt: '2026-11-02T09:00:00Z' },
      message: l.listedMessages?.[code] ?? ((f) => ({
        en: `The number is on the ${l.name.en} (checked ${f.checkedAt}) and no exemption applies.`,
        fr: `Le numéro est inscrit sur la liste ${l.name.fr} (vérifiée le ${f.checkedAt}) et aucune exception ne s'applique.`,
      })),
    }));
  const unchecked = defineReason<UncheckedFacts>()(l.codes.unchecked, {
    kind: 'block',
    facts: {
      list: 'the list names that count',
      maxAgeDays: 'how long a check is relied on',
      checkedAt: 'date of the list version last used, or null',
      daysOld: 'local calendar days since it, or null',
    },
    example: { list: 'list', maxAgeDays: days, checkedAt: '2026-08-03T09:00:00Z', daysOld: days + 12 },
    message: (f) => ({
      en: f.checkedAt
        ? `The last check against the ${l.name.en} (${f.checkedAt}) is ${f.daysOld} days old: a check is relied on for ${f.maxAgeDays} days.`
        : `The number was never checked against the ${l.name.en}.`,
      fr: f.checkedAt
        ? `La dernière vérification sur la liste ${l.name.fr} (${f.checkedAt}) date de ${f.daysOld} jours : une vérification vaut ${f.maxAgeDays} jours.`
        : `Le numéro n'a jamais été vérifié sur la liste ${l.name.fr}.`,
    }),
  });
  return { listed, unchecked };
}

/** The rule of an opposition list. */
export function oppositionListRule(l: OppositionList, reasons: ListReasons = listReasons(l)): Rule {
  const { days } = l.freshness;
  const fresh = (ctx: RuleContext, check: Check): boolean =>
    l.freshness.count === 'dates' ? localDaysSince(ctx, check.at) <= days : ctx.at < ctx.clock.plusDays(check.at, days);
  return defineRule({
    id: l.id,
    inForce: l.inForce,
    citations: l.citations,
    statement: l.statement,
    ...(l.reading ? { reading: l.reading } : {}),
    ...(l.unverified ? { unverified: l.unverified } : {}),
    ...(l.sanctions ? { sanctions: l.sanctions } : {}),
    reasons: [...reasons.listed, reasons.unchecked, ...(l.exemptions ?? [])],
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
        return [block(reasons.unchecked, facts, null)];
      }
      const code = l.listedCode?.(check);
      const listed = reasons.listed.find((r) => r.code === code) ?? reasons.listed[0]!;
      return [block(listed, { list: check.list, checkedAt: ctx.iso(check.at) }, null)];
    },
  });
}
