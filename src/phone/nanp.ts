/**
 * NANP area codes (NPA) of the United States and its territories: the state or territory of each
 * geographic area code (ISO 3166-2) and every IANA zone its numbers may be in.
 *
 * Provenance — MUST BE CHECKED before relying on it in production:
 * - Compiled 2026-11-27 by the callgate team from general knowledge of the North American
 *   Numbering Plan (NANPA's "NPA reports", https://www.nanpa.com/reports/area-code-reports, and
 *   the NANPA area-code maps), without live access to NANPA. No row was copied from a dataset.
 * - Cross-checked mechanically against libphonenumber-js 1.13.16 (metadata `max`): every
 *   geographic NPA that library accepts as a valid US number is in this table; area codes this
 *   library does not accept (e.g. overlays announced after its release) are left out, since
 *   such numbers are refused as invalid anyway. test/law/us/nanp.test.ts keeps both in step.
 * - Zones: an area code that crosses a time-zone line lists every zone (the engine requires a
 *   rule to pass in all of them). The splits listed are the ones known to the team (county lines
 *   from the US DOT time-zone boundaries, 49 CFR part 71); a split we missed would make a call
 *   allowed in one zone only, so the list errs on the side of more zones: Phenix City (AL, 334)
 *   and West Wendover (NV, 775) observe a neighbouring zone unofficially and are listed too.
 * - Non-geographic codes (5XX personal services, toll-free 8XX, 900) have no zone: a number in
 *   them is denied with `input.unknown-time-zone` unless the host passes `recipient.timeZone`.
 */

const ET = 'America/New_York';
const CT = 'America/Chicago';
const MT = 'America/Denver';
const PT = 'America/Los_Angeles';
/** Arizona keeps standard time all year… */
const AZ = 'America/Phoenix';
/** …except the Navajo Nation, which observes daylight saving time (Mountain, like Denver). */
const NAVAJO = MT;
const AK = 'America/Anchorage';
/** The Aleutians west of 169°30′ W keep Hawaii–Aleutian time. */
const ALEUTIAN = 'America/Adak';
const HI = 'Pacific/Honolulu';
/** Indiana's Eastern counties (no DST before 2006: the zone keeps that history). */
const IN_ET = 'America/Indiana/Indianapolis';
const MI_ET = 'America/Detroit';
/** Michigan's four Central counties bordering Wisconsin (Gogebic, Iron, Dickinson, Menominee). */
const MI_CT = 'America/Menominee';
/** Southern Idaho and Malheur County (Oregon): Mountain time. */
const BOISE = 'America/Boise';

/** One state: its default zone(s) and area codes; `split` gives the codes that cross a zone line. */
interface StateRow {
  zones: readonly string[];
  codes: string;
  split?: Readonly<Record<string, readonly string[]>>;
}

