// The copy of a workbook handed to exceljs on the web page (for the grid view and for edits).
// exceljs expands a data validation into one entry per cell and a <col> range into one column
// object per column: a template with drop-down lists on whole columns (common) takes it half a
// minute and gigabytes, and freezes the page. Here those ranges are clamped to what the sheet uses
// (plus a margin) before exceljs sees them; every other part is copied byte for byte. The user's
// file is untouched: the annotated download patches the original bytes (annotate-package.ts).

import { parseRange, toA1 } from '../../core/grid/address';
import type { SheetGrid } from '../../io/xlsx-read';
import { openPackage, webInflate, Inflate } from '../../io/xlsx-read';
import { crc32, entryData, writeZip, ZipWriteEntry } from '../../io/zip';

/** Rows and columns kept beyond the last used ones, so validations on new rows still work. */
const MARGIN_ROWS = 1_000;
const MARGIN_COLS = 50;
/** Ranges up to this many cells are left as they are. */
const SMALL = 100_000;

export function clampSqref(sqref: string, lastRow: number, lastCol: number): string {
  return sqref
    .split(/\s+/)
    .filter(Boolean)
    .map((ref) => {
      let r;
      try {
        r = parseRange(/^[A-Za-z]+:[A-Za-z]+$/.test(ref) ? ref.replace(/^([A-Za-z]+):([A-Za-z]+)$/, '$11:$21048576') : /^\d+:\d+$/.test(ref) ? ref.replace(/^(\d+):(\d+)$/, 'A$1:XFD$2') : ref);
      } catch {
        return ref;
      }
      if ((r.bottom - r.top + 1) * (r.right - r.left + 1) <= SMALL) return ref;
      const bottom = Math.max(r.top, Math.min(r.bottom, lastRow - 1 + MARGIN_ROWS));
      const right = Math.max(r.left, Math.min(r.right, lastCol - 1 + MARGIN_COLS));
      return `${toA1(r.top, r.left)}:${toA1(bottom, right)}`;
    })
    .join(' ');
}

function clampSheetXml(xml: string, lastRow: number, lastCol: number): string {
  let out = xml.replace(/(<(?:\w+:)?dataValidation\b[^>]*?\ssqref\s*=\s*")([^"]*)(")/g, (_all, a: string, sqref: string, z: string) => a + clampSqref(sqref, lastRow, lastCol) + z);
  out = out.replace(/(<(?:\w+:)?col\b[^>]*?\smax\s*=\s*")(\d+)(")/g, (_all, a: string, max: string, z: string) => a + String(Math.min(Number(max), 16_384)) + z);
  return out;
}

export async function viewerCopy(bytes: Uint8Array, sheets: readonly SheetGrid[], inflate: Inflate = webInflate): Promise<Uint8Array> {
  const pkg = openPackage(bytes);
  let lastRow = 0;
  let lastCol = 0;
  for (const s of sheets) {
    lastRow = Math.max(lastRow, s.grid.values.length);
    for (const row of s.grid.values) lastCol = Math.max(lastCol, row.length);
  }
  let changed = false;
  const out: ZipWriteEntry[] = [];
  for (const e of pkg.entries) {
    const data = entryData(bytes, e)!;
    const copy: ZipWriteEntry = { name: e.name, flags: e.flags, method: e.method === 8 ? 8 : 0, crc: e.crc, compressed: data, uncompressedSize: e.uncompressedSize };
    if (!/worksheets\/[^/]+\.xml$/i.test(e.name) || !data) {
      out.push(copy);
      continue;
    }
    let raw: Uint8Array;
    if (e.method === 8) {
      const chunks: Uint8Array[] = [];
      for await (const c of inflate(data, Math.max(1, e.uncompressedSize))) chunks.push(c);
      raw = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
      let at = 0;
      for (const c of chunks) {
        raw.set(c, at);
        at += c.length;
      }
    } else raw = data;
    const xml = new TextDecoder().decode(raw);
    if (!/<(?:\w+:)?(dataValidation|col)\b/.test(xml)) {
      out.push(copy);
      continue;
    }
    const clamped = clampSheetXml(xml, lastRow, lastCol);
    if (clamped === xml) {
      out.push(copy);
      continue;
    }
    changed = true;
    const enc = new TextEncoder().encode(clamped);
    out.push({ name: e.name, flags: e.flags, method: 0, crc: crc32(enc), compressed: enc, uncompressedSize: enc.length });
  }
  return changed ? writeZip(out) : bytes;
}
