/**
 * The Spanish rule pack and its constants, for hosts that pick packs explicitly or display the law.
 * @packageDocumentation
 */
export * from './law/es/index.js';
