/**
 * The German texts, each written once. URLs follow gesetze-im-internet.de (the Federal Ministry
 * of Justice's official consolidated site); the wording was read in consolidated copies
 * (lxgesetze.de for UWG § 7, the AOK legal database and uwg-onlinekommentar.de for § 20, lexetius.com
 * for the 2009 and 2013 versions of § 20): see each rule's verification note.
 */
import type { Citation } from '../../core/types.js';

const UWG = 'Gesetz gegen den unlauteren Wettbewerb (UWG)';
const uwg = (section: string) => `https://www.gesetze-im-internet.de/uwg_2004/__${section}.html`;

/** Gesetz zur Bekämpfung unerlaubter Telefonwerbung: "vorherige ausdrückliche Einwilligung", fines, CLI ban. */
export const TELEFONWERBUNG_2009 = '2009-08-04';
/** Gesetz zur Stärkung des Verbraucherschutzes im Wettbewerbs- und Gewerberecht: § 7 Abs. 2 renumbered (calls become Nr. 1). */
export const RENUMBERED_2022 = '2022-05-28';
/** Gesetz für faire Verbraucherverträge (BGBl. I S. 3433): § 7a documentation duty. */
export const FAIR_CONTRACTS_2021 = '2021-10-01';
/** TTDSG in force; TKG 2021 in force (§ 102 TKG 2004 repealed). */
export const TTDSG_FROM = '2021-12-01';
/** Digitale-Dienste-Gesetz: TTDSG renamed TDDDG. */
export const TDDDG_FROM = '2024-05-14';

/** § 7 Abs. 2 Nr. 2 (version 2009-08-04 – 2022-05-27): calls to consumers without prior express consent. */
export const UWG_7_2_NR_2_OLD: Citation = { instrument: UWG, article: '§ 7 Abs. 2 Nr. 2 (version until 2022-05-27)', url: uwg('7'), inForce: { from: TELEFONWERBUNG_2009, until: '2022-05-27' }, role: 'rule' };
/** § 7 Abs. 2 Nr. 3 (version until 2022-05-27): automated calling machines, fax, e-mail. */
export const UWG_7_2_NR_3_OLD: Citation = { instrument: UWG, article: '§ 7 Abs. 2 Nr. 3 (version until 2022-05-27)', url: uwg('7'), inForce: { from: TELEFONWERBUNG_2009, until: '2022-05-27' }, role: 'rule' };
/** § 7 Abs. 2 Nr. 1: calls to consumers without prior express consent, other market participants without presumed consent. */
export const UWG_7_2_NR_1: Citation = { instrument: UWG, article: '§ 7 Abs. 2 Nr. 1', url: uwg('7'), inForce: { from: RENUMBERED_2022 }, role: 'rule' };
/** § 7 Abs. 2 Nr. 2: automated calling machines, fax and electronic mail (SMS) need prior express consent. */
export const UWG_7_2_NR_2: Citation = { instrument: UWG, article: '§ 7 Abs. 2 Nr. 2', url: uwg('7'), inForce: { from: RENUMBERED_2022 }, role: 'rule' };
/** § 7 Abs. 3: the electronic-mail exception for existing customers. */
export const UWG_7_3: Citation = { instrument: UWG, article: '§ 7 Abs. 3', url: uwg('7'), inForce: { from: '2004-07-08' }, role: 'rule' };
/** § 7 Abs. 1 Satz 2: advertising although recognisably unwanted. */
export const UWG_7_1: Citation = { instrument: UWG, article: '§ 7 Abs. 1 Satz 2', url: uwg('7'), inForce: { from: '2004-07-08' }, role: 'rule' };
/** § 7a: document the consent when given, keep the proof five years after grant and each use. */
export const UWG_7A: Citation = { instrument: UWG, article: '§ 7a Abs. 1-2', url: uwg('7a'), inForce: { from: FAIR_CONTRACTS_2021 }, role: 'rule' };

