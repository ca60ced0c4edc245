/**
 * Rule shapes shared by the EU member-state packs (DE, ES, NL, IT): each country writes the same
 * ePrivacy art. 13 and GDPR art. 21 duties into its own law, with its own dates, articles and
 * sanctions. These factories take those as data, so that one reading of "objection", "automated
 * call or SMS consent" and "caller ID" serves every pack, and each pack's files say only what its
 * law says. Opposition lists and calling hours are the shared shapes of ../common.
 */
import { block, defineReason, defineRule, exempt } from '../../core/reason.js';
import type { Rule, RuleContext, RuleOutcome, Text } from '../../core/rule.js';
import type { Citation } from '../../core/types.js';
import * as common from '../common/consent.js';
import { consentFacts, consentInForce, customerRelationship, objectionInForce, type Consent } from '../common/history.js';

export { consentFacts, consentInForce, type Consent };

/**
 * The objection to this advertiser that stands for the attempt's channel (GDPR art. 21), a
 * withdrawn consent included (as in every international pack), or null.
 */
export const objectionStands = (ctx: RuleContext) => objectionInForce(ctx);

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

/**
 * A customer relationship of this advertiser that still lets it contact the recipient (a contract
 * running or ended less than `months` ago, a purchase or interaction less than `months` old; null
 * = no limit), as the facts of an exemption, or null.
 */
export function customerBasis(ctx: RuleContext, months: number | null, inquiries = true): common.CustomerFacts | null {
  const r = customerRelationship(ctx, { purchase: months, inquiry: inquiries ? months : 0 });
  if (!r) return null;
  const facts: common.CustomerFacts = { basis: r.basis, since: ctx.iso(r.since) };
  if (r.endsAt !== null) facts.endsAt = ctx.iso(r.endsAt);
  return facts;
}

/** The member-state packs built on these shapes. */
export type MemberState = 'de' | 'es' | 'nl' | 'it';

