/**
 * Caller ID.
 * - C. consom. L.221-17 (ex-L.121-34-2, loi n° 2014-344): a professional who phones a consumer may
 *   not use a masked number.
 * - Arcep décision n° 2022-1583 (from 2023-01-01): an automated calling or messaging system
 *   (predictive or progressive dialer, robocall, SMS platform) presents only a verified
 *   multi-purpose number (NPV); for SMS, short codes too. Applies to every recipient and purpose
 *   (the Conseil d'État refused to exempt polls, CE 6 June 2024 n° 489787).
 */
import { inForceOf } from '../common/in-force.js';
import { advise, block, defineReason, defineRule } from '../../core/reason.js';
import type { Rule } from '../../core/rule.js';
import type { Citation } from '../../core/types.js';
import { ARCEP_2022_1583, BLOCTEL_FROM, L121_34, L221_17 } from './citations.js';
import { callerIdKind, NPV_PREFIXES } from './numbering.js';
import { isProspectingCallToConsumer } from './scope.js';

/** A call to a consumer with no number presented. */
export const WITHHELD = defineReason<{ callerId: null }>()('fr.caller-id.withheld', {
  kind: 'block',
  facts: { callerId: 'null: no number presented' },
  example: { callerId: null },
  message: () => ({
    en: 'No number is presented: calling a consumer with a masked number is forbidden.',
    fr: 'Aucun numéro présenté : appeler un consommateur en numéro masqué est interdit.',
  }),
});

/** What an automated system presented, and how it reads. */
type CallerIdKind = 'npv' | 'short-code' | 'alphanumeric' | 'other-number' | 'unreadable' | 'absent';

/** An automated system presenting a number outside the NPV ranges (Arcep décision n° 2022-1583). */
export const NOT_ALLOWED = defineReason<{ callerId: string | null; callerIdKind: CallerIdKind; allowed: readonly string[] }>()('fr.caller-id.not-allowed', {
  kind: 'block',
  facts: {
    callerId: 'the number presented, or null',
    callerIdKind: "'npv', 'short-code', 'alphanumeric', 'other-number', 'unreadable' or 'absent'",
    allowed: 'the allowed ranges (national prefixes; 3xxxx = SMS short codes)',
  },
  example: { callerId: '+33612345678', callerIdKind: 'other-number', allowed: NPV_PREFIXES },
  message: (f) => ({
    en: `${f.callerId === null ? 'No number' : `The number ${f.callerId}`} is presented by an automated system: only verified multi-purpose numbers (${f.allowed.join(', ')}) are allowed.`,
    fr: `${f.callerId === null ? 'Aucun numéro n\'est présenté' : `Le numéro ${f.callerId} est présenté`} par un système automatisé : seuls les numéros polyvalents vérifiés (${f.allowed.join(', ')}) sont permis.`,
  }),
});

/** An SMS sender the verified texts do not settle (alphanumeric, or not given). */
export const UNVERIFIED_SENDER = defineReason<{ callerId: string | null; senderKind: CallerIdKind }>()('fr.caller-id.unverified-sender', {
  kind: 'advisory',
  facts: { callerId: 'the sender presented, or null', senderKind: "'alphanumeric' or 'absent'" },
  example: { callerId: 'ACME', senderKind: 'alphanumeric' },
  message: (f) => ({
    en: `SMS sender ${f.callerId === null ? 'not given' : `'${f.callerId}'`}: whether an automated platform may use it is not settled by the texts we verified; an NPV number or a short code is the safe choice.`,
    fr: `Émetteur SMS ${f.callerId === null ? 'non indiqué' : `« ${f.callerId} »`} : les textes vérifiés ne disent pas si une plateforme automatisée peut l'utiliser ; un numéro NPV ou un numéro court est le choix sûr.`,
  }),
});

