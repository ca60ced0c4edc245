/**
 * The US texts, each written once. Rules cite these objects. URLs point to the eCFR (federal
 * rules), the US Code (Cornell LII mirror of the official text) and state legislatures' sites.
 * `inForce.from` is the date of the version applied where known; see docs/us.md for what was
 * verified against which source.
 */
import type { Citation } from '../../core/types.js';

const ECFR_64_1200 = 'https://www.ecfr.gov/current/title-47/chapter-I/subchapter-B/part-64/subpart-L/section-64.1200';
const ECFR_310_4 = 'https://www.ecfr.gov/current/title-16/chapter-I/subchapter-C/part-310/section-310.4';

const fcc = (paragraph: string, from: string): Citation => ({
  instrument: '47 CFR (FCC rules implementing the TCPA)',
  article: `§ 64.1200${paragraph}`,
  url: ECFR_64_1200,
  inForce: { from },
  role: 'rule',
});

const tsr = (paragraph: string, from: string): Citation => ({
  instrument: '16 CFR Part 310 (FTC Telemarketing Sales Rule)',
  article: `§ 310.4${paragraph}`,
  url: ECFR_310_4,
  inForce: { from },
  role: 'rule',
});

/** Calling hours 8 a.m.–9 p.m. for telephone solicitations to residential subscribers. */
export const FCC_HOURS = fcc('(c)(1)', '1992-12-20');
/** TSR: 8 a.m.–9 p.m. without the person's prior consent. */
export const TSR_HOURS = tsr('(c)', '1995-12-31');
/** National Do-Not-Call registry; safe harbor needs a registry version no more than 31 days old (since 2005-01-01, FCC 04-204). */
export const FCC_DNC = fcc('(c)(2)', '2005-01-01');
/** TSR: calls to numbers on the registry; EBR and express written agreement exceptions; 31-day safe harbor. */
export const TSR_DNC = tsr('(b)(1)(iii)(B), (b)(3)', '2005-01-01');
/** Established business relationship: purchase within 18 months, inquiry within 3 months. */
export const FCC_EBR = fcc('(f)(5)', '2003-07-25');
/** Company-specific do-not-call list; requests honoured within 10 business days (from 2025-04-11), kept 5 years. */
export const FCC_COMPANY_DNC = fcc('(d)(3), (d)(6)', '2025-04-11');
/** TSR: a person who said they do not wish to be called by or for this seller. */
export const TSR_COMPANY_DNC = tsr('(b)(1)(iii)(A)', '2003-03-31');
/** Autodialed or prerecorded calls (and texts) to wireless numbers need consent; telemarketing needs written consent. */
export const FCC_ROBOCALL = fcc('(a)(1)(iii), (a)(2), (a)(3)', '2013-10-16');
/** Prior express written consent: signed written agreement naming the number. */
export const FCC_PEWC = fcc('(f)(9)', '2013-10-16');
/** Revocation of consent by any reasonable means, honoured within 10 business days. */
export const FCC_REVOCATION = fcc('(a)(10)', '2025-04-11');

/** Telephone Consumer Protection Act, private right of action: $500 per violation, up to $1,500 if willful. */
export const TCPA_DAMAGES: Citation = {
  instrument: '47 U.S.C. § 227 (Telephone Consumer Protection Act)',
  article: '§ 227(b)(3), (c)(5)',
  url: 'https://www.law.cornell.edu/uscode/text/47/227',
  inForce: { from: '1991-12-20' },
  role: 'sanction',
  // (b)(3)(B) and (c)(5)(B): "$500 in damages for each such violation"; the court may treble it if the violation was willful or knowing.
  fine: {
    max: 1_500,
    currency: 'USD',
    offender: 'any',
    kind: { en: 'statutory damages per violation in a private action: $500, trebled if willful or knowing', fr: 'dommages-intérêts légaux par violation sur action privée : 500 $, triplés si délibérée' },
    note: {
      en: 'Damages go to each called party who sues (class actions aggregate them); FTC and state penalties are not counted.',
      fr: "Les dommages-intérêts reviennent à chaque appelé qui agit (les actions de groupe les cumulent) ; les pénalités de la FTC et des États ne sont pas comptées.",
    },
  },
};

