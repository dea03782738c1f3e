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
 * truncated download, a file that only starts like a zip). Zip64 sizes (0xFFFFFFFF) are reported
 * as declared, which any sensible limit refuses.
 */
export function zipEntries(bytes: Uint8Array): ZipEntryInfo[] | undefined {
  if (bytes.length < 22) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // End of central directory: within the last 64 KiB (+22 bytes) of the file.
  const min = Math.max(0, bytes.length - 65_557);
  for (let i = bytes.length - 22; i >= min; i--) {
    if (view.getUint32(i, true) !== EOCD) continue;
    const count = view.getUint16(i + 10, true);
    let offset = view.getUint32(i + 16, true);
    const entries: ZipEntryInfo[] = [];
    for (let e = 0; e < count; e++) {
      if (offset + 46 > bytes.length || view.getUint32(offset, true) !== CENTRAL) return undefined;
      const nameLen = view.getUint16(offset + 28, true);
      const extraLen = view.getUint16(offset + 30, true);
      const commentLen = view.getUint16(offset + 32, true);
      if (offset + 46 + nameLen > bytes.length) return undefined;
      entries.push({
        name: decodeName(bytes.subarray(offset + 46, offset + 46 + nameLen)),
        method: view.getUint16(offset + 10, true),
        encrypted: (view.getUint16(offset + 8, true) & 1) === 1,
        compressedSize: view.getUint32(offset + 20, true),
        uncompressedSize: view.getUint32(offset + 24, true),
        localHeaderOffset: view.getUint32(offset + 42, true),
      });
      offset += 46 + nameLen + extraLen + commentLen;
    }
    return entries;
  }
  return undefined;
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
