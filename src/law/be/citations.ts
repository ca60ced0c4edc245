/**
 * The Belgian texts. The Justel (ejustice.just.fgov.be) consolidation could not be opened: the
 * wording comes from the SPF Economie page (economie.fgov.be, read: the regulator's summary citing
 * "Livre VI CDE - art. VI.110 et suivants") and the list operator (DNCM asbl). VERIFIED-2nd.
 */
import type { Citation } from '../../core/types.js';

const CDE = 'Code de droit économique (loi du 28 février 2013)';
const JUSTEL = 'https://www.ejustice.just.fgov.be/cgi_loi/change_lg.pl?language=fr&la=F&cn=2013022819&table_name=loi';

/** Art. VI.110 et s.: opt-out regime for calls, the "Ne m'appelez plus" list, automated calls need consent. */
export const CDE_VI_110: Citation = { instrument: CDE, article: 'VI.110 et suivants', url: JUSTEL, inForce: { from: '2014-05-31' }, role: 'rule' };
/** SPF Economie's page on unwanted communications (official summary of Book VI). */
export const SPF_ECONOMIE: Citation = {
  instrument: 'SPF Economie, « Communications non souhaitées »',
  url: 'https://economie.fgov.be/fr/themes/ventes/publicite/communications-non-souhaitees',
  inForce: { from: '2014-05-31' },
  role: 'rule',
};
/** Electronic mail (SMS): prior consent, soft opt-in by royal decree (CDE art. XII.13; AR du 4 avril 2003). */
export const CDE_XII_13: Citation = { instrument: CDE, article: 'XII.13 (arrêté royal du 4 avril 2003)', url: JUSTEL, inForce: { from: '2014-05-31' }, role: 'rule' };
/** GDPR art. 21(2)–(3): objection to direct marketing at any time. */
export const GDPR_21: Citation = {
  instrument: 'Regulation (EU) 2016/679 (GDPR)',
  article: 'art. 21(2)–(3)',
  url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
  inForce: { from: '2018-05-25' },
  role: 'rule',
};
/** Penal sanction of Book VI breaches (Book XV; number and level UNVERIFIED after the 2024 reform). */
export const CDE_XV_83: Citation = { instrument: CDE, article: 'XV.83', url: JUSTEL, inForce: { from: '2014-05-31' }, role: 'sanction' };
