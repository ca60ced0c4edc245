/**
 * The Spanish texts, each written once. URLs are BOE consolidated texts (`act.php?id=…`) or ELI
 * permalinks built on the BOE pattern (`/eli/es/<type>/<date>/<number>`); see each rule's
 * verification note for what was opened.
 */
import type { Citation } from '../../core/types.js';

const boe = (id: string) => `https://www.boe.es/buscar/act.php?id=${id}`;
const LGTEL = 'Ley 11/2022, de 28 de junio, General de Telecomunicaciones';
const TRLGDCU = 'Real Decreto Legislativo 1/2007 (TRLGDCU)';

/** Ley 11/2022 in force the day after publication (BOE 29/06/2022). */
export const LGTEL_FROM = '2022-06-30';
/** Art. 66.1.b: one year after publication (final provision), i.e. 2023-06-29. */
export const OPT_IN_FROM = '2023-06-29';
/** Ley 3/2014 (amending the TRLGDCU, art. 96.2 hours) in force. */
export const HOURS_FROM = '2014-06-13';
/** LOPDGDD (LO 3/2018) in force. */
export const LOPDGDD_FROM = '2018-12-07';
/** Orden TDF/149/2025: ban on mobile numbers for commercial calls. */
export const MOBILE_CLI_BAN_FROM = '2025-06-07';
/** Ley 10/2025 (BOE 27/12/2025): consents to commercial calls renewed every two years. */
export const RENEWAL_FROM = '2025-12-28';

export const LGTEL_66_1_B: Citation = { instrument: LGTEL, article: 'art. 66.1.b (and final provision: in force one year after publication)', url: boe('BOE-A-2022-10757'), inForce: { from: OPT_IN_FROM }, role: 'rule' };
export const LGTEL_66_1_A: Citation = { instrument: LGTEL, article: 'art. 66.1.a', url: boe('BOE-A-2022-10757'), inForce: { from: LGTEL_FROM }, role: 'rule' };
/** Infringement and fine articles of the LGTel for art. 66 breaches (numbers and amounts unverified). */
export const LGTEL_SANCTION: Citation = { instrument: LGTEL, article: 'Title VIII, arts. 106–110 (infracciones y sanciones; article and amount unverified)', url: boe('BOE-A-2022-10757'), inForce: { from: LGTEL_FROM }, role: 'sanction' };
export const CIRCULAR_1_2023: Citation = { instrument: 'Circular 1/2023, de 26 de junio, de la Agencia Española de Protección de Datos', article: 'arts. 2–4 (art. 66.1.b LGTel: bases of legitimacy, exclusion systems)', url: boe('BOE-A-2023-15071'), inForce: { from: OPT_IN_FROM }, role: 'rule' };
export const LEY_10_2025: Citation = { instrument: 'Ley 10/2025, de 26 de diciembre, por la que se regulan los servicios de atención a la clientela', article: 'two-year renewal of consent to commercial calls (article unverified)', url: 'https://www.boe.es/eli/es/l/2025/12/26/10', inForce: { from: RENEWAL_FROM }, role: 'rule' };

export const TRLGDCU_96_2: Citation = { instrument: TRLGDCU, article: 'art. 96.2', url: boe('BOE-A-2007-20555'), inForce: { from: HOURS_FROM }, role: 'rule' };
export const TRLGDCU_96_3: Citation = { instrument: TRLGDCU, article: 'art. 96.3', url: boe('BOE-A-2007-20555'), inForce: { from: HOURS_FROM }, role: 'rule' };
/** Consumer-law infringements and fines (TRLGDCU arts. 46–52; amounts unverified). */
export const TRLGDCU_SANCTION: Citation = { instrument: TRLGDCU, article: 'arts. 46–52 (régimen sancionador; amounts unverified)', url: boe('BOE-A-2007-20555'), inForce: { from: HOURS_FROM }, role: 'sanction' };

export const LOPDGDD_23_4: Citation = { instrument: 'Ley Orgánica 3/2018 (LOPDGDD)', article: 'art. 23.4', url: boe('BOE-A-2018-16673'), inForce: { from: LOPDGDD_FROM }, role: 'rule' };
export const LSSI_21: Citation = { instrument: 'Ley 34/2002 (LSSI)', article: 'art. 21.1–2', url: boe('BOE-A-2002-13758'), inForce: { from: '2002-10-12' }, role: 'rule' };
export const LSSI_SANCTION: Citation = { instrument: 'Ley 34/2002 (LSSI)', article: 'arts. 38–39 (infracciones y sanciones; amounts unverified)', url: boe('BOE-A-2002-13758'), inForce: { from: '2002-10-12' }, role: 'sanction' };
export const ORDEN_TDF_149_2025: Citation = { instrument: 'Orden TDF/149/2025, de 12 de febrero', article: 'art. 9', url: 'https://www.boe.es/eli/es/o/2025/02/12/tdf149', inForce: { from: MOBILE_CLI_BAN_FROM }, role: 'rule' };
