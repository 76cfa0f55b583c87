/**
 * The background's last check before a number reaches the phone: valid in libphonenumber's full
 * ("max") metadata, which knows each country's real number ranges. The pages read numbers with
 * the small metadata, which only knows lengths: `+81 3-0123-4567` passes there and is no number
 * in Japan. The worker's bundle size does not matter; a wrong call does.
 */
import { isValidPhoneNumber } from 'libphonenumber-js/max';

export function isDialable(e164: string): boolean {
  try {
    return isValidPhoneNumber(e164);
  } catch {
    return false;
  }
}
