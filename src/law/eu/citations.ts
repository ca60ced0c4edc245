/**
 * The EU texts behind every member-state pack: the ePrivacy Directive's art. 13 (automated calls,
 * SMS and e-mail need prior consent; the soft opt-in for customers; member states choose opt-in or
 * opt-out for live calls) and the GDPR's right to object to direct marketing (art. 21(2)-(3)).
 */
import type { Citation } from '../../core/types.js';

/** Directive 2002/58/EC art. 13 as amended by Directive 2009/136/EC (transposition deadline 2011-05-25). */
export const EPRIVACY_ART_13: Citation = {
  instrument: 'Directive 2002/58/EC (ePrivacy), as amended by Directive 2009/136/EC',
  article: 'art. 13',
  url: 'https://eur-lex.europa.eu/eli/dir/2002/58/oj',
  inForce: { from: '2003-10-31' },
  role: 'rule',
};

/** Regulation (EU) 2016/679 art. 21(2)-(3): objection to direct marketing, at any time. */
export const GDPR_ART_21: Citation = {
  instrument: 'Regulation (EU) 2016/679 (GDPR)',
  article: 'art. 21(2)-(3)',
  url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
  inForce: { from: '2018-05-25' },
  role: 'rule',
};

/** GDPR art. 6(1)(f): legitimate interest, the basis of customer calls in Spain. */
export const GDPR_ART_6_1_F: Citation = { ...GDPR_ART_21, article: 'art. 6(1)(f)' };

/** GDPR art. 83: administrative fines (up to 20 M€ or 4 % of worldwide turnover for art. 21 breaches). */
export const GDPR_ART_83: Citation = { ...GDPR_ART_21, article: 'art. 83(5)', role: 'sanction' };
