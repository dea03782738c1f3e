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
