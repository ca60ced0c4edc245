/**
 * Where the holder of a Spanish number is (the calling hours of TRLGDCU art. 96.2 run on the
 * recipient's clock): the Canary Islands keep Atlantic/Canary, one hour behind the peninsula, the
 * Balearics, Ceuta and Melilla (Europe/Madrid). Geographic numbers tell the province; mobiles and
 * non-geographic numbers do not, so both zones are candidates and a call must be lawful in both.
 */
import type { Location } from '../../core/rule.js';

export const MADRID = 'Europe/Madrid';
export const CANARY = 'Atlantic/Canary';

/** Geographic prefixes of Santa Cruz de Tenerife (922, 822) and Las Palmas (928, 828). */
export const CANARY_PREFIXES = ['922', '822', '928', '828'] as const;
/** ISO 3166-2 codes of the Canary Islands: the autonomous community and its two provinces. */
const CANARY_REGIONS = new Set(['ES-CN', 'ES-TF', 'ES-GC']);

/** Zones and region of a +34 number, the recipient's known region first. */
export function locateSpanish({ e164, region }: { e164: string; region?: string }): Location {
  if (region !== undefined && region.toUpperCase().startsWith('ES-')) {
    return CANARY_REGIONS.has(region.toUpperCase()) ? { timeZones: [CANARY], region: 'ES-CN' } : { timeZones: [MADRID] };
  }
  const national = e164.startsWith('+34') ? e164.slice(3) : e164;
  if ((CANARY_PREFIXES as readonly string[]).includes(national.slice(0, 3))) return { timeZones: [CANARY], region: 'ES-CN' };
  // 8xx/9xx are geographic, except the non-geographic 80x and 90x ranges (freephone, shared cost, premium).
  const geographic = /^[89][1-9]/.test(national);
  return geographic ? { timeZones: [MADRID] } : { timeZones: [MADRID, CANARY] };
}
