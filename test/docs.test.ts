// The committed rule catalogue is generated from the packs: it must not go stale.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinPacks } from 'callgate';
import { catalogue } from '../scripts/rules-catalogue.js';
import { statusTable } from '../scripts/status-table.js';

describe('docs/rules.md', () => {
  it('is the catalogue generated from the current packs (run `npm run docs` to refresh it)', () => {
    expect(readFileSync('docs/rules.md', 'utf8')).toBe(catalogue());
  });

  it('lists every rule and every code of every built-in pack, each with an official source', () => {
    const text = catalogue();
    for (const pack of builtinPacks) {
      for (const rule of pack.rules) {
        expect(text).toContain(`### \`${rule.id}\``);
        for (const code of Object.keys(rule.messages)) expect(text).toContain(`\`${code}\``);
        expect(rule.citations.length).toBeGreaterThan(0);
        for (const c of rule.citations) expect(c.url).toMatch(/^https?:\/\/[a-z0-9.-]+\//); // some state legislatures serve http only
      }
    }
  });
});

describe('docs/vicidial-statuses.md', () => {
  it('is the table generated from the built-in VICIdial mapping (run `npm run docs` to refresh it)', () => {
    expect(readFileSync('docs/vicidial-statuses.md', 'utf8')).toBe(statusTable());
  });
});
