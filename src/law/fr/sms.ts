/**
 * SMS prospecting (CPCE L.34-5): an SMS is "courrier électronique", so direct prospecting by SMS
 * of a natural person needs their prior consent; exception: an existing customer of the same
 * advertiser, for analogous products, who could object at collection and in each message
 * (L.34-5 al. 4). D.223-9 governs calls, not SMS (docs/contract.md §3): sending at night, on Sundays or
 * public holidays is discouraged by the industry's code of conduct, which we expose as an advisory
 * on the same days and hours as D.223-9.
 */
import { advise, block, defineReason, defineRule, exempt } from '../../core/reason.js';
import type { Rule, RuleContext } from '../../core/rule.js';
import { clockText, isoDateOfDay } from '../../time/local.js';
import { D223_9, D223_9_IN_FORCE, L34_5 } from './citations.js';
import { CONSENT_AGEING, CONSENT_EXEMPTION, CONSENT_GAP_FACTS, consentAgeing, consentExemptionFacts, consentGap, consentInForce, type ConsentGap } from './consents.js';
import { customerInForce } from './customers.js';
import { closedTimes } from './hours.js';
import { objectionInForce } from './objection.js';

/** No prior consent to SMS prospecting and no existing-customer relationship (L.34-5). */
export const SMS_CONSENT_MISSING = defineReason<{ advertiser: string } & ConsentGap>()('fr.sms.consent-missing', {
  kind: 'block',
  facts: { advertiser: 'the advertiser that needs the consent', ...CONSENT_GAP_FACTS },
  example: { advertiser: 'acme', lastConsent: '2026-01-10T09:00:00+01:00', lastConsentStatus: 'withdrawn' },
  message: (f) => ({
    en: `No prior consent of the recipient to SMS prospecting by this advertiser, and no existing-customer relationship${f.lastConsentStatus === 'expired' ? ' (the last consent has ended)' : f.lastConsentStatus === 'withdrawn' ? ' (the last consent was withdrawn)' : ''}.`,
    fr: `Aucun consentement préalable du destinataire à la prospection par SMS de cet annonceur, ni relation client${f.lastConsentStatus === 'expired' ? ' (le dernier consentement a pris fin)' : f.lastConsentStatus === 'withdrawn' ? ' (le dernier consentement a été retiré)' : ''}.`,
  }),
});

/** The existing-customer exception of L.34-5 al. 4. */
export const CUSTOMER_EXEMPTION = defineReason<{ customerSince: string }>()('fr.exemption.customer', {
  kind: 'exempt',
  facts: { customerSince: 'local date of the customer relationship relied on' },
  example: { customerSince: '2025-03-14' },
  message: (f) => ({
    en: `Existing customer of this advertiser since ${f.customerSince}: SMS about analogous products allowed without prior consent (with a free opt-out in every message).`,
    fr: `Client de cet annonceur depuis le ${f.customerSince} : SMS pour des produits analogues permis sans consentement préalable (avec opposition gratuite dans chaque message).`,
  }),
});

export const smsConsent: Rule = defineRule({
  id: 'fr.sms',
  inForce: { from: L34_5.inForce.from },
  citations: [L34_5],
  // Not L.242-16 (which sanctions L.223-1 to L.223-5): this breach has its own sanction, not encoded yet.
  sanctions: [],
  statement: {
    en: 'Prospecting a natural person by SMS requires their prior consent, unless they are an existing customer of the advertiser offered analogous products and free opt-out.',
    fr: "La prospection directe d'une personne physique par SMS requiert son consentement préalable, sauf client existant de l'annonceur, pour des produits ou services analogues, avec faculté d'opposition gratuite.",
  },
  reading: {
    en: "Applies to every recipient, businesses included (L.34-5 protects natural persons; the CNIL's tolerance for B2B messages about the recipient's profession was not verified). The consent must be this advertiser's and cover SMS. The existing-customer exception needs a `customer` event of this advertiser with no SMS objection or withdrawal since; the host vouches the products are analogous. Every SMS must give a free way to object (STOP): not checkable here.",
    fr: "S'applique à tout destinataire, professionnels compris (L.34-5 protège les personnes physiques ; la tolérance de la CNIL pour les messages B2B liés à la profession n'a pas été vérifiée). Le consentement doit être donné à cet annonceur et couvrir les SMS. L'exception client suppose un événement `customer` de cet annonceur sans opposition ni retrait SMS depuis ; l'hôte garantit des produits analogues. Chaque SMS doit offrir un moyen gratuit de s'opposer (STOP) : non vérifiable ici.",
  },
  reasons: [SMS_CONSENT_MISSING, CONSENT_EXEMPTION, CUSTOMER_EXEMPTION, CONSENT_AGEING],
  check(ctx) {
    if (ctx.attempt.channel !== 'sms' || ctx.attempt.purpose === 'non-commercial') return [];
    if (objectionInForce(ctx)) return [];
    const consent = consentInForce(ctx, 'prospecting');
    if (consent) return [exempt(CONSENT_EXEMPTION, consentExemptionFacts(ctx, consent, 'prospecting', 'sms')), ...consentAgeing(ctx, consent)];
    const customer = customerInForce(ctx);
    if (customer) return [exempt(CUSTOMER_EXEMPTION, { customerSince: isoDateOfDay(ctx.clock.dayOf(customer.at)) })];
    return [block(SMS_CONSENT_MISSING, { advertiser: ctx.attempt.advertiser, ...consentGap(ctx, 'prospecting') }, null)];
  },
});