/** § 20 Abs. 1 Nr. 1, Abs. 2: up to 300 000 € (Bundesnetzagentur). */
export const UWG_20_NR_1: Citation = { instrument: UWG, article: '§ 20 Abs. 1 Nr. 1, Abs. 2 (fine up to 300 000 €)', url: uwg('20'), inForce: { from: FAIR_CONTRACTS_2021 }, role: 'sanction' };
/** § 20 Abs. 1 Nr. 2, Abs. 2: § 7a breaches, up to 50 000 €. */
export const UWG_20_NR_2: Citation = { instrument: UWG, article: '§ 20 Abs. 1 Nr. 2, Abs. 2 (fine up to 50 000 €)', url: uwg('20'), inForce: { from: FAIR_CONTRACTS_2021 }, role: 'sanction' };
/** § 20 (version 2013-10-09 – 2021-09-30): calls and automated calling machines, up to 300 000 €. */
export const UWG_20_2013: Citation = { instrument: UWG, article: '§ 20 Abs. 1-2 (version 2013-10-09, fine up to 300 000 €)', url: uwg('20'), inForce: { from: '2013-10-09', until: '2021-09-30' }, role: 'sanction' };
/** § 20 (version 2009-08-04 – 2013-10-08): calls, up to 50 000 €. */
export const UWG_20_2009: Citation = { instrument: UWG, article: '§ 20 Abs. 1-2 (version 2009-08-04, fine up to 50 000 €)', url: uwg('20'), inForce: { from: TELEFONWERBUNG_2009, until: '2013-10-08' }, role: 'sanction' };

/** TKG 2004 § 102 Abs. 2: no number suppression on advertising calls (from 2009-08-04). */
export const TKG_102_2: Citation = { instrument: 'Telekommunikationsgesetz 2004 (TKG)', article: '§ 102 Abs. 2', url: 'https://www.gesetze-im-internet.de/tkg_2004/__102.html', inForce: { from: TELEFONWERBUNG_2009, until: '2021-11-30' }, role: 'rule' };
/** TKG 2004 § 149 Abs. 1 Nr. 17c, Abs. 2: fine for suppressing the number (up to 10 000 €). */
export const TKG_149: Citation = { instrument: 'Telekommunikationsgesetz 2004 (TKG)', article: '§ 149 Abs. 1 Nr. 17c, Abs. 2 (fine up to 10 000 €)', url: 'https://www.gesetze-im-internet.de/tkg_2004/__149.html', inForce: { from: TELEFONWERBUNG_2009, until: '2021-11-30' }, role: 'sanction' };
/** TTDSG § 15 Abs. 2 (2021-12-01 – 2024-05-13). */
export const TTDSG_15_2: Citation = { instrument: 'Telekommunikation-Telemedien-Datenschutz-Gesetz (TTDSG)', article: '§ 15 Abs. 2', url: 'https://www.gesetze-im-internet.de/ttdsg/__15.html', inForce: { from: TTDSG_FROM, until: '2024-05-13' }, role: 'rule' };
/** TTDSG § 28 Abs. 1 Nr. 9, Abs. 2: up to 300 000 €. */
export const TTDSG_28: Citation = { instrument: 'Telekommunikation-Telemedien-Datenschutz-Gesetz (TTDSG)', article: '§ 28 Abs. 1 Nr. 9, Abs. 2 (fine up to 300 000 €)', url: 'https://www.gesetze-im-internet.de/ttdsg/__28.html', inForce: { from: TTDSG_FROM, until: '2024-05-13' }, role: 'sanction' };
/** TDDDG § 15 Abs. 2 (the TTDSG renamed, same section). */
export const TDDDG_15_2: Citation = { instrument: 'Telekommunikation-Digitale-Dienste-Datenschutz-Gesetz (TDDDG)', article: '§ 15 Abs. 2', url: 'https://www.gesetze-im-internet.de/ttdsg/__15.html', inForce: { from: TDDDG_FROM }, role: 'rule' };
/** TDDDG § 28 Abs. 1 Nr. 9, Abs. 2: up to 300 000 €. */
export const TDDDG_28: Citation = { instrument: 'Telekommunikation-Digitale-Dienste-Datenschutz-Gesetz (TDDDG)', article: '§ 28 Abs. 1 Nr. 9, Abs. 2 (fine up to 300 000 €)', url: 'https://www.gesetze-im-internet.de/ttdsg/__28.html', inForce: { from: TDDDG_FROM }, role: 'sanction' };
/** TKG 2021 § 120 Abs. 2: which numbers may be presented (no premium, short, directory-enquiry or emergency numbers). */
export const TKG_120_2: Citation = { instrument: 'Telekommunikationsgesetz 2021 (TKG)', article: '§ 120 Abs. 2', url: 'https://www.gesetze-im-internet.de/tkg_2021/__120.html', inForce: { from: TTDSG_FROM }, role: 'rule' };
/** TKG 2021 § 228: fines of the TKG (the § 120 offence and its amount: unverified). */
export const TKG_228: Citation = { instrument: 'Telekommunikationsgesetz 2021 (TKG)', article: '§ 228 (fines; number of the offence unverified)', url: 'https://www.gesetze-im-internet.de/tkg_2021/__228.html', inForce: { from: TTDSG_FROM }, role: 'sanction' };
