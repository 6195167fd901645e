/**
 * The program's icon, drawn in code so the repository holds no binary: a white queue ticket with a
 * large number bar on the office's blue (the --accent of packages/ui's theme). electron-builder makes
 * the Windows .ico and the Linux icon sizes from this 512 px PNG.
 */
import { crc32, deflateSync } from 'node:zlib';

type Rgba = readonly [number, number, number, number];

const BLUE: Rgba = [0x0b, 0x5c, 0xad, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const INK: Rgba = [0x14, 0x20, 0x2b, 255];
const CLEAR: Rgba = [0, 0, 0, 0];

/** Inside a rectangle with rounded corners, in units of the icon's side (0…1). */
const roundedRect = (
  x: number,
  y: number,
  left: number,
  top: number,
  right: number,
  bottom: number,
  r: number,
) => {
  const cx = Math.min(Math.max(x, left + r), right - r);
  const cy = Math.min(Math.max(y, top + r), bottom - r);
  return x >= left && x <= right && y >= top && y <= bottom && (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};

function colourAt(x: number, y: number): Rgba {
  if (!roundedRect(x, y, 0.03, 0.03, 0.97, 0.97, 0.18)) return CLEAR;
  // The ticket, with a round notch in each side as a tear-off ticket has.
  const onTicket = roundedRect(x, y, 0.2, 0.14, 0.8, 0.86, 0.04);
  const notch = (x - 0.2) ** 2 + (y - 0.5) ** 2 < 0.06 ** 2 || (x - 0.8) ** 2 + (y - 0.5) ** 2 < 0.06 ** 2;
  if (!onTicket || notch) return BLUE;
  const number = roundedRect(x, y, 0.3, 0.24, 0.7, 0.42, 0.03);
  const dashes = y > 0.495 && y < 0.505 && x > 0.3 && x < 0.7 && Math.floor(x * 40) % 2 === 0;
  const line = (top: number, right: number) => roundedRect(x, y, 0.3, top, right, top + 0.05, 0.02);
  return number || dashes || line(0.58, 0.7) || line(0.68, 0.62) ? INK : WHITE;
}

/**
 * RGBA PNG of `size` × `size` pixels. A pixel whose four corners agree takes that colour; one on an edge
 * is averaged over 4 × 4 samples, so the edges are smooth and the drawing stays quick.
 */
export function renderAppIcon(size = 512): Buffer {
  const samples = 4;
  const corners: Rgba[] = [];
  for (let y = 0; y <= size; y++) for (let x = 0; x <= size; x++) corners.push(colourAt(x / size, y / size));
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let py = 0; py < size; py++) {
    const row = py * (size * 4 + 1);
    raw[row] = 0; // filter: none
    for (let px = 0; px < size; px++) {
      const at = row + 1 + px * 4;
      const corner = corners[py * (size + 1) + px]!;
      const flat = [1, size + 1, size + 2].every((d) => corners[py * (size + 1) + px + d] === corner);
      if (flat) {
        raw.set(corner, at);
        continue;
      }
      let red = 0;
      let green = 0;
      let blue = 0;
      let alpha = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const [r, g, b, a] = colourAt(
            (px + (sx + 0.5) / samples) / size,
            (py + (sy + 0.5) / samples) / size,
          );
          // Premultiplied, so the edge against transparency does not darken.
          red += r * a;
          green += g * a;
          blue += b * a;
          alpha += a;
        }
      }
      const colour = alpha === 0 ? CLEAR : [red / alpha, green / alpha, blue / alpha, alpha / samples ** 2];
      raw.set(colour.map(Math.round), at);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits, RGBA, deflate, filter 0, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}
