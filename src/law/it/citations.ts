/**
 * The Italian texts. URLs: Gazzetta Ufficiale (ELI) and normattiva.it URN links.
 */
import type { Citation } from '../../core/types.js';

/** The extended register (fixed and mobile numbers, DPR 26/2022) operational; DPR 178/2010 repealed. */
export const RPO_FROM = '2022-07-27';
/** Codice di condotta telemarketing e teleselling applicable (six months after GU 27/03/2024). */
export const CODE_FROM = '2024-09-28';

const DPR_26_URL = 'https://www.gazzettaufficiale.it/eli/id/2022/03/29/22G00033/sg';
const CODICE_PRIVACY_URL = 'https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto.legislativo:2003-06-30;196';

export const DPR_26_2022_ART_7: Citation = { instrument: 'D.P.R. 27 gennaio 2022, n. 26 (Registro pubblico delle opposizioni)', article: 'art. 7 c. 1', url: DPR_26_URL, inForce: { from: RPO_FROM }, role: 'rule' };
export const DPR_26_2022_OPERATORS: Citation = { instrument: 'D.P.R. 27 gennaio 2022, n. 26 (Registro pubblico delle opposizioni)', article: "operators' consultation of the register (article unverified)", url: DPR_26_URL, inForce: { from: RPO_FROM }, role: 'rule' };
export const LEGGE_5_2018: Citation = { instrument: 'Legge 11 gennaio 2018, n. 5', article: 'art. 1 c. 1–5 (register extended to all numbers; registration revokes earlier consents)', url: 'https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:legge:2018-01-11;5', inForce: { from: '2018-02-04' }, role: 'rule' };
export const CODICE_PRIVACY_130: Citation = { instrument: 'D.Lgs. 30 giugno 2003, n. 196 (Codice privacy)', article: 'art. 130 c. 1–2', url: CODICE_PRIVACY_URL, inForce: { from: '2004-01-01' }, role: 'rule' };
export const CODICE_PRIVACY_166: Citation = { instrument: 'D.Lgs. 30 giugno 2003, n. 196 (Codice privacy)', article: 'art. 166 (GDPR art. 83 fines, up to 20 M€ or 4 % of turnover)', url: CODICE_PRIVACY_URL, inForce: { from: '2018-09-19' }, role: 'sanction' };
export const CODE_OF_CONDUCT: Citation = { instrument: 'Codice di condotta per le attività di telemarketing e teleselling (Garante, provv. 7 marzo 2024 n. 148, GU n. 73 del 27/03/2024)', article: 'calling hours; identifiable and callable numbers (article unverified)', url: 'https://www.garanteprivacy.it/home/docweb/-/docweb-display/docweb/9993386', inForce: { from: CODE_FROM }, role: 'rule' };
