/** A channel (arbitrary). */
import fc from 'fast-check';
import type { Channel } from '../core/types.js';

/** A channel, voice or SMS. */
export const channel = (): fc.Arbitrary<Channel> => fc.constantFrom<Channel>('voice', 'sms');
