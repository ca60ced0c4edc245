/**
 * Consent for automated calls and texts.
 *
 * Federal (47 CFR 64.1200(a)(1)(iii), (a)(2), (a)(3), (f)(9)): a call made with an automatic
 * telephone dialing system or an artificial or prerecorded voice to a wireless number needs the
 * called party's prior express consent; when it advertises or is telemarketing, their prior
 * express WRITTEN consent (a signed agreement naming the number). A prerecorded telemarketing
 * call to a residential line needs it too. Texts are calls.
 *
 * States: Florida (§ 501.059(8)(a)), Oklahoma (§ 775C.3) and Maryland (§ 14-4502(a)(3)) require
 * prior express written consent for a telephonic sales call that involves an automated system
 * for selecting or dialing numbers or a recorded message — broader than the federal autodialer.
 */
import { block, defineReason, defineRule, exempt } from '../../core/reason.js';
import type { ReasonDef, Rule, RuleContext, RuleOutcome, Text } from '../../core/rule.js';
import type { Channel, Citation } from '../../core/types.js';
import * as law from './citations.js';
import { consentFor, lineTypeOf } from './relationship.js';
import { inState, isAutomated, isTelemarketing } from './scope.js';

/**
 * The consent a call needs — written for marketing, prior express otherwise — or the reason it is
 * missing. The exemption names the consent the law required, not a stronger one the history may
 * not hold: a non-commercial call rests on prior express consent, written or not.
 */
type Required = 'prior express written consent' | 'prior express consent';
type MissingFacts = { required: Required; channel: Channel; revokedAt?: string; reassignedCheckedAt?: string };
type ConsentFacts = { consentAt: string; written: boolean; proof?: string };

const MISSING_FACTS = {
  required: 'the consent the call needs (prior express, or prior express written)',
  channel: 'the channel of the attempt',
  revokedAt: 'when the consumer revoked consent',
  reassignedCheckedAt: 'when the Reassigned Numbers Database said the number was disconnected since the consent (the consent is void)',
} as const;
const CONSENT_FACTS = {
  consentAt: 'when the consent was given',
  written: 'whether that consent is a signed written agreement',
  proof: 'the proof reference of that consent',
} as const;

/** A consent missing for an automated call or text, under the federal rule or a state's (`who`). */
function consentMissing(code: string, who: Text) {
  return defineReason<MissingFacts>()(code, {
    kind: 'block',
    facts: MISSING_FACTS,
    example: { required: 'prior express written consent', channel: 'sms', revokedAt: '2026-10-02T18:20:00-04:00' },
    message: (f) => ({
      en: `${who.en}: an automated or prerecorded ${f.channel === 'sms' ? 'text' : 'call'} needs the consumer's ${f.required}${f.revokedAt ? `; the consumer revoked consent on ${f.revokedAt}` : f.reassignedCheckedAt ? `; the number was reassigned since the consent (Reassigned Numbers Database, checked ${f.reassignedCheckedAt}): it is void` : ', and none is recorded'}.`,
      fr: `${who.fr} : un ${f.channel === 'sms' ? 'SMS' : 'appel'} automatisé ou préenregistré exige le consentement ${f.required === 'prior express written consent' ? 'écrit préalable' : 'préalable'} du consommateur${f.revokedAt ? ` ; il l'a retiré le ${f.revokedAt}` : f.reassignedCheckedAt ? ` ; le numéro a été réattribué depuis le consentement (base des numéros réattribués, vérifiée le ${f.reassignedCheckedAt}) : il est caduc` : ", et aucun n'est enregistré"}.`,
    }),
  });
}

/** Prior express written consent (47 CFR 64.1200(f)(9)) relied on for a marketing call or text. */
export const WRITTEN_CONSENT = defineReason<ConsentFacts>()('us.exemption.written-consent', {
  kind: 'exempt',
  facts: CONSENT_FACTS,
  example: { consentAt: '2026-09-14T10:05:00-04:00', written: true, proof: 'signed-form-221' },
  message: (f) => ({
    en: `The consumer gave ${f.written ? 'written ' : ''}consent on ${f.consentAt} to automated calls and texts from this advertiser.`,
    fr: `Le consommateur a donné son consentement${f.written ? ' écrit' : ''} le ${f.consentAt} aux appels et SMS automatisés de cet annonceur.`,
  }),
});

/** Prior express consent (not written) relied on for a non-commercial automated call or text (64.1200(a)(1)). */
export const PRIOR_EXPRESS_CONSENT = defineReason<ConsentFacts>()('us.exemption.prior-express-consent', {
  kind: 'exempt',
  facts: CONSENT_FACTS,
  example: { consentAt: '2026-09-14T10:05:00-04:00', written: false },
  message: (f) => ({
    en: `A non-commercial automated call or text needs the consumer's prior express consent (not written): given on ${f.consentAt}.`,
    fr: `Un appel ou SMS automatisé non commercial exige le consentement préalable exprès du consommateur (pas nécessairement écrit) : donné le ${f.consentAt}.`,
  }),
});

