// The registry of reason codes and the parity of the two languages (issue 12): every built-in rule
// is written with defineRule, every code is defined once with typed facts and an example, and every
// text a user reads (statement, reading, unverified note, history, message) exists in English and
// in French, the French one being French (not the English text handed to French readers).
import { describe, expect, it } from 'vitest';
import { reasonRegistry } from '../../src/core/reason.js';
import type { RulePack, Text } from '../../src/core/rule.js';
import { policyRules, preferenceRules } from '../../src/preferences/limits.js';
import { litigatorRule } from '../../src/preferences/litigator.js';
import { builtinPacks } from '../../src/settings.js';

const FRENCH = new Set(['le', 'la', 'les', 'des', 'du', 'de', 'un', 'une', 'est', 'et', 'pour', 'par', 'dans', 'sur', 'au', 'aux', 'ne', 'pas', 'qui', 'que', 'ou', 'avec', 'sans', 'ce', 'cette', 'sont', 'à', 'être', 'n', 'l', 'd', 'qu', 'jusqu', 'lorsqu', 'plus', 'si', 'tout', 'toute', 'leur', 'peut', 'doit', 'été', 'après', 'avant', 'depuis']);
const ENGLISH = new Set(['the', 'is', 'and', 'of', 'to', 'with', 'not', 'for', 'by', 'in', 'are', 'be', 'this', 'that', 'it', 'or', 'an', 'from', 'only', 'may', 'must', 'has', 'was', 'any', 'no', 'on', 'when', 'which', 'its', 'their', 'after', 'before', 'since']);

/** Word counts of a text once quotations, code and URLs are taken out (a French reading may quote an English statute). */
function languageScore(text: string): { french: number; english: number } {
  const prose = text
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/`[^`]*`/g, ' ')
    .replace(/«[^»]*»/g, ' ')
    .replace(/“[^”]*”/g, ' ')
    .replace(/"[^"]*"/g, ' ');
  let french = 0;
  let english = 0;
  for (const w of prose.toLowerCase().split(/[^a-zàâäçéèêëîïôöùûüÿœ]+/)) {
    if (FRENCH.has(w)) french++;
    if (ENGLISH.has(w)) english++;
  }
  return { french, english };
}

function expectBothLanguages(text: Text | undefined, where: string): void {
  if (text === undefined) return;
  expect(text.en.trim(), `${where}: English text`).not.toBe('');
  expect(text.fr.trim(), `${where}: French text`).not.toBe('');
  expect(text.fr, `${where}: the French text is the English one`).not.toBe(text.en);
  const fr = languageScore(text.fr);
  // A short note with no function word ("Niveau NON VÉRIFIÉ.") passes on its accents.
  const accents = fr.english === 0 && /[àâçéèêëîïôûùœ]/i.test(text.fr) ? 1 : 0;
  expect(fr.french + accents, `${where}: French text reads as English: ${text.fr}`).toBeGreaterThan(fr.english);
  const en = languageScore(text.en);
  expect(en.english, `${where}: English text reads as French: ${text.en}`).toBeGreaterThanOrEqual(en.french);
}

const packs: readonly RulePack[] = [
  ...builtinPacks,
  // The host-limit rules are built in too (options.policy, preference events).
  { id: 'policy', jurisdiction: '', calendarCountry: '', countries: [], locate: () => undefined, sanctions: [], rules: [...policyRules({ budgets: [{ count: 1, per: 'P1D', channels: ['voice'] }], excluded: [], preferred: [] }), ...preferenceRules, litigatorRule] },
];

describe('the registry of reason codes', () => {
  it('holds every code of every built-in rule, each defined once (one object per code)', () => {
    const registry = reasonRegistry(packs);
    let codes = 0;
    for (const p of packs) {
      for (const rule of p.rules) {
        expect(rule.reasons, `${rule.id} is written with defineRule`).toBeDefined();
        expect(Object.keys(rule.messages).sort(), rule.id).toEqual(rule.reasons!.map((r) => r.code).sort());
        for (const r of rule.reasons!) {
          expect(registry.get(r.code)!.reason, r.code).toBe(r);
          codes++;
        }
      }
    }
    expect(registry.size).toBeGreaterThan(90);
    expect(codes).toBeGreaterThanOrEqual(registry.size);
  });

  it("prefixes each code with its pack's id", () => {
    for (const [code, { pack }] of reasonRegistry(packs)) {
      expect(code.startsWith(`${pack}.`) || (pack === 'policy' && /^(policy|consumer)\./.test(code)), code).toBe(true);
    }
  });

  it('describes every fact of each example, and renders the example in both languages', () => {
    for (const [code, { reason }] of reasonRegistry(packs)) {
      for (const key of Object.keys(reason.example)) expect(reason.facts, `${code}: fact '${key}' has no meaning`).toHaveProperty(key);
      for (const meaning of Object.values(reason.facts as Record<string, string>)) expect(meaning.trim(), code).not.toBe('');
      const text = reason.message(reason.example);
      for (const s of [text.en, text.fr]) expect(s, code).not.toMatch(/undefined|NaN|\[object Object\]/);
      expectBothLanguages(text, `${code} message`);
    }
  });
});

describe('both languages in every text of the built-in packs', () => {
  it.each(packs.map((p) => [p.id, p] as const))('%s: statements, readings, unverified notes and history', (_, p) => {
    expectBothLanguages(p.history, `${p.id} history`);
    for (const rule of p.rules) {
      expectBothLanguages(rule.statement, `${rule.id} statement`);
      expectBothLanguages(rule.reading, `${rule.id} reading`);
      expectBothLanguages(rule.unverified, `${rule.id} unverified`);
    }
  });
});

describe('the language check itself', () => {
  it('tells French from English, and ignores quotations', () => {
    expect(languageScore('Le consommateur a refusé l\'appel de cet annonceur.').french).toBeGreaterThan(0);
    expect(() => expectBothLanguages({ en: 'Calls are not allowed on Sunday.', fr: 'Calls are not allowed on Sunday.' }, 't')).toThrow();
    expect(() => expectBothLanguages({ en: 'No calls before 9:00 a.m.', fr: 'No calls before 9:00 a.m. in the recipient zone.' }, 't')).toThrow();
    expect(() => expectBothLanguages({ en: 'The text says "no calls before 9 a.m.".', fr: 'Le texte dit « no calls before 9 a.m. and not after 8 p.m. ».' }, 't')).not.toThrow();
  });
});
