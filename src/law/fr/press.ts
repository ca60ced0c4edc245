/**
 * Newspaper and magazine subscriptions: the bans of L.223-1 and L.223-3 do not apply to
 * canvassing for the supply of newspapers, periodicals or magazines (C. consom. L.223-5; before
 * 1 July 2016, L.121-34). D.223-9 still applies ("y compris celle visée à l'article L.223-5"), so
 * hours, cap and cooldown are unchanged; CPCE L.34-5 (SMS, prerecorded calls) is unaffected.
 *
 * From 11 August 2026 the point is unsettled: no source read says loi n° 2025-594 repealed or
 * rewrote L.223-5, and D.223-9 still refers to it, but the rapporteur of the joint committee said
 * it "refused any sectoral exemption". The contract (docs/contract.md §2) keeps the exemption by default, with an advisory;
 * `options.pressExemption: 'consent'` applies the strict reading.
 */
import { inForceOf } from '../common/in-force.js';
import { advise, defineReason, defineRule, exempt } from '../../core/reason.js';
import type { Rule, RuleContext, RuleOutcome, Text } from '../../core/rule.js';
import type { Citation } from '../../core/types.js';
import { BLOCTEL_FROM, BLOCTEL_UNTIL, L121_34, L223_1_2026, L223_5, OPT_IN_FROM } from './citations.js';
import { consentInForce } from './consents.js';
import { isTelephonicProspecting } from './scope.js';

/** The `attempt.sector` of newspaper and magazine subscriptions. */
export const PRESS_SECTOR = 'press';

/**
 * Whether the press exception lifts the access regime of the era for this attempt: always in
 * the opposition-list era; from 2026-08-11 unless the host chose the strict reading.
 */
export function pressExempt(ctx: RuleContext, regime: 'opposition' | 'consent'): boolean {
  if (ctx.attempt.sector !== PRESS_SECTOR || !isTelephonicProspecting(ctx)) return false;
  return regime === 'opposition' || ctx.options.pressExemption === 'exempt';
}

const statement: Text = {
  en: 'Canvassing for newspaper, periodical or magazine subscriptions is outside the bans of L.223-1; days, hours and frequency (D.223-9) still apply.',
  fr: "La prospection en vue de la fourniture de journaux, de périodiques ou de magazines échappe aux interdictions de L.223-1 ; jours, horaires et fréquence (D.223-9) s'appliquent.",
};

/** Press subscriptions are outside the bans of L.223-1 (L.121-34, then L.223-5). */
export const PRESS_EXEMPTION = defineReason<{ sector: typeof PRESS_SECTOR }>()('fr.exemption.press', {
  kind: 'exempt',
  facts: { sector: "the attempt's sector ('press')" },
  example: { sector: PRESS_SECTOR },
  message: () => ({
    en: 'Newspaper or magazine subscription canvassing: no opposition-list or consent requirement (hours and caps still apply).',
    fr: "Prospection pour des abonnements de presse : ni liste d'opposition ni consentement requis (jours, horaires et fréquence s'appliquent).",
  }),
});

/** Whether the press exemption survives the opt-in regime is unsettled. */
export const PRESS_UNSETTLED = defineReason<{ sector: typeof PRESS_SECTOR }>()('fr.press.consent-unsettled', {
  kind: 'advisory',
  facts: { sector: "the attempt's sector ('press')" },
  example: { sector: PRESS_SECTOR },
  message: () => ({
    en: 'Whether press subscriptions still need no consent after 11 August 2026 is unsettled; collecting a consent is the safe course.',
    fr: "L'exemption des abonnements de presse au consentement après le 11 août 2026 est incertaine ; recueillir un consentement est la voie sûre.",
  }),
});

function pressRule(id: string, inForce: Rule['inForce'], citations: readonly Citation[], regime: 'opposition' | 'consent'): Rule {
  const optIn = regime === 'consent';
  return defineRule({
    id,
    inForce,
    citations,
    statement,
    reading: optIn
      ? {
          en: "Unsettled from 11 August 2026: L.223-5 was not seen repealed and D.223-9 still refers to it, but the legislator's stated intent was no sectoral exemption. Default (the contract, §2): exempt, with the advisory fr.press.consent-unsettled; options.pressExemption 'consent' requires a consent instead.",
          fr: "Incertain à partir du 11 août 2026 : aucune abrogation de L.223-5 n'a été vue et D.223-9 y renvoie toujours, mais l'intention affichée du législateur était de n'admettre aucune exemption sectorielle. Par défaut (le contrat, §2) : exemption, avec l'avis fr.press.consent-unsettled ; options.pressExemption 'consent' exige un consentement.",
        }
      : { en: 'Phone calls to consumers only; SMS and prerecorded calls still need the consent of CPCE L.34-5.', fr: 'Appels vers des consommateurs uniquement ; SMS et appels préenregistrés restent soumis au consentement de L.34-5 CPCE.' },
    reasons: optIn ? [PRESS_EXEMPTION, PRESS_UNSETTLED] : [PRESS_EXEMPTION],
    check(ctx) {
      if (!pressExempt(ctx, regime)) return [];
      // With a consent in force the opt-in rule relies on it; the unsettled exception is not needed.
      if (optIn && consentInForce(ctx, 'prospecting')) return [];
      const out: RuleOutcome[] = [exempt(PRESS_EXEMPTION, { sector: PRESS_SECTOR })];
      if (optIn) out.push(advise(PRESS_UNSETTLED, { sector: PRESS_SECTOR }, null));
      return out;
    },
  });
}

export const pressSubscriptions2014 = pressRule('fr.press.2014', inForceOf([L121_34], { from: BLOCTEL_FROM }), [L121_34], 'opposition');
export const pressSubscriptions2016 = pressRule('fr.press.2016', inForceOf([L223_5], { until: BLOCTEL_UNTIL }), [L223_5], 'opposition');
export const pressSubscriptionsOptIn = pressRule('fr.press.opt-in', { from: OPT_IN_FROM }, [L223_5, L223_1_2026], 'consent');
