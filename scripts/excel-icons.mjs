// The Excel add-in's icons, drawn here (no artwork copied): PNGs of 16/32/64/80 px for the app (a
// sales funnel), set-up (a table grid) and forms (a form with lines). Pure Node (zlib for PNG).
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** A PNG (RGBA) of `size`×`size` from `pixel(x, y) → [r, g, b, a]` with x, y in 0…1 (pixel centres). */
export function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      // 4×4 supersampling for smooth edges
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < 4; sy++) for (let sx = 0; sx < 4; sx++) {
        const p = pixel((x + (sx + 0.5) / 4) / size, (y + (sy + 0.5) / 4) / size);
        r += p[0] * p[3]; g += p[1] * p[3]; b += p[2] * p[3]; a += p[3];
      }
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = a ? Math.round(r / a) : 0;
      raw[o + 1] = a ? Math.round(g / a) : 0;
      raw[o + 2] = a ? Math.round(b / a) : 0;
      raw[o + 3] = Math.round(a / 16);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

const CLEAR = [0, 0, 0, 0];
const GREEN = [33, 115, 70, 255]; // Excel-like green
const WHITE = [255, 255, 255, 255];
const GOLD = [241, 194, 50, 255];

function rounded(x, y, r = 0.16) {
  const cx = Math.min(Math.max(x, r), 1 - r), cy = Math.min(Math.max(y, r), 1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

const SHAPES = {
  /** A funnel of four bands narrowing downwards. */
  app(x, y) {
    if (!rounded(x, y)) return CLEAR;
    const bands = [[0.18, 0.34, 0.36], [0.38, 0.52, 0.27], [0.56, 0.7, 0.18], [0.74, 0.86, 0.09]];
    for (const [top, bottom, half] of bands) if (y >= top && y <= bottom && Math.abs(x - 0.5) <= half) return top === 0.74 ? GOLD : WHITE;
    return GREEN;
  },
  /** A table: header bar and a 3×3 grid. */
  setup(x, y) {
    if (!rounded(x, y)) return CLEAR;
    if (x < 0.16 || x > 0.84 || y < 0.18 || y > 0.84) return GREEN;
    if (y < 0.36) return GOLD;
    const gx = (x - 0.16) / 0.68, gy = (y - 0.36) / 0.48;
    const line = 0.07;
    if (gx % (1 / 3) < line || gy % (1 / 3) < line) return GREEN;
    return WHITE;
  },
  /** A form: a white sheet with three lines and a tick box. */
  form(x, y) {
    if (!rounded(x, y)) return CLEAR;
    if (x < 0.22 || x > 0.78 || y < 0.14 || y > 0.86) return GREEN;
    for (const ly of [0.3, 0.46, 0.62]) if (y > ly && y < ly + 0.07 && x > 0.32 && x < 0.68) return GREEN;
    if (y > 0.72 && y < 0.8 && x > 0.32 && x < 0.42) return GOLD;
    return WHITE;
  },
};

export const ICON_SIZES = [16, 32, 64, 80];
export const ICON_KINDS = Object.keys(SHAPES);

/** Every icon as { file: 'app-32.png', data: Buffer }. */
export function icons() {
  return ICON_KINDS.flatMap((k) => ICON_SIZES.map((s) => ({ file: `${k}-${s}.png`, data: png(s, SHAPES[k]) })));
}
