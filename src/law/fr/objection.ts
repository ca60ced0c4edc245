/**
 * Objection: the recipient told this advertiser never to contact them again ("STOP", "ne me
 * rappelez plus"). Data may no longer be used for prospecting (loi n° 78-17 art. 38 until
 * 24 May 2018, then GDPR art. 21(2)–(3)); from 11 August 2026 the consent of L.223-1 is
 * revocable and the professional must not recontact. The block is permanent for the channels the
 * objection names; only a later consent of the recipient re-opens contact.
 */
import { inForceOf } from '../common/in-force.js';
import { block, defineReason, defineRule } from '../../core/reason.js';
import type { HistoryEvent, Rule, RuleContext, Text } from '../../core/rule.js';
import type { Channel, Citation } from '../../core/types.js';
import { BLOCTEL_UNTIL, GDPR_ART_21, L223_1_2026, L34_5, LOI_78_17_ART_38, OPT_IN_FROM } from './citations.js';

export type Objection = Extract<HistoryEvent, { type: 'objection' }>;

/** The objection to this advertiser that still stands for the channel, or null (a later consent for the channel lifts it). */
export function objectionInForce(ctx: RuleContext, channel: Channel = ctx.attempt.channel): Objection | null {
  const { advertiser } = ctx.attempt;
  for (let i = ctx.history.length - 1; i >= 0; i--) {
    const e = ctx.history[i]!;
    if (!('advertiser' in e) || e.advertiser !== advertiser) continue;
    if (e.type === 'consent' && e.channels.includes(channel)) return null;
    if (e.type === 'objection' && e.channels.includes(channel)) return e;
  }
  return null;
}

const statement: Text = {
  en: 'A recipient who objected to prospecting by this advertiser may not be contacted again on the channels named, until they consent anew.',
  fr: "Un destinataire qui s'est opposé à la prospection de cet annonceur ne peut plus être contacté sur les canaux visés, sauf nouveau consentement de sa part.",
};

const reading: Text = {
  en: 'Applies to every commercial contact (prospecting or under a contract) and to every recipient, businesses included (the right to object belongs to any natural person). An objection without channels covers all. A later consent for the channel re-opens contact; a refusal during a call is not an objection (60-day cooldown, D.223-9).',
  fr: "S'applique à tout contact commercial (prospection ou dans le cadre d'un contrat) et à tout destinataire, professionnels compris (le droit d'opposition appartient à toute personne physique). Une opposition sans canal les vise tous. Un consentement ultérieur pour le canal rouvre le contact ; un refus en cours d'appel n'est pas une opposition (délai de 60 jours, D.223-9).",
};

/** The recipient objected to this advertiser's contacts on the channel. */
export const OBJECTION = defineReason<{ objectionAt: string; channel: Channel; channels: readonly Channel[] }>()('fr.objection', {
  kind: 'block',
  facts: {
    objectionAt: 'when the recipient objected',
    channel: 'the channel of the attempt',
    channels: 'the channels the objection names',
  },
  example: { objectionAt: '2026-09-14T18:02:00+02:00', channel: 'sms', channels: ['sms'] },
  message: (f) => ({
    en: `The recipient objected on ${f.objectionAt} to any further ${f.channel === 'sms' ? 'SMS' : 'call'} from this advertiser.`,
    fr: `Le destinataire s'est opposé le ${f.objectionAt} à tout nouvel ${f.channel === 'sms' ? 'SMS' : 'appel'} de cet annonceur.`,
  }),
});

function objectionRule(id: string, inForce: Rule['inForce'], citations: readonly Citation[]): Rule {
  return defineRule({
    id,
    inForce,
    citations,
    // Not L.242-16 (which sanctions L.223-1 to L.223-5): this breach has its own sanction, not encoded yet.
    sanctions: [],
    statement,
    reading,
    reasons: [OBJECTION],
    check(ctx) {
      if (ctx.attempt.purpose === 'non-commercial') return [];
      const objection = objectionInForce(ctx);
      if (!objection) return [];
      return [block(OBJECTION, { objectionAt: ctx.iso(objection.at), channel: ctx.attempt.channel, channels: [...objection.channels] }, null)];
    },
  });
}

/**
 * Before the GDPR: loi Informatique et libertés, art. 38, and the free opt-out of CPCE L.34-5.
 * In force as far back as the L.34-5 rules, so that an objection is honoured wherever a rule that
 * defers to it (SMS, prerecorded calls) applies.
 */
export const objection1978 = objectionRule('fr.objection.1978', inForceOf([LOI_78_17_ART_38, L34_5]), [LOI_78_17_ART_38, L34_5]);
/** GDPR art. 21, during the opposition-list era. */
export const objectionGdpr = objectionRule('fr.objection.gdpr', inForceOf([GDPR_ART_21], { until: BLOCTEL_UNTIL }), [GDPR_ART_21]);
/** GDPR art. 21 and the revocable consent of the new L.223-1. */
export const objectionOptIn = objectionRule('fr.objection.opt-in', { from: OPT_IN_FROM }, [GDPR_ART_21, L223_1_2026]);
