/**
 * The report's writers: each violating attempt as it is found, then the summary a compliance
 * officer acts on. Text for a person (in English or French, `--locale`), JSON for a program, CSV
 * for a spreadsheet (its summary goes to stderr), HTML for a page to look at (./html.ts).
 */
import { stringify } from 'csv-stringify/sync';
import type { Citation, Decision } from '../../index.js';
import { money } from './exposure.js';
import { htmlWriter } from './html.js';
import type { Output } from './output.js';
import type { AbandonmentPeriod, RingTime } from './dialer.js';
import type { Exposure } from './exposure.js';
import type { AuditSummary } from './summary.js';
import type { ReportFormat, ReportWriter, Violation } from './report-types.js';

export type { ReportFormat, ReportWriter, Violation } from './report-types.js';

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
      citations: r.citations.map(reportedCitation),
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


type ReportedCitation = Violation['reasons'][number]['citations'][number];

// Citations are the rules' constants: each is reported in the same form on every violation, so
// its reported form and that form's JSON are made once (a report repeats them a million times).
const reported = new WeakMap<Citation, ReportedCitation>();
const citationJson = new WeakMap<ReportedCitation, string>();

function reportedCitation(c: Citation): ReportedCitation {
  let cite = reported.get(c);
  if (cite === undefined) {
    cite = { instrument: c.instrument, url: c.url };
    if (c.article !== undefined) cite.article = c.article;
    if (c.role !== undefined) cite.role = c.role;
    reported.set(c, cite);
  }
  return cite;
}

/** `JSON.stringify(v)`, with each citation's JSON made once (see {@link reportedCitation}). */
export function violationJson(v: Violation): string {
  const q = JSON.stringify;
  let s = `{"line":${v.line},"to":${q(v.to)},"at":${q(v.at)},"advertiser":${q(v.advertiser)},"channel":${q(v.channel)},"reasons":[`;
  for (let i = 0; i < v.reasons.length; i++) {
    const r = v.reasons[i]!;
    s += `${i === 0 ? '' : ','}{"code":${q(r.code)},"message":${q(r.message)},"citations":[`;
    for (let j = 0; j < r.citations.length; j++) {
      const c = r.citations[j]!;
      let json = citationJson.get(c);
      if (json === undefined) citationJson.set(c, (json = q(c)));
      s += j === 0 ? json : `,${json}`;
    }
    s += `],"facts":${q(r.facts)}}`;
  }
  s += ']';
  if (v.nextAllowedAt !== undefined) s += `,"nextAllowedAt":${q(v.nextAllowedAt)}`;
  if (v.e164 !== undefined) s += `,"e164":${q(v.e164)}`;
  if (v.timeZone !== undefined) s += `,"timeZone":${q(v.timeZone)}`;
  return `${s}}`;
}

export function reportWriter(format: ReportFormat, out: Output, stderr: Output, locale: 'en' | 'fr' = 'en'): ReportWriter {
  switch (format) {
    case 'json':
      return jsonWriter(out);
    case 'csv':
      return csvWriter(out, stderr, locale);
    case 'text':
      return textWriter(out, locale);
    case 'html':
      return htmlWriter(out, locale);
  }
}

function jsonWriter(out: Output): ReportWriter {
  let count = 0;
  return {
    start: () => out.write('{"violations":['),
    violation(v) {
      out.write(count++ === 0 ? '\n' : ',\n');
      out.write(violationJson(v));
    },
    finish(s) {
      out.write(`${count > 0 ? '\n' : ''}],\n"summary":${JSON.stringify(s, null, 2)}}\n`);
    },
  };
}

const CSV_COLUMNS = ['line', 'to', 'e164', 'local_time', 'time_zone', 'advertiser', 'channel', 'codes', 'messages', 'citations', 'next_allowed_at'];

function csvWriter(out: Output, stderr: Output, locale: 'en' | 'fr'): ReportWriter {
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
      stderr.write(summaryText(s, locale));
    },
  };
}

