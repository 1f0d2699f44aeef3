import type { Messages } from './messages-types.js';

/**
 * Catalogues loaded on demand, by language subtag. Empty here: in Node, the npm package and the classic script
 * every catalogue is inline (messages.ts imports them). The ES module browser bundle replaces this module with one
 * that imports Spanish dynamically (see scripts/build-bundle.mjs), so its first download carries English only.
 */
export const lazyCatalogues: Record<string, () => Promise<Messages>> = {};
