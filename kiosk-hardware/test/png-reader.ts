/**
 * Reads back the PNGs our encoder writes (8-bit greyscale, filter 0), checking each chunk's CRC with
 * Node's own zlib.crc32 so that the test does not trust our CRC to check our CRC.
 */
import { crc32, inflateSync } from 'node:zlib';

export interface ReadPng {
  width: number;
  height: number;
  chunkTypes: string[];
  crcValid: boolean;
  pixel(x: number, y: number): number;
}

export function readPng(png: Buffer): ReadPng {
  let offset = 8;
  const chunkTypes: string[] = [];
  let crcValid = true;
  const idat: Buffer[] = [];
  let width = 0;
  let height = 0;
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('ascii', offset + 4, offset + 8);
    const data = png.subarray(offset + 8, offset + 8 + length);
    const crc = png.readUInt32BE(offset + 8 + length);
    crcValid &&= crc32(png.subarray(offset + 4, offset + 8 + length)) === crc;
    chunkTypes.push(type);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
    }
    if (type === 'IDAT') idat.push(data);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  if (raw.length !== (width + 1) * height)
    throw new Error(`scanlines: ${raw.length} bytes for ${width}×${height}`);
  return {
    width,
    height,
    chunkTypes,
    crcValid,
    pixel: (x, y) => raw[y * (width + 1) + 1 + x]!,
  };
}