const TEXT = {
  en: { violations: 'VIOLATIONS', none: 'No violation found.', sources: 'SOURCES', line: 'line', next: 'next allowed', sanction: 'sanction' },
  fr: { violations: 'INFRACTIONS', none: 'Aucune infraction trouvée.', sources: 'SOURCES', line: 'ligne', next: 'prochain créneau permis', sanction: 'sanction' },
} as const;

function textWriter(out: Output, locale: 'en' | 'fr'): ReportWriter {
  const t = TEXT[locale];
  const sources = new Map<string, string>();
  let count = 0;
  return {
    start() {},
    violation(v) {
      if (count++ === 0) out.write(`${t.violations}\n\n`);
      const when = v.at.replace('T', ' ').replace(/:\d{2}(\.\d+)?([+-]\d{2}:\d{2}|Z)$/, ' $2');
      out.write(`${t.line} ${v.line}  ${printable(v.e164 ?? v.to)}  ${when} (${v.timeZone ?? '?'})  ${printable(v.advertiser)}  ${v.channel}\n`);
      for (const r of v.reasons) {
        out.write(`  ✗ ${r.code}: ${r.message}\n`);
        const refs = r.citations.map((c) => {
          const ref = shortRef(c);
          sources.set(ref, c.url);
          return c.role === 'sanction' ? `${t.sanction} ${ref}` : ref;
        });
        out.write(`    [${refs.join('; ')}]\n`);
      }
      if (v.nextAllowedAt) out.write(`    ${t.next}: ${v.nextAllowedAt}\n`);
      out.write('\n');
    },
    finish(s) {
      if (count === 0) out.write(`${t.none}\n\n`);
      if (sources.size > 0) {
        out.write(`${t.sources}\n`);
        for (const [ref, url] of [...sources].sort()) out.write(`  ${ref}: ${url}\n`);
        out.write('\n');
      }
      out.write(summaryText(s, locale));
    },
  };
}