const STATES: Readonly<Record<string, StateRow>> = {
  'US-AL': { zones: [CT], codes: '205 251 256 334 659 938', split: { 334: [CT, ET] } },
  'US-AK': { zones: [AK, ALEUTIAN], codes: '907' },
  'US-AZ': { zones: [AZ], codes: '480 520 602 623 928', split: { 928: [AZ, NAVAJO] } },
  'US-AR': { zones: [CT], codes: '327 479 501 870' },
  'US-CA': {
    zones: [PT],
    codes: '209 213 279 310 323 341 350 369 408 415 424 442 510 530 559 562 619 626 628 650 657 661 669 707 714 738 747 760 805 818 820 831 840 858 909 916 925 949 951',
  },
  'US-CO': { zones: [MT], codes: '303 719 720 748 970 983' },
  'US-CT': { zones: [ET], codes: '203 475 860 959' },
  'US-DE': { zones: [ET], codes: '302' },
  'US-DC': { zones: [ET], codes: '202 771' },
  'US-FL': {
    zones: [ET],
    codes: '239 305 321 324 352 386 407 448 561 645 656 689 727 728 754 772 786 813 850 863 904 941 954',
    // The western Panhandle (west of the Apalachicola river) is on Central time.
    split: { 850: [ET, CT], 448: [ET, CT] },
  },
  'US-GA': { zones: [ET], codes: '229 404 470 478 678 706 762 770 912 943' },
  'US-HI': { zones: [HI], codes: '808' },
  'US-ID': { zones: [BOISE], codes: '208 986', split: { 208: [BOISE, PT], 986: [BOISE, PT] } },
  'US-IL': { zones: [CT], codes: '217 224 309 312 331 447 464 618 630 708 730 773 779 815 847 872' },
  'US-IN': {
    zones: [IN_ET],
    codes: '219 260 317 463 574 765 812 930',
    // Northwest (Lake, Porter, LaPorte, Newton, Jasper, Starke) and southwest (Evansville) are Central.
    split: { 219: [CT, IN_ET], 574: [IN_ET, CT], 812: [IN_ET, CT], 930: [IN_ET, CT] },
  },
  'US-IA': { zones: [CT], codes: '319 515 563 641 712' },
  'US-KS': { zones: [CT], codes: '316 620 785 913', split: { 620: [CT, MT], 785: [CT, MT] } },
  'US-KY': { zones: [ET], codes: '270 364 502 606 859', split: { 270: [CT, ET], 364: [CT, ET], 606: [ET, CT] } },
  'US-LA': { zones: [CT], codes: '225 318 337 504 985' },
  'US-ME': { zones: [ET], codes: '207' },
  'US-MD': { zones: [ET], codes: '227 240 301 410 443 667' },
  'US-MA': { zones: [ET], codes: '339 351 413 508 617 774 781 857 978' },
  'US-MI': { zones: [MI_ET], codes: '231 248 269 313 517 586 616 679 734 810 906 947 989', split: { 906: [MI_ET, MI_CT] } },
  'US-MN': { zones: [CT], codes: '218 320 507 612 651 763 952' },
  'US-MS': { zones: [CT], codes: '228 601 662 769' },
  'US-MO': { zones: [CT], codes: '235 314 417 557 573 636 660 816 975' },
  'US-MT': { zones: [MT], codes: '406' },
  'US-NE': { zones: [CT], codes: '308 402 531', split: { 308: [CT, MT] } },
  'US-NV': { zones: [PT], codes: '702 725 775', split: { 775: [PT, MT] } },
  'US-NH': { zones: [ET], codes: '603' },
  'US-NJ': { zones: [ET], codes: '201 551 609 640 732 848 856 862 908 973' },
  'US-NM': { zones: [MT], codes: '505 575' },
  'US-NY': { zones: [ET], codes: '212 315 329 332 347 363 516 518 585 607 631 646 680 716 718 838 845 914 917 929 934' },
  'US-NC': { zones: [ET], codes: '252 336 472 704 743 828 910 919 980 984' },
  'US-ND': { zones: [CT, MT], codes: '701' },
  'US-OH': { zones: [ET], codes: '216 220 234 283 326 330 380 419 440 513 567 614 740 937' },
  'US-OK': { zones: [CT], codes: '405 539 572 580 918' },
  'US-OR': { zones: [PT], codes: '458 503 541 971', split: { 458: [PT, BOISE], 541: [PT, BOISE] } },
  'US-PA': { zones: [ET], codes: '215 223 267 272 412 445 484 570 582 610 717 724 814 835 878' },
  'US-RI': { zones: [ET], codes: '401' },
  'US-SC': { zones: [ET], codes: '803 821 839 843 854 864' },
  'US-SD': { zones: [CT, MT], codes: '605' },
  'US-TN': { zones: [CT], codes: '423 615 629 731 865 901 931', split: { 423: [ET, CT], 865: [ET], 931: [CT, ET] } },
  'US-TX': { zones: [CT], codes: '210 214 254 281 325 346 361 409 430 432 469 512 682 713 726 737 806 817 830 832 903 915 936 940 945 956 972 979', split: { 915: [MT], 432: [CT, MT] } },
  'US-UT': { zones: [MT], codes: '385 435 801' },
  'US-VT': { zones: [ET], codes: '802' },
  'US-VA': { zones: [ET], codes: '276 434 540 571 686 703 757 804 826 948' },
  'US-WA': { zones: [PT], codes: '206 253 360 425 509 564' },
  'US-WV': { zones: [ET], codes: '304 681' },
  'US-WI': { zones: [CT], codes: '262 274 353 414 534 608 715 920' },
  'US-WY': { zones: [MT], codes: '307' },
  // Territories (libphonenumber-js reports their own country code for these numbers).
  'US-PR': { zones: ['America/Puerto_Rico'], codes: '787 939' },
  'US-VI': { zones: ['America/St_Thomas'], codes: '340' },
  'US-GU': { zones: ['Pacific/Guam'], codes: '671' },
  'US-MP': { zones: ['Pacific/Saipan'], codes: '670' },
  'US-AS': { zones: ['Pacific/Pago_Pago'], codes: '684' },
};

