/**
 * Rule shapes shared by the EU member-state packs (DE, ES, NL, IT): each country writes the same
 * ePrivacy art. 13 and GDPR art. 21 duties into its own law, with its own dates, articles and
 * sanctions. These factories take those as data, so that one reading of "consent", "objection",
 * "opposition list", "calling hours" and "caller ID" serves every pack, and each pack's files say
 * only what its law says.
 */
import type { DateTime } from 'luxon';
import type { HistoryEvent, Ms, Rule, RuleContext, RuleOutcome, Text } from '../../core/rule.js';
import type { Citation } from '../../core/types.js';
import { consentInForce, type Consent } from '../fr/consents.js';
import { objectionInForce } from '../fr/objection.js';

export { consentInForce, objectionInForce, type Consent };

/** How far a rule was checked against its text (kept in its `unverified` note and the catalogue). */
export type Tag = 'VERIFIED' | 'VERIFIED-2nd' | 'UNVERIFIED';

/**
 * The verification note of a rule: its tag and what was (not) opened. Every rule of these packs
 * carries one, so that the catalogue lists each rule's tag.
 */
export function verification(tag: Tag, en: string, fr: string): Text {
  const frTag = tag === 'VERIFIED' ? 'VÉRIFIÉ' : tag === 'VERIFIED-2nd' ? 'VÉRIFIÉ-2nd' : 'NON VÉRIFIÉ';
  return { en: `Tag ${tag}. ${en}`, fr: `Niveau ${frTag}. ${fr}` };
}

/** A commercial contact: prospecting, or about a contract (both advertise). */
export const isCommercial = (ctx: RuleContext) => ctx.attempt.purpose !== 'non-commercial';
/** A commercial live voice call (an agent speaks). */
export const isLiveCall = (ctx: RuleContext) => ctx.attempt.channel === 'voice' && !ctx.attempt.prerecorded && isCommercial(ctx);
/** A commercial live call to a consumer: what the national opt-in and hours texts protect. */
export const isCallToConsumer = (ctx: RuleContext) => isLiveCall(ctx) && ctx.attempt.recipientKind === 'consumer';

/** Facts of a consent relied on. */
export function consentFacts(ctx: RuleContext, c: Consent): Record<string, unknown> {
  const facts: Record<string, unknown> = { consentAt: ctx.iso(c.at) };
  if (c.proof !== undefined) facts.proof = c.proof;
  return facts;
}

/** The contract of this advertiser in progress at the attempt, or ended less than `graceDays` before it. */
export function recentContract(ctx: RuleContext, grace: { days?: number; years?: number }): Extract<HistoryEvent, { type: 'contract' }> | null {
  let best: Extract<HistoryEvent, { type: 'contract' }> | null = null;
  for (const e of ctx.history) {
    if (e.type !== 'contract' || e.advertiser !== ctx.attempt.advertiser) continue;
    if (e.end === undefined || ctx.at < ctx.toLocal(e.end).plus(grace).toMillis()) best = e;
  }
  return best;
}

/** The latest `customer` event of this advertiser less than `grace` old at the attempt. */
export function recentCustomer(ctx: RuleContext, grace: { days?: number; years?: number }): Extract<HistoryEvent, { type: 'customer' }> | null {
  for (let i = ctx.history.length - 1; i >= 0; i--) {
    const e = ctx.history[i]!;
    if (e.type !== 'customer' || e.advertiser !== ctx.attempt.advertiser) continue;
    return ctx.at < ctx.toLocal(e.at).plus(grace).toMillis() ? e : null;
  }
  return null;
}

/**
 * A customer relationship of this advertiser that still lets it contact the recipient: a contract
 * in progress or ended less than `grace` ago, or a purchase/interaction less than `grace` ago.
 */
export function customerBasis(ctx: RuleContext, grace: { days?: number; years?: number }): Record<string, unknown> | null {
  const contract = recentContract(ctx, grace);
  if (contract) {
    const facts: Record<string, unknown> = { contractId: contract.id, contractStart: ctx.iso(contract.at) };
    if (contract.end !== undefined) facts.contractEnd = ctx.iso(contract.end);
    return facts;
  }
  const customer = recentCustomer(ctx, grace);
  return customer ? { customerAt: ctx.iso(customer.at) } : null;
}