/** The summary's words, in each language of the report. */
const WORDS = {
  en: {
    summary: 'SUMMARY', file: 'file', mapping: 'mapping', rows: 'rows read', attempts: 'attempts audited', events: 'history rows',
    duplicates: (n: number) => `${n} (rows repeating a call id already read)`, duplicatesLabel: 'duplicates dropped',
    loaded: (l: AuditSummary['loaded']) => `${l.consents} consents, ${l.oppositionChecks} opposition checks, ${l.refusals} refusals, ${l.objections} objections (with those from dispositions)`,
    loadedLabel: 'loaded', warning: 'WARNING', compliant: 'compliant', violating: 'violating', period: 'period', local: "(recipients' local time)",
    byRule: '  Violations by rule (an attempt can break several):', byAdvertiser: '  By advertiser (violating / attempts):',
    byMonth: "  By month, recipient's local time (violating / attempts):",
    exposure: (e: Exposure) => `  MAXIMUM STATUTORY EXPOSURE UNDER ${e.sanction.article ?? e.sanction.instrument} (a ceiling, not an estimate): ${e.sanctionedAttempts} attempts breaching a rule it sanctions × ${money(e.maxFinePerBreach, e.currency)} = ${money(e.maxTotal, e.currency)} (of ${e.violatingAttempts} violating attempts)`,
    noExposure: '  MAXIMUM STATUTORY EXPOSURE: no violation breaches a rule whose sanction carries an amount.',
    advisories: '  Advisories:',
    outOfOrder: (n: number, lines: number[]) => `${n} rows out of time order beyond the reorder buffer (first lines: ${lines.join(', ')}); sort the log by time for an exact audit`,
    unknownStatus: (code: string, n: number) => `unknown status '${code}' on ${n} rows: counted as attempts without outcome`,
    decisions: (code: string, n: number) => `${code}: ${n} attempts`,
    incomplete: (n: number, by: string) => `  AUDIT INCOMPLETE: ${n} rows could not be audited (by field: ${by})`,
    line: 'line', column: 'column', more: (n: number) => `… ${n} more not listed`,
    notAttempts: 'not attempts',
    dialer: '  US DIALER BEHAVIOUR (calls to +1 numbers):',
    abandonment: (p: AbandonmentPeriod) => `${p.breach ? '✗' : '✓'} campaign ${p.campaign}, ${p.from.slice(0, 10)} → ${p.until.slice(0, 10)}: ${p.abandoned} abandoned of ${p.answered} answered (${(100 * p.rate).toFixed(1)} %, at most ${100 * p.maxRate} %)`,
    ringTime: (r: RingTime) => `${r.short > 0 ? '✗' : '✓'} campaign ${r.campaign}: ${r.short} of ${r.unanswered} unanswered calls hung up before ${r.minSeconds} s${r.lines.length > 0 ? ` (lines ${r.lines.join(', ')})` : ''}`,
  },
  fr: {
    summary: 'SYNTHÈSE', file: 'fichier', mapping: 'correspondance', rows: 'lignes lues', attempts: 'tentatives auditées', events: "lignes d'historique",
    duplicates: (n: number) => `${n} (lignes répétant un identifiant d'appel déjà lu)`, duplicatesLabel: 'doublons écartés',
    loaded: (l: AuditSummary['loaded']) => `${l.consents} consentements, ${l.oppositionChecks} vérifications de liste d'opposition, ${l.refusals} refus, ${l.objections} oppositions (dont ceux des qualifications d'appel)`,
    loadedLabel: 'chargé', warning: 'ATTENTION', compliant: 'conformes', violating: 'en infraction', period: 'période', local: '(heure locale des destinataires)',
    byRule: '  Infractions par règle (une tentative peut en enfreindre plusieurs) :', byAdvertiser: '  Par annonceur (en infraction / tentatives) :',
    byMonth: '  Par mois, heure locale du destinataire (en infraction / tentatives) :',
    exposure: (e: Exposure) => `  EXPOSITION LÉGALE MAXIMALE AU TITRE DE ${e.sanction.article ?? e.sanction.instrument} (un plafond, pas une estimation) : ${e.sanctionedAttempts} tentatives enfreignant une règle qu'il sanctionne × ${money(e.maxFinePerBreach, e.currency)} = ${money(e.maxTotal, e.currency)} (sur ${e.violatingAttempts} tentatives en infraction)`,
    noExposure: "  EXPOSITION LÉGALE MAXIMALE : aucune infraction n'enfreint une règle dont la sanction porte un montant.",
    advisories: '  Avis :',
    outOfOrder: (n: number, lines: number[]) => `${n} lignes hors de l'ordre chronologique au-delà du tampon (premières lignes : ${lines.join(', ')}) ; triez le journal par date pour un audit exact`,
    unknownStatus: (code: string, n: number) => `statut inconnu « ${code} » sur ${n} lignes : comptées comme tentatives sans issue`,
    decisions: (code: string, n: number) => `${code} : ${n} tentatives`,
    incomplete: (n: number, by: string) => `  AUDIT INCOMPLET : ${n} lignes n'ont pu être auditées (par champ : ${by})`,
    line: 'ligne', column: 'colonne', more: (n: number) => `… ${n} de plus, non listées`,
    notAttempts: 'hors tentatives',
    dialer: '  COMPORTEMENT DU NUMÉROTEUR AUX ÉTATS-UNIS (appels vers des numéros +1) :',
    abandonment: (p: AbandonmentPeriod) => `${p.breach ? '✗' : '✓'} campagne ${p.campaign}, ${p.from.slice(0, 10)} → ${p.until.slice(0, 10)} : ${p.abandoned} abandonnés sur ${p.answered} décrochés (${(100 * p.rate).toFixed(1)} %, au plus ${100 * p.maxRate} %)`,
    ringTime: (r: RingTime) => `${r.short > 0 ? '✗' : '✓'} campagne ${r.campaign} : ${r.short} appels sans réponse sur ${r.unanswered} raccrochés avant ${r.minSeconds} s${r.lines.length > 0 ? ` (lignes ${r.lines.join(', ')})` : ''}`,
  },
} as const;