const FEDERAL_MISSING = consentMissing('us.consent.missing', { en: 'Federal rule (TCPA)', fr: 'Règle fédérale (TCPA)' });

function requireConsent(ctx: RuleContext, missing: ReasonDef<MissingFacts, string, 'block'>, written: boolean): RuleOutcome[] {
  const { consent, revokedAt, reassignedCheckedAt } = consentFor(ctx, 'prospecting', written);
  if (consent) {
    const facts: ConsentFacts = { consentAt: ctx.iso(consent.at), written: consent.written };
    if (consent.proof !== undefined) facts.proof = consent.proof;
    return [exempt(written ? WRITTEN_CONSENT : PRIOR_EXPRESS_CONSENT, facts)];
  }
  const facts: MissingFacts = { required: written ? 'prior express written consent' : 'prior express consent', channel: ctx.attempt.channel };
  if (revokedAt !== undefined) facts.revokedAt = ctx.iso(revokedAt);
  if (reassignedCheckedAt === undefined) return [block(missing, facts, null)];
  facts.reassignedCheckedAt = ctx.iso(reassignedCheckedAt);
  return [block(missing, facts, null, [law.FCC_REASSIGNED])];
}

export const automatedCallConsent: Rule = defineRule({
  id: 'us.tcpa.consent',
  inForce: { from: '2013-10-16' },
  citations: [law.FCC_ROBOCALL, law.FCC_PEWC, law.FCC_REVOCATION],
  statement: {
    en: 'An autodialed or prerecorded call or text to a wireless number needs the called party’s prior express consent; a marketing one needs their prior express written consent. Consent can be revoked by any reasonable means.',
    fr: "Un appel ou SMS automatisé ou préenregistré vers un mobile exige le consentement préalable exprès de l'appelé ; s'il est commercial, son consentement préalable exprès écrit. Le consentement peut être retiré par tout moyen raisonnable.",
  },
  reading: {
    en: "Every US number is treated as possibly wireless (the numbering plan does not tell mobiles apart) unless the latest `line-type` event (a carrier lookup) says landline: then an autodialed live call needs no consent under this rule, a prerecorded one still does ((a)(3)); VoIP is read as wireless. Every text is automated. A consent is written only when recorded with `written: true`. An established business relationship is not consent. A revocation on any channel ends every consent of this advertiser at once. A `reassigned-check` answered 'yes' by the FCC Reassigned Numbers Database voids the consents given up to that query (the number changed hands); 'no' leaves them standing (the safe harbor of 64.1200(m)).",
    fr: "Tout numéro américain est traité comme un mobile possible sauf si le dernier événement `line-type` (interrogation d'opérateur) dit ligne fixe : un appel automatisé avec agent n'exige alors pas de consentement au titre de cette règle, un appel préenregistré si ((a)(3)) ; la VoIP est lue comme un mobile. Tout SMS est automatisé. Un consentement n'est écrit qu'avec `written: true`. Une relation d'affaires n'est pas un consentement. Un retrait sur un canal met fin à tous les consentements de l'annonceur. Un `reassigned-check` auquel la base des numéros réattribués de la FCC répond « yes » rend caducs les consentements donnés jusqu'à cette interrogation (le numéro a changé de titulaire) ; « no » les laisse valoir (la protection de 64.1200(m)).",
  },
  reasons: [FEDERAL_MISSING, WRITTEN_CONSENT, PRIOR_EXPRESS_CONSENT],
  check(ctx) {
    if (!isAutomated(ctx)) return [];
    // (a)(1)(iii) protects wireless numbers; a residential landline is protected from artificial or
    // prerecorded voice calls only ((a)(3)). Without a carrier lookup every number may be wireless.
    if (lineTypeOf(ctx) === 'landline' && ctx.attempt.channel === 'voice' && !ctx.attempt.prerecorded) return [];
    // The wireless rule protects every number, business or not; marketing needs a written consent.
    const marketing = ctx.attempt.purpose !== 'non-commercial';
    return requireConsent(ctx, FEDERAL_MISSING, marketing);
  },
});

