#!/usr/bin/env node
// Draws the add-in's icons (a green rounded square with a white check mark) pixel by pixel and
// writes them as PNGs with zlib: no image tools, no network, byte-for-byte reproducible.
// Sizes: 16/32/80 for the ribbon buttons and group, 32/64 for IconUrl/HighResolutionIconUrl.
//
//   node assets/icons/make-icons.js          writes assets/icons/icon-{16,32,64,80}.png

'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SIZES = [16, 32, 64, 80];
const BACKGROUND = [0x1e, 0x7a, 0x4c]; // a deep green, readable on light and dark ribbons
const MARK = [0xff, 0xff, 0xff];
const SUPERSAMPLE = 4; // 4x4 samples per pixel for smooth edges

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Distance from point p to segment a-b. */
function segmentDistance(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Coverage of the shape at a point in unit coordinates: 0 outside, 1 background, 2 mark. */
function sample(x, y, size) {
  const r = 0.18; // corner radius
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if (Math.hypot(x - cx, y - cy) > r) return 0;
  // Check mark: two strokes, a bit bolder at small sizes so it survives 16 px.
  const width = size <= 16 ? 0.13 : 0.1;
  const d = Math.min(segmentDistance(x, y, 0.24, 0.52, 0.43, 0.71), segmentDistance(x, y, 0.43, 0.71, 0.77, 0.31));
  return d <= width / 2 ? 2 : 1;
}

function render(size) {
  const rows = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0 (None), then RGBA
    for (let px = 0; px < size; px++) {
      let bg = 0;
      let mark = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++)
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const s = sample((px + (sx + 0.5) / SUPERSAMPLE) / size, (py + (sy + 0.5) / SUPERSAMPLE) / size, size);
          if (s === 1) bg++;
          else if (s === 2) mark++;
        }
      const n = SUPERSAMPLE * SUPERSAMPLE;
      const covered = bg + mark;
      const o = 1 + px * 4;
      if (covered > 0) {
        for (let i = 0; i < 3; i++) row[o + i] = Math.round((BACKGROUND[i] * bg + MARK[i] * mark) / covered);
      }
      row[o + 3] = Math.round((255 * covered) / n);
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  ihdr[10] = 0; // compression
  ihdr[11] = 0; // filter
  ihdr[12] = 0; // no interlace
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const idat = zlib.deflateSync(Buffer.concat(rows), { level: 9 });
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', idat), chunk('IEND', Buffer.alloc(0))]);
}

function iconPath(size) {
  return path.join(__dirname, `icon-${size}.png`);
}

module.exports = { SIZES, render, iconPath };

if (require.main === module) {
  for (const size of SIZES) {
    fs.writeFileSync(iconPath(size), render(size));
    console.log(`wrote ${path.relative(process.cwd(), iconPath(size))}`);
  }
}
