declare const __DEV_BUILD__: boolean;

/**
 * True in the development build (`node build.mjs --dev`), used by the demo and the tests: only
 * then may the instance URL point at the simulated instance on 127.0.0.1.
 */
export const IS_DEV_BUILD: boolean = typeof __DEV_BUILD__ !== 'undefined' && __DEV_BUILD__;