/** Where an area code is: its state or territory and every zone its numbers may be in. */
export interface AreaCode {
  region: string;
  timeZones: readonly string[];
}

function build(): { byCode: Map<string, AreaCode>; byRegion: Map<string, readonly string[]> } {
  const byCode = new Map<string, AreaCode>();
  const byRegion = new Map<string, readonly string[]>();
  for (const [region, row] of Object.entries(STATES)) {
    const zones = new Set<string>(row.zones);
    for (const code of row.codes.split(' ')) {
      const timeZones = row.split?.[code] ?? row.zones;
      for (const z of timeZones) zones.add(z);
      byCode.set(code, { region, timeZones });
    }
    byRegion.set(region, [...zones]);
  }
  return { byCode, byRegion };
}

const TABLE = build();

/** The area codes of the table (geographic NPAs of the US and its territories). */
export const US_AREA_CODES: ReadonlyMap<string, AreaCode> = TABLE.byCode;

/** The area code of a `+1` E.164 number's state and zones, or undefined when not a known geographic code. */
export function areaCodeOf(e164: string): AreaCode | undefined {
  return e164.startsWith('+1') ? TABLE.byCode.get(e164.slice(2, 5)) : undefined;
}

/** Every zone of a US state or territory (`'US-TX'` → Central and Mountain), or undefined. */
export function zonesOfRegion(region: string): readonly string[] | undefined {
  return TABLE.byRegion.get(region);
}

/*
 * Canada's geographic area codes: the province(s) and every IANA zone their numbers may be in.
 *
 * Provenance — MUST BE CHECKED against the Canadian Numbering Administrator (https://www.cnac.ca/)
 * before relying on it in production: compiled 2026-12-02 from the team reference
 * (/work/shared/law/canada.md §7, itself UNVERIFIED against the CNA), cross-checked mechanically
 * against libphonenumber-js 1.13.16 (every geographic NPA it reports as CA is here; test/law/ca).
 * Zones err on the side of more: an attempt must pass in every candidate zone.
 */
const CA_ET = 'America/Toronto';
const CA_AT = 'America/Halifax';
/** Newfoundland: UTC−3:30 (−2:30 in summer), the half-hour zone. */
const CA_NT = 'America/St_Johns';
const CA_CT = 'America/Winnipeg';
const CA_MT = 'America/Edmonton';
const CA_PT = 'America/Vancouver';
/** Saskatchewan keeps Central Standard Time all year. */
const CA_SK = 'America/Regina';

/** One group of Canadian area codes: provinces/territories (ISO 3166-2) and candidate zones. */
interface CanadianRow {
  regions: readonly string[];
  zones: readonly string[];
  codes: string;
}

