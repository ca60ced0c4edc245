/**
 * The maximum statutory exposure of the violations found: a ceiling, never an estimate. The amounts
 * are data on the packs' sanction citations (`Citation.fine`: C. consom. L.242-16 for France, the
 * TCPA's statutory damages for the US…), so any pack whose sanction carries an amount gets a line,
 * and nothing here names an article. A violating attempt counts once per sanction its blocking
 * reasons cite; breaches whose sanction has no amount encoded (caller ID, Arcep numbering,
 * objection…) are left out and said to be.
 */
import type { Citation, Decision, Fine } from '../../index.js';

/** The ceiling under one sanction article. */
export interface Exposure {
  kind: 'ceiling';
  /** Violating attempts with at least one breach this sanction punishes: those the amount counts. */
  sanctionedAttempts: number;
  /** Every violating attempt, for comparison. */
  violatingAttempts: number;
  /** The most per breach, in `currency` (for the offender the fine names). */
  maxFinePerBreach: number;
  currency: string;
  maxTotal: number;
  /** Euro amounts, when the currency is the euro (kept for reports written before `currency`). */
  maxFinePerBreachEur?: number;
  maxTotalEur?: number;
  offender: Fine['offender'];
  sanction: Citation;
  caveat: string;
}

const key = (c: Citation) => `${c.url}#${c.article ?? ''}`;

/** Counts, while the replay runs, the violating attempts under each sanction that carries an amount. */
export class ExposureTally {
  private readonly bySanction = new Map<string, { sanction: Citation & { fine: Fine }; attempts: number }>();
  private violating = 0;

  /** A denied decision: each sanction with an amount cited beside its blocking reasons counts it once. */
  violation(decision: Decision): void {
    this.violating++;
    const seen = new Set<string>();
    for (const r of decision.reasons) {
      for (const c of r.citations) {
        if (c.role !== 'sanction' || c.fine === undefined || seen.has(key(c))) continue;
        seen.add(key(c));
        const entry = this.bySanction.get(key(c));
        if (entry) entry.attempts++;
        else this.bySanction.set(key(c), { sanction: c as Citation & { fine: Fine }, attempts: 1 });
      }
    }
  }

  /** One ceiling per sanction, the largest first. */
  exposures(locale: 'en' | 'fr'): Exposure[] {
    return [...this.bySanction.values()]
      .map(({ sanction, attempts }) => ceiling(sanction, attempts, this.violating, locale))
      .sort((a, b) => b.maxTotal - a.maxTotal || a.sanction.url.localeCompare(b.sanction.url));
  }
}

function ceiling(sanction: Citation & { fine: Fine }, attempts: number, violating: number, locale: 'en' | 'fr'): Exposure {
  const { fine } = sanction;
  const e: Exposure = {
    kind: 'ceiling',
    sanctionedAttempts: attempts,
    violatingAttempts: violating,
    maxFinePerBreach: fine.max,
    currency: fine.currency,
    maxTotal: attempts * fine.max,
    offender: fine.offender,
    sanction,
    caveat: caveat(sanction, attempts, violating, locale),
  };
  if (fine.currency === 'EUR') {
    e.maxFinePerBreachEur = fine.max;
    e.maxTotalEur = e.maxTotal;
  }
  return e;
}

function caveat(s: Citation & { fine: Fine }, attempts: number, violating: number, locale: 'en' | 'fr'): string {
  const ref = `${s.instrument}${s.article ? ` ${s.article}` : ''}`;
  const others = violating - attempts;
  const who = s.fine.offender === 'legal person' ? (locale === 'fr' ? ' pour une personne morale' : ' for a legal person') : '';
  return locale === 'fr'
    ? `Un plafond, pas une estimation : ${ref} prévoit au plus ${money(s.fine.max, s.fine.currency)} par manquement${who} (${s.fine.kind.fr}) ; seules les tentatives qui enfreignent une règle qu'il sanctionne sont comptées (${others} autre(s) tentative(s) en infraction ne relèvent que d'autres sanctions, sans montant encodé). ${s.fine.note?.fr ?? ''}`.trim()
    : `A ceiling, not an estimate: ${ref} provides up to ${money(s.fine.max, s.fine.currency)} per breach${who} (${s.fine.kind.en}); only attempts breaching a rule it sanctions are counted (${others === 1 ? '1 other violating attempt breaches' : `${others} other violating attempts breach`} only rules with other sanctions, no amount encoded). ${s.fine.note?.en ?? ''}`.trim();
}

/** An amount grouped by thousands with a thin space, then its currency sign. */
export function money(n: number, currency: string): string {
  const digits = String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return currency === 'EUR' ? `${digits} €` : currency === 'USD' ? `$${digits.replace(/ /g, ',')}` : `${digits} ${currency}`;
}
