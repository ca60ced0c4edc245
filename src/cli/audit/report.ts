/**
 * The audit report: each violating attempt as it is found (streamed, so a large log does not
 * pile up in memory), then the summary a compliance officer acts on. Three formats: text for a
 * person, JSON for a program, CSV for a spreadsheet (its summary goes to stderr).
 */
import { once } from 'node:events';
import { stringify } from 'csv-stringify/sync';
import type { Citation, Decision, Reason } from '../../index.js';
import * as citations from '../../law/fr/citations.js';
import { BLOCTEL_UNTIL, OPT_IN_FROM } from '../../law/fr/citations.js';
import type { RowProblem } from './records.js';

export type ReportFormat = 'text' | 'json' | 'csv';

/** A violating attempt, as reported. */
export interface Violation {
  /** Line of the log the attempt ends on. */
  line: number;
  /** The number as written in the log. */
  to: string;
  e164?: string;
  /** The attempt's instant in the recipient's local time (ISO 8601 with offset). */
  at: string;
  timeZone?: string;
  advertiser: string;
  channel: string;
  reasons: Array<Pick<Reason, 'code' | 'message' | 'facts'> & { citations: Array<Pick<Citation, 'instrument' | 'article' | 'url' | 'role'>> }>;
  /** When the same call would have been allowed, given the history then. */
  nextAllowedAt: string | null | undefined;
}

/** Counts of attempts and of violating attempts. */
export interface Tally {
  attempts: number;
  violations: number;
}

/**
 * The maximum statutory exposure under C. consom. L.242-16: a ceiling, never an estimate. It counts
 * only the violating attempts that breach a rule L.242-16 sanctions (L.223-1 to L.223-5, D.223-9:
 * a blocking reason citing it with role 'sanction'); other breaches (caller ID, Arcep numbering,
 * objection, CPF…) carry other sanctions, not encoded, and are left out of the amount.
 */
export interface Exposure {
  kind: 'ceiling';
  /** Violating attempts with at least one breach sanctioned by L.242-16: those the amount counts. */
  sanctionedAttempts: number;
  /** Every violating attempt, for comparison (those with other sanctions only are not counted). */
  violatingAttempts: number;
  maxFinePerBreachEur: number;
  maxTotalEur: number;
  offender: 'legal person';
  sanction: Citation;
  caveat: string;
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
    /** Rows not judged because their status is no outbound attempt (lead never dialled, inbound call), by status. */
    notAttempts: Record<string, number>;
    /** Non-blocking advisories of the decisions, by code. */
    decisions: Record<string, number>;
  };
  /** Local times of the first and last attempts judged. */
  period: { first: string; last: string } | null;
  exposure: Exposure;
  /** False when rows could not be audited (exit code 3). */
  complete: boolean;
}

/** Bad rows listed individually in the report; beyond, they are counted. */
export const MAX_LISTED = 1000;