function stateConsent(id: string, region: string, from: string, citations: readonly Citation[], who: Text, extra: { reading?: Text; unverified?: Rule['unverified'] } = {}): Rule {
  const { unverified } = extra;
  const missing = consentMissing(`${id}.missing`, who);
  return defineRule({
    id,
    inForce: { from },
    citations,
    statement: {
      en: `${who.en}: no telephonic sales call (call, text or voicemail) involving an automated system for selecting or dialing numbers or a recorded message without the called party's prior express written consent.`,
      fr: `${who.fr} : aucun appel commercial (appel, SMS ou message vocal) utilisant un système automatisé de sélection ou de numérotation ou un message enregistré sans le consentement préalable exprès écrit de l'appelé.`,
    },
    reading: extra.reading ?? {
      en: 'Any automated dialer, SMS platform or prerecorded message counts (callgate cannot tell how the dialer selects numbers).',
      fr: "Tout numéroteur automatique, plateforme SMS ou message enregistré compte (callgate ne peut savoir comment le numéroteur choisit les numéros).",
    },
    ...(unverified ? { unverified } : {}),
    reasons: [missing],
    check(ctx) {
      if (!isTelemarketing(ctx) || !isAutomated(ctx) || !inState(ctx, region)) return [];
      // The federal rule already reports the written consent that satisfies both.
      return requireConsent(ctx, missing, true).filter((o) => o.kind === 'block');
    },
  });
}

export const floridaConsent = stateConsent('us.fl.consent', 'US-FL', law.FL_2021_IN_FORCE, [law.FL_FTSA_CONSENT, law.FL_FTSA_DAMAGES], { en: 'Florida (FTSA)', fr: 'Floride (FTSA)' }, {
  // H.B. 761 (2023), in force when signed on 2023-05-25: read on flsenate.gov (bill summary, Senate committee amendment 896012 to CS/SB 1308).
  reading: {
    en: 'Since H.B. 761 (2023) the rule reaches "an automated system for the selection and dialing of telephone numbers or the playing of a recorded message" (§ 501.059(8)(a)); callgate keeps every automated dialer, SMS platform or prerecorded message (it cannot tell how the dialer selects numbers: conservative). The signature of a written consent includes "an act that demonstrates express consent, including, but not limited to, checking a box indicating consent or responding affirmatively to receiving text messages": record such a consent with `written: true`. § 501.059(10)(c): before suing over texts, the called party must reply "STOP", and "Within 15 days after receipt of such notice, the telephone solicitor shall cease sending text message solicitations": a condition of the action for damages, not a time to keep texting; callgate stops at the first opt-out (record the objection `isOptOut` gives), as the federal revocation rule requires.',
    fr: "Depuis H.B. 761 (2023), la règle vise « un système automatisé de sélection et de numérotation des numéros ou la diffusion d'un message enregistré » (§ 501.059(8)(a)) ; callgate garde tout numéroteur automatique, plateforme SMS ou message enregistré (il ne peut savoir comment le numéroteur choisit les numéros : prudence). La signature d'un consentement écrit comprend « un acte qui manifeste un consentement exprès, notamment cocher une case ou répondre favorablement à la réception de SMS » : enregistrez un tel consentement avec `written: true`. § 501.059(10)(c) : avant d'agir en justice pour des SMS, l'appelé doit répondre « STOP », et « dans les 15 jours de cette notification, le démarcheur cesse d'envoyer des SMS de démarchage » : une condition de l'action en dommages-intérêts, non un délai pour continuer ; callgate s'arrête au premier refus (enregistrez l'objection que donne `isOptOut`), comme l'exige la règle fédérale de révocation.",
  },
  unverified: {
    en: 'H.B. 761 read in the Senate\'s bill summary and a Senate committee amendment (flsenate.gov), not in the enrolled act or the current § 501.059; its effective date (on signature, 2023-05-25) comes from secondary sources (Buckley).',
    fr: 'H.B. 761 lu dans le résumé du Sénat et un amendement de commission (flsenate.gov), pas dans la loi adoptée ni le § 501.059 en vigueur ; sa date d’effet (à la signature, le 2023-05-25) vient de sources secondaires (Buckley).',
  },
});
export const oklahomaConsent = stateConsent('us.ok.consent', 'US-OK', law.OK_TSA_IN_FORCE, [law.OK_CONSENT, law.OK_DAMAGES], { en: 'Oklahoma (Telephone Solicitation Act)', fr: 'Oklahoma (Telephone Solicitation Act)' }, {
  unverified: {
    en: 'Section number § 775C.3 for the consent requirement is from secondary sources; the definition of prior express written consent (§ 775C.2) was seen in a copy of the statute.',
    fr: 'Le numéro de section § 775C.3 vient de sources secondaires ; la définition (§ 775C.2) a été vue dans une copie du texte.',
  },
});
export const marylandConsent = stateConsent('us.md.consent', 'US-MD', law.MD_IN_FORCE, [law.MD_CONSENT, law.MD_PENALTY], { en: 'Maryland (Stop the Spam Calls Act)', fr: 'Maryland (Stop the Spam Calls Act)' });
