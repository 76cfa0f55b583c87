/**
 * The records bundle's libphonenumber (build.mjs resolves `libphonenumber-js`,
 * `libphonenumber-js/core` and the phone module's `./metadata` here for content-records.js only):
 * each call goes to the copy the main content script lends (borrowed-libphonenumber-api.ts), with
 * its metadata, whatever metadata the caller passed.
 */
import { lentLibphonenumber } from './borrowed-libphonenumber-api';

type Parse = ReturnType<typeof lentLibphonenumber>['parsePhoneNumberFromString'];

export function parsePhoneNumberFromString(text: string, options?: Parameters<Parse>[1]): ReturnType<Parse> {
  const lent = lentLibphonenumber();
  return lent.parsePhoneNumberFromString(text, options ?? {}, lent.metadata as Parameters<Parse>[2]);
}

export function isSupportedCountry(code: string): boolean {
  return lentLibphonenumber().isSupportedCountry(code);
}

/** The metadata as the phone module reads it (`metadata.countries[…]`), looked up at each use. */
const metadata: object = new Proxy({}, { get: (_target, key) => Reflect.get(lentLibphonenumber().metadata, key) });
export default metadata;
