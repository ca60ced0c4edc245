/**
 * The audit's summary: what was read, what was judged, the violations by rule, advertiser and
 * month, the warnings about the inputs, and the exposure ceilings — tallied while the replay runs.
 */
import type { Decision } from '../../index.js';
import { BLOCTEL_UNTIL, OPT_IN_FROM } from '../../law/fr/citations.js';
import type { DialerBehaviour } from './dialer.js';
import { ExposureTally, type Exposure } from './exposure.js';
import type { RowProblem } from './records.js';

/** Counts of attempts and of violating attempts. */
export interface Tally {
  attempts: number;
  violations: number;
}

export interface AuditSummary {
  file: string;
  mapping: string;
  /** Data rows read (header excluded). */
  rows: number;
  /** Attempts judged. */
  attempts: number;
  /** History rows (consents, refusals, objections…) taken into account. */
  events: number;
  /** What the history holds, by kind: from --events, the log's own event rows, and the dialer's dispositions. */
  loaded: { consents: number; oppositionChecks: number; refusals: number; objections: number };
  /** Rows dropped because they repeat the call id of a row read shortly before (the export's duplicates). */
  duplicates: number;
  /**
   * Warnings about the audit's inputs: an era audited without the events it turns on (the opt-in
   * era with no consent loaded, the Bloctel era with no opposition-list check), where nearly every
   * call is then reported as a violation.
   */
  warnings: string[];
  compliant: number;
  violating: number;
  /** compliant / attempts (1 when there is no attempt). */
  compliantShare: number;
  byCode: Record<string, number>;
  byAdvertiser: Record<string, Tally>;
  /** By month of the recipient's local time (`YYYY-MM`). */
  byMonth: Record<string, Tally>;
  badRows: number;
  badRowsByField: Record<string, number>;
  /** The first bad rows, each with line and field (all are counted in `badRows`). */
  badRowsListed: RowProblem[];
  advisories: {
    /** Rows older than a row already replayed (see docs/audit.md, "Time order"). */
    outOfOrder: number;
    outOfOrderLines: number[];
    /** Dialer status codes the mapping does not know: the attempts still count. */
    unknownStatuses: Record<string, number>;
    /** Non-blocking advisories of the decisions, by code. */
    decisions: Record<string, number>;
  };
  /** Local times of the first and last attempts judged. */
  period: { first: string; last: string } | null;
  /** The largest ceiling of `exposures` (null: no violation under a sanction with an amount). */
  exposure: Exposure | null;
  /** One ceiling per sanction article that carries an amount (`Citation.fine`), the largest first. */
  exposures: Exposure[];
  /** Rows whose dialer status says they are no call attempt (leads never dialed, inbound calls), by status. */
  notAttempts: Record<string, number>;
  /**
   * US dialer behaviour (47 CFR 64.1200(a)(6)-(7), 16 CFR 310.4(b)(4)): abandonment rate per
   * campaign and 30-day period, short rings; null when the log has no call to a +1 number.
   */
  dialer: DialerBehaviour | null;
  /** False when rows could not be audited (exit code 3). */
  complete: boolean;
}

/** Bad rows listed individually in the report; beyond, they are counted. */
export const MAX_LISTED = 1000;

/** Gathers the summary while the replay runs. */
export class Tallies {
  attempts = 0;
  events = 0;
  /** Rows repeating a call id already read (dropped). */
  duplicates = 0;
  readonly loaded = { consents: 0, oppositionChecks: 0, refusals: 0, objections: 0 };
  rows = 0;
  compliant = 0;
  violating = 0;
  /** The violating attempts under each sanction that carries an amount. */
  private readonly exposureTally = new ExposureTally();
  badRows = 0;
  readonly byCode = new Map<string, number>();

  /** The French eras audited without the events they turn on (the periods are local dates). */
  private warnings(locale: 'en' | 'fr'): string[] {
    const out: string[] = [];
    // The French eras' inputs matter only when French numbers were audited.
    if (this.frFirst === undefined || this.frLast === undefined) return out;
    if (this.frLast.slice(0, 10) >= OPT_IN_FROM && this.loaded.consents === 0) {
      out.push(locale === 'fr'
        ? `aucun consentement chargé : depuis le ${OPT_IN_FROM} un appel de prospection en France exige le consentement préalable du consommateur (C. consom. L.223-1), donc chacun est signalé fr.consent.missing ; chargez le registre des consentements avec --events (docs/audit.md)`
        : `no consent loaded: from ${OPT_IN_FROM} a prospecting call in France needs the consumer's prior consent (C. consom. L.223-1), so every such call is reported as fr.consent.missing; load the consent register with --events (docs/audit.md)`);
    }
    if (this.frFirst.slice(0, 10) < OPT_IN_FROM && this.loaded.oppositionChecks === 0) {
      out.push(locale === 'fr'
        ? `aucune vérification de liste d'opposition chargée : jusqu'au ${BLOCTEL_UNTIL} un appel de prospection en France exige une vérification Bloctel de moins de 30 jours (C. consom. L.223-1), donc chacun est signalé fr.opposition.unchecked ; chargez les résultats avec --events (docs/audit.md)`
        : `no opposition-list check loaded: until ${BLOCTEL_UNTIL} a prospecting call in France needs a Bloctel check of less than 30 days (C. consom. L.223-1), so every such call is reported as fr.opposition.unchecked; load the scrub results with --events (docs/audit.md)`);
    }
    return out;
  }

