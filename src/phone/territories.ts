/**
 * French numbering territories: the country libphonenumber-js reports for a number, the IANA zone
 * of its holder (D.223-9: "fuseau horaire du consommateur") and the ISO 3166-2 region whose
 * holidays apply. One place for these facts; the calendar and the rules read them from here.
 */
export interface Territory {
  name: string;
  timeZone: string;
  /** ISO 3166-2 subdivision, for regional holidays (abolition-of-slavery days). */
  region?: string;
}

export const FRENCH_TERRITORIES: Readonly<Record<string, Territory>> = {
  FR: { name: 'Metropolitan France', timeZone: 'Europe/Paris' },
  GP: { name: 'Guadeloupe', timeZone: 'America/Guadeloupe', region: 'FR-GP' },
  MQ: { name: 'Martinique', timeZone: 'America/Martinique', region: 'FR-MQ' },
  GF: { name: 'Guyane', timeZone: 'America/Cayenne', region: 'FR-GF' },
  RE: { name: 'La Réunion', timeZone: 'Indian/Reunion', region: 'FR-RE' },
  YT: { name: 'Mayotte', timeZone: 'Indian/Mayotte', region: 'FR-YT' },
  PM: { name: 'Saint-Pierre-et-Miquelon', timeZone: 'America/Miquelon', region: 'FR-PM' },
  MF: { name: 'Saint-Martin', timeZone: 'America/Marigot', region: 'FR-MF' },
  BL: { name: 'Saint-Barthélemy', timeZone: 'America/St_Barthelemy', region: 'FR-BL' },
};

/** The territory of a number's country, if it is one we know. */
export function territoryOf(country: string): Territory | undefined {
  return Object.hasOwn(FRENCH_TERRITORIES, country) ? FRENCH_TERRITORIES[country] : undefined;
}
