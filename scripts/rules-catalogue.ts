/**
 * The rule catalogue, generated from the rule packs themselves: one section per rule with its
 * codes, statement in English and French, dates in force, citations and the reading chosen where
 * the law is ambiguous. `npm run docs` writes docs/rules.md; a test fails when it is stale.
 */
import { reasonRegistry } from '../src/core/reason.js';
import type { Citation, Rule, RulePack } from '../src/core/types.js';
import { DIALER_CHECKS, type DialerCheck } from '../src/law/us/dialer.js';
import { litigatorRule } from '../src/preferences/litigator.js';
import { policyRules, preferenceRules } from '../src/preferences/limits.js';
import { builtinPacks } from '../src/settings.js';

const cite = (c: Citation) =>
  `[${c.instrument}${c.article ? `, ${c.article}` : ''}](${c.url}) (in force ${c.inForce.from}${c.inForce.until ? ` → ${c.inForce.until}` : ''}${c.role === 'sanction' ? ', sanction' : ''})`;

function rule(r: Rule, p: RulePack): string {
  const lines = [
    `### \`${r.id}\``,
    '',
    `- **Codes:** ${(r.reasons?.map((x) => x.code) ?? Object.keys(r.messages)).map((c) => `[\`${c}\`](#${anchor(c)})`).join(', ')}`,
    `- **In force:** ${r.inForce.from}${r.inForce.until ? ` → ${r.inForce.until}` : ' → (no end date)'} (attempt's local date)`,
    `- **Rule:** ${r.statement.en}`,
    `- **Règle :** ${r.statement.fr}`,
  ];
  if (r.facts) lines.push(`- **Facts reported:** ${Object.entries(r.facts).map(([k, v]) => `\`${k}\` (${v})`).join('; ')}`);
  if (r.reading) lines.push(`- **Reading chosen:** ${r.reading.en}`, `- **Lecture retenue :** ${r.reading.fr}`);
  if (r.unverified) lines.push(`- **Unverified (conservative reading applied):** ${r.unverified.en}`);
  lines.push(`- **Sources:**`, ...r.citations.map((c) => `  - ${cite(c)}`));
  const sanctions = r.sanctions ?? p.sanctions;
  lines.push(`- **Sanction cited:** ${sanctions.length ? sanctions.map(cite).join('; ') : 'none encoded (this breach is not punished under the pack sanction; see the reading)'}`);
  return lines.join('\n');
}

/** The Markdown anchor of a reason code's entry (GitHub's slug of its heading). */
const anchor = (code: string) => `code-${code.replace(/[^a-z0-9-]/g, '')}`;
const KIND = { block: 'blocks', exempt: 'lifts a block', advisory: 'advisory' } as const;

/** The pack's reason codes, from the registry: one entry per code with its facts and an example message in both languages. */
function reasons(p: RulePack): string[] {
  const registry = reasonRegistry([p]);
  if (registry.size === 0) return [];
  const lines = ['### Reason codes', ''];
  for (const [code, { reason, rules }] of [...registry].sort(([a], [b]) => a.localeCompare(b))) {
    const example = reason.message(reason.example);
    lines.push(
      `#### <a id="${anchor(code)}"></a>\`${code}\``,
      '',
      `- **Kind:** ${KIND[reason.kind]}; reported by ${rules.map((id) => `\`${id}\``).join(', ')}`,
      `- **Facts:** ${Object.entries(reason.facts as Record<string, string>).map(([k, v]) => `\`${k}\` (${v})`).join('; ') || 'none'}`,
      `- **Example:** ${example.en}`,
      `- **Exemple :** ${example.fr}`,
      '',
    );
  }
  return lines;
}

/** Checks of a dialer's behaviour over many calls, run by `callgate audit` (not by evaluate), per pack. */
const AUDIT_CHECKS: Readonly<Record<string, readonly DialerCheck[]>> = { us: DIALER_CHECKS };

function auditChecks(p: RulePack): string[] {
  const checks = AUDIT_CHECKS[p.id];
  if (!checks) return [];
  const lines = ['### Dialer behaviour (checked by `callgate audit` over a campaign)', ''];
  for (const c of checks) {
    lines.push(`#### \`${c.id}\``, '', `- **Rule:** ${c.statement.en}`, `- **Règle :** ${c.statement.fr}`, `- **Reading chosen:** ${c.reading.en}`, `- **Lecture retenue :** ${c.reading.fr}`);
    if (c.unverified) lines.push(`- **Unverified (conservative reading applied):** ${c.unverified.en}`);
    lines.push(`- **Sources:**`, ...c.citations.map((x) => `  - ${cite(x)}`), '');
  }
  return lines;
}

function pack(p: RulePack): string {
  return [
    `## Pack \`${p.id}\` — jurisdiction ${p.jurisdiction}`,
    '',
    `Numbers of: ${p.countries.join(', ')}.`,
    '',
    ...(p.history ? [`**History.** ${p.history.en}`, '', `**Historique.** ${p.history.fr}`, ''] : []),
    ...p.rules.map((r) => rule(r, p)).flatMap((s) => [s, '']),
    ...auditChecks(p),
    ...reasons(p),
  ].join('\n');
}

/** The host's own limits, beside every pack: not law, reported as consumer.* and policy.* reasons. */
function hostPolicies(): string {
  const p: RulePack = {
    id: 'policy', jurisdiction: '(host policy)', calendarCountry: '', countries: [], locate: () => undefined, sanctions: [],
    rules: [...preferenceRules, ...policyRules({ budgets: [{ count: 1, per: 'P1D', channels: ['voice'] }], excluded: [], preferred: [] }), litigatorRule],
  };
  return [
    '## Host policies (not law): preferences, the advertiser\'s policy, litigator flags',
    '',
    'These rules apply beside every pack and only add blocks: a consumer\'s `preference` events, the',
    "advertiser's `options.policy`, and `litigator` events from the host's data vendor.",
    '',
    ...p.rules.map((r) => rule(r, p)).flatMap((x) => [x, '']),
    ...reasons(p),
  ].join('\n');
}

/** The whole catalogue as Markdown. */
export function catalogue(packs: readonly RulePack[] = builtinPacks): string {
  return [
    '# Rule catalogue',
    '',
    '<!-- Generated by `npm run docs` from the rule packs (scripts/rules-catalogue.ts). Do not edit by hand. -->',
    '',
    'Every rule callgate applies, with its legal basis. A rule runs for attempts whose local date is',
    'within its dates in force, so an audit of a past call applies the law of its date.',
    '',
    ...packs.map(pack),
    hostPolicies(),
  ].join('\n').trimEnd() + '\n';
}
