/** Advertiser names that collide (arbitrary). */
import fc from 'fast-check';

/** A small set of advertiser names, so that histories collide with attempts. */
export function advertiser(): fc.Arbitrary<string> {
  return fc.constantFrom('acme', 'globex', 'initech');
}