  /** Counts a history event by kind (the summary's `loaded`). */
  loadedEvent(type: string): void {
    if (type === 'consent') this.loaded.consents++;
    else if (type === 'opposition-check') this.loaded.oppositionChecks++;
    else if (type === 'refusal') this.loaded.refusals++;
    else if (type === 'objection') this.loaded.objections++;
  }
  readonly byAdvertiser = new Map<string, Tally>();
  readonly byMonth = new Map<string, Tally>();
  readonly badRowsByField = new Map<string, number>();
  readonly badRowsListed: RowProblem[] = [];
  outOfOrder = 0;
  readonly outOfOrderLines: number[] = [];
  readonly unknownStatuses = new Map<string, number>();
  readonly decisionAdvisories = new Map<string, number>();
  first: string | undefined;
  last: string | undefined;
  private firstMs = Infinity;
  /** The first and last attempts to French numbers (the French eras' warnings). */
  private frFirst: string | undefined;
  private frLast: string | undefined;
  private frFirstMs = Infinity;
  private frLastMs = -Infinity;
  private lastMs = -Infinity;

  /** A row that is no call attempt (its status says so). */
  notAttempt(status: string): void {
    this.rows++;
    bump(this.notAttemptStatuses, status);
  }
  readonly notAttemptStatuses = new Map<string, number>();
  /** Set by the command: the dialer checks' results. */
  dialer: DialerBehaviour | null = null;

  badRow(p: RowProblem): void {
    this.badRows++;
    bump(this.badRowsByField, p.field);
    if (this.badRowsListed.length < MAX_LISTED) this.badRowsListed.push(p);
  }

  judged(advertiser: string, decision: Decision, ms: number): void {
    this.attempts++;
    const local = decision.recipient?.localTime ?? '';
    if (decision.jurisdiction === 'FR') {
      if (ms < this.frFirstMs) [this.frFirstMs, this.frFirst] = [ms, local];
      if (ms > this.frLastMs) [this.frLastMs, this.frLast] = [ms, local];
    }
    if (ms < this.firstMs) [this.firstMs, this.first] = [ms, local];
    if (ms > this.lastMs) [this.lastMs, this.last] = [ms, local];
    const month = local.slice(0, 7);
    const byAdv = tally(this.byAdvertiser, advertiser);
    const byMonth = tally(this.byMonth, month);
    byAdv.attempts++;
    byMonth.attempts++;
    for (const a of decision.advisories) bump(this.decisionAdvisories, a.code);
    if (decision.allowed) {
      this.compliant++;
      return;
    }
    this.violating++;
    byAdv.violations++;
    byMonth.violations++;
    for (const r of decision.reasons) bump(this.byCode, r.code);
    this.exposureTally.violation(decision);
  }

  summary(file: string, mapping: string, locale: 'en' | 'fr' = 'en'): AuditSummary {
    const exposures = this.exposureTally.exposures(locale);
    return {
      file,
      mapping,
      rows: this.rows,
      attempts: this.attempts,
      events: this.events,
      loaded: { ...this.loaded },
      duplicates: this.duplicates,
      warnings: this.warnings(locale),
      compliant: this.compliant,
      violating: this.violating,
      compliantShare: this.attempts === 0 ? 1 : this.compliant / this.attempts,
      byCode: sorted(this.byCode),
      byAdvertiser: Object.fromEntries([...this.byAdvertiser].sort(([a], [b]) => a.localeCompare(b))),
      byMonth: Object.fromEntries([...this.byMonth].sort(([a], [b]) => a.localeCompare(b))),
      badRows: this.badRows,
      badRowsByField: sorted(this.badRowsByField),
      badRowsListed: this.badRowsListed,
      advisories: {
        outOfOrder: this.outOfOrder,
        outOfOrderLines: this.outOfOrderLines,
        unknownStatuses: sorted(this.unknownStatuses),
        decisions: sorted(this.decisionAdvisories),
      },
      period: this.first !== undefined && this.last !== undefined ? { first: this.first, last: this.last } : null,
      exposure: exposures[0] ?? null,
      exposures,
      notAttempts: sorted(this.notAttemptStatuses),
      dialer: this.dialer,
      // Nothing read is not a complete audit: an empty or header-only export failed upstream.
      complete: this.badRows === 0 && this.rows > 0,
    };
  }
}

function bump(m: Map<string, number>, k: string): void {
  m.set(k, (m.get(k) ?? 0) + 1);
}

function tally(m: Map<string, Tally>, k: string): Tally {
  let t = m.get(k);
  if (!t) m.set(k, (t = { attempts: 0, violations: 0 }));
  return t;
}

function sorted(m: Map<string, number>): Record<string, number> {
  return Object.fromEntries([...m].sort(([a, x], [b, y]) => y - x || a.localeCompare(b)));
}