// ---------------------------------------------------------------- objection (GDPR art. 21)

/** `<cc>.objection`: the recipient objected to this advertiser's contacts on this channel. */
export function objectionRule(cc: string, inForce: Rule['inForce'], citations: readonly Citation[], tag: Text, sanctions?: readonly Citation[]): Rule {
  const code = `${cc}.objection`;
  const rule: Rule = {
    id: `${cc}.objection`,
    inForce,
    citations,
    statement: {
      en: 'A person who objected to direct marketing by this advertiser may no longer be contacted for it on the channels named (GDPR art. 21(2)-(3)).',
      fr: "Une personne qui s'est opposée à la prospection de cet annonceur ne peut plus être contactée à cette fin sur les canaux visés (RGPD art. 21(2)-(3)).",
    },
    reading: {
      en: 'Applies to every commercial contact and every recipient kind. An objection without channels covers all; a later consent for the channel re-opens contact.',
      fr: "S'applique à tout contact commercial et à tout destinataire. Une opposition sans canal les vise tous ; un consentement ultérieur pour le canal rouvre le contact.",
    },
    unverified: tag,
    facts: { objectionAt: 'when the recipient objected', channels: 'the channels the objection names' },
    messages: {
      [code]: (f) => ({
        en: `The recipient objected on ${f.objectionAt} to further contacts from this advertiser.`,
        fr: `Le destinataire s'est opposé le ${f.objectionAt} à tout nouveau contact de cet annonceur.`,
      }),
    },
    check(ctx) {
      if (!isCommercial(ctx)) return [];
      const o = objectionInForce(ctx);
      return o ? [{ kind: 'block', code, facts: { objectionAt: ctx.iso(o.at), channels: [...o.channels] }, until: null }] : [];
    },
  };
  if (sanctions) rule.sanctions = sanctions;
  return rule;
}

// ---------------------------------------------------------------- automated calls and SMS (ePrivacy art. 13(1)-(2))

/** What a prerecorded-call or SMS consent rule needs from its pack. */
export interface ElectronicConsentSpec {
  cc: string;
  id: string;
  inForce: Rule['inForce'];
  citations: readonly Citation[];
  statement: Text;
  reading: Text;
  unverified: Text;
  sanctions?: readonly Citation[];
  /** SMS only: the soft opt-in of ePrivacy art. 13(2) (a customer of this advertiser). */
  customerException?: boolean;
}

/**
 * `<cc>.prerecorded.consent-missing` / `<cc>.sms.consent-missing`: a commercial prerecorded call
 * or SMS needs the prior consent of the addressee, whoever it is (ePrivacy art. 13(1)).
 */
export function electronicConsent(kind: 'prerecorded' | 'sms', spec: ElectronicConsentSpec): Rule {
  const { cc } = spec;
  const code = `${cc}.${kind}.consent-missing`;
  const what = kind === 'sms' ? { en: 'SMS', fr: 'SMS' } : { en: 'prerecorded call', fr: 'appel préenregistré' };
  const messages: Record<string, Rule['messages'][string]> = {
    [code]: () => ({
      en: `A commercial ${what.en} needs the recipient's prior consent to this advertiser, and none is recorded.`,
      fr: `Un ${what.fr} commercial exige le consentement préalable du destinataire envers cet annonceur, et aucun n'est enregistré.`,
    }),
    [`${cc}.exemption.consent`]: (f) => ({
      en: `The recipient consented on ${f.consentAt} to this advertiser's ${kind === 'sms' ? 'messages' : 'calls'}.`,
      fr: `Le destinataire a consenti le ${f.consentAt} aux ${kind === 'sms' ? 'messages' : 'appels'} de cet annonceur.`,
    }),
  };
  if (spec.customerException) {
    messages[`${cc}.exemption.customer`] = (f) => ({
      en: `Existing customer of this advertiser (${String(f.customerAt ?? f.contractStart)}): an SMS about its own similar products is allowed with an opt-out in each message.`,
      fr: `Client existant de cet annonceur (${String(f.customerAt ?? f.contractStart)}) : un SMS sur ses propres produits analogues est permis avec un moyen d'opposition dans chaque message.`,
    });
  }
  const rule: Rule = {
    id: spec.id,
    inForce: spec.inForce,
    citations: spec.citations,
    statement: spec.statement,
    reading: spec.reading,
    unverified: spec.unverified,
    facts: { consentAt: 'the consent relied on (exemption)', customerAt: 'the customer event relied on (SMS exemption)' },
    messages,
    check(ctx) {
      const applies = kind === 'sms' ? ctx.attempt.channel === 'sms' : ctx.attempt.channel === 'voice' && ctx.attempt.prerecorded;
      if (!applies || !isCommercial(ctx)) return [];
      if (objectionInForce(ctx)) return []; // the objection rule reports it alone
      const consent = consentInForce(ctx, 'prospecting');
      if (consent) return [{ kind: 'exempt', code: `${cc}.exemption.consent`, facts: consentFacts(ctx, consent) }];
      if (spec.customerException) {
        const basis = customerBasis(ctx, { years: 100 });
        if (basis) return [{ kind: 'exempt', code: `${cc}.exemption.customer`, facts: basis }];
      }
      return [{ kind: 'block', code, facts: { channel: ctx.attempt.channel }, until: null }];
    },
  };
  if (spec.sanctions) rule.sanctions = spec.sanctions;
  return rule;
}

