// Draws ParcelLens's toolbar icon (a lens over a parcel) at every size the manifest wants, as PNG,
// with no image library: anti-aliased by 4×4 supersampling. Run: node scripts/make-icons.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

// Shapes in a unit square; the last shape containing a point paints it.
const TEAL = [15, 118, 110];
const AMBER = [245, 158, 11];
const WHITE = [255, 255, 255];
function colourAt(x, y) {
  const inRounded = (l, t, r, b, rad) => {
    const cx = Math.min(Math.max(x, l + rad), r - rad);
    const cy = Math.min(Math.max(y, t + rad), b - rad);
    return (x - cx) ** 2 + (y - cy) ** 2 <= rad * rad && x >= l && x <= r && y >= t && y <= b;
  };
  let c = null;
  if (inRounded(0.02, 0.02, 0.98, 0.98, 0.2)) c = TEAL;
  if (inRounded(0.2, 0.3, 0.62, 0.72, 0.05)) c = AMBER; // the parcel
  if (Math.abs(x - 0.41) < 0.03 && y > 0.3 && y < 0.72 && c === AMBER) c = [217, 119, 6]; // its tape
  const d = Math.hypot(x - 0.56, y - 0.44);
  if (d <= 0.27 && d >= 0.19) c = WHITE; // lens ring
  const along = (x - 0.56 + (y - 0.44)) / Math.SQRT2;
  const across = Math.abs(x - 0.56 - (y - 0.44)) / Math.SQRT2;
  if (along > 0.26 && along < 0.46 && across < 0.055) c = WHITE; // handle
  return c;
}

mkdirSync('public/icon', { recursive: true });
for (const size of [16, 32, 48, 96, 128]) {
  const rgba = Buffer.alloc(size * size * 4);
  const S = 4;
  for (let py = 0; py < size; py++)
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < S; sy++)
        for (let sx = 0; sx < S; sx++) {
          const c = colourAt((px + (sx + 0.5) / S) / size, (py + (sy + 0.5) / S) / size);
          if (c) { r += c[0]; g += c[1]; b += c[2]; a += 1; }
        }
      const i = (py * size + px) * 4;
      rgba[i] = a ? r / a : 0; rgba[i + 1] = a ? g / a : 0; rgba[i + 2] = a ? b / a : 0; rgba[i + 3] = (a / (S * S)) * 255;
    }
  writeFileSync(`public/icon/${size}.png`, png(size, rgba));
}
console.log('wrote public/icon/{16,32,48,96,128}.png');