function withheldRule(id: string, inForce: Rule['inForce'], citations: readonly Citation[]): Rule {
  return defineRule({
    id,
    inForce,
    citations,
    // Not L.242-16 (which sanctions L.223-1 to L.223-5): this breach has its own sanction, not encoded yet.
    sanctions: [],
    statement: {
      en: 'A professional who phones a consumer must present a number: a masked number is forbidden.',
      fr: "Lorsqu'un professionnel contacte un consommateur par téléphone, l'utilisation d'un numéro masqué est interdite.",
    },
    reading: {
      en: 'Voice calls to consumers, prospecting or under a contract; an absent or blank callerId is a masked number. SMS always carry a sender (see the Arcep rule).',
      fr: "Appels vocaux vers des consommateurs, en prospection ou dans le cadre d'un contrat ; un callerId absent ou vide est un numéro masqué. Un SMS porte toujours un émetteur (voir la règle Arcep).",
    },
    reasons: [WITHHELD],
    check(ctx) {
      if (!isProspectingCallToConsumer(ctx)) return [];
      if (ctx.attempt.callerId !== undefined && ctx.attempt.callerId.trim() !== '') return [];
      return [block(WITHHELD, { callerId: null }, null)];
    },
  });
}

/** L.121-34-2 in loi Hamon's numbering, for June 2016 (the pack's access rules start with Bloctel). */
export const withheldNumber2014 = withheldRule('fr.caller-id.withheld.2014', inForceOf([L121_34], { from: BLOCTEL_FROM }), [{ ...L121_34, article: 'L.121-34-2' }]);
export const withheldNumber = withheldRule('fr.caller-id.withheld.2016', { from: L221_17.inForce.from }, [L221_17]);

export const automatedCallerId: Rule = defineRule({
  id: 'fr.caller-id.arcep',
  inForce: { from: ARCEP_2022_1583.inForce.from },
  citations: [ARCEP_2022_1583],
  // Not L.242-16 (which sanctions L.223-1 to L.223-5): this breach has its own sanction, not encoded yet.
  sanctions: [],
  statement: {
    en: 'An automated calling or messaging system may present only a verified multi-purpose number (NPV), or for SMS a short code: never a mobile (06/07), a geographic (01–05) or another 09 number.',
    fr: "Un système automatisé d'appels ou d'envoi de messages ne peut présenter qu'un numéro polyvalent vérifié (NPV), ou pour les SMS un numéro court : jamais un mobile (06/07), un géographique (01–05) ni un autre 09.",
  },
  reading: {
    en: "attempt.automated marks such a system (predictive or progressive dialers included). Every recipient and purpose. Special numbers (08, except 089), reported allowed by secondary sources, are refused here: only NPV ranges (and SMS short codes 3xxxx) pass. Alphanumeric SMS senders, or an SMS whose sender is not given, are not covered by what we could verify: advisory fr.caller-id.unverified-sender.",
    fr: "attempt.automated désigne un tel système (numéroteurs prédictifs ou progressifs compris). Tout destinataire et tout objet. Les numéros spéciaux (08, sauf 089), admis selon des sources secondaires, sont refusés ici : seules les tranches NPV (et les numéros courts SMS 3xxxx) passent. Les émetteurs SMS alphanumériques, ou un SMS dont l'émetteur n'est pas donné, ne sont pas couverts par ce que nous avons pu vérifier : avis fr.caller-id.unverified-sender.",
  },
  reasons: [NOT_ALLOWED, UNVERIFIED_SENDER],
  check(ctx) {
    const { automated, channel } = ctx.attempt;
    if (!automated) return [];
    const raw = ctx.attempt.callerId?.trim();
    const callerId = raw === undefined || raw === '' ? null : raw;
    const kind = callerId === null ? null : callerIdKind(callerId);
    if (kind === 'npv' || (channel === 'sms' && kind === 'short-code')) return [];
    if (channel === 'sms' && (kind === null || kind === 'alphanumeric')) {
      return [advise(UNVERIFIED_SENDER, { callerId, senderKind: kind ?? 'absent' }, null)];
    }
    const allowed = channel === 'sms' ? [...NPV_PREFIXES, '3xxxx'] : [...NPV_PREFIXES];
    return [block(NOT_ALLOWED, { callerId, callerIdKind: kind ?? 'absent', allowed }, null)];
  },
});