/** A buffered writer that respects the destination's backpressure. */
export class Output {
  private parts: string[] = [];
  private size = 0;
  constructor(private readonly stream: NodeJS.WritableStream, private readonly owned: boolean) {}
  write(s: string): void {
    this.parts.push(s);
    this.size += s.length;
  }
  /** Flushes when enough is buffered; waits if the destination is slow. */
  async drain(): Promise<void> {
    if (this.size < 1 << 16) return;
    await this.flush();
  }
  async flush(): Promise<void> {
    if (this.size === 0) return;
    const ok = this.stream.write(this.parts.join(''));
    this.parts = [];
    this.size = 0;
    if (!ok) await once(this.stream, 'drain');
  }
  async end(): Promise<void> {
    await this.flush();
    if (this.owned) await new Promise<void>((resolve, reject) => this.stream.end((err?: Error | null) => (err ? reject(err) : resolve())));
  }
}

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
  /** Violating attempts with a breach L.242-16 sanctions (the exposure counts only those). */
  sanctioned = 0;
  badRows = 0;
  readonly byCode = new Map<string, number>();

  /** The French eras audited without the events they turn on (the periods are local dates). */
  private warnings(): string[] {
    const out: string[] = [];
    if (this.first === undefined || this.last === undefined) return out;
    if (this.last.slice(0, 10) >= OPT_IN_FROM && this.loaded.consents === 0) {
      out.push(`no consent loaded: from ${OPT_IN_FROM} a prospecting call in France needs the consumer's prior consent (C. consom. L.223-1), so every such call is reported as fr.consent.missing; load the consent register with --consents register.csv (docs/imports.md) or --events`);
    }
    if (this.first.slice(0, 10) < OPT_IN_FROM && this.loaded.oppositionChecks === 0) {
      out.push(`no opposition-list check loaded: until ${BLOCTEL_UNTIL} a prospecting call in France needs a Bloctel check of less than 30 days (C. consom. L.223-1), so every such call is reported as fr.opposition.unchecked; load the scrub results with --opposition scrub.csv (docs/imports.md) or --events`);
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
  /** Rows whose dialer status is no outbound attempt (lead never dialled, inbound call), by status. */
  readonly notAttempts = new Map<string, number>();
  readonly decisionAdvisories = new Map<string, number>();
  first: string | undefined;
  last: string | undefined;
  private firstMs = Infinity;
  private lastMs = -Infinity;

  badRow(p: RowProblem): void {
    this.badRows++;
    bump(this.badRowsByField, p.field);
    if (this.badRowsListed.length < MAX_LISTED) this.badRowsListed.push(p);
  }

  judged(advertiser: string, decision: Decision, ms: number): void {
    this.attempts++;
    const local = decision.recipient?.localTime ?? '';
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
    if (decision.reasons.some(sanctionedByL242_16)) this.sanctioned++;
  }

  summary(file: string, mapping: string): AuditSummary {
    const fine = citations.L242_16_MAX_FINE_EUR.legalPerson;
    return {
      file,
      mapping,
      rows: this.rows,
      attempts: this.attempts,
      events: this.events,
      loaded: { ...this.loaded },
      duplicates: this.duplicates,
      warnings: this.warnings(),
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
        notAttempts: sorted(this.notAttempts),
        decisions: sorted(this.decisionAdvisories),
      },
      period: this.first !== undefined && this.last !== undefined ? { first: this.first, last: this.last } : null,
      exposure: {
        kind: 'ceiling',
        sanctionedAttempts: this.sanctioned,
        violatingAttempts: this.violating,
        maxFinePerBreachEur: fine,
        maxTotalEur: this.sanctioned * fine,
        offender: 'legal person',
        sanction: citations.L242_16,
        caveat:
          `A ceiling, not an estimate: C. consom. L.242-16 provides an administrative fine of up to ${eur(fine)} per breach for a legal person ` +
          `(${eur(citations.L242_16_MAX_FINE_EUR.naturalPerson)} for a natural person) for breaches of L.223-1 to L.223-5 and D.223-9; only attempts with such a breach are counted ` +
          `(${others(this.violating - this.sanctioned)} only rules with other sanctions, not encoded: caller ID, Arcep numbering, objection, CPF…). ` +
          'The authority (DGCCRF) sets the amount case by case, may group breaches, ' +
'and other sanctions (publication, criminal penalties for other offences) are not counted.',
      },
      // Nothing read is not a complete audit: an empty or header-only export failed upstream.
      complete: this.badRows === 0 && this.rows > 0,
    };
  }
}

function others(n: number): string {
  return n === 1 ? '1 other violating attempt breaches' : `${n} other violating attempts breach`;
}

/** Whether a blocking reason is a breach C. consom. L.242-16 sanctions (its citations say so, role 'sanction'). */
function sanctionedByL242_16(reason: Reason): boolean {
  return reason.citations.some((c) => c.role === 'sanction' && c.instrument === citations.L242_16.instrument && c.article === citations.L242_16.article);
}

/** Builds the reported form of a violating attempt. */
export function violation(line: number, to: string, advertiser: string, channel: string, decision: Decision): Violation {
  const v: Violation = {
    line,
    to,
    at: decision.recipient?.localTime ?? '',
    advertiser,
    channel,
    reasons: decision.reasons.map((r) => ({
      code: r.code,
      message: r.message,
      citations: r.citations.map((c) => {
        const cite: Violation['reasons'][number]['citations'][number] = { instrument: c.instrument, url: c.url };
        if (c.article !== undefined) cite.article = c.article;
        if (c.role !== undefined) cite.role = c.role;
        return cite;
      }),
      facts: r.facts,
    })),
    nextAllowedAt: decision.nextAllowedAt,
  };
  if (decision.recipient) {
    v.e164 = decision.recipient.e164;
    v.timeZone = decision.recipient.timeZone;
  }
  return v;
}

