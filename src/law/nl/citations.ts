/**
 * The Dutch texts. URLs: wetten.overheid.nl (the official consolidated law; article anchors
 * unverified) and officielebekendmakingen.nl for the explanatory memorandum of the opt-in act.
 */
import type { Citation } from '../../core/types.js';

const TW = 'Telecommunicatiewet';
const TW_URL = 'https://wetten.overheid.nl/BWBR0009950/';

/** Opt-in for telemarketing (Kamerstukken 35 421), Bel-me-niet Register closed the same day. */
export const OPT_IN_FROM = '2021-07-01';

export const TW_11_7: Citation = { instrument: TW, article: 'art. 11.7 (as amended by the opt-in act, Kamerstukken 35 421)', url: TW_URL, inForce: { from: OPT_IN_FROM }, role: 'rule' };
/** Art. 11.7 for automated calls and electronic messages (ePrivacy art. 13(1)-(2)), before and after 2021. */
export const TW_11_7_ELECTRONIC: Citation = { instrument: TW, article: 'art. 11.7 (automated calling systems, fax, electronic messages; soft opt-in)', url: TW_URL, inForce: { from: '2009-10-01' }, role: 'rule' };
export const MEMORANDUM_35421: Citation = { instrument: 'Kamerstukken II 35 421 nr. 3 (Memorie van toelichting, opt-in telemarketing)', url: 'https://zoek.officielebekendmakingen.nl/kst-35421-3.html', inForce: { from: OPT_IN_FROM }, role: 'rule' };
export const CODE_TELEMARKETING: Citation = { instrument: 'Code Telemarketing (Nederlandse Reclame Code)', article: 'customer term of 3 years (from 2020-06-01); reachable number', url: 'https://www.reclamecode.nl/nrc/code-telemarketing/', inForce: { from: '2020-06-01' }, role: 'rule' };
/** Fines of the Telecommunicatiewet for art. 11.7 breaches (ACM). */
export const TW_15_4: Citation = { instrument: TW, article: 'art. 15.4 (ACM administrative fine; maximum unverified)', url: TW_URL, inForce: { from: '2009-10-01' }, role: 'sanction' };
