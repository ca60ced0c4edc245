/**
 * Sector bans: prospecting forbidden whatever the consent, each with its own text, date and
 * exceptions.
 * - Energy-saving and renewable-energy works or equipment for dwellings: phone ban in L.223-1 al. 3
 *   (loi n° 2020-901, from 2020-07-26), then L.223-1 al. 5 (from 2026-08-11, with services and
 *   home adaptation to ageing or disability added).
 * - The same works and home adaptation on every channel (phone, SMS, e-mail, social networks) from
 *   2025-07-02: loi n° 2025-594 art. 13 II per concordant secondary sources (codified article not
 *   identified).
 * - Training paid by the personal training account (CPF): C. trav. L.6323-8-1 from 2022-12-21, on
 *   every channel, to collect the holder's data (1°, no exception) or to sell eligible training
 *   (2°, except within a training action in progress and directly linked to it).
 * The contract-in-progress exception applies where the text gives it.
 */
import { advise, block, defineReason, defineRule } from '../../core/reason.js';
import type { Rule, RuleContext, RuleOutcome, Text } from '../../core/rule.js';
import type { Channel, Citation } from '../../core/types.js';
import { BLOCTEL_UNTIL, L223_1_2020, L223_1_2026, L6323_8_1, LOI_2020_901, LOI_2025_594_ART_13, OPT_IN_FROM } from './citations.js';
import { CONTRACT_EXEMPTION, CONTRACT_GAP_FACTS, contractExemption, contractGap, contractInForce, contractStartsAfter, type ContractGap } from './contracts.js';
import { isTelephonicProspecting } from './scope.js';

/** The `attempt.sector` values of each banned family: one place for the vocabulary. */
export const BANNED_SECTORS = {
  /** Works or equipment for dwellings aimed at energy savings or renewable-energy production. */
  housingEnergy: ['energy-renovation', 'energy-saving', 'renewable-energy'],
  /** Adaptation of dwellings to ageing or disability. */
  homeAdaptation: ['home-adaptation'],
  /** Training eligible to the personal training account (C. trav. L.6323-6). */
  cpfTraining: ['professional-training', 'cpf-training'],
} as const satisfies Record<string, readonly string[]>;

/** First day of the all-channel ban of loi n° 2025-594 art. 13 II (day after JORF of 1 July 2025). */
export const HOUSING_ALL_CHANNELS_FROM = '2025-07-02';

interface SectorBan {
  id: string;
  inForce: Rule['inForce'];
  citations: readonly Citation[];
  sectors: readonly string[];
  /** Only consumers are protected (L.223-1); CPF holders are protected whatever the call's recipient kind. */
  consumersOnly: boolean;
  statement: Text;
  reading: Text;
  /** The contract exception has limits the host must know (fr.sector.exception-limits). */
  exceptionLimits?: boolean;
  /** Sanctions when not the pack's L.242-16. */
  sanctions?: readonly Citation[];
  /** The ban reaches prospecting "par voie téléphonique" only (L.223-1), read as the whole article is: see isTelephonicProspecting. */
  telephonic?: boolean;
}

/** Prospecting in a banned sector with no contract in progress to lift the ban. */
export const SECTOR_PROHIBITED = defineReason<{ sector: string; since: string; channel: Channel } & ContractGap>()('fr.sector.prohibited', {
  kind: 'block',
  facts: { sector: "the attempt's sector", since: 'first day of this text version', channel: 'the channel of the attempt', ...CONTRACT_GAP_FACTS },
  example: { sector: 'energy-renovation', since: '2020-07-26', channel: 'voice' },
  message: (f) => ({
    en: `Prospecting in the sector '${f.sector}' is forbidden whatever the consent (since ${f.since}), and no contract in progress covers this contact.`,
    fr: `La prospection dans le secteur « ${f.sector} » est interdite même avec consentement (depuis le ${f.since}), et aucun contrat en cours ne couvre ce contact.`,
  }),
});

/** The training-in-progress exception of L.6323-8-1 2° does not reach 1° (collecting CPF data). */
export const CPF_EXCEPTION_LIMITS = defineReason<{ sector: string }>()('fr.sector.exception-limits', {
  kind: 'advisory',
  facts: { sector: "the attempt's sector" },
  example: { sector: 'professional-training' },
  message: () => ({
    en: 'The training-in-progress exception covers offers linked to that action only; collecting the holder\'s CPF data (balance, login) remains forbidden (L.6323-8-1 1°).',
    fr: "L'exception de l'action en cours ne couvre que les offres liées à celle-ci ; collecter les données CPF du titulaire (droits, identifiants) reste interdit (L.6323-8-1 1°).",
  }),
});

