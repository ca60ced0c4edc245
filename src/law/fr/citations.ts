/**
 * The French texts, each written once. Rules cite these objects; the rule catalogue and the CLI
 * read them from the rules. URLs point to Légifrance (consolidated article) or the JORF.
 */
import type { Citation } from '../../core/types.js';

/** Date the Fréquence-Horaires decree took effect (décret n° 2022-1313, art. 2). */
export const D223_9_IN_FORCE = '2023-03-01';

/** C. consom. D.223-9: days, hours and frequency of prospecting calls. */
export const D223_9: Citation = {
  instrument: 'Code de la consommation',
  article: 'D.223-9',
  url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000046422695',
  inForce: { from: D223_9_IN_FORCE },
  role: 'rule',
};

/** The decree that inserted D.223-9. */
export const DECRET_2022_1313: Citation = {
  instrument: 'Décret n° 2022-1313 du 13 octobre 2022',
  article: 'art. 1',
  url: 'https://www.legifrance.gouv.fr/eli/decret/2022/10/13/2022-1313/jo/texte',
  inForce: { from: D223_9_IN_FORCE },
  role: 'rule',
};

/** C. travail L.3133-1: the 11 public holidays D.223-9 refers to (Légifrance sub-section "Ordre public"). */
export const L3133_1: Citation = {
  instrument: 'Code du travail',
  article: 'L.3133-1',
  url: 'https://www.legifrance.gouv.fr/codes/id/LEGISCTA000033008129/',
  inForce: { from: '2008-05-01' },
  role: 'rule',
};

/** C. travail L.3134-13: Good Friday and 26 December in Alsace-Moselle (Moselle, Bas-Rhin, Haut-Rhin). */
export const L3134_13: Citation = {
  instrument: 'Code du travail',
  article: 'L.3134-13',
  url: 'https://www.legifrance.gouv.fr/codes/id/LEGITEXT000006072050/',
  inForce: { from: '2008-05-01' },
  role: 'rule',
};

/** C. travail L.3422-2: the abolition-of-slavery day of each overseas territory (loi n° 2016-1088, art. 8). */
export const L3422_2: Citation = {
  instrument: 'Code du travail',
  article: 'L.3422-2',
  url: 'https://www.legifrance.gouv.fr/affichCode.do?idSectionTA=LEGISCTA000006178062&cidTexte=LEGITEXT000006072050',
  inForce: { from: '2016-08-10' },
  role: 'rule',
};

/** C. consom. L.242-16: administrative fine up to 75 000 € (natural person) / 375 000 € (legal person). */
export const L242_16: Citation = {
  instrument: 'Code de la consommation',
  article: 'L.242-16',
  url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000042155963',
  inForce: { from: '2020-07-26' },
  role: 'sanction',
  // "une amende administrative dont le montant ne peut excéder 75 000 euros pour une personne physique et 375 000 euros pour une personne morale".
  fine: {
    max: 375_000,
    currency: 'EUR',
    offender: 'legal person',
    kind: { en: 'administrative fine; 75 000 € for a natural person', fr: 'amende administrative ; 75 000 € pour une personne physique' },
    note: {
      en: 'The authority (DGCCRF) sets the amount case by case and may group breaches; other sanctions (publication, criminal penalties for other offences) are not counted.',
      fr: "L'autorité (DGCCRF) fixe le montant au cas par cas et peut regrouper les manquements ; les autres sanctions (publication, peines pénales d'autres infractions) ne sont pas comptées.",
    },
  },
};

/** Maximum fine per breach under L.242-16, in euros (the legal person's is `L242_16.fine.max`). */
export const L242_16_MAX_FINE_EUR = { naturalPerson: 75_000, legalPerson: 375_000 } as const;

// ── Access regimes: who may be prospected at all ────────────────────────────────────────────

/** Start of the Bloctel opposition list (service opened 1 June 2016; décret n° 2015-556). */
export const BLOCTEL_FROM = '2016-06-01';
/** Last day of the opposition-list regime: the Bloctel concession ends on 10 August 2026. */
export const BLOCTEL_UNTIL = '2026-08-10';
/** First day of the opt-in regime (loi n° 2025-594 art. 13, III: new L.223-1). */
export const OPT_IN_FROM = '2026-08-11';

/**
 * C. consom. L.121-34 (loi n° 2014-344 « Hamon », art. 9): the opposition list, until the code
 * was renumbered on 1 July 2016. Exception: "relations contractuelles préexistantes"; press
 * exempt (same article, last-but-one paragraph). URL: the law as published (article id not retrieved).
 */
export const L121_34: Citation = {
  instrument: 'Code de la consommation (loi n° 2014-344 du 17 mars 2014)',
  article: 'L.121-34',
  url: 'https://www.legifrance.gouv.fr/loda/id/JORFTEXT000028738036',
  inForce: { from: '2014-03-19', until: '2016-06-30' },
  role: 'rule',
};

/** Décret n° 2015-556 du 19 mai 2015: organisation of the opposition list (R.223-1 s.). */
export const DECRET_2015_556: Citation = {
  instrument: 'Décret n° 2015-556 du 19 mai 2015',
  url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000030617221',
  inForce: { from: '2015-05-22', until: BLOCTEL_UNTIL },
  role: 'rule',
};

/** C. consom. L.223-1, version of ordonnance n° 2016-301 (recodification of L.121-34). */
export const L223_1_2016: Citation = {
  instrument: 'Code de la consommation',
  article: 'L.223-1',
  url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000032226761',
  inForce: { from: '2016-07-01', until: '2020-07-25' },
  role: 'rule',
};

/**
 * C. consom. L.223-1, version of loi n° 2020-901 du 24 juillet 2020 (art. 3 and 9): contract in
 * progress exception; monthly scrubbing (al. 4); energy-renovation phone ban (al. 3).
 */
