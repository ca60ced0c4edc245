/**
 * Contact limits beyond the law: a consumer's preferences (`preference` events, `consumer.*`
 * reasons) and the advertiser's own policy (`options.policy`, `policy.*` reasons). They run beside
 * the jurisdiction's rules and can only add blocks, so they never make an unlawful call allowed.
 * Each block says when it ends, so `nextAllowedAt` keeps working.
 */
import { Duration, type DateTime } from 'luxon';
import { block, defineReason, defineRule } from '../core/reason.js';
import type { Budget, Limits, Rule, RuleContext, RuleOutcome, Slot } from '../core/rule.js';
import type { Channel } from '../core/vocabulary.js';
import { rollingLimit } from '../core/window.js';

/** Whose limits: the consumer's (preference events) or the advertiser's (options.policy). */
export type LimitSource = 'consumer' | 'policy';

/** The limits that apply to an attempt, and whose contacts a budget counts (undefined = everyone's). */
interface Applicable {
  limits: Limits;
  countAdvertiser: string | undefined;
  facts: Whose;
}

/** Which preference applies (none for the advertiser's policy). */
type Whose = { preferenceAt?: string; scope?: string };
type BudgetFacts = Whose & { contacts: number; budget: number; per: string; channels: readonly Channel[] };
type QuietFacts = Whose & { excluded?: string; days?: readonly number[]; preferred?: readonly string[] };

const WHOSE_FACTS = {
  preferenceAt: 'when the consumer stated the preference applied (consumer.*)',
  scope: "the advertiser it applies to, or 'all advertisers' (consumer.*)",
} as const;

const minuteOfDay = (local: DateTime) => local.hour * 60 + local.minute + local.second / 60 + local.millisecond / 60_000;
const inSlot = (local: DateTime, s: Slot) => s.days.includes(local.weekday) && minuteOfDay(local) >= s.from && minuteOfDay(local) < s.to;
const atMinute = (day: DateTime, m: number) =>
  m >= 1440 ? day.plus({ days: 1 }).startOf('day') : day.set({ hour: Math.floor(m / 60), minute: m % 60, second: 0, millisecond: 0 });
const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

const WHO = {
  consumer: { en: "the consumer's preference", fr: 'la préférence du consommateur' },
  policy: { en: "the advertiser's policy", fr: "la politique de l'annonceur" },
} as const;

/** The reasons of one source of limits, defined once each (the policy rules are rebuilt per policy, not their reasons). */
function limitReasons(source: LimitSource) {
  const who = WHO[source];
  const budget = defineReason<BudgetFacts>()(`${source}.budget-exceeded`, {
    kind: 'block',
    facts: { ...WHOSE_FACTS, contacts: 'contacts counted in the period', budget: 'the contacts allowed', per: 'the period (ISO 8601 duration)', channels: 'the channels the budget counts' },
    example: { contacts: 2, budget: 2, per: 'P7D', channels: ['voice'] },
    message: (f) => ({
      en: `${f.contacts} contacts within ${f.per}: ${who.en} allows ${f.budget}.`,
      fr: `${f.contacts} contacts sur ${f.per} : ${who.fr} en autorise ${f.budget}.`,
    }),
  });
  const quiet = defineReason<QuietFacts>()(`${source}.quiet-time`, {
    kind: 'block',
    facts: { ...WHOSE_FACTS, excluded: 'the excluded slot the attempt falls in (HH:mm-HH:mm)', days: 'the ISO weekdays of that slot', preferred: 'the preferred slots, when the attempt is outside all of them' },
    example: { excluded: '12:00-14:00', days: [1, 2, 3, 4, 5] },
    message: (f) => ({
      en: f.excluded ? `${f.excluded} local time is excluded by ${who.en}.` : `${who.en[0]!.toUpperCase()}${who.en.slice(1)} allows contact only ${(f.preferred ?? []).join(', ')} local time.`,
      fr: f.excluded ? `La plage ${f.excluded} (heure locale) est exclue par ${who.fr}.` : `${who.fr[0]!.toUpperCase()}${who.fr.slice(1)} n'autorise le contact que ${(f.preferred ?? []).join(', ')} (heure locale).`,
    }),
  });
  return { budget, quiet };
}

const REASONS = { consumer: limitReasons('consumer'), policy: limitReasons('policy') };
type Reasons = (typeof REASONS)[LimitSource];

