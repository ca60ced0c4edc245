/**
 * Pseudonymised recipient keys: a history store that never holds a raw phone number.
 *
 * A plain hash is not enough: there are only about 10⁹ French numbers, so anyone holding the
 * table could hash them all in minutes and read the numbers back. A keyed hash (HMAC) cannot be
 * reversed that way without the secret, which the host keeps outside the database (GDPR art. 4(5)
 * and 32: pseudonymisation keeps "additional information" separately).
 */
import { createHmac } from 'node:crypto';
import { parseNumber } from '../phone/number.js';

/** Shortest secret accepted, in bytes: below 128 bits the secret itself could be guessed. */
const MIN_SECRET_BYTES = 16;

/**
 * The pseudonymous key of a phone number: HMAC-SHA-256 of its E.164 form under `secret`,
 * base64url (43 characters). The same number written `0612345678` or `+33 6 12 34 56 78` gets the
 * same key.
 *
 * Trade-offs: the store holds no raw numbers, but you need the secret to look a number up;
 * rotating the secret makes every stored history unreachable (re-key the table, or start afresh
 * and keep the old secret until the old rows are pruned); and each number is its own history, so
 * merging the numbers of one person is the host's job (pass your own `key` to `createGate`).
 *
 * @param number the recipient number, E.164 or French national digits
 * @param secret at least 16 bytes; 32 random bytes recommended (`crypto.randomBytes(32)`)
 * @throws TypeError if the number is not a valid phone number (the number is not quoted in the
 *   message), or the secret is too short or trivially weak (one or a few repeated bytes)
 *
 * @example
 * ```ts
 * const gate = createGate({ store, key: (e164) => recipientKey(e164, process.env.CALLGATE_SECRET!) });
 * ```
 */
export function recipientKey(number: string, secret: string | Uint8Array): string {
  const parsed = typeof number === 'string' ? parseNumber(number) : null;
  // The number is not quoted: whoever keys numbers does not want them in logs.
  if (!parsed) throw new TypeError('recipientKey: the number is not a valid phone number (E.164, or French national digits)');
  const weak = weakness(secret);
  if (weak !== null) throw new TypeError(`recipientKey: the secret ${weak} (32 random bytes recommended: crypto.randomBytes(32))`);
  return createHmac('sha256', secret).update(parsed.e164, 'utf8').digest('base64url');
}

/** Fewest distinct byte values a secret must have: a secret of one or two repeated bytes is a placeholder, not a key. */
const MIN_DISTINCT_BYTES = 4;

/** Why a secret is too weak to key numbers with, or null. */
function weakness(secret: unknown): string | null {
  const bytes = typeof secret === 'string' ? Buffer.from(secret, 'utf8') : secret instanceof Uint8Array ? secret : null;
  if (bytes === null) return 'must be a string or bytes';
  if (bytes.byteLength < MIN_SECRET_BYTES) return `must be at least ${MIN_SECRET_BYTES} bytes`;
  if (new Set(bytes).size < MIN_DISTINCT_BYTES) return `is trivially weak (fewer than ${MIN_DISTINCT_BYTES} distinct byte values, e.g. all zeros)`;
  return null;
}
