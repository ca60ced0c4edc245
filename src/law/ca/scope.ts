/**
 * Who the Canadian Unsolicited Telecommunications Rules protect. "Telemarketing" is an unsolicited
 * call to a consumer to sell, promote, or solicit money (donations included); surveys, market
 * research and collection calls are not telemarketing (CRTC, "Application of the Rules"). SMS are
 * commercial electronic messages under CASL, which the CRTC may not regulate as unsolicited
 * telecommunications (Telecommunications Act s. 41(2)): they have their own rule (casl.ts).
 */
import { defineReason, defineRule, exempt } from '../../core/reason.js';
import type { Rule, RuleContext } from '../../core/rule.js';
import { ACT_41_7, UTR_DNCL } from './citations.js';

/** A voice call the Telemarketing Rules govern: commercial, whoever holds the number. */
export function isTelemarketingCall(ctx: RuleContext): boolean {
  return ctx.attempt.channel === 'voice' && ctx.attempt.purpose !== 'non-commercial';
}

/** Surveys, polls and collection calls are not telemarketing (UTR). */
export const NOT_TELEMARKETING = defineReason<{ purpose: 'non-commercial' }>()('ca.exemption.not-telemarketing', {
  kind: 'exempt',
  facts: { purpose: "'non-commercial': a survey, poll or collection call" },
  example: { purpose: 'non-commercial' },
  message: () => ({
    en: 'A survey, poll or collection call is not telemarketing: the Unsolicited Telecommunications Rules do not apply.',
    fr: "Un sondage ou un appel de recouvrement n'est pas du télémarketing : les Règles sur les télécommunications non sollicitées ne s'appliquent pas.",
  }),
});

/** Business consumers are outside the National DNCL Rules. */
export const BUSINESS = defineReason<{ recipientKind: 'business' }>()('ca.exemption.business', {
  kind: 'exempt',
  facts: { recipientKind: "'business': a business consumer" },
  example: { recipientKind: 'business' },
  message: () => ({
    en: 'The recipient is a business consumer: the National DNCL Rules do not apply (hours, caller ID and the internal list still do).',
    fr: "Le destinataire est un consommateur d'affaires : les Règles sur la LNNTE ne s'appliquent pas (les heures, l'affichage du numéro et la liste interne, si).",
  }),
});

export const telemarketingScope: Rule = defineRule({
  id: 'ca.scope',
  inForce: { from: '2008-09-30' },
  citations: [UTR_DNCL, ACT_41_7],
  statement: {
    en: 'Surveys, polls, market research and collection calls are not telemarketing. Calls to business consumers are exempt from the National DNCL Rules only: the hours, caller-ID, internal list and ADAD rules still apply.',
    fr: "Les sondages, études de marché et appels de recouvrement ne sont pas du télémarketing. Les appels aux consommateurs d'affaires sont exemptés des seules Règles sur la LNNTE : les heures, l'affichage du numéro, la liste interne et les règles sur les composeurs-messagers s'appliquent toujours.",
  },
  reading: {
    en: "`purpose: 'non-commercial'` is a survey or a collection call: out of scope. A call under a contract is still telemarketing (its contract is an existing business relationship, see ca.dncl). The hours apply to business recipients too: the Rules speak of the \"consumer\" in both places (conservative, differs from the US pack).",
    fr: "`purpose: 'non-commercial'` est un sondage ou un recouvrement : hors champ. Un appel lié à un contrat reste du télémarketing (le contrat est une relation d'affaires en cours, voir ca.dncl). Les heures valent aussi pour les entreprises : les Règles parlent du « consommateur » aux deux endroits (lecture prudente, différente du pack US).",
  },
  unverified: {
    en: 'VERIFIED-2nd: the scope is read in the CRTC summary and on lnnte-dncl.gc.ca; the Rules themselves (crtc.gc.ca/eng/trules-reglest.htm) could not be opened beyond Part I.',
    fr: "VERIFIED-2nd : le champ est lu dans le résumé du CRTC et sur lnnte-dncl.gc.ca ; les Règles elles-mêmes n'ont pu être ouvertes au-delà de la partie I.",
  },
  reasons: [NOT_TELEMARKETING, BUSINESS],
  check(ctx) {
    if (ctx.attempt.purpose === 'non-commercial') return [exempt(NOT_TELEMARKETING, { purpose: 'non-commercial' })];
    if (ctx.attempt.recipientKind === 'business' && ctx.attempt.channel === 'voice') return [exempt(BUSINESS, { recipientKind: 'business' })];
    return [];
  },
});