/** The reasons every member-state pack gives under the same code shape (`<cc>.exemption.consent`…). */
function memberStateReasons(cc: MemberState) {
  return {
    consent: common.consentExemption(`${cc}.exemption.consent`, (f) => ({
      en: `The recipient consented on ${f.consentAt} to be contacted by this advertiser on this channel${f.listedSince ? `, after registering on the opposition list (listed since at least ${f.listedSince}): that consent stands` : ''}.`,
      fr: `Le destinataire a consenti le ${f.consentAt} à être contacté par cet annonceur sur ce canal${f.listedSince ? `, après son inscription sur la liste d'opposition (inscrit au moins depuis le ${f.listedSince}) : ce consentement vaut` : ''}.`,
    })),
    customer: common.customerExemption(`${cc}.exemption.customer`, (f) => ({
      en: `Existing customer of this advertiser (since ${f.since}${f.endsAt ? `, until ${f.endsAt}` : ''}): contact about its own similar products is allowed, with a way to object in each contact.`,
      fr: `Client existant de cet annonceur (depuis le ${f.since}${f.endsAt ? `, jusqu'au ${f.endsAt}` : ''}) : un contact sur ses propres produits analogues est permis, avec un moyen de s'opposer à chaque contact.`,
    })),
    notProspecting: defineReason<{ purpose: 'non-commercial' }>()(`${cc}.exemption.not-prospecting`, {
      kind: 'exempt',
      facts: { purpose: "'non-commercial': the call is not advertising" },
      example: { purpose: 'non-commercial' },
      message: () => ({
        en: 'The call is not commercial: the advertising rules do not apply.',
        fr: "L'appel n'est pas commercial : les règles de prospection ne s'appliquent pas.",
      }),
    }),
    objection: common.objectionReason(`${cc}.objection`),
    smsConsentMissing: common.missingConsent(`${cc}.sms.consent-missing`, {
      en: "A commercial SMS needs the recipient's prior consent to this advertiser's messages, and none is recorded.",
      fr: "Un SMS commercial exige le consentement préalable du destinataire aux messages de cet annonceur, et aucun n'est enregistré.",
    }),
    prerecordedConsentMissing: common.missingConsent(`${cc}.prerecorded.consent-missing`, {
      en: "A commercial prerecorded call needs the recipient's prior consent to this advertiser's automated calls (a consent that covers 'prerecorded'), and none is recorded.",
      fr: "Un appel préenregistré commercial exige le consentement préalable du destinataire aux appels automatisés de cet annonceur (un consentement couvrant 'prerecorded'), et aucun n'est enregistré.",
    }),
    withheld: defineReason<Record<never, never>>()(`${cc}.caller-id.withheld`, {
      kind: 'block',
      facts: {},
      example: {},
      message: () => ({
        en: 'A commercial call must present the caller\'s number; none is given (withheld).',
        fr: "Un appel commercial doit présenter le numéro de l'appelant ; aucun n'est indiqué (numéro masqué).",
      }),
    }),
  };
}

/** Each member state's shared reasons, defined once (a pack's rules all report the same objects). */
export const REASONS: Readonly<Record<MemberState, ReturnType<typeof memberStateReasons>>> = {
  de: memberStateReasons('de'),
  es: memberStateReasons('es'),
  nl: memberStateReasons('nl'),
  it: memberStateReasons('it'),
};

/** The parts of a rule every factory here copies from its spec. */
interface RuleText {
  id: string;
  inForce: Rule['inForce'];
  citations: readonly Citation[];
  statement: Text;
  reading: Text;
  unverified: Text;
  sanctions?: readonly Citation[];
}

function head(spec: RuleText): Pick<Rule, 'id' | 'inForce' | 'citations' | 'statement' | 'reading' | 'unverified' | 'sanctions'> {
  const { id, inForce, citations, statement, reading, unverified, sanctions } = spec;
  return sanctions ? { id, inForce, citations, statement, reading, unverified, sanctions } : { id, inForce, citations, statement, reading, unverified };
}

/**
 * The common start of an opt-in rule for live calls (UWG § 7, LGTel art. 66.1.b, Tw art. 11.7):
 * `[]` when the rule does not apply (not a live voice call, or an objection that reports itself),
 * the `<cc>.exemption.not-prospecting` exemption for a non-commercial call, null to go on.
 */
export function liveCallOptIn(ctx: RuleContext, cc: MemberState): RuleOutcome[] | null {
  if (ctx.attempt.channel !== 'voice' || ctx.attempt.prerecorded) return [];
  if (!isCommercial(ctx)) return [exempt(REASONS[cc].notProspecting, { purpose: 'non-commercial' })];
  return objectionStands(ctx) ? [] : null;
}

// ---------------------------------------------------------------- objection (GDPR art. 21)

/**
 * `<cc>.objection`: the recipient objected to (or withdrew consent to) this advertiser's
 * contacts on this channel — the shared objection shape of ../common/consent.ts.
 */
export function objectionRule(cc: MemberState, inForce: Rule['inForce'], citations: readonly Citation[], tag: Text, sanctions?: readonly Citation[]): Rule {
  const spec = {
    id: `${cc}.objection`,
    reason: REASONS[cc].objection,
    inForce,
    citations,
    statement: {
      en: 'A person who objected to direct marketing by this advertiser may no longer be contacted for it on the channels named (GDPR art. 21(2)-(3)).',
      fr: "Une personne qui s'est opposée à la prospection de cet annonceur ne peut plus être contactée à cette fin sur les canaux visés (RGPD art. 21(2)-(3)).",
    },
    reading: {
      en: 'Applies to every commercial contact and every recipient kind. A withdrawn consent counts as an objection (conservative). An objection without channels covers all; a later consent for the channel re-opens contact. Reported alone: the other rules stay silent.',
      fr: "S'applique à tout contact commercial et à tout destinataire. Un consentement retiré vaut opposition (lecture prudente). Une opposition sans canal les vise tous ; un consentement ultérieur pour le canal rouvre le contact. Signalée seule : les autres règles se taisent.",
    },
    unverified: tag,
    applies: isCommercial,
  };
  return common.objectionRule(sanctions ? { ...spec, sanctions } : spec);
}

// ---------------------------------------------------------------- automated calls and SMS (ePrivacy art. 13(1)-(2))

/** What a prerecorded-call or SMS consent rule needs from its pack. */
export interface ElectronicConsentSpec extends RuleText {
  cc: MemberState;
  /** SMS only: the soft opt-in of ePrivacy art. 13(2) (a customer of this advertiser). */
  customerException?: boolean;
}

/**
 * `<cc>.prerecorded.consent-missing` / `<cc>.sms.consent-missing`: a commercial prerecorded call
 * or SMS needs the prior consent of the addressee, whoever it is (ePrivacy art. 13(1)) — the shared
 * opt-in shape of ../common/consent.ts. An SMS needs a consent to prospecting on the channel; a
 * prerecorded call a consent that covers `'prerecorded'` — consent must be specific (GDPR art.
 * 4(11)), and the same art. 13(1) read by the UK regulator asks for consent to automated calls as
 * such, so a consent to live calls is not enough (the conservative reading).
 */
export function electronicConsent(kind: 'prerecorded' | 'sms', spec: ElectronicConsentSpec): Rule {
  const { cc } = spec;
  const reading: Text = kind === 'sms' ? spec.reading : {
    en: `${spec.reading.en} The consent must cover 'prerecorded': a consent to live calls is not enough (consent is specific; conservative reading).`,
    fr: `${spec.reading.fr} Le consentement doit couvrir 'prerecorded' : un consentement aux appels avec agent ne suffit pas (le consentement est spécifique ; lecture prudente).`,
  };
  const opt: common.OptIn = {
    ...head({ ...spec, reading }),
    // An objection is reported alone (the objection rule).
    applies: (ctx) => (kind === 'sms' ? ctx.attempt.channel === 'sms' : ctx.attempt.channel === 'voice' && ctx.attempt.prerecorded) && isCommercial(ctx) && !objectionStands(ctx),
    scope: kind === 'sms' ? 'prospecting' : 'prerecorded',
    exemptions: { consent: REASONS[cc].consent },
    missing: kind === 'sms' ? REASONS[cc].smsConsentMissing : REASONS[cc].prerecordedConsentMissing,
  };
  if (spec.customerException) {
    // The soft opt-in rests on a sale (ePrivacy art. 13(2)): purchases and contracts, for good; inquiries never.
    opt.customers = { purchase: null, inquiry: 0 };
    opt.exemptions = { ...opt.exemptions, customer: REASONS[cc].customer };
  }
  return common.optInRule(opt);
}

// ---------------------------------------------------------------- caller ID

/** `<cc>.caller-id.withheld`: a commercial call must present a number. */
export function withheldNumberRule(spec: RuleText & { cc: MemberState }): Rule {
  const withheld = REASONS[spec.cc].withheld;
  return defineRule({
    ...head(spec),
    reasons: [withheld],
    check(ctx) {
      if (ctx.attempt.channel !== 'voice' || !isCommercial(ctx)) return [];
      const id = ctx.attempt.callerId?.trim();
      return id ? [] : [block(withheld, {}, null)];
    },
  });
}
