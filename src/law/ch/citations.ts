/**
 * The Swiss texts: the Federal Act against Unfair Competition (UWG/LCD, SR 241). Fedlex could not
 * be opened: the wording of art. 3 al. 1 let. u is read in SECO's page (2021 version) and in the
 * Swiss Fairness Commission's report quoting the 2012 version (legalis.ch); VERIFIED-2nd.
 */
import type { Citation } from '../../core/types.js';

const UWG = 'Loi fédérale contre la concurrence déloyale (LCD/UWG, RS 241)';
const FEDLEX = 'https://www.fedlex.admin.ch/eli/cc/1988/223_223_223/fr';
const art = (article: string, from: string, until?: string, role: Citation['role'] = 'rule'): Citation =>
  ({ instrument: UWG, article, url: FEDLEX, inForce: until === undefined ? { from } : { from, until }, role });

/** Let. u, 2012 version: ignoring the directory mark ("*") against advertising by third parties. */
export const LCD_3_U_2012 = art('art. 3 al. 1 let. u (version 2012)', '2012-04-01', '2020-12-31');
/** Let. u, 2021 version: the mark, and numbers in no directory treated as marked; customers excepted. */
export const LCD_3_U = art('art. 3 al. 1 let. u', '2021-01-01');
/** Let. v: promotional calls show a number registered in the directory that the caller may use. */
export const LCD_3_V = art('art. 3 al. 1 let. v', '2021-01-01');
/** Let. o: mass advertising by telecommunication (SMS, automated calls) needs prior consent. */
export const LCD_3_O = art('art. 3 al. 1 let. o', '2007-04-01');
/** Art. 23: intentional unfair competition punished, on complaint, by up to 3 years' custody or a monetary penalty. */
export const LCD_23 = art('art. 23 al. 1', '2012-04-01', undefined, 'sanction');
/** Federal Act on Data Protection (nLPD/revDSG, RS 235.1), art. 30 al. 2 let. b: processing despite an objection. */
export const LPD_30: Citation = {
  instrument: 'Loi fédérale sur la protection des données (LPD, RS 235.1)',
  article: 'art. 30 al. 2 let. b',
  url: 'https://www.fedlex.admin.ch/eli/cc/2022/491/fr',
  inForce: { from: '2023-09-01' },
  role: 'rule',
};
