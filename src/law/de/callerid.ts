/**
 * Caller ID on advertising calls: the caller may neither suppress the number nor have it
 * suppressed, and must make sure the number assigned to them is transmitted — TKG 2004 § 102
 * Abs. 2 (from 2009-08-04), TTDSG § 15 Abs. 2 (from 2021-12-01), the same section of the TDDDG
 * (renamed 2024-05-14). TKG 2021 § 120 Abs. 2: premium-rate, directory-enquiry, short and
 * emergency numbers may never be presented.
 */
import { block, defineReason, defineRule } from '../../core/reason.js';
import type { Rule, Text } from '../../core/rule.js';
import type { Citation } from '../../core/types.js';
import { isCommercial, verification, withheldNumberRule } from '../eu/rules.js';
import { TDDDG_15_2, TDDDG_28, TDDDG_FROM, TELEFONWERBUNG_2009, TKG_102_2, TKG_120_2, TKG_149, TKG_228, TTDSG_15_2, TTDSG_28, TTDSG_FROM } from './citations.js';

const statement: Text = {
  en: 'On an advertising call the caller may not suppress the display of their number or have it suppressed, and must make sure the number assigned to them is transmitted.',
  fr: "Lors d'un appel publicitaire, l'appelant ne peut masquer l'affichage de son numéro ni le faire masquer, et doit s'assurer que le numéro qui lui est attribué est transmis.",
};
const reading: Text = {
  en: 'Any commercial voice call (prospecting or about a contract) to any recipient, consent or not: the text covers "Anrufe zum Zweck der Werbung" whoever is called. A missing callerId is a withheld number.',
  fr: "Tout appel vocal commercial (prospection ou lié à un contrat) vers tout destinataire, avec ou sans consentement : le texte vise les « Anrufe zum Zweck der Werbung » quel que soit l'appelé. Un callerId absent est un numéro masqué.",
};

function withheld(id: string, inForce: Rule['inForce'], law: Citation, sanction: Citation, tag: Text): Rule {
  return withheldNumberRule({ cc: 'de', id, inForce, citations: [law], sanctions: [sanction], statement, reading, unverified: tag });
}

export const withheld2009 = withheld('de.caller-id.withheld.2009', { from: TELEFONWERBUNG_2009, until: '2021-11-30' }, TKG_102_2, TKG_149, verification(
  'VERIFIED-2nd',
  '§ 102 Abs. 2 TKG 2004 read in a lexetius copy (per the reference); the fine article (§ 149 Abs. 1 Nr. 17c, up to 10 000 €) from memory and secondary sources, not opened.',
  "§ 102 Abs. 2 TKG 2004 lu dans une copie lexetius (selon la référence) ; l'article d'amende (§ 149 Abs. 1 Nr. 17c, 10 000 €) de mémoire et de sources secondaires, non consulté.",
));
export const withheld2021 = withheld('de.caller-id.withheld.2021', { from: TTDSG_FROM, until: '2024-05-13' }, TTDSG_15_2, TTDSG_28, verification(
  'VERIFIED',
  '§ 15 Abs. 2 TTDSG read in a consolidated copy (datenrecht.expert), § 28 in buzer.de / gesetz-tdddg.de copies (per the reference); gesetze-im-internet.de not opened.',
  '§ 15 Abs. 2 TTDSG lu dans une copie consolidée (datenrecht.expert), § 28 dans des copies buzer.de / gesetz-tdddg.de (selon la référence) ; gesetze-im-internet.de non consulté.',
));
export const withheld2024 = withheld('de.caller-id.withheld.2024', { from: TDDDG_FROM }, TDDDG_15_2, TDDDG_28, verification(
  'VERIFIED',
  'TDDDG § 15 Abs. 2 and § 28 read in consolidated copies (buzer.de, gesetz-tdddg.de, per the reference). The official URL keeps the `ttdsg` path: unverified.',
  "TDDDG § 15 Abs. 2 et § 28 lus dans des copies consolidées (buzer.de, gesetz-tdddg.de, selon la référence). L'URL officielle garde le chemin `ttdsg` : non vérifié.",
));