/** FTC Act § 5(m)(1)(A): civil penalties for TSR violations (inflation-adjusted each January, 16 CFR 1.98). */
export const FTC_PENALTY: Citation = {
  instrument: '15 U.S.C. § 45 (FTC Act)',
  article: '§ 45(m)(1)(A)',
  url: 'https://www.law.cornell.edu/uscode/text/15/45',
  inForce: { from: '1975-01-04' },
  role: 'sanction',
};

// ---------------------------------------------------------------- Florida

const FLSTAT = (section: string) => `https://www.flsenate.gov/Laws/Statutes/2024/${section}`;
/** Ch. 2021-185 (CS/SB 1120): FTSA private action, 8 p.m. close, 3 calls / 24 h. */
export const FL_2021_IN_FORCE = '2021-07-01';

export const FL_HOURS: Citation = { instrument: 'Florida Statutes (Florida Telemarketing Act)', article: '§ 501.616(6)(a)', url: FLSTAT('501.616'), inForce: { from: FL_2021_IN_FORCE }, role: 'rule' };
export const FL_HOURS_BEFORE_2021: Citation = { ...FL_HOURS, inForce: { from: '1990-10-01', until: '2021-06-30' } };
export const FL_FREQUENCY: Citation = { instrument: 'Florida Statutes (Florida Telemarketing Act)', article: '§ 501.616(6)(b)', url: FLSTAT('501.616'), inForce: { from: FL_2021_IN_FORCE }, role: 'rule' };
export const FL_FTA_PENALTY: Citation = { instrument: 'Florida Statutes', article: '§ 501.616 (misdemeanor of the second degree, § 775.082–.083)', url: FLSTAT('501.616'), inForce: { from: FL_2021_IN_FORCE }, role: 'sanction' };
export const FL_FTSA_CONSENT: Citation = { instrument: 'Florida Statutes (Florida Telephone Solicitation Act)', article: '§ 501.059(8)(a)', url: FLSTAT('501.059'), inForce: { from: FL_2021_IN_FORCE }, role: 'rule' };
export const FL_FTSA_DNC: Citation = { instrument: 'Florida Statutes (Florida Telephone Solicitation Act)', article: '§ 501.059(4)', url: FLSTAT('501.059'), inForce: { from: '2014-07-01' }, role: 'rule' };
export const FL_FTSA_DAMAGES: Citation = { instrument: 'Florida Statutes (Florida Telephone Solicitation Act)', article: '§ 501.059(10)', url: FLSTAT('501.059'), inForce: { from: FL_2021_IN_FORCE }, role: 'sanction' };

// ---------------------------------------------------------------- New York

const NY_399Z = 'https://www.nysenate.gov/legislation/laws/GBS/399-Z';
/** S.3941/A.6040 of 2021: "electronic messaging texts" are telemarketing (signed 2021-07-13, in force 30 days later). */
export const NY_TEXTS_IN_FORCE = '2021-08-12';
/** Nuisance Call Act: no unsolicited telemarketing during a declared state of emergency. */
export const NY_EMERGENCY_IN_FORCE = '2019-12-18';

export const NY_HOURS: Citation = { instrument: 'N.Y. General Business Law', article: '§ 399-z(2)', url: NY_399Z, inForce: { from: '2001-04-01' }, role: 'rule' };
export const NY_DNC: Citation = { instrument: 'N.Y. General Business Law', article: '§ 399-z(3)', url: NY_399Z, inForce: { from: '2001-04-01' }, role: 'rule' };
export const NY_TEXTS: Citation = { instrument: 'N.Y. General Business Law (as amended by L.2021, S.3941/A.6040)', article: '§ 399-z(1)', url: NY_399Z, inForce: { from: NY_TEXTS_IN_FORCE }, role: 'rule' };
export const NY_EMERGENCY: Citation = { instrument: 'N.Y. General Business Law', article: '§ 399-z(5-a)', url: NY_399Z, inForce: { from: NY_EMERGENCY_IN_FORCE }, role: 'rule' };
export const NY_PENALTY: Citation = { instrument: 'N.Y. General Business Law', article: '§ 399-z (civil penalty up to $11,000 per violation)', url: NY_399Z, inForce: { from: '2001-04-01' }, role: 'sanction' };

