/**
 * Who the Canadian Unsolicited Telecommunications Rules protect. "Telemarketing" is an unsolicited
 * call to a consumer to sell, promote, or solicit money (donations included); surveys, market
 * research and collection calls are not telemarketing (CRTC, "Application of the Rules"). SMS are
 * commercial electronic messages under CASL, which the CRTC may not regulate as unsolicited
 * telecommunications (Telecommunications Act s. 41(2)): they have their own rule (casl.ts).
 */
import type { Rule, RuleContext } from '../../core/rule.js';
import { ACT_41_7, UTR_DNCL } from './citations.js';

/** A voice call the Telemarketing Rules govern: commercial, whoever holds the number. */
export function isTelemarketingCall(ctx: RuleContext): boolean {
  return ctx.attempt.channel === 'voice' && ctx.attempt.purpose !== 'non-commercial';
}

export const telemarketingScope: Rule = {
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
  messages: {
    'ca.exemption.not-telemarketing': () => ({
      en: 'A survey, poll or collection call is not telemarketing: the Unsolicited Telecommunications Rules do not apply.',
      fr: "Un sondage ou un appel de recouvrement n'est pas du télémarketing : les Règles sur les télécommunications non sollicitées ne s'appliquent pas.",
    }),
    'ca.exemption.business': () => ({
      en: 'The recipient is a business consumer: the National DNCL Rules do not apply (hours, caller ID and the internal list still do).',
      fr: "Le destinataire est un consommateur d'affaires : les Règles sur la LNNTE ne s'appliquent pas (les heures, l'affichage du numéro et la liste interne, si).",
    }),
  },
  check(ctx) {
    if (ctx.attempt.purpose === 'non-commercial') return [{ kind: 'exempt', code: 'ca.exemption.not-telemarketing', facts: { purpose: 'non-commercial' } }];
    if (ctx.attempt.recipientKind === 'business' && ctx.attempt.channel === 'voice') return [{ kind: 'exempt', code: 'ca.exemption.business', facts: { recipientKind: 'business' } }];
    return [];
  },
};