/**
 * Good practice, not law: no prospecting SMS to a consumer outside the D.223-9 days and hours
 * (the industry code reportedly bans nights, Sundays and public holidays; its exact text was not
 * verified, so the legal call windows are used). An advisory unless `options.advisories: 'block'`.
 */
/** A prospecting SMS when a call would be outside the D.223-9 days and hours (good practice). */
export const SMS_QUIET_HOURS = defineReason<{ localDate: string; localTime: string; closed: readonly string[]; until: string }>()('fr.sms.quiet-hours', {
  kind: 'advisory',
  facts: {
    localDate: "the recipient's local date",
    localTime: "the recipient's local time (HH:mm)",
    closed: 'why the time is closed (the fr.hours.* codes a call would get)',
    until: 'when the sending days and hours open again',
  },
  example: { localDate: '2026-11-29', localTime: '21:15', closed: ['fr.hours.weekend'], until: '2026-11-30T10:00:00+01:00' },
  message: (f) => ({
    en: `Prospecting SMS at ${f.localTime} on ${f.localDate} (recipient's time) is outside the usual sending days and hours; good practice is to wait until ${f.until}.`,
    fr: `Un SMS de prospection le ${f.localDate} à ${f.localTime} (heure du destinataire) est hors des jours et horaires d'usage ; la bonne pratique est d'attendre ${f.until}.`,
  }),
});

export const smsQuietHours: Rule = defineRule({
  id: 'fr.sms.quiet-hours',
  inForce: { from: D223_9_IN_FORCE },
  citations: [D223_9],
  statement: {
    en: 'Good practice: send prospecting SMS to consumers only on the days and at the hours allowed for prospecting calls.',
    fr: 'Bonne pratique : n’envoyer de SMS de prospection aux consommateurs qu’aux jours et heures permis pour les appels de prospection.',
  },
  reading: {
    en: 'D.223-9 governs calls, not SMS; its windows are applied to SMS by analogy as an advisory (the industry code of conduct on SMS sending hours was not verified). A consent covering outside-hours SMS lifts it.',
    fr: "D.223-9 régit les appels, non les SMS ; ses plages sont appliquées aux SMS par analogie, à titre d'avis (le code de déontologie professionnel sur les horaires d'envoi n'a pas été vérifié). Un consentement hors plages pour les SMS le lève.",
  },
  reasons: [SMS_QUIET_HOURS],
  check(ctx) {
    if (ctx.attempt.channel !== 'sms' || ctx.attempt.recipientKind !== 'consumer' || ctx.attempt.purpose === 'non-commercial') return [];
    const closed = closedTimes(ctx);
    if (closed.length === 0 || consentInForce(ctx, 'outside-hours')) return [];
    // The advisory lasts until the windows next open: walk the closures (weekend → Monday 00:00 → 10:00).
    let until = ctx.at;
    for (let probe: RuleContext = ctx, step = 0, c = closed; c.length > 0 && step < 16; step++) {
      for (const o of c) if (o.kind === 'block' && o.until !== null) until = Math.max(until, o.until);
      const wall = ctx.clock.wall(until);
      probe = { ...ctx, at: until, wall, local: ctx.toLocal(until), localDate: isoDateOfDay(wall.day) };
      c = closedTimes(probe);
    }
    return [advise(SMS_QUIET_HOURS, { localDate: ctx.localDate, localTime: clockText(ctx.wall.msOfDay, false), closed: closed.map((c) => c.code), until: ctx.iso(until) }, until)];
  },
});
