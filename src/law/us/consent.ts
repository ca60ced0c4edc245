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
import type { Rule, RuleContext, RuleOutcome } from '../../core/rule.js';
import type { Citation } from '../../core/types.js';
import * as law from './citations.js';
import { consentFor } from './relationship.js';
import { inState, isAutomated, isTelemarketing } from './scope.js';

/**
 * The consent a call needs — written for marketing, prior express otherwise — or the reason it is
 * missing. The exemption names the consent the law required, not a stronger one the history may
 * not hold: a non-commercial call rests on prior express consent, written or not.
 */
function requireConsent(ctx: RuleContext, code: string, written: boolean): RuleOutcome[] {
  const { consent, revokedAt, reassignedAt, safeHarbor } = consentFor(ctx, 'prospecting', written);
  if (consent) {
    const facts: Record<string, unknown> = { consentAt: ctx.iso(consent.at), written: consent.written };
    if (consent.proof !== undefined) facts.proof = consent.proof;
    if (safeHarbor) facts.reassignedCheck = { queriedAt: ctx.iso(safeHarbor.at), since: ctx.iso(safeHarbor.consentAt), reassigned: false, safeHarbor: '47 CFR 64.1200(m)' };
    return [{ kind: 'exempt', code: written ? 'us.exemption.written-consent' : 'us.exemption.prior-express-consent', facts }];
  }
  const facts: Record<string, unknown> = { required: written ? 'prior express written consent' : 'prior express consent', channel: ctx.attempt.channel };
  if (revokedAt !== undefined) facts.revokedAt = ctx.iso(revokedAt);
  if (reassignedAt !== undefined) facts.reassignedCheckAt = ctx.iso(reassignedAt);
  return [{ kind: 'block', code, facts, until: null }];
}

const missingMessage = (who: string, fr: string) => (f: Record<string, unknown>) => ({
  en: `${who}: an automated or prerecorded ${f.channel === 'sms' ? 'text' : 'call'} needs the consumer's ${String(f.required)}${f.revokedAt ? `; the consumer revoked consent on ${String(f.revokedAt)}` : f.reassignedCheckAt ? `; the Reassigned Numbers Database (queried ${String(f.reassignedCheckAt)}) says the number was disconnected after the consent, which was the previous holder's` : ', and none is recorded'}.`,
  fr: `${fr} : un ${f.channel === 'sms' ? 'SMS' : 'appel'} automatisé ou préenregistré exige le consentement ${f.required === 'prior express written consent' ? 'écrit préalable' : 'préalable'} du consommateur${f.revokedAt ? ` ; il l'a retiré le ${String(f.revokedAt)}` : f.reassignedCheckAt ? ` ; la base des numéros réattribués (consultée le ${String(f.reassignedCheckAt)}) indique que le numéro a été résilié après le consentement, qui était celui du titulaire précédent` : ", et aucun n'est enregistré"}.`,
});

const exemptMessage = (f: Record<string, unknown>) => ({
  en: `The consumer gave ${f.written ? 'written ' : ''}consent on ${String(f.consentAt)} to automated calls and texts from this advertiser.`,
  fr: `Le consommateur a donné son consentement${f.written ? ' écrit' : ''} le ${String(f.consentAt)} aux appels et SMS automatisés de cet annonceur.`,
});

const priorExpressMessage = (f: Record<string, unknown>) => ({
  en: `A non-commercial automated call or text needs the consumer's prior express consent (not written): given on ${String(f.consentAt)}.`,
  fr: `Un appel ou SMS automatisé non commercial exige le consentement préalable exprès du consommateur (pas nécessairement écrit) : donné le ${String(f.consentAt)}.`,
});