/** Writes a report in one format: violations as they come, then the summary. */
export interface ReportWriter {
  start(): void;
  violation(v: Violation): void;
  finish(s: AuditSummary): void;
}

export function reportWriter(format: ReportFormat, out: Output, stderr: Output): ReportWriter {
  switch (format) {
    case 'json':
      return jsonWriter(out);
    case 'csv':
      return csvWriter(out, stderr);
    case 'text':
      return textWriter(out);
  }
}

function jsonWriter(out: Output): ReportWriter {
  let count = 0;
  return {
    start: () => out.write('{"violations":['),
    violation(v) {
      out.write(`${count++ === 0 ? '\n' : ',\n'}${JSON.stringify(v)}`);
    },
    finish(s) {
      out.write(`${count > 0 ? '\n' : ''}],\n"summary":${JSON.stringify(s, null, 2)}}\n`);
    },
  };
}

const CSV_COLUMNS = ['line', 'to', 'e164', 'local_time', 'time_zone', 'advertiser', 'channel', 'codes', 'messages', 'citations', 'next_allowed_at'];

function csvWriter(out: Output, stderr: Output): ReportWriter {
  return {
    start: () => out.write(stringify([CSV_COLUMNS])),
    violation(v) {
      const cites = unique(v.reasons.flatMap((r) => r.citations.map(citeText)));
      out.write(stringify([[
        v.line, v.to, v.e164 ?? '', v.at, v.timeZone ?? '', v.advertiser, v.channel,
        v.reasons.map((r) => r.code).join(' | '), v.reasons.map((r) => r.message).join(' | '), cites.join(' | '), v.nextAllowedAt ?? '',
      ].map((cell) => (typeof cell === 'string' ? inert(cell) : cell))]));
    },
    finish(s) {
      stderr.write(summaryText(s));
    },
  };
}

function textWriter(out: Output): ReportWriter {
  const sources = new Map<string, string>();
  let count = 0;
  return {
    start() {},
    violation(v) {
      if (count++ === 0) out.write('VIOLATIONS\n\n');
      const when = v.at.replace('T', ' ').replace(/:\d{2}(\.\d+)?([+-]\d{2}:\d{2}|Z)$/, ' $2');
      out.write(`line ${v.line}  ${printable(v.e164 ?? v.to)}  ${when} (${v.timeZone ?? '?'})  ${printable(v.advertiser)}  ${v.channel}\n`);
      for (const r of v.reasons) {
        out.write(`  ✗ ${r.code}: ${r.message}\n`);
        const refs = r.citations.map((c) => {
          const ref = shortRef(c);
          sources.set(ref, c.url);
          return c.role === 'sanction' ? `sanction ${ref}` : ref;
        });
        out.write(`    [${refs.join('; ')}]\n`);
      }
      if (v.nextAllowedAt) out.write(`    next allowed: ${v.nextAllowedAt}\n`);
      out.write('\n');
    },
    finish(s) {
      if (count === 0) out.write('No violation found.\n\n');
      if (sources.size > 0) {
        out.write('SOURCES\n');
        for (const [ref, url] of [...sources].sort()) out.write(`  ${ref}: ${url}\n`);
        out.write('\n');
      }
      out.write(summaryText(s));
    },
  };
}