/** Budget rule: at most `count` contacts over `per`, released when the oldest counted leaves the period. */
function budgetBlocks(ctx: RuleContext, a: Applicable, reasons: Reasons): RuleOutcome[] {
  const out: RuleOutcome[] = [];
  for (const b of a.limits.budgets) {
    if (!b.channels.includes(ctx.attempt.channel)) continue;
    const per = Duration.fromISO(b.per);
    const since = ctx.local.minus(per).toMillis();
    const contacts: number[] = [];
    for (const e of ctx.history) {
      if (e.type === 'attempt' && b.channels.includes(e.channel) && (a.countAdvertiser === undefined || e.advertiser === a.countAdvertiser)) contacts.push(e.at);
    }
    // A budget of 0 means "never on these channels": no contact will ever leave the period.
    const over = rollingLimit(contacts, since, b.count, (at) => ctx.toLocal(at).plus(per).toMillis());
    if (!over) continue;
    const { counted, until } = over;
    out.push(block(reasons.budget, { ...a.facts, contacts: counted.length, budget: b.count, per: b.per, channels: [...b.channels] }, until));
  }
  return out;
}

/** Quiet-time rule: inside an excluded slot, or outside every preferred slot. */
function quietBlocks(ctx: RuleContext, a: Applicable, reasons: Reasons): RuleOutcome[] {
  const { local } = ctx;
  const channel = ctx.attempt.channel;
  const out: RuleOutcome[] = [];
  for (const s of a.limits.excluded) {
    if (s.channels.includes(channel) && inSlot(local, s)) {
      out.push(block(reasons.quiet, { ...a.facts, excluded: `${hhmm(s.from)}-${hhmm(s.to)}`, days: [...s.days] }, atMinute(local, s.to).toMillis()));
    }
  }
  const preferred = a.limits.preferred.filter((s) => s.channels.includes(channel));
  if (preferred.length > 0 && !preferred.some((s) => inSlot(local, s))) {
    let next: number | null = null;
    for (let k = 0; k <= 7; k++) {
      const day = local.plus({ days: k }).startOf('day');
      for (const s of preferred) {
        if (!s.days.includes(day.weekday)) continue;
        const start = atMinute(day, s.from).toMillis();
        if (start > ctx.at && (next === null || start < next)) next = start;
      }
      if (next !== null) break;
    }
    out.push(block(reasons.quiet, { ...a.facts, preferred: preferred.map((s) => `${hhmm(s.from)}-${hhmm(s.to)}`) }, next));
  }
  return out;
}

function limitRules(source: LimitSource, applicable: (ctx: RuleContext) => Applicable | null, statement: Rule['statement']): Rule[] {
  const reasons = REASONS[source];
  const make = (kind: 'budget-exceeded' | 'quiet-time', check: typeof budgetBlocks): Rule => defineRule({
    id: `${source}.${kind}`,
    inForce: { from: '1970-01-01' },
    citations: [],
    statement,
    reading: {
      en: 'Limits only restrict what the law allows; they never lift a legal block.',
      fr: 'Ces limites ne font que restreindre ce que la loi permet ; elles ne lèvent jamais un blocage légal.',
    },
    reasons: [kind === 'budget-exceeded' ? reasons.budget : reasons.quiet],
    check(ctx) {
      const a = applicable(ctx);
      return a ? check(ctx, a, reasons) : [];
    },
  });
  return [make('budget-exceeded', budgetBlocks), make('quiet-time', quietBlocks)];
}

/** The consumer's latest preference that applies to this advertiser (its own, or one for all). */
function latestPreference(ctx: RuleContext): Applicable | null {
  for (let i = ctx.history.length - 1; i >= 0; i--) {
    const e = ctx.history[i]!;
    if (e.type !== 'preference' || (e.advertiser !== undefined && e.advertiser !== ctx.attempt.advertiser)) continue;
    return { limits: e, countAdvertiser: e.advertiser, facts: { preferenceAt: ctx.iso(e.at), scope: e.advertiser ?? 'all advertisers' } };
  }
  return null;
}

/** Rules honouring `preference` events (`consumer.budget-exceeded`, `consumer.quiet-time`). */
export const preferenceRules: readonly Rule[] = limitRules('consumer', latestPreference, {
  en: "The consumer's latest contact preference (budgets over a period, excluded or preferred local times) is honoured.",
  fr: 'La dernière préférence de contact du consommateur (plafonds sur une période, plages exclues ou préférées) est respectée.',
});

/** Rules enforcing the advertiser's own policy (`policy.budget-exceeded`, `policy.quiet-time`). */
export function policyRules(policy: Limits): Rule[] {
  if (policy.budgets.length + policy.excluded.length + policy.preferred.length === 0) return [];
  return limitRules('policy', (ctx) => ({ limits: policy, countAdvertiser: ctx.attempt.advertiser, facts: {} }), {
    en: "The advertiser's own contact policy (a company cap, company quiet hours) is enforced.",
    fr: "La politique de contact propre à l'annonceur (plafond maison, heures de silence) est appliquée.",
  });
}

export type { Budget, Limits, Slot };
