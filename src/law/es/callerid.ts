/**
 * Orden TDF/149/2025 art. 9 (from 2025-06-07): mobile-service numbers may not be used for
 * unsolicited commercial calls, and commercial calls must come from identifiable numbering.
 */
import { isCommercial, verification, withheldNumberRule } from '../eu/rules.js';
import { block, defineReason, defineRule } from '../../core/reason.js';
import type { Rule } from '../../core/rule.js';
import { LGTEL_SANCTION, MOBILE_CLI_BAN_FROM, ORDEN_TDF_149_2025 } from './citations.js';

const tag = verification(
  'VERIFIED-2nd',
  'Orden TDF/149/2025 art. 9 as described by escura.com and fieldfisher.com; the BOE text was not opened and its ELI URL is built on the BOE pattern. Sources disagree on which ranges commercial calls may use: only mobiles are blocked. The withheld-number ban is the engine\'s conservative reading of the Orden\'s aim (identifiable numbering), not a quoted text. The planned "400" commercial prefix of Ley 10/2025 is not encoded (not adopted as of 2026-12, unverified).',
  "Orden TDF/149/2025 art. 9 selon escura.com et fieldfisher.com ; texte BOE non consulté, URL ELI construite selon le modèle du BOE. Les sources divergent sur les tranches permises : seuls les mobiles sont bloqués. L'interdiction du numéro masqué est la lecture prudente du but de l'Orden (numérotation identifiable). Le préfixe commercial « 400 » prévu par la Ley 10/2025 n'est pas encodé.",
);

export const withheld = withheldNumberRule({
  cc: 'es', id: 'es.caller-id.withheld', inForce: { from: MOBILE_CLI_BAN_FROM },
  citations: [ORDEN_TDF_149_2025], sanctions: [LGTEL_SANCTION], unverified: tag,
  statement: {
    en: 'A commercial call must present an identifiable number.',
    fr: 'Un appel commercial doit présenter un numéro identifiable.',
  },
  reading: {
    en: 'Any commercial voice call, any recipient; a missing callerId is a withheld number.',
    fr: 'Tout appel vocal commercial, tout destinataire ; un callerId absent est un numéro masqué.',
  },
});

/** A Spanish mobile number (6xx, 7xx) in E.164, 0034 or national form. */
export function isSpanishMobile(callerId: string): boolean {
  const raw = callerId.replace(/[\s()./-]/g, '');
  return /^(\+34|0034)?[67]\d{8}$/.test(raw);
}

/** A Spanish mobile number presented on a commercial call (Orden TDF/149/2025 art. 9). */
export const MOBILE_CALLER_ID = defineReason<{ callerId: string }>()('es.caller-id.mobile', {
  kind: 'block',
  facts: { callerId: 'the number presented' },
  example: { callerId: '+34612345678' },
  message: (f) => ({
    en: `The presented number ${f.callerId} is a Spanish mobile number, which may not be used for commercial calls since 2025-06-07 (Orden TDF/149/2025).`,
    fr: `Le numéro présenté ${f.callerId} est un mobile espagnol, interdit pour les appels commerciaux depuis le 2025-06-07 (Orden TDF/149/2025).`,
  }),
});

export const mobileCallerId: Rule = defineRule({
  id: 'es.caller-id.mobile',
  inForce: { from: MOBILE_CLI_BAN_FROM },
  citations: [ORDEN_TDF_149_2025],
  sanctions: [LGTEL_SANCTION],
  statement: {
    en: 'Numbers of the mobile service ranges may not be used to make unsolicited commercial calls.',
    fr: 'Les numéros des tranches du service mobile ne peuvent servir à passer des appels commerciaux non sollicités.',
  },
  reading: {
    en: 'Blocks a commercial voice call presenting a Spanish mobile number (+34 6…, +34 7…), any recipient.',
    fr: 'Bloque un appel vocal commercial présentant un numéro mobile espagnol (+34 6…, +34 7…), tout destinataire.',
  },
  unverified: tag,
  reasons: [MOBILE_CALLER_ID],
  check(ctx) {
    const { callerId } = ctx.attempt;
    if (ctx.attempt.channel !== 'voice' || !isCommercial(ctx) || !callerId || !isSpanishMobile(callerId)) return [];
    return [block(MOBILE_CALLER_ID, { callerId }, null)];
  },
});
