/**
 * Human-readable rendering of decisions: the verdict, every reason with its citations
 * (instrument, article, official URL), and times in the recipient's local time.
 */
import { DateTime } from 'luxon';
import type { Citation, Decision, Reason } from '../index.js';

type Locale = 'en' | 'fr';

const LABELS = {
  en: { allow: 'ALLOW', deny: 'DENY', next: 'Next allowed', never: 'No date can be computed with this history', exemptions: 'Legal bases', advisories: 'Advisories', sanction: 'sanction', local: "recipient's time" },
  fr: { allow: 'AUTORISÉ', deny: 'REFUSÉ', next: 'Prochain créneau autorisé', never: 'Aucune date ne peut être calculée avec cet historique', exemptions: 'Fondements', advisories: 'Avertissements', sanction: 'sanction', local: 'heure du destinataire' },
} as const;

/** `Tue 24 Nov 2026 09:30` in the instant's own offset (the recipient's), in the locale. */
export function localTime(iso: string, locale: Locale): string {
  const dt = DateTime.fromISO(iso, { setZone: true }).setLocale(locale);
  return dt.isValid ? dt.toFormat('ccc d LLL yyyy HH:mm') : iso;
}

/** One line per citation: instrument, article, URL. */
export function citationLines(citations: readonly Citation[], locale: Locale, indent: string): string[] {
  return citations.map((c) => {
    const article = c.article ? `, ${c.article}` : '';
    const role = c.role === 'sanction' ? ` (${LABELS[locale].sanction})` : '';
    return `${indent}${c.instrument}${article}${role}: ${c.url}`;
  });
}

function reasonLines(mark: string, r: Reason, locale: Locale): string[] {
  return [`  ${mark} ${r.code}`, `    ${r.message}`, ...citationLines(r.citations, locale, '      ')];
}

/** The decision as text for a person. */
export function decisionText(d: Decision, to: string, locale: Locale): string {
  const L = LABELS[locale];
  const head = [d.allowed ? L.allow : L.deny, d.recipient?.e164 ?? to];
  if (d.recipient) head.push(`${localTime(d.recipient.localTime, locale)} (${d.recipient.timeZone}, ${L.local})`);
  const lines = [head.join('  ')];
  for (const r of d.reasons) lines.push(...reasonLines('✗', r, locale));
  if (d.exemptions.length > 0) {
    lines.push(`${L.exemptions}:`);
    for (const r of d.exemptions) lines.push(...reasonLines('✓', r, locale));
  }
  if (d.advisories.length > 0) {
    lines.push(`${L.advisories}:`);
    for (const r of d.advisories) lines.push(...reasonLines('!', r, locale));
  }
  if (d.nextAllowedAt) lines.push(`${L.next}: ${localTime(d.nextAllowedAt, locale)} (${d.recipient?.timeZone ?? ''}) = ${d.nextAllowedAt}`);
  else if (d.nextAllowedAt === null) lines.push(`${L.next}: ${L.never}.`);
  return `${lines.join('\n')}\n`;
}

/** True when a decision refused the input itself (exit code 2, not a legal deny). */
export function isInputError(d: Decision): boolean {
  return d.reasons.some((r) => r.code.startsWith('input.'));
}
