// The layers of src/ (docs/encoding-the-law.md): each module imports only from its own layer or
// lower ones, and no two modules import each other, even for types. Lowest first:
//   time, phone  ←  core  ←  law, preferences  ←  settings, evaluate, plan, opt-out  ←  store  ←  adapters
//   ←  cli, serve  ←  entry files (index, fr, us, …, testing, postgres, cli)
// The CLI, like any host, may import the public entry `index.ts`; nothing else imports an entry.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('../src', import.meta.url));
const LAYERS: Record<string, number> = {
  time: 0, phone: 0, core: 1, law: 2, preferences: 2, 'settings.ts': 3, 'evaluate.ts': 3, 'plan.ts': 3, 'opt-out.ts': 3,
  store: 4, adapters: 5, cli: 6, serve: 6,
};
const ENTRY = 7;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}
const all = files(src);
const rel = (p: string) => relative(src, p);
const layerOf = (p: string) => LAYERS[rel(p).split('/')[0]!] ?? ENTRY;
/** Relative imports of a module (values and types), resolved to files. */
const importsOf = (p: string): string[] =>
  [...readFileSync(p, 'utf8').matchAll(/^(?:import|export)[^'"]*from '(\.[^']+)'/gm)].map((m) => resolve(dirname(p), m[1]!.replace(/\.js$/, '.ts')));
const graph = new Map(all.map((p) => [p, importsOf(p)]));

describe('architecture of src/', () => {
  it('sees every module of src/ and resolves every relative import to one', () => {
    expect(all.length).toBeGreaterThan(50);
    for (const [p, deps] of graph) for (const d of deps) expect(graph.has(d), `${rel(p)} imports ${rel(d)}`).toBe(true);
  });

  it('no module imports a higher layer', () => {
    const up: string[] = [];
    for (const [p, deps] of graph) {
      for (const d of deps) {
        const allowed = layerOf(d) <= layerOf(p) || (rel(p).startsWith('cli/') && rel(d) === 'index.ts');
        if (!allowed) up.push(`${rel(p)} → ${rel(d)}`);
      }
    }
    expect(up).toEqual([]);
  });

  it('storage and adapters read the law only through the packs the engine is given, never a pack module', () => {
    const direct = [...graph].flatMap(([p, deps]) =>
      /^(store|adapters)\//.test(rel(p)) ? deps.filter((d) => rel(d).startsWith('law/')).map((d) => `${rel(p)} → ${rel(d)}`) : []);
    expect(direct).toEqual([]);
  });

  it('has no import cycle, type-only imports included', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    const visit = (p: string) => {
      state.set(p, 'open');
      stack.push(p);
      for (const d of graph.get(p) ?? []) {
        if (state.get(d) === 'open') cycles.push([...stack.slice(stack.indexOf(d)), d].map(rel).join(' → '));
        else if (!state.has(d)) visit(d);
      }
      stack.pop();
      state.set(p, 'done');
    };
    for (const p of all) if (!state.has(p)) visit(p);
    expect(cycles).toEqual([]);
  });
});
