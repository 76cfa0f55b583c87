// The extension ID Chromium derives from a public key: the first 16 bytes of SHA-256 over the
// key's DER (SubjectPublicKeyInfo), each hex digit 0–f written as a letter a–p. The same rule
// gives the ID of the manifest `key` and of a CRX3 signed with the matching private key.
import { createHash, createPublicKey } from 'node:crypto';

/** @param {Buffer} spkiDer */
export function extensionIdOfDer(spkiDer) {
  const hex = createHash('sha256').update(spkiDer).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

/** The public key of `key` (a private key in PEM, or a KeyObject) as DER SubjectPublicKeyInfo. */
export function publicKeyDer(key) {
  return createPublicKey(key).export({ type: 'spki', format: 'der' });
}
