/**
 * The built package, as users run it: benchmarks import callgate from dist/ (built by `npm run
 * bench*` first), not the sources through tsx, whose keepNames wraps every closure and overstated
 * costs 2–3.5×. Typed from the sources' declarations; loaded at run time from dist.
 */
type Root = typeof import('../src/index.js');
type Fr = typeof import('../src/fr.js');
type Postgres = typeof import('../src/postgres.js');

const load = async <T>(file: string): Promise<T> => (await import(new URL(`../dist/${file}`, import.meta.url).href)) as T;

export const callgate = await load<Root>('index.js');
export const fr = await load<Fr>('fr.js');
export const postgres = async (): Promise<Postgres> => load<Postgres>('postgres.js');