function sectorBan(ban: SectorBan): Rule {
  return defineRule({
    id: ban.id,
    inForce: ban.inForce,
    citations: ban.citations,
    ...(ban.sanctions ? { sanctions: ban.sanctions } : {}),
    statement: ban.statement,
    reading: ban.reading,
    reasons: ban.exceptionLimits ? [SECTOR_PROHIBITED, CONTRACT_EXEMPTION, CPF_EXCEPTION_LIMITS] : [SECTOR_PROHIBITED, CONTRACT_EXEMPTION],
    check(ctx: RuleContext): RuleOutcome[] {
      const sector = ctx.attempt.sector;
      if (sector === undefined || !ban.sectors.includes(sector) || ctx.attempt.purpose === 'non-commercial') return [];
      if (ban.consumersOnly && ctx.attempt.recipientKind !== 'consumer') return [];
      if (ban.telephonic && !isTelephonicProspecting(ctx)) return [];
      const contract = contractInForce(ctx);
      if (contract) {
        const out = [contractExemption(ctx, contract, 'sector-ban')];
        if (ban.exceptionLimits) out.push(advise(CPF_EXCEPTION_LIMITS, { sector }, null));
        return out;
      }
      // A contract the call names, starting later, lifts it then.
      return [block(SECTOR_PROHIBITED, { sector, since: ban.inForce.from, channel: ctx.attempt.channel, ...contractGap(ctx) }, contractStartsAfter(ctx))];
    },
  });
}

const housingExceptionReading: Text = {
  en: 'Exception: a contact within a contract in progress with this advertiser, named by the attempt (contractId or purpose \'contract\'). A consent does not lift the ban. Consumers only.',
  fr: "Exception : contact dans le cadre d'un contrat en cours avec cet annonceur, désigné par la tentative (contractId ou purpose 'contract'). Le consentement ne lève pas l'interdiction. Consommateurs seulement.",
};

export const energyRenovationBan2020 = sectorBan({
  id: 'fr.sector.housing-energy.2020',
  inForce: { from: '2020-07-26', until: '2025-07-01' },
  citations: [L223_1_2020, LOI_2020_901],
  sectors: BANNED_SECTORS.housingEnergy,
  consumersOnly: true,
  telephonic: true,
  statement: {
    en: 'Phone prospecting of consumers to sell equipment or works for energy savings or renewable-energy production in dwellings is forbidden, except within a contract in progress.',
    fr: "Toute prospection téléphonique de consommateurs ayant pour objet la vente d'équipements ou la réalisation de travaux pour des logements en vue d'économies d'énergie ou de production d'énergies renouvelables est interdite, sauf contrat en cours.",
  },
  reading: {
    en: `${housingExceptionReading.en} The text says "par voie téléphonique", read as voice calls as in the whole of L.223-1 (an SMS to a consumer needs a consent under CPCE L.34-5 anyway); options.telephonicMeans: 'voice-and-sms' bans SMS too.`,
    fr: `${housingExceptionReading.fr} Le texte dit « par voie téléphonique », lu comme les appels vocaux dans tout l'article L.223-1 (un SMS à un consommateur exige de toute façon un consentement, CPCE L.34-5) ; options.telephonicMeans: 'voice-and-sms' interdit aussi les SMS.`,
  },
});

export const energyRenovationBan2025 = sectorBan({
  id: 'fr.sector.housing-energy.2025',
  inForce: { from: HOUSING_ALL_CHANNELS_FROM, until: BLOCTEL_UNTIL },
  citations: [L223_1_2020, LOI_2025_594_ART_13],
  sectors: BANNED_SECTORS.housingEnergy,
  consumersOnly: true,
  statement: {
    en: 'Prospecting consumers on any channel for energy-saving or renewable-energy works or equipment in dwellings is forbidden, except within a contract in progress.',
    fr: "La prospection de consommateurs, par tout canal, pour des travaux ou équipements d'économies d'énergie ou d'énergies renouvelables dans les logements est interdite, sauf contrat en cours.",
  },
  reading: {
    en: `${housingExceptionReading.en} All channels from 2 July 2025: loi n° 2025-594 art. 13 II as reported by concordant secondary sources; the codified article was not identified.`,
    fr: `${housingExceptionReading.fr} Tous canaux depuis le 2 juillet 2025 : loi n° 2025-594 art. 13 II selon des sources secondaires concordantes ; l'article codifié n'a pas été identifié.`,
  },
});

