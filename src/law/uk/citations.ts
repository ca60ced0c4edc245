/**
 * The UK texts, each written once. PECR regulations are cited at legislation.gov.uk; their
 * wording was read in verbatim copies (VERIFIED-2nd) except reg. 21A, read on legislation.gov.uk
 * by the team reference (VERIFIED). See docs/rules.md for each rule's tag.
 */
import type { Citation } from '../../core/types.js';

const PECR = 'Privacy and Electronic Communications (EC Directive) Regulations 2003 (SI 2003/2426)';
const reg = (n: string, from: string): Citation => ({
  instrument: PECR,
  article: `reg. ${n}`,
  url: `https://www.legislation.gov.uk/uksi/2003/2426/regulation/${n.replace(/\(.*$/, '')}`,
  inForce: { from },
  role: 'rule',
});

/** Automated calling systems: recorded marketing only with the subscriber's prior consent. */
export const PECR_19 = reg('19', '2003-12-11');
/** Live marketing calls: no call to a subscriber who objected, or to a TPS/CTPS number (28 days after listing). */
export const PECR_21 = reg('21', '2003-12-11');
/** Calling line identification on every direct-marketing call (reg. 21(A1), inserted by SI 2016/524). */
export const PECR_21_A1 = reg('21(A1)', '2016-05-16');
/** Claims-management cold calls: only with the subscriber's consent to calls from that caller. */
export const PECR_21A = reg('21A', '2018-09-08');
/** Pensions cold calls to individuals: only by an authorised person or a scheme's trustee, with consent or an existing client relationship (inserted by SI 2018/1396 reg. 2). */
export const PECR_21B = reg('21B', '2019-01-09');
/** Electronic mail (SMS): consent, or the soft opt-in of 22(3). */
export const PECR_22 = reg('22', '2003-12-11');
/** The register of numbers (TPS; corporate subscribers from 2004-06-25, CTPS). */
export const PECR_26 = reg('26', '2004-06-25');
/** Data (Use and Access) Act 2025 s. 114: a soft opt-in for charities, from 2026-02-05 (SI 2026/82). */
export const DUAA_114: Citation = {
  instrument: 'Data (Use and Access) Act 2025 (c. 18)',
  article: 's. 114',
  url: 'https://www.legislation.gov.uk/ukpga/2025/18/section/114',
  inForce: { from: '2026-02-05' },
  role: 'rule',
};
/** Ofcom's persistent-misuse policy (Communications Act 2003 s. 128–131): abandoned and silent calls. */
export const OFCOM_PERSISTENT_MISUSE: Citation = {
  instrument: "Ofcom, Persistent Misuse: a statement of Ofcom's general policy (Communications Act 2003 s. 128–131)",
  url: 'https://www.ofcom.org.uk/consultations-and-statements/category-1/review-of-how-we-use-persistent-misuse-powers',
  inForce: { from: '2017-03-01' },
  role: 'rule',
};
/** Communications Act 2003 s. 130: penalties for persistent misuse, up to £2 million. */
export const CA_2003_130: Citation = {
  instrument: 'Communications Act 2003 (c. 21)',
  article: 's. 130',
  url: 'https://www.legislation.gov.uk/ukpga/2003/21/section/130',
  inForce: { from: '2003-07-25' },
  role: 'sanction',
};
/** Until 2026-02-04: monetary penalties up to £500,000 (DPA 1998 s. 55A, applied by PECR Sch. 1). */
export const PECR_SCH_1: Citation = {
  instrument: PECR,
  article: 'reg. 31 and Sch. 1 (Data Protection Act 1998 s. 55A)',
  url: 'https://www.legislation.gov.uk/uksi/2003/2426/schedule/1',
  inForce: { from: '2011-05-26', until: '2026-02-04' },
  role: 'sanction',
};
/** From 2026-02-05: the DPA 2018 enforcement regime for PECR, up to £17.5 million or 4 % of turnover. */
export const DUAA_115: Citation = {
  instrument: 'Data (Use and Access) Act 2025 (c. 18)',
  article: 's. 115 and Sch. 13',
  url: 'https://www.legislation.gov.uk/ukpga/2025/18/section/115',
  inForce: { from: '2026-02-05' },
  role: 'sanction',
};