// ---------------------------------------------------------------- caller ID

/** `<cc>.caller-id.withheld`: a commercial call must present a number. */
export function withheldNumberRule(spec: { cc: string; id: string; inForce: Rule['inForce']; citations: readonly Citation[]; statement: Text; reading: Text; unverified: Text; sanctions?: readonly Citation[] }): Rule {
  const code = `${spec.cc}.caller-id.withheld`;
  const rule: Rule = {
    id: spec.id,
    inForce: spec.inForce,
    citations: spec.citations,
    statement: spec.statement,
    reading: spec.reading,
    unverified: spec.unverified,
    messages: {
      [code]: () => ({
        en: 'A commercial call must present the caller\'s number; none is given (withheld).',
        fr: "Un appel commercial doit présenter le numéro de l'appelant ; aucun n'est indiqué (numéro masqué).",
      }),
    },
    check(ctx) {
      if (ctx.attempt.channel !== 'voice' || !isCommercial(ctx)) return [];
      const id = ctx.attempt.callerId?.trim();
      return id ? [] : [{ kind: 'block', code, facts: {}, until: null }];
    },
  };
  if (spec.sanctions) rule.sanctions = spec.sanctions;
  return rule;
}

// ---------------------------------------------------------------- opposition lists

/** What an opposition-list rule needs from its pack. */
export interface OppositionSpec {
  id: string;
  /** Code prefix: `es.robinson` gives `es.robinson.listed` and `es.robinson.unchecked`. */
  prefix: string;
  /** `opposition-check` list id (`es-robinson`, `it-rpo`). */
  list: string;
  /** Human name of the list. */
  name: string;
  /** A check is relied on for this many days (instants: check + N days, recipient's wall clock). */
  validDays: number;
  inForce: Rule['inForce'];
  citations: readonly Citation[];
  statement: Text;
  reading: Text;
  unverified: Text;
  sanctions?: readonly Citation[];
  /** The contacts the list governs. */
  applies(ctx: RuleContext): boolean;
  /**
   * A legal basis that makes the list irrelevant (an exemption), or null. `firstListedAt` is the
   * earliest check reporting the number listed, if any.
   */
  exempt(ctx: RuleContext, firstListedAt: Ms | null): RuleOutcome | null;
  /** Exemption messages of `exempt`. */
  exemptMessages: Rule['messages'];
}

/** The checks of one list in a history, for freshness and listing. */
function checksOf(ctx: RuleContext, list: string): { last: { at: Ms; listed: boolean } | null; firstListedAt: Ms | null } {
  let last: { at: Ms; listed: boolean } | null = null;
  let firstListedAt: Ms | null = null;
  for (const e of ctx.history) {
    if (e.type !== 'opposition-check' || e.list.toLowerCase() !== list) continue;
    last = e;
    if (e.listed && firstListedAt === null) firstListedAt = e.at;
  }
  return { last, firstListedAt };
}

/**
 * `<prefix>.listed` / `<prefix>.unchecked`: the latest check of the list says the number is
 * listed, or no check is recent enough. A check at instant C covers attempts before C + N days
 * (recipient's wall clock): at exactly C + N days the number is unchecked again.
 */