/** Digits of a presented number in national form (`0900…`, `110`), from E.164 (+49…) or national input. */
function germanNational(callerId: string): string | null {
  const raw = callerId.replace(/[\s()./-]/g, '');
  if (/^\+49\d+$/.test(raw)) return `0${raw.slice(3)}`;
  if (/^0049\d+$/.test(raw)) return `0${raw.slice(4)}`;
  if (/^\d+$/.test(raw)) return raw;
  return null;
}

/** Number ranges § 120 Abs. 2 TKG forbids presenting: premium rate, mass traffic, directory enquiries, emergency. */
export const FORBIDDEN_CALLER_IDS: ReadonlyArray<{ prefix: string; name: string; nameFr: string }> = [
  { prefix: '0900', name: 'premium-rate service (0900)', nameFr: 'service surtaxé (0900)' },
  { prefix: '0137', name: 'mass-traffic service (0137)', nameFr: 'service de trafic de masse (0137)' },
  { prefix: '0118', name: 'directory-enquiry service (118xy)', nameFr: 'service de renseignements (118xy)' },
];
const EMERGENCY = new Set(['110', '112']);

/** A presented number of a range that may never be presented (TKG 2021 § 120 Abs. 2). */
export const NOT_ALLOWED = defineReason<{ callerId: string; range: string; rangeFr: string }>()('de.caller-id.not-allowed', {
  kind: 'block',
  facts: { callerId: 'the number presented', range: 'the forbidden range it falls in', rangeFr: 'the same, in French' },
  example: { callerId: '+499001234567', range: 'premium-rate number (0900)', rangeFr: 'numéro surtaxé (0900)' },
  message: (f) => ({
    en: `The presented number ${f.callerId} is a ${f.range}, which may never be presented (TKG § 120 Abs. 2).`,
    fr: `Le numéro présenté ${f.callerId} est un ${f.rangeFr}, qui ne peut jamais être présenté (TKG § 120 Abs. 2).`,
  }),
});

export const forbiddenCallerId: Rule = defineRule({
  id: 'de.caller-id.not-allowed',
  inForce: { from: TTDSG_FROM },
  citations: [TKG_120_2],
  sanctions: [TKG_228],
  statement: {
    en: 'A caller may present an additional number only if they have the right to use it; numbers of premium-rate, mass-traffic and directory-enquiry services and the emergency numbers 110 and 112 may never be presented.',
    fr: "Un appelant ne peut présenter un numéro supplémentaire que s'il a le droit de l'utiliser ; les numéros surtaxés, de trafic de masse, de renseignements et les numéros d'urgence 110 et 112 ne peuvent jamais être présentés.",
  },
  reading: {
    en: 'Checks the presented number against 0900, 0137, 0118 and 110/112 (E.164 +49 or national digits). Whether the caller holds the number cannot be checked. A German number presented from a foreign network arrives suppressed since 2022-12-01: use the line\'s own number.',
    fr: "Compare le numéro présenté à 0900, 0137, 0118 et 110/112 (E.164 +49 ou chiffres nationaux). Le droit d'usage du numéro ne peut être vérifié. Un numéro allemand présenté depuis un réseau étranger arrive masqué depuis le 2022-12-01 : utiliser le numéro propre de la ligne.",
  },
  unverified: verification(
    'VERIFIED-2nd',
    '§ 120 Abs. 2 TKG read as quoted by Vodafone and the Bundesnetzagentur press release of 2022-11-29 (per the reference); the fine article for it in § 228 TKG was not found.',
    "§ 120 Abs. 2 TKG lu tel que cité par Vodafone et le communiqué de la Bundesnetzagentur du 2022-11-29 (selon la référence) ; l'article d'amende correspondant du § 228 TKG n'a pas été trouvé.",
  ),
  reasons: [NOT_ALLOWED],
  check(ctx) {
    const { callerId } = ctx.attempt;
    if (ctx.attempt.channel !== 'voice' || !isCommercial(ctx) || !callerId) return [];
    const national = germanNational(callerId);
    if (national === null) return [];
    const found = EMERGENCY.has(national)
      ? { name: `emergency number (${national})`, nameFr: `numéro d'urgence (${national})` }
      : FORBIDDEN_CALLER_IDS.find((r) => national.startsWith(r.prefix));
    return found ? [block(NOT_ALLOWED, { callerId, range: found.name, rangeFr: found.nameFr }, null)] : [];
  },
});
