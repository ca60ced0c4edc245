/**
 * The Canadian texts, each written once. Verification tags (see docs/rules.md): the
 * Telecommunications Act and CASL were read in the Justice Canada consolidation (VERIFIED by the
 * team reference, /work/shared/law/canada.md); the CRTC Unsolicited Telecommunications Rules were
 * read only through the CRTC's summary ("Key Unsolicited Telecommunications Rules"): their rule
 * numbers inside Parts II–IV are not cited because they could not be opened (VERIFIED-2nd).
 */
import type { Citation } from '../../core/types.js';

const UTR_URL = 'https://crtc.gc.ca/eng/trules-reglest.htm';
const ACT_URL = 'https://laws-lois.justice.gc.ca/eng/acts/T-3.4/FullText.html';
const CASL_URL = 'https://laws-lois.justice.gc.ca/eng/acts/E-1.6/FullText.html';

const utr = (part: string, from = '2008-09-30'): Citation => ({
  instrument: 'Unsolicited Telecommunications Rules (CRTC)',
  article: part,
  url: UTR_URL,
  inForce: { from },
  role: 'rule',
});
const act = (article: string, from: string, role: Citation['role'] = 'rule'): Citation => ({
  instrument: 'Telecommunications Act (S.C. 1993, c. 38)',
  article,
  url: ACT_URL,
  inForce: { from },
  role,
});
const casl = (article: string, role: Citation['role'] = 'rule'): Citation => ({
  instrument: "Canada's Anti-Spam Legislation (S.C. 2010, c. 23)",
  article,
  url: CASL_URL,
  inForce: { from: '2014-07-01' },
  role,
});

/** Part III, Telemarketing Rules: hours, internal do-not-call list, caller ID, emergency lines. */
export const UTR_TELEMARKETING = utr('Part III (Telemarketing Rules)');
/** Part II, National DNCL Rules: no call to a listed number; list version at most 31 days old. */
export const UTR_DNCL = utr('Part II (National DNCL Rules)');
/** Part IV, ADAD Rules: no solicitation by automatic dialing-announcing device without express consent. */
export const UTR_ADAD = utr('Part IV (Automatic Dialing-Announcing Device Rules)');
/** Compliance and Enforcement Regulatory Policy CRTC 2014-155: internal list updated within 14 days. */
export const CRTC_2014_155: Citation = {
  instrument: 'Compliance and Enforcement Regulatory Policy CRTC 2014-155',
  url: 'https://crtc.gc.ca/eng/archive/2014/2014-155.htm',
  inForce: { from: '2014-03-31' },
  role: 'rule',
};
/** s. 41.7(1)–(2): exemptions from the National DNCL (charities, EBR, political, surveys, newspapers). */
export const ACT_41_7 = act('41.7', '2006-06-30');
/** s. 41.7(4): exempt callers keep their own do-not-call list. */
export const ACT_41_7_4 = act('41.7(4)', '2006-06-30');
/** s. 72.01: administrative monetary penalties, up to $1,500 (individual) / $15,000 (corporation) per violation. */
export const ACT_72_01 = act('72.01', '2006-06-30', 'sanction');
/** s. 41(2): the CRTC may not regulate commercial electronic messages governed by CASL s. 6 (SMS). */
export const ACT_41_2 = act('41(2)', '2014-07-01');
/** CASL s. 6(1): no commercial electronic message without express or implied consent. */
export const CASL_6 = casl('6(1), 6(6)');
/** CASL s. 10(9)–(10): implied consent — purchase within 2 years, inquiry within 6 months. */
export const CASL_10 = casl('10(9), 10(10), 10(13)');
/** CASL s. 11(3): unsubscribe given effect within 10 business days at most. */
export const CASL_11 = casl('11(3)');
/** SOR/2013-221 s. 3: messages exempt from s. 6 (registered charities' fundraising, political contributions). */
export const ECPR_2013_221: Citation = {
  instrument: 'Electronic Commerce Protection Regulations (SOR/2013-221)',
  article: 's. 3',
  url: 'https://laws-lois.justice.gc.ca/eng/regulations/SOR-2013-221/FullText.html',
  inForce: { from: '2014-07-01' },
  role: 'rule',
};
/** CASL s. 20(4): up to $1,000,000 (individual) / $10,000,000 (other person) per violation. */
export const CASL_20 = casl('20(4)', 'sanction');
/** Quebec: Act respecting the protection of personal information in the private sector (Law 25). */
export const QC_P_39_1: Citation = {
  instrument: 'Act respecting the protection of personal information in the private sector (CQLR c. P-39.1)',
  article: '22',
  url: 'https://www.legisquebec.gouv.qc.ca/en/document/cs/P-39.1',
  inForce: { from: '2023-09-22' },
  role: 'rule',
};