export function oppositionListRule(spec: OppositionSpec): Rule {
  const listed = `${spec.prefix}.listed`;
  const unchecked = `${spec.prefix}.unchecked`;
  return {
    id: spec.id,
    inForce: spec.inForce,
    citations: spec.citations,
    statement: spec.statement,
    reading: spec.reading,
    unverified: spec.unverified,
    ...(spec.sanctions ? { sanctions: spec.sanctions } : {}),
    facts: {
      list: 'the opposition list',
      checkedAt: 'the latest check of the list',
      validUntil: 'when that check stops counting',
      validDays: `how long a check is relied on (${spec.validDays} days)`,
    },
    messages: {
      [listed]: (f) => ({
        en: `The number is registered on the ${spec.name} (check of ${f.checkedAt}) and no exception applies.`,
        fr: `Le numéro est inscrit sur la liste « ${spec.name} » (vérification du ${f.checkedAt}) et aucune exception ne s'applique.`,
      }),
      [unchecked]: (f) => ({
        en: f.checkedAt === null
          ? `The number was never checked against the ${spec.name}; a check less than ${spec.validDays} days old is required.`
          : `The last check against the ${spec.name} (${f.checkedAt}) expired on ${f.validUntil}; it is relied on for ${spec.validDays} days.`,
        fr: f.checkedAt === null
          ? `Le numéro n'a jamais été vérifié sur la liste « ${spec.name} » ; une vérification de moins de ${spec.validDays} jours est requise.`
          : `La dernière vérification sur la liste « ${spec.name} » (${f.checkedAt}) a expiré le ${f.validUntil} ; elle vaut ${spec.validDays} jours.`,
      }),
      ...spec.exemptMessages,
    },
    check(ctx) {
      if (!spec.applies(ctx)) return [];
      if (objectionInForce(ctx)) return [];
      const { last, firstListedAt } = checksOf(ctx, spec.list);
      const exemption = spec.exempt(ctx, firstListedAt);
      if (exemption) return [exemption];
      const out: RuleOutcome[] = [];
      const base = { list: spec.list, validDays: spec.validDays };
      if (last?.listed) out.push({ kind: 'block', code: listed, facts: { ...base, checkedAt: ctx.iso(last.at) }, until: null });
      const validUntil = last === null ? null : ctx.toLocal(last.at).plus({ days: spec.validDays }).toMillis();
      if (validUntil === null || ctx.at >= validUntil) {
        out.push({
          kind: 'block',
          code: unchecked,
          facts: { ...base, checkedAt: last === null ? null : ctx.iso(last.at), validUntil: validUntil === null ? null : ctx.iso(validUntil) },
          until: null,
        });
      }
      return out;
    },
  };
}

// ---------------------------------------------------------------- calling hours

/** A local window, in hours of the day, half-open: `from` inside, `to` outside. */
export interface Hours {
  from: number;
  to: number;
}

/** What a day allows: closed (and why), or its windows. */
export type DayHours = { closed: 'weekend' | 'public-holiday'; holiday?: { name: string; regional: boolean } } | { windows: readonly Hours[]; label: string };

/** What an hours rule needs from its pack. */
export interface HoursSpec {
  cc: string;
  id: string;
  inForce: Rule['inForce'];
  citations: readonly Citation[];
  statement: Text;
  reading: Text;
  unverified: Text;
  sanctions?: readonly Citation[];
  /** The contacts the hours govern. */
  applies(ctx: RuleContext): boolean;
  /** A contact the hours do not govern for a legal reason (reported as an exemption), or null. */
  exempt?(ctx: RuleContext): RuleOutcome | null;
  exemptMessages?: Rule['messages'];
  /** The schedule of a local day (`day` at 00:00 in the recipient's zone). */
  day(ctx: RuleContext, day: DateTime): DayHours;
}

const hourOf = (t: DateTime) => t.hour + t.minute / 60 + t.second / 3600 + t.millisecond / 3_600_000;
const atHour = (day: DateTime, h: number) => day.set({ hour: Math.floor(h), minute: Math.round((h % 1) * 60), second: 0, millisecond: 0 });
const DAYS_AHEAD = 21;

