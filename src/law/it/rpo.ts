/**
 * The Registro pubblico delle opposizioni (Legge 5/2018, DPR 26/2022 art. 7): the holder of any
 * number, fixed or mobile, listed in directories or not, may object to its use for operator
 * calls for advertising, direct sales, market research or commercial communication; registering
 * revokes every consent given before, except to operators with whom the holder has a contract in
 * progress or ended less than 30 days ago. Operators must consult the register monthly and before
 * each campaign.
 */
import { defineReason, exempt } from '../../core/reason.js';
import type { RuleOutcome } from '../../core/rule.js';
import type { Ms, RuleContext } from '../../core/rule.js';
import { oppositionListRule } from '../common/opposition.js';
import { REASONS, consentFacts, consentInForce, isCommercial, objectionStands, verification } from '../eu/rules.js';
import { CODICE_PRIVACY_166, DPR_26_2022_ART_7, DPR_26_2022_OPERATORS, LEGGE_5_2018, RPO_FROM } from './citations.js';

/** A consultation of the register is relied on for 15 days (registrations take effect within 15 days). */
export const RPO_VALID_DAYS = 15;
/** A contract ended less than 30 days ago still survives a registration. */
export const CONTRACT_GRACE_DAYS = 30;
/** A contract in progress or ended less than CONTRACT_GRACE_DAYS ago survives the registration (DPR 26/2022). */
export const CONTRACT_EXEMPTION = defineReason<{ contractId: string; contractStart: string; contractEnd?: string }>()('it.exemption.contract', {
  kind: 'exempt',
  facts: { contractId: 'the contract of this advertiser', contractStart: 'its start', contractEnd: 'its end, if it ended' },
  example: { contractId: 'K-881', contractStart: '2025-02-01T00:00:00+01:00', contractEnd: '2026-11-10T00:00:00+01:00' },
  message: (f) => ({
    en: `Contract ${f.contractId} of this advertiser is in progress or ended less than ${CONTRACT_GRACE_DAYS} days ago: the register does not apply.`,
    fr: `Le contrat ${f.contractId} de cet annonceur est en cours ou a pris fin depuis moins de ${CONTRACT_GRACE_DAYS} jours : le registre ne s'applique pas.`,
  }),
});

export const RPO_LIST = 'it-rpo';

