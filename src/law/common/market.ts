/**
 * Placing the holder of a number for the international packs: most markets have one zone; a pack
 * whose country has several (Spain's Canary Islands, Canada) writes its own `locate`.
 */
import type { Location, RulePack } from '../../core/rule.js';

/** `locate` for a country with one time zone: the holder is there, whatever the number. */
export function oneZone(zone: string): RulePack['locate'] {
  const where: Location = { timeZones: [zone] };
  return () => where;
}
