/**
 * fast-check arbitraries for hosts' own property tests: numbers per territory, instants around the
 * legal windows and holidays, histories and attempts. Requires `fast-check` (a peer dependency).
 * One arbitrary per file (src/testing/), as fast-check does; this entry re-exports them all.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { evaluate } from 'callgate';
 * import { attempt, history } from 'callgate/testing';
 *
 * fc.assert(fc.property(attempt(), history(), (a, h) => {
 *   const d = evaluate(a, h);
 *   return d.allowed === (d.reasons.length === 0);
 * }));
 * ```
 * @packageDocumentation
 */
export { advertiser } from './testing/advertiser.js';
export { channel } from './testing/channel.js';
export { attempt } from './testing/attempt.js';
export { event } from './testing/event.js';
export { FRENCH_NUMBER_TEMPLATES, frenchNumber, type Territory } from './testing/french-number.js';
export { history } from './testing/history.js';
export { instant } from './testing/instant.js';
export { invalidNumber } from './testing/invalid-number.js';
export { US_WINDOW_EDGES, usAttempt } from './testing/us-attempt.js';
export { usEvent } from './testing/us-event.js';
export { usHistory } from './testing/us-history.js';
export { US_AREA_CODE_SAMPLE, usNumber } from './testing/us-number.js';
