// The catalogues of the EU member-state packs: law as data, each rule with its verification tag.
import { describe, expect, it } from 'vitest';
import { dePack } from 'callgate/de';
import { esPack } from 'callgate/es';
import { itPack } from 'callgate/it';
import { nlPack } from 'callgate/nl';
import { tagOf } from './eu-support.js';

const inForceOn = (c: { inForce: { from: string; until?: string } }, date: string) => c.inForce.from <= date && (c.inForce.until === undefined || date <= c.inForce.until);

describe.each([dePack, esPack, nlPack, itPack])('the $id rule catalogue', (pack) => {
  it('gives every rule a unique id under the pack prefix, both languages, a verification tag and https sources', () => {
    const ids = pack.rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of pack.rules) {
      expect(rule.id.startsWith(`${pack.id}.`), rule.id).toBe(true);
      expect(rule.statement.en && rule.statement.fr && rule.reading?.en && rule.reading.fr, rule.id).toBeTruthy();
      expect(tagOf(rule.unverified), rule.id).not.toBeNull();
      expect(rule.unverified!.fr, rule.id).toMatch(/^Niveau /);
      for (const c of rule.citations) expect(c.url, rule.id).toMatch(/^https:\/\//);
      for (const code of Object.keys(rule.messages)) expect(code.startsWith(`${pack.id}.`), code).toBe(true);
    }
  });

  it('cites, on the first and last day of every rule, a text in force that day, and a sanction beside every rule or the pack', () => {
    for (const rule of pack.rules) {
      for (const day of [rule.inForce.from, rule.inForce.until ?? '2030-12-31']) {
        expect(rule.citations.some((c) => inForceOn(c, day)), `${rule.id} on ${day}`).toBe(true);
      }
      for (const s of rule.sanctions ?? pack.sanctions) expect(s.role, rule.id).toBe('sanction');
    }
    expect(pack.sanctions.length).toBeGreaterThan(0);
  });

  it('renders every message in English and French without placeholders left', () => {
    const facts = new Proxy({}, { get: (_t, k) => (k === 'weekday' ? 6 : `<${String(k)}>`) }) as Record<string, unknown>;
    for (const rule of pack.rules) {
      for (const [code, message] of Object.entries(rule.messages)) {
        const text = message(facts);
        expect(text.en.length, code).toBeGreaterThan(10);
        expect(text.fr, code).not.toBe(text.en);
        expect(`${text.en} ${text.fr}`, code).not.toMatch(/undefined|\$\{/);
      }
    }
  });
});

describe('dated versions hand over without gap or overlap', () => {
  it.each(['de.consent.', 'de.prerecorded.', 'de.caller-id.withheld.', 'es.consent.'])('%s', (family) => {
    const versions = [...dePack.rules, ...esPack.rules].filter((r) => r.id.startsWith(family) && /\d{4}$/.test(r.id)).sort((a, b) => a.inForce.from.localeCompare(b.inForce.from));
    expect(versions.length, family).toBeGreaterThan(1);
    for (let i = 1; i < versions.length; i++) {
      const prev = new Date(`${versions[i - 1]!.inForce.until}T00:00:00Z`);
      prev.setUTCDate(prev.getUTCDate() + 1);
      expect(prev.toISOString().slice(0, 10), versions[i]!.id).toBe(versions[i]!.inForce.from);
    }
  });
});