/** The summary as text (stdout for the text format, stderr for CSV), in the report's language. */
export function summaryText(s: AuditSummary, locale: 'en' | 'fr' = 'en'): string {
  const w = WORDS[locale];
  const row = (label: string, value: string) => `  ${label.padEnd(20)} ${value}`;
  const pct = (n: number, of: number) => (of === 0 ? '-' : `${((100 * n) / of).toFixed(1)} %`);
  const lines: string[] = [w.summary, row(w.file, `${s.file} (${w.mapping}: ${s.mapping})`)];
  lines.push(row(w.rows, String(s.rows)), row(w.attempts, String(s.attempts)), row(w.events, String(s.events)));
  if (s.duplicates > 0) lines.push(row(w.duplicatesLabel, w.duplicates(s.duplicates)));
  lines.push(row(w.loadedLabel, w.loaded(s.loaded)));
  const skipped = Object.entries(s.notAttempts);
  if (skipped.length > 0) lines.push(row(w.notAttempts, skipped.map(([status, n]) => `${printable(status)} ${n}`).join(', ')));
  for (const warning of s.warnings) lines.push(row(w.warning, warning));
  lines.push(row(w.compliant, `${s.compliant} (${pct(s.compliant, s.attempts)})`), row(w.violating, `${s.violating} (${pct(s.violating, s.attempts)})`));
  if (s.period) lines.push(row(w.period, `${s.period.first} → ${s.period.last} ${w.local}`));
  if (Object.keys(s.byCode).length > 0) {
    lines.push('', w.byRule);
    for (const [code, n] of Object.entries(s.byCode)) lines.push(`    ${code.padEnd(32)} ${n}`);
  }
  if (Object.keys(s.byAdvertiser).length > 0) {
    lines.push('', w.byAdvertiser);
    for (const [adv, t] of Object.entries(s.byAdvertiser)) lines.push(`    ${printable(adv).padEnd(32)} ${t.violations} / ${t.attempts} (${pct(t.violations, t.attempts)})`);
  }
  if (Object.keys(s.byMonth).length > 0) {
    lines.push('', w.byMonth);
    for (const [m, t] of Object.entries(s.byMonth)) lines.push(`    ${m.padEnd(32)} ${t.violations} / ${t.attempts} (${pct(t.violations, t.attempts)})`);
  }
  lines.push('');
  if (s.exposures.length === 0) lines.push(w.noExposure);
  for (const e of s.exposures) lines.push(w.exposure(e), `    ${e.sanction.instrument}${e.sanction.article ? `, ${e.sanction.article}` : ''}: ${e.sanction.url}`, `    ${e.caveat}`);
  if (s.dialer) {
    lines.push('', w.dialer);
    for (const p of s.dialer.abandonment) lines.push(`    ${w.abandonment(p)}`);
    for (const r of s.dialer.ringTime) lines.push(`    ${w.ringTime(r)}`);
    const cites = [...s.dialer.citations.abandonment, ...s.dialer.citations.ringTime];
    lines.push(`    [${[...new Set(cites.map((c) => `${c.instrument} ${c.article ?? ''}`.trim()))].join('; ')}]`);
  }
  const adv = s.advisories;
  if (adv.outOfOrder > 0 || Object.keys(adv.unknownStatuses).length > 0 || Object.keys(adv.decisions).length > 0) {
    lines.push('', w.advisories);
    if (adv.outOfOrder > 0) lines.push(`    ${w.outOfOrder(adv.outOfOrder, adv.outOfOrderLines)}`);
    for (const [code, n] of Object.entries(adv.unknownStatuses)) lines.push(`    ${w.unknownStatus(printable(code), n)}`);
    for (const [code, n] of Object.entries(adv.decisions)) lines.push(`    ${w.decisions(code, n)}`);
  }
  if (s.badRows > 0) {
    lines.push('', w.incomplete(s.badRows, Object.entries(s.badRowsByField).map(([f, n]) => `${f} ${n}`).join(', ')));
    for (const p of s.badRowsListed) lines.push(`    ${w.line} ${p.line}: ${p.field}${p.column ? ` (${w.column} ${p.column})` : ''}: ${p.problem}`);
    if (s.badRows > s.badRowsListed.length) lines.push(`    ${w.more(s.badRows - s.badRowsListed.length)}`);
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

