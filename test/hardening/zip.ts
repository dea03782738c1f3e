// A small zip writer and a bare-bones .xlsx writer for hostile-input tests: fast enough to build a
// 100,000-row sheet in a test, and able to lie in its central directory (zip bombs) or be cut short.
// Only what the tests need: stored and deflated entries, no zip64, no encryption.

import { crc32, deflateRawSync } from 'node:zlib';
import { toA1 } from '../../src/core/grid/address';
import type { ScalarValue } from '../../src/core/grid/grid';

export interface ZipEntry {
  name: string;
  data: Buffer;
  /** Store the bytes as they are (default: deflate). */
  store?: boolean;
  /** Already deflated bytes (data is then the compressed stream). */
  precompressed?: { uncompressedSize: number; crc: number };
  /** Lie about the inflated size in the central directory (and local header). */
  declaredSize?: number;
}

/**
 * `zip64`: write every entry's sizes and offset as 0xFFFFFFFF with the real values in a zip64
 * extra field, and a zip64 end record and locator, as zip tools do for very large packages.
 */
export function zip(entries: ZipEntry[], options: { zip64?: boolean } = {}): Buffer {
  if (options.zip64) return zip64(entries);
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const method = e.store ? 0 : 8;
    const body = e.precompressed ? e.data : e.store ? e.data : deflateRawSync(e.data);
    const crc = e.precompressed ? e.precompressed.crc : crc32(e.data);
    const size = e.declaredSize ?? (e.precompressed ? e.precompressed.uncompressedSize : e.data.length);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(0, 10); // time, date
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, name, body);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(0x0800, 8);
    cd.writeUInt16LE(method, 10);
    cd.writeUInt32LE(0, 12);
    cd.writeUInt32LE(crc >>> 0, 16);
    cd.writeUInt32LE(body.length, 20);
    cd.writeUInt32LE(size >>> 0, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt32LE(offset, 42);
    central.push(cd, name);
    offset += 30 + name.length + body.length;
  }
  const cdSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  // A 16-bit count, wrapped as zip tools without zip64 write it past 65,535 entries.
  end.writeUInt16LE(entries.length & 0xffff, 8);
  end.writeUInt16LE(entries.length & 0xffff, 10);
  end.writeUInt32LE(cdSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...central, end]);
}

// ---- .xlsx -------------------------------------------------------------------------------------

export interface XlsxSheet {
  name: string;
  /** Rows from A1; called row by row so huge sheets never exist as one array. */
  rows: number | ScalarValue[][];
  row?: (r: number) => ScalarValue[];
  merges?: string[];
  /** A1 -> { formula, result } or an error code. */
  formulas?: Record<string, string>;
  errors?: Record<string, string>;
  /** Raw XML before <sheetData> (e.g. <cols>), and after the merges (e.g. <dataValidations>). */
  head?: string;
  tail?: string;
  /** Raw <row> elements appended inside <sheetData>, produced lazily in chunks. */
  extraRows?: () => Iterable<string>;
}

const esc = (s: string) =>
  s
    // XML 1.0 cannot carry most control characters; Excel writes them as _xHHHH_.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, (c) => `_x${c.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}_`)
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');

function cellXml(a1: string, v: ScalarValue, formula?: string, error?: string): string {
  const f = formula ? `<f>${esc(formula.replace(/^=/, ''))}</f>` : '';
  if (error) return `<c r="${a1}" t="e">${f}<v>${esc(error)}</v></c>`;
  if (v === null) return f ? `<c r="${a1}">${f}</c>` : '';
  if (typeof v === 'number') return `<c r="${a1}">${f}<v>${v}</v></c>`;
  if (typeof v === 'boolean') return `<c r="${a1}" t="b">${f}<v>${v ? 1 : 0}</v></c>`;
  if (f) return `<c r="${a1}" t="str">${f}<v>${esc(v)}</v></c>`;
  return `<c r="${a1}" t="inlineStr"><is><t xml:space="preserve">${esc(v)}</t></is></c>`;
}

