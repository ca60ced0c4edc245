import { describe, expect, it } from 'vitest';
import { frPack } from 'callgate/fr';

const inForceOn = (c: { inForce: { from: string; until?: string } }, date: string) => c.inForce.from <= date && (c.inForce.until === undefined || date <= c.inForce.until);

describe('the French rule catalogue (law as data with dates)', () => {
  it('gives every rule a unique id, both languages, and an https source for each citation', () => {
    const ids = frPack.rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of frPack.rules) {
      expect(rule.statement.en && rule.statement.fr, rule.id).toBeTruthy();
      expect(rule.reading?.en && rule.reading.fr, rule.id).toBeTruthy();
      expect(rule.citations.length, rule.id).toBeGreaterThan(0);
      for (const c of rule.citations) expect(c.url, rule.id).toMatch(/^https:\/\//);
      if (rule.inForce.until !== undefined) expect(rule.inForce.from <= rule.inForce.until, rule.id).toBe(true);
    }
  });

  it('cites, on the first and last day of every rule, at least one text in force that day', () => {
    for (const rule of frPack.rules) {
      for (const day of [rule.inForce.from, rule.inForce.until ?? '2030-12-31']) {
        expect(rule.citations.some((c) => inForceOn(c, day)), `${rule.id} on ${day}`).toBe(true);
      }
    }
  });

  it('hands over from one text version to the next without gap or overlap (opposition list, objection, press, caller ID)', () => {
    for (const family of ['fr.opposition.', 'fr.objection.', 'fr.press.', 'fr.caller-id.withheld.']) {
      const versions = frPack.rules.filter((r) => r.id.startsWith(family)).sort((a, b) => a.inForce.from.localeCompare(b.inForce.from));
      expect(versions.length, family).toBeGreaterThan(1);
      for (let i = 1; i < versions.length; i++) {
        const prev = new Date(`${versions[i - 1]!.inForce.until}T00:00:00Z`);
        prev.setUTCDate(prev.getUTCDate() + 1);
        expect(prev.toISOString().slice(0, 10), versions[i]!.id).toBe(versions[i]!.inForce.from);
      }
    }
  });
});
