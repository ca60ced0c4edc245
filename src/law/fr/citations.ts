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
};

/** Maximum fine per breach for a legal person under L.242-16, in euros (for exposure ceilings). */
export const L242_16_MAX_FINE_EUR = { naturalPerson: 75_000, legalPerson: 375_000 } as const;