function sheetXml(sheet: XlsxSheet): Buffer {
  const parts: Buffer[] = [Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${sheet.head ?? ''}<sheetData>`)];
  const count = typeof sheet.rows === 'number' ? sheet.rows : sheet.rows.length;
  const rowAt = typeof sheet.rows === 'number' ? sheet.row! : (r: number) => (sheet.rows as ScalarValue[][])[r];
  let chunk = '';
  for (let r = 0; r < count; r++) {
    const row = rowAt(r) ?? [];
    let cells = '';
    for (let c = 0; c < row.length; c++) {
      const a1 = toA1(r, c);
      cells += cellXml(a1, row[c] ?? null, sheet.formulas?.[a1], sheet.errors?.[a1]);
    }
    if (cells) chunk += `<row r="${r + 1}">${cells}</row>`;
    if (chunk.length > 1 << 20) {
      parts.push(Buffer.from(chunk, 'utf8'));
      chunk = '';
    }
  }
  parts.push(Buffer.from(chunk, 'utf8'));
  if (sheet.extraRows) for (const piece of sheet.extraRows()) parts.push(Buffer.from(piece, 'utf8'));
  const merges = sheet.merges?.length ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>` : '';
  parts.push(Buffer.from(`</sheetData>${merges}${sheet.tail ?? ''}</worksheet>`));
  return Buffer.concat(parts);
}

export function xlsxEntries(sheets: XlsxSheet[]): ZipEntry[] {
  const x = (s: string) => Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${s}`, 'utf8');
  return [
    {
      name: '[Content_Types].xml',
      data: x(
        `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets
          .map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`)
          .join('')}</Types>`,
      ),
    },
    {
      name: '_rels/.rels',
      data: x(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    },
    {
      name: 'xl/workbook.xml',
      data: x(
        `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets
          .map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
          .join('')}</sheets></workbook>`,
      ),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: x(
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
          .map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
          .join('')}</Relationships>`,
      ),
    },
    ...sheets.map((s, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: sheetXml(s) })),
  ];
}

export function xlsx(sheets: XlsxSheet[]): Buffer {
  return zip(xlsxEntries(sheets));
}

/** A deterministic pseudo-random generator (mulberry32) for reproducible noise. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function zip64(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const body = e.store ? e.data : deflateRawSync(e.data);
    const crc = crc32(e.data);
    const extra = Buffer.alloc(4 + 16);
    extra.writeUInt16LE(1, 0);
    extra.writeUInt16LE(16, 2);
    extra.writeBigUInt64LE(BigInt(e.data.length), 4);
    extra.writeBigUInt64LE(BigInt(body.length), 12);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(45, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(e.store ? 0 : 8, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(0xffffffff, 18);
    local.writeUInt32LE(0xffffffff, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(extra.length, 28);
    locals.push(local, name, extra, body);
    const cdExtra = Buffer.alloc(4 + 24);
    cdExtra.writeUInt16LE(1, 0);
    cdExtra.writeUInt16LE(24, 2);
    cdExtra.writeBigUInt64LE(BigInt(e.data.length), 4);
    cdExtra.writeBigUInt64LE(BigInt(body.length), 12);
    cdExtra.writeBigUInt64LE(BigInt(offset), 20);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(45, 4);
    cd.writeUInt16LE(45, 6);
    cd.writeUInt16LE(0x0800, 8);
    cd.writeUInt16LE(e.store ? 0 : 8, 10);
    cd.writeUInt32LE(crc >>> 0, 16);
    cd.writeUInt32LE(0xffffffff, 20);
    cd.writeUInt32LE(0xffffffff, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt16LE(cdExtra.length, 30);
    cd.writeUInt32LE(0xffffffff, 42);
    central.push(cd, name, cdExtra);
    offset += 30 + name.length + extra.length + body.length;
  }
  const cdSize = central.reduce((n, b) => n + b.length, 0);
  const end64 = Buffer.alloc(56);
  end64.writeUInt32LE(0x06064b50, 0);
  end64.writeBigUInt64LE(44n, 4);
  end64.writeUInt16LE(45, 12);
  end64.writeUInt16LE(45, 14);
  end64.writeBigUInt64LE(BigInt(entries.length), 24);
  end64.writeBigUInt64LE(BigInt(entries.length), 32);
  end64.writeBigUInt64LE(BigInt(cdSize), 40);
  end64.writeBigUInt64LE(BigInt(offset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(offset + cdSize), 8);
  locator.writeUInt32LE(1, 16);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(0xffff, 8);
  end.writeUInt16LE(0xffff, 10);
  end.writeUInt32LE(0xffffffff, 12);
  end.writeUInt32LE(0xffffffff, 16);
  return Buffer.concat([...locals, ...central, end64, locator, end]);
}