/** The summary as text (stdout for the text format, stderr for CSV). */
export function summaryText(s: AuditSummary): string {
  const lines: string[] = ['SUMMARY', `  file                 ${s.file} (mapping: ${s.mapping})`];
  const pct = (n: number, of: number) => (of === 0 ? '-' : `${((100 * n) / of).toFixed(1)} %`);
  lines.push(`  rows read            ${s.rows}`);
  lines.push(`  attempts audited     ${s.attempts}`);
  lines.push(`  history rows         ${s.events}`);
  if (s.duplicates > 0) lines.push(`  duplicates dropped   ${s.duplicates} (rows repeating a call id already read)`);
  lines.push(`  loaded               ${s.loaded.consents} consents, ${s.loaded.oppositionChecks} opposition checks, ${s.loaded.refusals} refusals, ${s.loaded.objections} objections (with those from dispositions)`);
  for (const w of s.warnings) lines.push(`  WARNING              ${w}`);
  lines.push(`  compliant            ${s.compliant} (${pct(s.compliant, s.attempts)})`);
  lines.push(`  violating            ${s.violating} (${pct(s.violating, s.attempts)})`);
  if (s.period) lines.push(`  period               ${s.period.first} → ${s.period.last} (recipients' local time)`);
  if (Object.keys(s.byCode).length > 0) {
    lines.push('', '  Violations by rule (an attempt can break several):');
    for (const [code, n] of Object.entries(s.byCode)) lines.push(`    ${code.padEnd(32)} ${n}`);
  }
  if (Object.keys(s.byAdvertiser).length > 0) {
    lines.push('', '  By advertiser (violating / attempts):');
    for (const [adv, t] of Object.entries(s.byAdvertiser)) lines.push(`    ${printable(adv).padEnd(32)} ${t.violations} / ${t.attempts} (${pct(t.violations, t.attempts)})`);
  }
  if (Object.keys(s.byMonth).length > 0) {
    lines.push('', "  By month, recipient's local time (violating / attempts):");
    for (const [m, t] of Object.entries(s.byMonth)) lines.push(`    ${m.padEnd(32)} ${t.violations} / ${t.attempts} (${pct(t.violations, t.attempts)})`);
  }
  const e = s.exposure;
  lines.push(
    '',
    `  MAXIMUM STATUTORY EXPOSURE UNDER L.242-16 (a ceiling, not an estimate): ${e.sanctionedAttempts} attempts breaching a rule it sanctions × ${eur(e.maxFinePerBreachEur)} = ${eur(e.maxTotalEur)}` +
      ` (of ${e.violatingAttempts} violating attempts)`,
    `    ${e.sanction.instrument}, art. ${e.sanction.article ?? ''}: ${e.sanction.url}`,
    `    ${e.caveat}`,
  );
  const adv = s.advisories;
  if (adv.outOfOrder > 0 || Object.keys(adv.unknownStatuses).length > 0 || Object.keys(adv.notAttempts).length > 0 || Object.keys(adv.decisions).length > 0) {
    lines.push('', '  Advisories:');
    if (adv.outOfOrder > 0) {
      lines.push(`    ${adv.outOfOrder} rows out of time order beyond the reorder buffer (first lines: ${adv.outOfOrderLines.join(', ')}); sort the log by time for an exact audit`);
    }
    for (const [code, n] of Object.entries(adv.notAttempts)) lines.push(`    status '${printable(code)}' on ${n} rows: not an outbound attempt (a lead never dialled or an inbound call), not judged`);
    for (const [code, n] of Object.entries(adv.unknownStatuses)) lines.push(`    unknown status '${printable(code)}' on ${n} rows: counted as attempts without outcome`);
    for (const [code, n] of Object.entries(adv.decisions)) lines.push(`    ${code}: ${n} attempts`);
  }
  if (s.badRows > 0) {
    lines.push('', `  AUDIT INCOMPLETE: ${s.badRows} rows could not be audited (by field: ${Object.entries(s.badRowsByField).map(([f, n]) => `${f} ${n}`).join(', ')})`);
    for (const p of s.badRowsListed) lines.push(`    line ${p.line}: ${p.field}${p.column ? ` (column ${p.column})` : ''}: ${p.problem}`);
    if (s.badRows > s.badRowsListed.length) lines.push(`    … ${s.badRows - s.badRowsListed.length} more not listed`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * A cell a spreadsheet would run as a formula (`=…`, `@…`, `+cmd|…`, `-2+3`) is quoted to stay
 * text, in every column (the input's `to` as much as its advertiser); a plain signed number such
 * as `+33612345678` is left as it is.
 */
function inert(cell: string): string {
  return /^[=@\t\r]|^[+-](?![\d ().-]*$)/.test(cell) ? `'${cell}` : cell;
}

/** Text from the input shown on a terminal: control characters (escape sequences…) become `?`. */
function printable(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '?');
}

function shortRef(c: Pick<Citation, 'instrument' | 'article'>): string {
  const instrument = c.instrument.replace('Code de la consommation', 'C. consom.').replace('Code du travail', 'C. trav.');
  return c.article ? `${instrument} ${c.article}` : instrument;
}

function citeText(c: Pick<Citation, 'instrument' | 'article' | 'url'>): string {
  return `${c.instrument}${c.article ? ` ${c.article}` : ''} <${c.url}>`;
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
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

/** Euros, grouped by thousands with a thin space, as French texts write them. */
export function eur(n: number): string {
  return `${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')} €`;
}