export const homeAdaptationBan2025 = sectorBan({
  id: 'fr.sector.home-adaptation.2025',
  inForce: { from: HOUSING_ALL_CHANNELS_FROM, until: BLOCTEL_UNTIL },
  citations: [LOI_2025_594_ART_13],
  sectors: BANNED_SECTORS.homeAdaptation,
  consumersOnly: true,
  statement: {
    en: 'Prospecting consumers on any channel for adapting dwellings to ageing or disability is forbidden, except within a contract in progress.',
    fr: "La prospection de consommateurs, par tout canal, pour l'adaptation des logements au vieillissement ou au handicap est interdite, sauf contrat en cours.",
  },
  reading: {
    en: `${housingExceptionReading.en} From 2 July 2025 on every channel per concordant secondary sources on loi n° 2025-594 art. 13 II (one source dates it to 11 August 2026; the earlier date is the conservative one).`,
    fr: `${housingExceptionReading.fr} Depuis le 2 juillet 2025 sur tout canal selon des sources secondaires concordantes sur la loi n° 2025-594 art. 13 II (une source la date du 11 août 2026 ; la date la plus ancienne est la plus prudente).`,
  },
});

export const housingWorksBan2026 = sectorBan({
  id: 'fr.sector.housing-works.2026',
  inForce: { from: OPT_IN_FROM },
  citations: [L223_1_2026, LOI_2025_594_ART_13],
  sectors: [...BANNED_SECTORS.housingEnergy, ...BANNED_SECTORS.homeAdaptation],
  consumersOnly: true,
  statement: {
    en: 'Prospecting consumers for services, equipment or works on dwellings for energy savings, renewable energy or adaptation to ageing or disability is forbidden even with consent, except within a contract in progress.',
    fr: "La prospection de consommateurs pour des prestations, équipements ou travaux sur des logements en vue d'économies d'énergie, de production d'énergies renouvelables ou d'adaptation au vieillissement ou au handicap est interdite même avec consentement, sauf contrat en cours.",
  },
  reading: {
    en: `${housingExceptionReading.en} L.223-1 al. 5 says "par voie téléphonique"; SMS stay banned under loi n° 2025-594 art. 13 II (all channels).`,
    fr: `${housingExceptionReading.fr} L.223-1 al. 5 dit « par voie téléphonique » ; les SMS restent interdits au titre de la loi n° 2025-594 art. 13 II (tous canaux).`,
  },
});

export const cpfTrainingBan = sectorBan({
  id: 'fr.sector.cpf',
  inForce: { from: '2022-12-21' },
  citations: [L6323_8_1],
  // The CPF ban carries its own administrative fine (loi n° 2022-1587), not L.242-16.
  sanctions: [],
  sectors: BANNED_SECTORS.cpfTraining,
  consumersOnly: false,
  statement: {
    en: 'Prospecting holders of a personal training account (CPF) by phone, SMS, e-mail or social networks to collect their data or to sell CPF-eligible training is forbidden, except, for the sale, within a training action in progress and directly linked to it.',
    fr: "Toute prospection des titulaires d'un compte personnel de formation par téléphone, message, courrier électronique ou réseaux sociaux visant à collecter leurs données ou à conclure des contrats portant sur des actions éligibles est interdite, sauf, pour la conclusion, sollicitation dans le cadre d'une action en cours et en lien direct avec celle-ci.",
  },
  reading: {
    en: "Sector 'professional-training' is read as training eligible to the CPF. Applies whatever the recipient kind (the text protects every account holder). The exception (a contract in progress named by the attempt) covers only offers linked to a training action in progress; collecting the holder's CPF data has no exception, hence an advisory when the exception is used.",
    fr: "Le secteur 'professional-training' s'entend des formations éligibles au CPF. S'applique quel que soit le type de destinataire (le texte protège tout titulaire). L'exception (contrat en cours désigné par la tentative) ne couvre que les offres liées à une action en cours ; la collecte des données CPF n'a aucune exception, d'où un avis lorsque l'exception est utilisée.",
  },
  exceptionLimits: true,

});
