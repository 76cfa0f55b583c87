// Reading what `npm run package` wrote, independently of how it was written: zip entries with
// yauzl, and a CRX3 file parsed by hand from Chromium's format (components/crx_file/crx3.proto):
//   "Cr24" · uint32le 3 · uint32le header size · CrxFileHeader · zip
//   CrxFileHeader { repeated AsymmetricKeyProof sha256_with_rsa = 2; bytes signed_header_data = 10000; }
//   AsymmetricKeyProof { bytes public_key = 1; bytes signature = 2; }   SignedData { bytes crx_id = 1; }
// The signature covers "CRX3 SignedData\0" · uint32le size of signed_header_data · signed_header_data · zip.
import { verify } from 'node:crypto';
import yauzl from 'yauzl';

/** Every file in a zip: Map name → Buffer. */
export function unzip(buffer) {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      const files = new Map();
      zip.on('error', reject);
      zip.on('end', () => resolve(files));
      zip.on('entry', (entry) => {
        if (entry.fileName.endsWith('/')) return zip.readEntry();
        zip.openReadStream(entry, (err, stream) => {
          if (err) return reject(err);
          const chunks = [];
          stream.on('data', (c) => chunks.push(c)).on('error', reject).on('end', () => {
            files.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}

/** The fields of a protobuf message: Map field number → [values] (varints as numbers, bytes as Buffers). */
function protoFields(buffer) {
  const fields = new Map();
  let at = 0;
  const varint = () => {
    let value = 0;
    let shift = 0;
    for (;;) {
      const byte = buffer[at++];
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
      shift += 7;
    }
  };
  while (at < buffer.length) {
    const tag = varint();
    const wire = tag & 7;
    let value;
    if (wire === 0) value = varint();
    else if (wire === 2) {
      const length = varint();
      value = buffer.subarray(at, at + length);
      at += length;
    } else throw new Error(`unexpected wire type ${wire}`);
    const field = Math.floor(tag / 8);
    fields.set(field, [...(fields.get(field) ?? []), value]);
  }
  return fields;
}

/**
 * Parses a CRX3 file and checks each RSA signature over its zip.
 * @returns {{crxId: Buffer, proofs: Array<{publicKey: Buffer, verified: boolean}>, zip: Buffer}}
 */
export function readCrx3(buffer) {
  if (buffer.subarray(0, 4).toString('latin1') !== 'Cr24') throw new Error('not a CRX file (no "Cr24")');
  if (buffer.readUInt32LE(4) !== 3) throw new Error(`CRX version ${buffer.readUInt32LE(4)}, not 3`);
  const headerSize = buffer.readUInt32LE(8);
  const header = protoFields(buffer.subarray(12, 12 + headerSize));
  const zip = buffer.subarray(12 + headerSize);
  const signedHeaderData = header.get(10000)?.[0];
  if (!signedHeaderData) throw new Error('no signed_header_data');
  const crxId = protoFields(signedHeaderData).get(1)?.[0];
  const size = Buffer.alloc(4);
  size.writeUInt32LE(signedHeaderData.length);
  const signed = Buffer.concat([Buffer.from('CRX3 SignedData\x00', 'latin1'), size, signedHeaderData, zip]);
  const proofs = (header.get(2) ?? []).map((proof) => {
    const f = protoFields(proof);
    const publicKey = f.get(1)[0];
    const signature = f.get(2)[0];
    return { publicKey, verified: verify('sha256', signed, { key: publicKey, format: 'der', type: 'spki' }, signature) };
  });
  return { crxId, proofs, zip };
}
