/**
 * Quebec: no provincial calling hours or do-not-call list were found (the federal Rules apply;
 * Quebec's area codes and zones are in src/phone/nanp.ts). Law 25 requires a business that uses
 * personal information for commercial prospection to identify itself and tell the person of
 * their right to withdraw consent: an advisory, the engine cannot see what is said.
 */
import { advise, defineReason, defineRule } from '../../core/reason.js';
import type { Rule } from '../../core/rule.js';
import { QC_P_39_1 } from './citations.js';
import { isTelemarketingCall } from './scope.js';

/** What a prospection call to Quebec must say (Private Sector Act s. 22). */
export const PROSPECTION_NOTICE = defineReason<{ region: 'CA-QC' }>()('ca.qc.prospection-notice', {
  kind: 'advisory',
  facts: { region: 'the province whose law applies (CA-QC)' },
  example: { region: 'CA-QC' },
  message: () => ({
    en: 'Quebec: identify the advertiser and tell the person they may withdraw consent to the use of their information for prospection.',
    fr: "Québec : identifiez l'annonceur et informez la personne qu'elle peut retirer son consentement à l'utilisation de ses renseignements à des fins de prospection.",
  }),
});

export const quebecProspectionNotice: Rule = defineRule({
  id: 'ca.qc.prospection-notice',
  inForce: { from: '2023-09-22' },
  citations: [QC_P_39_1],
  sanctions: [],
  statement: {
    en: 'Quebec: a business using personal information for commercial prospection identifies itself to the person and tells them of their right to withdraw consent to that use.',
    fr: "Québec : l'entreprise qui utilise des renseignements personnels à des fins de prospection commerciale s'identifie auprès de la personne et l'informe de son droit de retirer son consentement à cette utilisation.",
  },
  unverified: {
    en: 'UNVERIFIED: article 22 and its date in force (Law 25, 2023-09-22) come from the team reference, not from LégisQuébec. No Quebec hours or list found (searched, not proven absent).',
    fr: "UNVERIFIED : l'article 22 et sa date d'entrée en vigueur (Loi 25, 2023-09-22) viennent de la référence de l'équipe, pas de LégisQuébec. Aucune heure ni liste québécoise trouvée.",
  },
  reasons: [PROSPECTION_NOTICE],
  check(ctx) {
    const inQuebec = ctx.recipient.regions.includes('CA-QC');
    return inQuebec && ctx.attempt.purpose === 'prospecting' && (isTelemarketingCall(ctx) || ctx.attempt.channel === 'sms')
      ? [advise(PROSPECTION_NOTICE, { region: 'CA-QC' })]
      : [];
  },
});
