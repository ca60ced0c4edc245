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
 * @throws TypeError if the number is not a valid phone number or the secret is too short
 *
 * @example
 * ```ts
 * const gate = createGate({ store, key: (e164) => recipientKey(e164, process.env.CALLGATE_SECRET!) });
 * ```
 */
export function recipientKey(number: string, secret: string | Uint8Array): string {
  const parsed = typeof number === 'string' ? parseNumber(number) : null;
  if (!parsed) throw new TypeError(`recipientKey: '${String(number).slice(0, 40)}' is not a valid phone number (E.164, or French national digits)`);
  const bytes = typeof secret === 'string' ? Buffer.byteLength(secret, 'utf8') : secret instanceof Uint8Array ? secret.byteLength : 0;
  if (bytes < MIN_SECRET_BYTES) {
    throw new TypeError(`recipientKey: the secret must be a string or bytes of at least ${MIN_SECRET_BYTES} bytes (32 random bytes recommended)`);
  }
  return createHmac('sha256', secret).update(parsed.e164, 'utf8').digest('base64url');
}