export const oppositionRegister = oppositionListRule({
  id: 'it.rpo',
  codes: { listed: 'it.rpo.listed', unchecked: 'it.rpo.unchecked' },
  lists: [RPO_LIST],
  name: { en: 'Registro pubblico delle opposizioni', fr: 'Registro pubblico delle opposizioni' },
  freshness: { days: RPO_VALID_DAYS, count: 'elapsed' },
  inForce: { from: RPO_FROM },
  citations: [DPR_26_2022_ART_7, LEGGE_5_2018, DPR_26_2022_OPERATORS],
  sanctions: [CODICE_PRIVACY_166],
  statement: {
    en: 'A number registered on the Registro pubblico delle opposizioni may not be called for advertising, direct sales, market research or commercial communication; registration revokes every earlier consent, except towards operators with a contract in progress or ended less than 30 days ago. Operators consult the register monthly and before each campaign.',
    fr: "Un numéro inscrit au Registro pubblico delle opposizioni ne peut être appelé à des fins publicitaires, de vente directe, d'étude de marché ou de communication commerciale ; l'inscription révoque tout consentement antérieur, sauf envers les opérateurs avec lesquels un contrat est en cours ou a pris fin depuis moins de 30 jours. Les opérateurs consultent le registre chaque mois et avant chaque campagne.",
  },
  reading: {
    en: `Commercial calls (live and prerecorded) to any recipient kind (the register is open to legal persons). The latest "${RPO_LIST}" check counts and is relied on for ${RPO_VALID_DAYS} days (check + ${RPO_VALID_DAYS} days exactly: unchecked). Exceptions: a contract of this advertiser in progress or ended less than ${CONTRACT_GRACE_DAYS} days before (no consultation needed: the contract survives registration); a consent of this advertiser given after the earliest check that reported the number listed (the registration is no later than that check, so the consent came after it): the recipient's later choice stands whatever the age of the check. A consent alone, with no check ever reporting the number listed, does not spare the consultation. Earlier consents are ignored.`,
    fr: `Appels commerciaux (avec agent ou préenregistrés) vers tout destinataire (le registre est ouvert aux personnes morales). Le dernier contrôle « ${RPO_LIST} » compte et vaut ${RPO_VALID_DAYS} jours (contrôle + ${RPO_VALID_DAYS} jours pile : non vérifié). Exceptions : un contrat de cet annonceur en cours ou terminé depuis moins de ${CONTRACT_GRACE_DAYS} jours (pas de consultation nécessaire : le contrat survit à l'inscription) ; un consentement de cet annonceur donné après le premier contrôle ayant signalé le numéro inscrit (l'inscription lui est antérieure) : ce choix ultérieur de l'intéressé vaut quel que soit l'âge du contrôle. Un consentement seul, sans contrôle ayant jamais signalé le numéro inscrit, ne dispense pas de la consultation. Les consentements antérieurs sont ignorés.`,
  },
  unverified: verification(
    'VERIFIED',
    'DPR 26/2022 art. 7 c. 1 VERIFIED in the Gazzetta Ufficiale (per the reference); the revocation of consents and the 30-day contract exception are VERIFIED-2nd (Fondazione Ugo Bordoni, ilpost, ildenaro); the monthly/before-each-campaign consultation is VERIFIED-2nd (FUB, MISE) and the 15-day freshness is the press figure (technospia, ilpost): the DPR article carrying it was not found. Operational date 2022-07-27 from the press; DPR 26/2022 art. 14 repeals DPR 178/2010 at the latest on 2022-07-31 (guardiacivica.it quoting it). The pre-2022 register (DPR 178/2010, listed fixed numbers only) is not encoded.',
    "DPR 26/2022 art. 7 c. 1 VÉRIFIÉ au Journal officiel (selon la référence) ; la révocation des consentements et l'exception de contrat de 30 jours VÉRIFIÉ-2nd ; la consultation mensuelle et avant chaque campagne VÉRIFIÉ-2nd ; la validité de 15 jours est le chiffre de la presse, l'article du DPR qui le porterait n'a pas été trouvé. Date opérationnelle 2022-07-27 selon la presse. Le registre antérieur (DPR 178/2010) n'est pas encodé.",
  ),
  // An objection blocks alone (it.objection) and adds no other reason.
  applies: (ctx) => ctx.attempt.channel === 'voice' && isCommercial(ctx) && !objectionStands(ctx),
  exemption(ctx): RuleOutcome | null {
    const firstListedAt = firstListed(ctx);
    const contract = recentContract(ctx);
    if (contract) {
      const facts: { contractId: string; contractStart: string; contractEnd?: string } = { contractId: contract.id, contractStart: ctx.iso(contract.at) };
      if (contract.end !== undefined) facts.contractEnd = ctx.iso(contract.end);
      return exempt(CONTRACT_EXEMPTION, facts);
    }
    const consent = consentInForce(ctx, 'prospecting');
    if (consent && firstListedAt !== null && consent.at > firstListedAt) {
      return exempt(REASONS.it.consent, { ...consentFacts(ctx, consent), listedSince: ctx.iso(firstListedAt) });
    }
    return null;
  },
  exemptions: [CONTRACT_EXEMPTION, REASONS.it.consent],
});

/** The earliest check reporting the number listed: the registration is no later than it. */
function firstListed(ctx: RuleContext): Ms | null {
  for (const e of ctx.history) if (e.type === 'opposition-check' && e.list === RPO_LIST && e.listed) return e.at;
  return null;
}

/** The contract of this advertiser in progress at the attempt, or ended less than CONTRACT_GRACE_DAYS before it. */
function recentContract(ctx: RuleContext) {
  let found: Extract<RuleContext['history'][number], { type: 'contract' }> | null = null;
  for (const e of ctx.history) {
    if (e.type !== 'contract' || e.advertiser !== ctx.attempt.advertiser) continue;
    if (e.end === undefined || ctx.at < ctx.toLocal(e.end).plus({ days: CONTRACT_GRACE_DAYS }).toMillis()) found = e;
  }
  return found;
}
