// The README's usage snippet is the quick-start example: every code line of the snippet is in the file.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('README', () => {
  it('shows examples/quick-start.ts as its usage snippet', () => {
    const readme = readFileSync('README.md', 'utf8');
    const example = readFileSync('examples/quick-start.ts', 'utf8');
    const snippet = /## Usage\n\n```ts\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(snippet).toBeDefined();
    const code = snippet!.split('\n').map((l) => l.replace(/\s*\/\/.*$/, '').trim()).filter((l) => l && !l.startsWith('decision.') && !l.startsWith('//'));
    expect(code.length).toBeGreaterThan(8);
    for (const line of code) expect(example).toContain(line);
  });

  it('gives the two commands of a fresh clone near the top', () => {
    const top = readFileSync('README.md', 'utf8').split('\n').slice(0, 30).join('\n');
    expect(top).toMatch(/npm ci && npm run [a-z:]+/);
    expect(top).toContain('npm ci && npm test');
  });
});