// ---------------------------------------------------------------- Oklahoma

/** Telephone Solicitation Act of 2022 (HB 3168). */
export const OK_TSA_IN_FORCE = '2022-11-01';
const OK_URL = 'https://www.oscn.net/applications/oscn/DeliverDocument.asp?CiteID=492620';
export const OK_HOURS: Citation = { instrument: 'Oklahoma Statutes, tit. 15 (Telephone Solicitation Act of 2022)', article: '§ 775C.4', url: OK_URL, inForce: { from: OK_TSA_IN_FORCE }, role: 'rule' };
export const OK_CONSENT: Citation = { instrument: 'Oklahoma Statutes, tit. 15 (Telephone Solicitation Act of 2022)', article: '§ 775C.3', url: OK_URL, inForce: { from: OK_TSA_IN_FORCE }, role: 'rule' };
export const OK_DAMAGES: Citation = { instrument: 'Oklahoma Statutes, tit. 15 (Telephone Solicitation Act of 2022)', article: '§ 775C.6', url: OK_URL, inForce: { from: OK_TSA_IN_FORCE }, role: 'sanction' };
export const OK_ADAD: Citation = { instrument: 'Oklahoma Statutes, tit. 15', article: '§ 755.1(C)(2)', url: 'https://www.oscn.net/applications/oscn/DeliverDocument.asp?CiteID=71413', inForce: { from: '1991-11-01' }, role: 'rule' };

// ---------------------------------------------------------------- Maryland

/** Stop the Spam Calls Act of 2023 (SB 90 / HB 37, ch. 413). */
export const MD_IN_FORCE = '2024-01-01';
const MD_URL = 'https://mgaleg.maryland.gov/mgawebsite/Laws/StatuteText?article=gcl&section=14-4502';
export const MD_CONSENT: Citation = { instrument: 'Md. Code, Commercial Law (Stop the Spam Calls Act of 2023)', article: '§ 14-4502(a)(3)', url: MD_URL, inForce: { from: MD_IN_FORCE }, role: 'rule' };
export const MD_HOURS: Citation = { instrument: 'Md. Code, Commercial Law (Stop the Spam Calls Act of 2023)', article: '§ 14-4502(b)', url: MD_URL, inForce: { from: MD_IN_FORCE }, role: 'rule' };
export const MD_PENALTY: Citation = { instrument: 'Md. Code, Commercial Law (Consumer Protection Act)', article: '§ 14-4504', url: MD_URL, inForce: { from: MD_IN_FORCE }, role: 'sanction' };

// ---------------------------------------------------------------- Other states

