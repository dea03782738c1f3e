// The zip container of an .xlsx, read from its central directory without inflating anything: the
// entries, their declared sizes, and where each one's compressed bytes sit. Pure TypeScript (no
// node:zlib), so the browser can size a file before handing it to exceljs.

export interface ZipEntryInfo {
  name: string;
  /** 0 = stored, 8 = deflate; anything else exceljs cannot read. */
  method: number;
  /** Bit 0 of the general-purpose flags: the entry is encrypted (zip password). */
  encrypted: boolean;
  compressedSize: number;
  /** As declared by the central directory; a hostile file may lie. */
  uncompressedSize: number;
  localHeaderOffset: number;
  /** CRC-32 of the uncompressed bytes, as the central directory records it. */
  crc: number;
  /** General-purpose flags (bit 11: the name is UTF-8; otherwise its bytes are kept as they are). */
  flags: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/**
 * The entries listed in the central directory, or undefined when there is none to be found (a
 * truncated download, a file that only starts like a zip). Zip64 is followed (its end record, and
 * each entry's 64-bit sizes and offset), and the directory is walked to its recorded end rather
 * than trusting the 16-bit entry count, so a zip of more than 65,535 entries lists all of them.
 */
export function zipEntries(bytes: Uint8Array): ZipEntryInfo[] | undefined {
  if (bytes.length < 22) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // End of central directory: within the last 64 KiB (+22 bytes) of the file.
  const min = Math.max(0, bytes.length - 65_557);
  for (let i = bytes.length - 22; i >= min; i--) {
    if (view.getUint32(i, true) !== EOCD) continue;
    let cdSize = view.getUint32(i + 12, true);
    let offset = view.getUint32(i + 16, true);
    // Zip64: a locator just before the end record points at the zip64 end record.
    if (i >= 20 && view.getUint32(i - 20, true) === ZIP64_LOCATOR) {
      const at = safeNumber(view.getBigUint64(i - 20 + 8, true));
      if (at === undefined || at + 56 > bytes.length || view.getUint32(at, true) !== ZIP64_EOCD) return undefined;
      cdSize = safeNumber(view.getBigUint64(at + 40, true)) ?? Infinity;
      offset = safeNumber(view.getBigUint64(at + 48, true)) ?? Infinity;
    }
    const cdEnd = offset + cdSize;
    if (!(cdEnd <= bytes.length)) return undefined;
    const entries: ZipEntryInfo[] = [];
    while (offset + 46 <= cdEnd) {
      if (view.getUint32(offset, true) !== CENTRAL) return undefined;
      const nameLen = view.getUint16(offset + 28, true);
      const extraLen = view.getUint16(offset + 30, true);
      const commentLen = view.getUint16(offset + 32, true);
      if (offset + 46 + nameLen + extraLen > bytes.length) return undefined;
      const entry: ZipEntryInfo = {
        name: decodeName(bytes.subarray(offset + 46, offset + 46 + nameLen)),
        method: view.getUint16(offset + 10, true),
        encrypted: (view.getUint16(offset + 8, true) & 1) === 1,
        compressedSize: view.getUint32(offset + 20, true),
        uncompressedSize: view.getUint32(offset + 24, true),
        localHeaderOffset: view.getUint32(offset + 42, true),
        crc: view.getUint32(offset + 16, true),
        flags: view.getUint16(offset + 8, true),
      };
      if (entry.uncompressedSize === MAX32 || entry.compressedSize === MAX32 || entry.localHeaderOffset === MAX32) {
        if (!readZip64Extra(view, offset + 46 + nameLen, extraLen, entry)) return undefined;
      }
      entries.push(entry);
      offset += 46 + nameLen + extraLen + commentLen;
    }
    return entries;
  }
  return undefined;
}

const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const MAX32 = 0xffffffff;

function safeNumber(n: bigint): number | undefined {
  return n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : undefined;
}

/** The zip64 extra field (id 1) holds, in order, whichever of the three values were 0xFFFFFFFF. */
function readZip64Extra(view: DataView, at: number, length: number, entry: ZipEntryInfo): boolean {
  const end = at + length;
  while (at + 4 <= end) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 1) {
      let p = at + 4;
      const next = (): number => {
        if (p + 8 > at + 4 + size) return Infinity;
        const v = safeNumber(view.getBigUint64(p, true)) ?? Infinity;
        p += 8;
        return v;
      };
      if (entry.uncompressedSize === MAX32) entry.uncompressedSize = next();
      if (entry.compressedSize === MAX32) entry.compressedSize = next();
      if (entry.localHeaderOffset === MAX32) entry.localHeaderOffset = next();
      return true;
    }
    at += 4 + size;
  }
  return false;
}

/** The compressed bytes of an entry, or undefined when the local header is missing or cut off. */
export function entryData(bytes: Uint8Array, entry: ZipEntryInfo): Uint8Array | undefined {
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(at, true) !== LOCAL) return undefined;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) return undefined;
  return bytes.subarray(start, end);
}

function decodeName(raw: Uint8Array): string {
  let s = '';
  for (let i = 0; i < raw.length; i++) s += String.fromCharCode(raw[i]);
  // Part names in an .xlsx are ASCII; anything else is kept byte for byte, which is enough to
  // recognise xl/worksheets/*.xml.
  return s;
}

// ---- writing -----------------------------------------------------------------------------------

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** One entry to write: its bytes as stored in the zip (`method` 0 = as is, 8 = raw deflate). */
export interface ZipWriteEntry {
  /** As zipEntries gives it (one character per byte), written back byte for byte. */
  name: string;
  /** The original entry's flags (only bit 11, UTF-8 names, is kept); new entries: UTF-8. */
  flags?: number;
  method: 0 | 8;
  crc: number;
  compressed: Uint8Array;
  uncompressedSize: number;
}

/** A part name as zipEntries would report it: UTF-8 bytes, one character per byte. */
export function zipName(name: string): string {
  return Array.from(new TextEncoder().encode(name), (b) => String.fromCharCode(b)).join('');
}

/** A plain zip (no zip64: an annotated form stays far below 4 GB) with UTF-8 names. */
export function writeZip(entries: ZipWriteEntry[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Uint8Array.from(e.name, (c) => c.charCodeAt(0) & 0xff);
    const flags = e.flags === undefined ? 0x0800 : e.flags & 0x0800;
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, LOCAL, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, flags, true);
    lv.setUint16(8, e.method, true);
    lv.setUint32(14, e.crc >>> 0, true);
    lv.setUint32(18, e.compressed.length, true);
    lv.setUint32(22, e.uncompressedSize, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    chunks.push(local, e.compressed);
    const cd = new Uint8Array(46 + name.length);
    const cv = new DataView(cd.buffer);
    cv.setUint32(0, CENTRAL, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, flags, true);
    cv.setUint16(10, e.method, true);
    cv.setUint32(16, e.crc >>> 0, true);
    cv.setUint32(20, e.compressed.length, true);
    cv.setUint32(24, e.uncompressedSize, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    cd.set(name, 46);
    central.push(cd);
    offset += local.length + e.compressed.length;
  }
  const cdSize = central.reduce((n, b) => n + b.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, EOCD, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, cdSize, true);
  ev.setUint32(16, offset, true);
  const out = new Uint8Array(offset + cdSize + 22);
  let at = 0;
  for (const c of [...chunks, ...central, end]) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