const CANADA: readonly CanadianRow[] = [
  // Labrador keeps Atlantic time (Goose Bay), the island Newfoundland time.
  { regions: ['CA-NL'], zones: [CA_NT, 'America/Goose_Bay'], codes: '709 879' },
  { regions: ['CA-NS', 'CA-PE'], zones: [CA_AT], codes: '782 902' },
  { regions: ['CA-NB'], zones: ['America/Moncton'], codes: '428 506' },
  // Eastern Quebec: the Magdalen Islands are on Atlantic time, the Lower North Shore on Atlantic
  // Standard Time all year (Blanc-Sablon).
  { regions: ['CA-QC'], zones: [CA_ET, CA_AT, 'America/Blanc-Sablon'], codes: '367 418 581' },
  { regions: ['CA-QC'], zones: [CA_ET], codes: '263 354 438 450 468 514 579 819 873' },
  { regions: ['CA-ON'], zones: [CA_ET], codes: '226 249 289 343 365 382 416 437 519 548 613 647 683 705 742 753 905 942' },
  // Northwestern Ontario: Thunder Bay (Eastern), Kenora (Central), Atikokan (Eastern Standard all year).
  { regions: ['CA-ON'], zones: [CA_ET, CA_CT, 'America/Atikokan'], codes: '807' },
  { regions: ['CA-MB'], zones: [CA_CT], codes: '204 431 584' },
  // Saskatchewan: CST all year; border towns on Central daylight time; Lloydminster on Mountain time.
  { regions: ['CA-SK'], zones: [CA_SK, CA_CT, CA_MT], codes: '306 474 639' },
  { regions: ['CA-AB'], zones: [CA_MT], codes: '368 403 587 780 825' },
  { regions: ['CA-BC'], zones: [CA_PT], codes: '604' },
  // Interior BC: East Kootenay on Mountain time; Creston, Dawson Creek, Fort Nelson on MST all year.
  { regions: ['CA-BC'], zones: [CA_PT, CA_MT, 'America/Creston', 'America/Dawson_Creek', 'America/Fort_Nelson'], codes: '236 250 257 672 778' },
  { regions: ['CA-YT', 'CA-NT', 'CA-NU'], zones: ['America/Whitehorse', CA_MT, 'America/Iqaluit', 'America/Rankin_Inlet', 'America/Cambridge_Bay'], codes: '867' },
  // 273: accepted by libphonenumber-js as Canadian, not in the team reference — province unknown,
  // so every Canadian zone is a candidate (the attempt must be lawful from St. John's to Vancouver).
  { regions: [], zones: [CA_NT, CA_AT, CA_ET, CA_CT, CA_SK, CA_MT, CA_PT], codes: '273' },
];

/** Where a Canadian area code is: its province(s) and every zone its numbers may be in. */
export interface CanadianAreaCode {
  /** Provinces or territories (ISO 3166-2, `CA-QC`); several for 902 (NS, PE) and 867 (the North). */
  regions: readonly string[];
  timeZones: readonly string[];
}

const CA_TABLE = new Map<string, CanadianAreaCode>(
  CANADA.flatMap((row) => row.codes.split(' ').map((code) => [code, { regions: row.regions, timeZones: row.zones }] as const)),
);

/** Canada's geographic area codes. */
export const CA_AREA_CODES: ReadonlyMap<string, CanadianAreaCode> = CA_TABLE;

/** The province(s) and zones of a Canadian `+1` number's area code, or undefined (non-geographic, unknown). */
export function canadianAreaCodeOf(e164: string): CanadianAreaCode | undefined {
  return e164.startsWith('+1') ? CA_TABLE.get(e164.slice(2, 5)) : undefined;
}

/** Every zone of a Canadian province or territory (`'CA-QC'`), or undefined. */
export function canadianZonesOfRegion(region: string): readonly string[] | undefined {
  const zones = CANADA.filter((r) => r.regions.includes(region)).flatMap((r) => r.zones);
  return zones.length > 0 ? [...new Set(zones)] : undefined;
}