export const NJ_HOURS: Citation = { instrument: 'New Jersey Statutes', article: 'N.J.S.A. 56:8-128(b)', url: 'https://lis.njleg.state.nj.us/nxt/gateway.dll?f=templates&fn=default.htm&vid=Publish:10.1048/Enu', inForce: { from: '2003-01-01' }, role: 'rule' };
export const DC_HOURS: Citation = { instrument: 'Code of the District of Columbia', article: '§ 22-3226.08(3)', url: 'https://code.dccouncil.gov/us/dc/council/code/sections/22-3226.08', inForce: { from: '2001-01-01' }, role: 'rule' };
/** M.G.L. c. 159C § 3 ("Unsolicited telephonic sales calls; limitations"): the hours. § 4 is about caller-ID blocking. */
export const MA_HOURS: Citation = { instrument: 'Massachusetts General Laws', article: 'c. 159C, § 3', url: 'https://malegislature.gov/Laws/GeneralLaws/PartI/TitleXXII/Chapter159C/Section3', inForce: { from: '2003-04-01' }, role: 'rule' };
const MA_CMR_URL = 'https://www.mass.gov/regulations/201-CMR-12-massachusetts-do-not-call-registry';
/** 201 CMR 12.02(2): "between the hours of 8:00 P.M. to 8:00 A.M., local time at the consumer's location". */
export const MA_CMR_HOURS: Citation = { instrument: 'Code of Massachusetts Regulations', article: '201 CMR 12.02(2)', url: MA_CMR_URL, inForce: { from: '2003-04-01' }, role: 'rule' };
/** 201 CMR 12.02(4): no unsolicited telephonic sales call "by the use of a recorded message device". */
export const MA_CMR_RECORDED: Citation = { instrument: 'Code of Massachusetts Regulations', article: '201 CMR 12.02(4)', url: MA_CMR_URL, inForce: { from: '2003-04-01' }, role: 'rule' };
/** M.G.L. c. 159C § 8: enforcement by the Attorney General, consumer action, civil penalties. */
export const MA_PENALTY: Citation = { instrument: 'Massachusetts General Laws', article: 'c. 159C, § 8', url: 'https://malegislature.gov/Laws/GeneralLaws/PartI/TitleXXII/Chapter159C/Section8', inForce: { from: '2003-04-01' }, role: 'sanction' };
export const MS_HOURS: Citation = { instrument: 'Mississippi Code', article: '§ 77-3-723', url: 'https://law.justia.com/codes/mississippi/title-77/chapter-3/article-7/section-77-3-723/', inForce: { from: '2003-07-01' }, role: 'rule' };
export const RI_HOURS: Citation = { instrument: 'Rhode Island General Laws (Telephone Sales Solicitation Act)', article: '§ 5-61-3.6, § 5-61-2 ("hours of operation")', url: 'http://webserver.rilin.state.ri.us/Statutes/TITLE5/5-61/5-61-3.6.HTM', inForce: { from: '1999-07-01' }, role: 'rule' };
export const SD_HOURS: Citation = { instrument: 'South Dakota Codified Laws', article: '§ 37-30-28', url: 'https://sdlegislature.gov/Statutes/37-30-28', inForce: { from: '1991-07-01' }, role: 'rule' };
export const TX_NOCALL: Citation = { instrument: 'Texas Business and Commerce Code', article: '§ 304.051, § 304.052', url: 'https://statutes.capitol.texas.gov/Docs/BC/htm/BC.304.htm', inForce: { from: '2009-04-01' }, role: 'rule' };
export const TX_HOURS: Citation = { instrument: 'Texas Business and Commerce Code', article: '§ 301.051', url: 'https://statutes.capitol.texas.gov/Docs/BC/htm/BC.301.htm', inForce: { from: '2009-04-01' }, role: 'rule' };
/** Texas S.B. 140 (89th Leg., R.S., 2025): "telephone call" (text and image messages, autodialed calls) in Chapter 302; violations of chapters 302, 304 and 305 actionable under the DTPA. */
export const TX_SB_140: Citation = { instrument: 'Texas S.B. 140, 89th Legislature (2025)', article: 'amending Bus. & Com. Code ch. 302, 304, 305', url: 'https://capitol.texas.gov/BillLookup/History.aspx?LegSess=89R&Bill=SB140', inForce: { from: '2025-09-01' }, role: 'rule' };
export const AL_HOURS: Citation = { instrument: 'Code of Alabama', article: '§ 8-19A-10 (hours; section number unverified)', url: 'https://alison.legislature.state.al.us/code-of-alabama', inForce: { from: '1997-01-01' }, role: 'rule' };
/** R.S. 45:811 (Consumer Telemarketing Protection Act of 1991): hours, Sundays and state holidays, for ADAD equipment and live operators. */
export const LA_HOURS: Citation = { instrument: 'Louisiana Revised Statutes (Consumer Telemarketing Protection Act)', article: 'R.S. 45:811(2), (3)', url: 'https://legis.la.gov/Legis/Law.aspx?d=86848', inForce: { from: '2001-01-01' }, role: 'rule' };
/** 10 M.R.S. § 1499-B(6) as amended by L.D. 2234 (2024): the reassigned numbers database before a telephone sales call. */
export const ME_REASSIGNED: Citation = { instrument: 'Maine Revised Statutes, tit. 10 (Telephone solicitation)', article: '§ 1499-B(6)', url: 'https://legislature.maine.gov/statutes/10/title10sec1499-B.html', inForce: { from: '2024-07-16' }, role: 'rule' };
/** NRS 597.814 (1999 A.B. 193): automatic dialing and announcing devices (prerecorded messages). */
export const NV_ADAD: Citation = { instrument: 'Nevada Revised Statutes', article: '§ 597.814(2)(a)', url: 'https://www.leg.state.nv.us/NRS/NRS-597.html#NRS597Sec814', inForce: { from: '1999-10-01' }, role: 'rule' };
/** KRS 367.461 (1992 Ky. Acts ch. 32): automated calling equipment delivering recorded messages. */
export const KY_ADAD: Citation = { instrument: 'Kentucky Revised Statutes', article: '§ 367.461(2)(e)', url: 'https://apps.legislature.ky.gov/law/statutes/', inForce: { from: '1992-07-14' }, role: 'rule' };
/** Telemarketer Registration Act § 5 (73 P.S. § 2245), as amended by Act 73 of 2019 (legal holidays, (a)(10)). */
export const PA_HOURS: Citation = { instrument: 'Pennsylvania Telemarketer Registration Act (73 P.S.)', article: '§ 2245(a)(1), (a)(10)', url: 'https://govt.westlaw.com/pac/Document/NE4CC77F0E9F711E9BEFE89A994168F89', inForce: { from: '2019-12-03' }, role: 'rule' };
export const UT_HOURS: Citation = { instrument: 'Utah Code', article: '§ 13-25a-103(3)', url: 'https://le.utah.gov/xcode/Title13/Chapter25A/13-25a-S103.html', inForce: { from: '2004-05-03' }, role: 'rule' };
/** RCW 19.158.040(2): commercial telephone solicitors, calls received before 8:00 a.m. or after 8:00 p.m. */
/** ESHB 1497 (2022): the 8 p.m. close in RCW 19.158.040(2) and a new hours subsection in RCW 80.36.390, from 2022-06-09. */
export const WA_2022_IN_FORCE = '2022-06-09';
export const WA_COMMERCIAL_HOURS: Citation = { instrument: 'Revised Code of Washington', article: 'RCW 19.158.040(2)', url: 'https://app.leg.wa.gov/RCW/default.aspx?cite=19.158.040', inForce: { from: WA_2022_IN_FORCE }, role: 'rule' };
export const WA_COMMERCIAL_HOURS_BEFORE_2022: Citation = { ...WA_COMMERCIAL_HOURS, inForce: { from: '1989-01-01', until: '2022-06-08' } };
export const WA_HOURS: Citation = { instrument: 'Revised Code of Washington', article: 'RCW 80.36.390', url: 'https://app.leg.wa.gov/RCW/default.aspx?cite=80.36.390', inForce: { from: WA_2022_IN_FORCE }, role: 'rule' };
export const CT_HOURS: Citation = { instrument: 'Connecticut General Statutes', article: '§ 42-288a', url: 'https://www.cga.ct.gov/current/pub/chap_743m.htm', inForce: { from: '2023-10-01' }, role: 'rule' };

/** No unanswered telemarketing call disconnected before 15 seconds or four rings. */
export const FCC_RING_TIME = fcc('(a)(6)', '2003-10-16');
/** Abandoned calls at most 3 % of the calls answered live by a person, per calling campaign over a 30-day period. */
export const FCC_ABANDONMENT = fcc('(a)(7)', '2003-10-16');
/** TSR safe harbor for abandoned calls: 3 % per campaign per 30 days, 15 s / four rings, a recorded message within 2 seconds. */
export const TSR_ABANDONMENT = tsr('(b)(1)(iv), (b)(4)', '2003-10-01');
/** The Reassigned Numbers Database safe harbor: a caller who checked it and was told 'no' is not liable for a call to a reassigned number. */
export const FCC_REASSIGNED = fcc('(m)', '2021-11-01');