export const L223_1_2020: Citation = {
  instrument: 'Code de la consommation',
  article: 'L.223-1',
  url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000042155931',
  inForce: { from: '2020-07-26', until: BLOCTEL_UNTIL },
  role: 'rule',
};

/** C. consom. L.223-1, version of loi n° 2025-594 art. 13: prior consent (al. 1–4), sector ban (al. 5). */
export const L223_1_2026: Citation = {
  instrument: 'Code de la consommation',
  article: 'L.223-1',
  url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000051830285',
  inForce: { from: OPT_IN_FROM },
  role: 'rule',
};

/**
 * Loi n° 2025-594 du 30 juin 2025 contre toutes les fraudes aux aides publiques, art. 13 (JORF
 * 1 July 2025): the opt-in regime (III: from 11 August 2026) and, per the secondary sources we
 * could read, an all-channel ban on canvassing for energy-renovation and home-adaptation works in
 * force from 2 July 2025 (II) — its codified article is not identified.
 */
export const LOI_2025_594_ART_13: Citation = {
  instrument: 'Loi n° 2025-594 du 30 juin 2025',
  article: 'art. 13',
  url: 'https://www.legifrance.gouv.fr/jorf/article_jo/JORFARTI000051824325',
  inForce: { from: '2025-07-02' },
  role: 'rule',
};

/**
 * C. consom. L.223-5: the bans of L.223-1 and L.223-3 do not apply to canvassing for the supply
 * of newspapers, periodicals or magazines (article id not retrieved: URL of the code's chapter).
 */
export const L223_5: Citation = {
  instrument: 'Code de la consommation',
  article: 'L.223-5',
  url: 'https://www.legifrance.gouv.fr/codes/section_lc/LEGITEXT000006069565/LEGISCTA000032221441',
  inForce: { from: '2016-07-01' },
  role: 'rule',
};

/**
 * Loi n° 78-17 du 6 janvier 1978 (Informatique et libertés), art. 38 al. 2: right to object,
 * free of charge, to the use of one's data for prospecting (art. 26 before loi n° 2004-801) —
 * until the GDPR applied. Cited from the L.34-5 date so every objection rule has a text in force.
 */
export const LOI_78_17_ART_38: Citation = {
  instrument: 'Loi n° 78-17 du 6 janvier 1978',
  article: 'art. 38 (art. 26 before 7 August 2004)',
  url: 'https://www.legifrance.gouv.fr/loda/id/JORFTEXT000000886460',
  inForce: { from: '2004-06-22', until: '2018-05-24' },
  role: 'rule',
};

/** Regulation (EU) 2016/679 (GDPR), art. 21(2)–(3): after an objection to direct marketing, data are no longer processed for it. */
export const GDPR_ART_21: Citation = {
  instrument: 'Règlement (UE) 2016/679 (RGPD)',
  article: 'art. 21',
  url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
  inForce: { from: '2018-05-25' },
  role: 'rule',
};

/** Loi n° 2020-901 du 24 juillet 2020 (« Naegelen »): energy-renovation ban, contract-in-progress exception. */
export const LOI_2020_901: Citation = {
  instrument: 'Loi n° 2020-901 du 24 juillet 2020',
  article: 'art. 3',
  url: 'https://www.legifrance.gouv.fr/eli/loi/2020/7/24/2020-901/jo/texte',
  inForce: { from: '2020-07-26' },
  role: 'rule',
};

/**
 * C. travail L.6323-8-1 (loi n° 2022-1587 du 19 décembre 2022, art. 1): no prospecting of holders
 * of a personal training account by phone, SMS/messaging, e-mail or social networks to collect
 * their data (1°, no exception) or to sell CPF-eligible training (2°, except within an action in
 * progress). Sanction: administrative fine of the same article.
 */
export const L6323_8_1: Citation = {
  instrument: 'Code du travail (loi n° 2022-1587 du 19 décembre 2022)',
  article: 'L.6323-8-1',
  url: 'https://www.legifrance.gouv.fr/eli/loi/2022/12/19/2022-1587/jo/texte',
  inForce: { from: '2022-12-21' },
  role: 'rule',
};

/**
 * CPCE L.34-5 (loi n° 2004-575 « LCEN », art. 22): no direct prospecting of a natural person by an
 * automated calling system, fax or electronic mail (SMS included) without prior consent; the
 * existing-customer exception covers electronic mail only. URL: the LCEN-era version id (the
 * current version id was not retrieved).
 */
export const L34_5: Citation = {
  instrument: 'Code des postes et des communications électroniques',
  article: 'L.34-5',
  url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006465785',
  inForce: { from: '2004-06-22' },
  role: 'rule',
};

/**
 * C. consom. L.221-17 (ex-L.121-34-2, loi n° 2014-344): a professional who phones a consumer may not
 * use a masked number (article id not retrieved: URL of the consolidated code).
 */
export const L221_17: Citation = {
  instrument: 'Code de la consommation',
  article: 'L.221-17',
  url: 'https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006069565',
  inForce: { from: '2016-07-01' },
  role: 'rule',
};

/**
 * Arcep décision n° 2022-1583 du 1er septembre 2022 modifying the national numbering plan
 * (décision n° 2018-0881): from 1 January 2023, automated calling and messaging systems present
 * only verified multi-purpose numbers (NPV). Published at JORF (JORFARTI000046830295).
 */
export const ARCEP_2022_1583: Citation = {
  instrument: 'Décision Arcep n° 2022-1583',
  url: 'https://www.arcep.fr/uploads/tx_gsavis/22-1583.pdf',
  inForce: { from: '2023-01-01' },
  role: 'rule',
};