/** The next instant at or after `local` inside a window of the schedule (three weeks ahead at most). */
function nextOpening(spec: HoursSpec, ctx: RuleContext, local: DateTime): Ms | null {
  let day = local.startOf('day');
  for (let i = 0; i < DAYS_AHEAD; i++, day = day.plus({ days: 1 }).startOf('day')) {
    const hours = spec.day(ctx, day);
    if ('closed' in hours) continue;
    const h = i === 0 ? hourOf(local) : 0;
    const w = hours.windows.find((win) => h < win.to);
    if (w) return (i === 0 && h >= w.from ? local : atHour(day, w.from)).toMillis();
  }
  return null;
}

const WEEKDAYS_EN = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const WEEKDAYS_FR = ['', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];

/** `<cc>.hours.weekend` / `.public-holiday` / `.outside-window`, with the next opening as `until`. */
export function callingHoursRule(spec: HoursSpec): Rule {
  const { cc } = spec;
  const rule: Rule = {
    id: spec.id,
    inForce: spec.inForce,
    citations: spec.citations,
    statement: spec.statement,
    reading: spec.reading,
    unverified: spec.unverified,
    facts: {
      localDate: 'the local date of the attempt',
      weekday: 'ISO weekday, 6 = Saturday, 7 = Sunday',
      holiday: 'name of the holiday',
      regional: 'true when the day is a holiday only in the recipient region',
      localTime: 'local wall-clock time of the attempt',
      windows: "the day's calling windows",
    },
    messages: {
      [`${cc}.hours.weekend`]: (f) => ({
        en: `Commercial calls are not allowed on ${WEEKDAYS_EN[f.weekday as number]} (${f.localDate}, recipient's time).`,
        fr: `Les appels commerciaux sont interdits le ${WEEKDAYS_FR[f.weekday as number]} (${f.localDate}, heure du destinataire).`,
      }),
      [`${cc}.hours.public-holiday`]: (f) => ({
        en: `Commercial calls are not allowed on a public holiday: ${f.localDate} is ${f.holiday}${f.regional ? ' (a regional holiday of the recipient)' : ''}.`,
        fr: `Les appels commerciaux sont interdits un jour férié : le ${f.localDate} est « ${f.holiday} »${f.regional ? ' (jour férié régional du destinataire)' : ''}.`,
      }),
      [`${cc}.hours.outside-window`]: (f) => ({
        en: `${f.localTime} (recipient's time) is outside the calling hours of the day (${f.windows}).`,
        fr: `${f.localTime} (heure du destinataire) est hors des plages d'appel du jour (${f.windows}).`,
      }),
      ...spec.exemptMessages,
    },
    check(ctx) {
      if (!spec.applies(ctx)) return [];
      const exemption = spec.exempt?.(ctx) ?? null;
      if (exemption) return [exemption];
      const { local, localDate } = ctx;
      const today = spec.day(ctx, local.startOf('day'));
      if ('closed' in today) {
        const until = nextOpening(spec, ctx, local.plus({ days: 1 }).startOf('day'));
        if (today.closed === 'weekend') return [{ kind: 'block', code: `${cc}.hours.weekend`, facts: { localDate, weekday: local.weekday }, until }];
        return [{ kind: 'block', code: `${cc}.hours.public-holiday`, facts: { localDate, holiday: today.holiday?.name, regional: today.holiday?.regional ?? false }, until }];
      }
      const h = hourOf(local);
      if (today.windows.some((w) => h >= w.from && h < w.to)) return [];
      return [{ kind: 'block', code: `${cc}.hours.outside-window`, facts: { localDate, localTime: local.toFormat('HH:mm:ss'), windows: today.label }, until: nextOpening(spec, ctx, local) }];
    },
  };
  if (spec.sanctions) rule.sanctions = spec.sanctions;
  return rule;
}

/** `09:00–21:00` for windows [{9,21}]. */
export function windowsLabel(windows: readonly Hours[]): string {
  const hh = (h: number) => `${String(Math.floor(h)).padStart(2, '0')}:${String(Math.round((h % 1) * 60)).padStart(2, '0')}`;
  return windows.map((w) => `${hh(w.from)}–${hh(w.to)}`).join(', ');
}

/** Whether a local day is a holiday in the recipient's calendar. */
export const holidayOn = (ctx: RuleContext, day: DateTime) => ctx.holiday(day.toISODate()!);
