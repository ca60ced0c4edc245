/**
 * New York GBL § 399-z(5-a) (Nuisance Call Act, from 2019-12-18): no unsolicited telemarketing
 * sales call to a person in a county, city, town or village under a declared state of emergency
 * or disaster emergency (Executive Law §§ 24, 28). Declarations are facts of the world, not of the
 * consumer: the host supplies them when it builds the pack (`createUsPack({ newYorkEmergencies })`).
 */
import { DateTime } from 'luxon';
import { advise, block, defineReason, defineRule } from '../../core/reason.js';
import type { Rule } from '../../core/rule.js';
import * as law from './citations.js';
import { consentFor, establishedRelationship } from './relationship.js';
import { inState, isTelemarketing } from './scope.js';

/** A declared emergency in New York: local dates (America/New_York), both inclusive; `until` absent = still in force. */
export interface Emergency {
  from: string;
  until?: string;
  /** Where it was declared (e.g. 'statewide', 'Erie County'); callgate cannot tell a locality from a number, so any declaration applies. */
  area?: string;
  /** The executive order, for the facts. */
  order?: string;
}

/**
 * The emergency rule for a list of declarations. `undefined` = the host supplied none: the rule
 * then only advises that it could not check (`us.ny.emergency.unconfirmed`).
 */
/** An unsolicited telemarketing call during a declared emergency (GBL § 399-z(5-a)). */
export const NY_EMERGENCY = defineReason<{ from: string; until: string | null; area?: string; order?: string }>()('us.ny.emergency', {
  kind: 'block',
  facts: {
    from: 'first day of the declaration (New York local date)',
    until: 'its last day, or null while in force',
    area: 'where it was declared, if given',
    order: 'the executive order, if given',
  },
  example: { from: '2026-01-24', until: '2026-01-30', area: 'Erie County', order: 'EO 52' },
  message: (f) => ({
    en: `New York: a state of emergency is declared (${f.area ?? 'New York'}, from ${f.from}${f.until ? ` to ${f.until}` : ''}); unsolicited telemarketing is prohibited.`,
    fr: `New York : l'état d'urgence est déclaré (${f.area ?? 'New York'}, depuis le ${f.from}${f.until ? ` jusqu'au ${f.until}` : ''}) ; le télémarketing non sollicité est interdit.`,
  }),
});

/** The host supplied no list of declarations: the emergency rule could not be checked. */
export const NY_EMERGENCY_UNCONFIRMED = defineReason<Record<never, never>>()('us.ny.emergency.unconfirmed', {
  kind: 'advisory',
  facts: {},
  example: {},
  message: () => ({
    en: 'New York bans unsolicited telemarketing during declared emergencies; no list of declarations was supplied, so this was not checked.',
    fr: "New York interdit le télémarketing non sollicité pendant les états d'urgence ; aucune liste de déclarations n'a été fournie, ce point n'a pas été vérifié.",
  }),
});

export function newYorkEmergency(emergencies: readonly Emergency[] | undefined): Rule {
  return defineRule({
    id: 'us.ny.emergency',
    inForce: { from: law.NY_EMERGENCY_IN_FORCE },
    citations: [law.NY_EMERGENCY, law.NY_PENALTY],
    statement: {
      en: 'New York: no unsolicited telemarketing sales call to a person in an area under a declared state of emergency or disaster emergency.',
      fr: "New York : aucun appel de télémarketing non sollicité vers une personne située dans une zone en état d'urgence déclaré.",
    },
    reading: {
      en: 'A call is unsolicited unless the consumer requested it (any consent) or an established business relationship exists. Any declaration supplied by the host applies to every New York recipient (callgate cannot tell the locality from a number). Without a list of declarations the rule cannot be checked and says so as an advisory.',
      fr: "Un appel est non sollicité sauf demande du consommateur (tout consentement) ou relation d'affaires établie. Toute déclaration fournie par l'hôte s'applique à tout destinataire new-yorkais. Sans liste de déclarations, la règle ne peut être vérifiée et le signale.",
    },
    reasons: [NY_EMERGENCY, NY_EMERGENCY_UNCONFIRMED],
    check(ctx) {
      if (!isTelemarketing(ctx) || !inState(ctx, 'US-NY')) return [];
      if (establishedRelationship(ctx) || consentFor(ctx, 'prospecting', false).consent) return [];
      if (emergencies === undefined) return [advise(NY_EMERGENCY_UNCONFIRMED, {})];
      // Declarations are dated in New York; compare New York local dates whatever the context zone.
      const nyDate = DateTime.fromMillis(ctx.at, { zone: 'America/New_York' }).toISODate()!;
      const active = emergencies.find((e) => e.from <= nyDate && (e.until === undefined || nyDate <= e.until));
      if (!active) return [];
      const until = active.until === undefined ? null : DateTime.fromISO(active.until, { zone: 'America/New_York' }).plus({ days: 1 }).startOf('day').toMillis();
      const facts: { from: string; until: string | null; area?: string; order?: string } = { from: active.from, until: active.until ?? null };
      if (active.area !== undefined) facts.area = active.area;
      if (active.order !== undefined) facts.order = active.order;
      return [block(NY_EMERGENCY, facts, until)];
    },
  });
}