export const automatedCallConsent: Rule = {
  id: 'us.tcpa.consent',
  inForce: { from: '2013-10-16' },
  citations: [law.FCC_ROBOCALL, law.FCC_PEWC, law.FCC_REVOCATION, law.FCC_REASSIGNED],
  statement: {
    en: 'An autodialed or prerecorded call or text to a wireless number needs the called party’s prior express consent; a marketing one needs their prior express written consent. Consent can be revoked by any reasonable means.',
    fr: "Un appel ou SMS automatisé ou préenregistré vers un mobile exige le consentement préalable exprès de l'appelé ; s'il est commercial, son consentement préalable exprès écrit. Le consentement peut être retiré par tout moyen raisonnable.",
  },
  reading: {
    en: 'Every US number is treated as possibly wireless (the numbering plan does not tell mobiles apart), and every text as automated. A consent is written only when recorded with `written: true`. An established business relationship is not consent. A revocation on any channel ends every consent of this advertiser at once.',
    fr: "Tout numéro américain est traité comme un mobile possible, et tout SMS comme automatisé. Un consentement n'est écrit qu'avec `written: true`. Une relation d'affaires n'est pas un consentement. Un retrait sur un canal met fin à tous les consentements de l'annonceur.",
  },
  facts: {
    consentAt: 'when the consent was given',
    written: 'whether that consent is a signed written agreement',
    proof: 'the proof reference of that consent',
    required: 'the consent the call needs (prior express, or prior express written)',
    revokedAt: 'when the consumer revoked consent',
    channel: 'the channel of the attempt',
  },
  messages: {
    'us.consent.missing': missingMessage('Federal rule (TCPA)', 'Règle fédérale (TCPA)'),
    'us.exemption.written-consent': exemptMessage,
    'us.exemption.prior-express-consent': priorExpressMessage,
  },
  check(ctx) {
    if (!isAutomated(ctx)) return [];
    // The wireless rule protects every number, business or not; marketing needs a written consent.
    const marketing = ctx.attempt.purpose !== 'non-commercial';
    return requireConsent(ctx, 'us.consent.missing', marketing);
  },
};

function stateConsent(id: string, region: string, from: string, citations: readonly Citation[], who: string, unverified?: Rule['unverified']): Rule {
  const code = `${id}.missing`;
  const rule: Rule = {
    id,
    inForce: { from },
    citations,
    statement: {
      en: `${who}: no telephonic sales call (call, text or voicemail) involving an automated system for selecting or dialing numbers or a recorded message without the called party's prior express written consent.`,
      fr: `${who} : aucun appel commercial (appel, SMS ou message vocal) utilisant un système automatisé de sélection ou de numérotation ou un message enregistré sans le consentement préalable exprès écrit de l'appelé.`,
    },
    reading: {
      en: 'Any automated dialer, SMS platform or prerecorded message counts (callgate cannot tell how the dialer selects numbers).',
      fr: "Tout numéroteur automatique, plateforme SMS ou message enregistré compte (callgate ne peut savoir comment le numéroteur choisit les numéros).",
    },
    messages: { [code]: missingMessage(who, who), 'us.exemption.written-consent': exemptMessage },
    check(ctx) {
      if (!isTelemarketing(ctx) || !isAutomated(ctx) || !inState(ctx, region)) return [];
      // The federal rule already reports the written consent that satisfies both.
      return requireConsent(ctx, code, true).filter((o) => o.kind === 'block');
    },
  };
  if (unverified) rule.unverified = unverified;
  return rule;
}

export const floridaConsent = stateConsent('us.fl.consent', 'US-FL', law.FL_2021_IN_FORCE, [law.FL_FTSA_CONSENT, law.FL_FTSA_DAMAGES], 'Florida (FTSA)');
export const oklahomaConsent = stateConsent('us.ok.consent', 'US-OK', law.OK_TSA_IN_FORCE, [law.OK_CONSENT, law.OK_DAMAGES], 'Oklahoma (Telephone Solicitation Act)', {
  en: 'Section number § 775C.3 for the consent requirement is from secondary sources; the definition of prior express written consent (§ 775C.2) was seen in a copy of the statute.',
  fr: 'Le numéro de section § 775C.3 vient de sources secondaires ; la définition (§ 775C.2) a été vue dans une copie du texte.',
});
export const marylandConsent = stateConsent('us.md.consent', 'US-MD', law.MD_IN_FORCE, [law.MD_CONSENT, law.MD_PENALTY], 'Maryland (Stop the Spam Calls Act)');
