/**
 * The National Do Not Call List (Unsolicited Telecommunications Rules, Part II) and its exemptions
 * (Telecommunications Act s. 41.7(1): registered charities, existing business relationship,
 * political calls, surveys, newspaper subscriptions; UTR: express consent, business consumers).
 * Scrubs are `{ type: 'opposition-check', list: 'ca-dncl', at, listed }`, `at` being the date of
 * the list version used (downloaded from the operator).
 */
import type { RuleContext, RuleOutcome } from '../../core/rule.js';
import { consentFacts, consentInForce, customerRelationship, isProspecting } from '../common/history.js';
import { oppositionListRule } from '../common/opposition.js';
import { customerExemption, type CustomerFacts } from '../common/consent.js';
import { exempt } from '../../core/reason.js';
import { CHARITY, CONSENT, POLITICAL, PRESS } from './reasons.js';
import { ACT_41_7, UTR_DNCL } from './citations.js';
import { isTelemarketingCall } from './scope.js';

export const DNCL_LIST = 'ca-dncl';
/** The list version used must have been obtained no more than 31 days before the call. */
export const DNCL_MAX_AGE_DAYS = 31;
/** Existing business relationship (s. 41.7(2)): purchase or contract 18 months, inquiry 6 months. */
export const EBR_MONTHS = { purchase: 18, inquiry: 6 } as const;

/** Sectors the s. 41.7(1) exemptions name, with their exemption code. */
const EXEMPT_SECTORS = { charity: CHARITY, political: POLITICAL, press: PRESS } as const;

/** An existing business relationship lifts the list (s. 41.7(1)(b), (2)). */
export const EBR = customerExemption('ca.exemption.ebr', (f) => ({
      en: `Existing business relationship (${f.basis} on ${f.since}${f.endsAt ? `, until ${f.endsAt}` : ''}): the National DNCL does not apply (s. 41.7(1)(b)).`,
      fr: `Relation d'affaires en cours (${f.basis} le ${f.since}${f.endsAt ? `, jusqu'au ${f.endsAt}` : ''}) : la LNNTE ne s'applique pas (art. 41.7(1)b)).`,
}));

function dnclExemption(ctx: RuleContext): RuleOutcome | null {
  const sector = ctx.attempt.sector;
  if (sector !== undefined && sector in EXEMPT_SECTORS) return exempt(EXEMPT_SECTORS[sector as keyof typeof EXEMPT_SECTORS], { sector, lifts: 'ca.dncl' });
  const consent = consentInForce(ctx, 'prospecting', 'voice');
  if (consent) return exempt(CONSENT, { ...consentFacts(ctx, consent), lifts: 'ca.dncl' });
  const ebr = customerRelationship(ctx, { purchase: EBR_MONTHS.purchase, inquiry: EBR_MONTHS.inquiry });
  if (!ebr) return null;
  const facts: CustomerFacts = { basis: ebr.basis, since: ctx.iso(ebr.since), lifts: 'ca.dncl' };
  if (ebr.endsAt !== null) facts.endsAt = ctx.iso(ebr.endsAt);
  return exempt(EBR, facts);
}

export const nationalDncl = oppositionListRule({
  id: 'ca.dncl',
  inForce: { from: '2008-09-30' },
  citations: [UTR_DNCL, ACT_41_7],
  name: { en: 'National Do Not Call List', fr: 'Liste nationale de numéros de télécommunication exclus (LNNTE)' },
  lists: [DNCL_LIST],
  freshness: { days: DNCL_MAX_AGE_DAYS, count: 'dates' },
  codes: { listed: 'ca.dncl.listed', unchecked: 'ca.dncl.unchecked' },
  applies: (ctx) => isTelemarketingCall(ctx) && isProspecting(ctx) && ctx.attempt.recipientKind === 'consumer',
  exemption: dnclExemption,
  statement: {
    en: `No telemarketing call to a number on the National DNCL, unless exempt: registered charity, existing business relationship (purchase or contract within ${EBR_MONTHS.purchase} months, inquiry within ${EBR_MONTHS.inquiry}), political party or candidate, newspaper subscription, express consent, business consumer. The list version used must be at most ${DNCL_MAX_AGE_DAYS} days old.`,
    fr: `Aucun appel de télémarketing vers un numéro inscrit sur la LNNTE, sauf exemption : organisme de bienfaisance enregistré, relation d'affaires en cours (achat ou contrat depuis moins de ${EBR_MONTHS.purchase} mois, demande depuis moins de ${EBR_MONTHS.inquiry}), parti ou candidat politique, abonnement à un journal, consentement exprès, consommateur d'affaires. La version de la liste utilisée doit dater d'au plus ${DNCL_MAX_AGE_DAYS} jours.`,
  },
  reading: {
    en: "Without a `ca-dncl` check at most 31 local calendar days old (31 fresh, 32 stale), the call is denied (`ca.dncl.unchecked`) unless an exemption applies. An objection to this advertiser after the purchase or inquiry ends the relationship (s. 41.7(1)(b)(ii)). `sector: 'charity' | 'political' | 'press'` are the host's assertion that s. 41.7(1)(a), (c)–(e) or (g) applies. Registrations do not expire.",
    fr: "Sans vérification `ca-dncl` d'au plus 31 jours calendaires locaux (31 valable, 32 périmée), l'appel est refusé (`ca.dncl.unchecked`) sauf exemption. Une opposition auprès de l'annonceur après l'achat ou la demande met fin à la relation (art. 41.7(1)b)(ii)). `sector: 'charity' | 'political' | 'press'` est l'affirmation par l'hôte que l'art. 41.7(1)a), c)–e) ou g) s'applique. Les inscriptions n'expirent pas.",
  },
  unverified: {
    en: 'Exemptions of s. 41.7 VERIFIED (Justice Canada consolidation, per the team reference). List rule and 31-day freshness VERIFIED-2nd (CRTC summary); the Part II rule numbers could not be opened.',
    fr: "Exemptions de l'art. 41.7 VERIFIED. Règle de la liste et fraîcheur de 31 jours VERIFIED-2nd (résumé du CRTC) ; les numéros des règles de la partie II n'ont pu être ouverts.",
  },
  exemptions: [CHARITY, POLITICAL, PRESS, CONSENT, EBR],
});
