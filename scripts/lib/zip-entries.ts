// Reads the files inside a .zip (Netlify ships its functions as deflated zips): a secret inside a
// compressed entry is invisible to a byte search of the archive. Only what zip tools write for
// function bundles (stored and deflate, no zip64, no encryption); anything else throws, so an
// archive that cannot be read fails the scan instead of passing it unread.
import { inflateRawSync } from 'node:zlib';

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;

export function isZip(content: Buffer): boolean {
  return content.length >= 22 && content.readUInt32LE(0) === LOCAL_FILE_HEADER;
}

export function zipEntries(zip: Buffer): { name: string; content: Buffer }[] {
  // The end record is in the last 22 bytes plus an optional comment of up to 65535 bytes.
  let end = -1;
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (zip.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new Error('not a readable zip: no end of central directory');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  if (count === 0xffff || at === 0xffffffff) throw new Error('zip64 archives are not supported');

  const entries: { name: string; content: Buffer }[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== CENTRAL_FILE_HEADER) throw new Error('not a readable zip: bad central directory');
    const flags = zip.readUInt16LE(at + 8);
    const method = zip.readUInt16LE(at + 10);
    const compressedSize = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const next = at + 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const local = zip.readUInt32LE(at + 42);
    at = next;
    if (name.endsWith('/')) continue; // a folder
    if (flags & 1) throw new Error(`zip entry ${name} is encrypted`);
    if (zip.readUInt32LE(local) !== LOCAL_FILE_HEADER) throw new Error(`zip entry ${name}: bad local header`);
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(dataStart, dataStart + compressedSize);
    if (method === 0) entries.push({ name, content: data });
    else if (method === 8) entries.push({ name, content: inflateRawSync(data) });
    else throw new Error(`zip entry ${name} uses compression method ${method}`);
  }
  return entries;
}
