// .xlsx bytes -> GridData per sheet, with exceljs. Shared by the CLI (node) and the file host
// (browser); no fs here. Bad files become a WorkbookError with one clear Chinese sentence.

import type ExcelJS from 'exceljs';
import { GridData, ScalarValue } from '../core/grid/grid';

export class WorkbookError extends Error {
  constructor(
    readonly code: 'not-a-workbook' | 'encrypted' | 'legacy-xls' | 'corrupt' | 'empty' | 'too-large',
    message: string,
  ) {
    super(message);
  }
}

export interface SheetGrid {
  grid: GridData;
  hidden: boolean;
}

/** Limits that keep a hostile file from exhausting memory. */
export interface ReadLimits {
  /** Maximum total uncompressed size of the zip entries (bytes). */
  maxUncompressedBytes: number;
  /** Maximum cells read per sheet. */
  maxCellsPerSheet: number;
}

export const DEFAULT_LIMITS: ReadLimits = {
  maxUncompressedBytes: 300 * 1024 * 1024,
  maxCellsPerSheet: 5_000_000,
};

type Bytes = Uint8Array;

/** What the first bytes say the file is. */
export function sniff(bytes: Bytes): 'zip' | 'ole' | 'empty' | 'other' {
  if (bytes.length === 0) return 'empty';
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05) ) return 'zip';
  if (bytes.length >= 8 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'ole';
  return 'other';
}

/** An encrypted .xlsx is an OLE container holding "EncryptedPackage" (UTF-16LE). */
function isEncryptedOle(bytes: Bytes): boolean {
  const needle = 'EncryptedPackage';
  const limit = Math.min(bytes.length, 64 * 1024 * 1024);
  outer: for (let i = 0; i + needle.length * 2 <= limit; i++) {
    for (let j = 0; j < needle.length; j++) {
      if (bytes[i + j * 2] !== needle.charCodeAt(j) || bytes[i + j * 2 + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}

/**
 * Sums the uncompressed sizes in the zip's central directory without inflating anything, so a zip
 * bomb is refused before exceljs touches it. Returns undefined when the directory cannot be found.
 */
export function zipUncompressedSize(bytes: Bytes): number | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // End of central directory: signature 0x06054b50 within the last 64 KiB + 22 bytes.
  const min = Math.max(0, bytes.length - 65_557);
  for (let i = bytes.length - 22; i >= min; i--) {
    if (view.getUint32(i, true) !== 0x06054b50) continue;
    const entries = view.getUint16(i + 10, true);
    let offset = view.getUint32(i + 16, true);
    let total = 0;
    for (let e = 0; e < entries; e++) {
      if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) return undefined;
      total += view.getUint32(offset + 24, true);
      const nameLen = view.getUint16(offset + 28, true);
      const extraLen = view.getUint16(offset + 30, true);
      const commentLen = view.getUint16(offset + 32, true);
      offset += 46 + nameLen + extraLen + commentLen;
    }
    return total;
  }
  return undefined;
}

export async function readWorkbook(Excel: typeof ExcelJS, bytes: Bytes, limits: ReadLimits = DEFAULT_LIMITS): Promise<SheetGrid[]> {
  const kind = sniff(bytes);
  if (kind === 'empty') throw new WorkbookError('empty', '文件是空的（0 字节），不是 Excel 工作簿。');
  if (kind === 'ole') {
    if (isEncryptedOle(bytes)) throw new WorkbookError('encrypted', '文件已加密（设置了打开密码），请在 Excel 中取消密码后再校验。');
    throw new WorkbookError('legacy-xls', '这是旧版 .xls 格式的文件，请在 Excel 中另存为 .xlsx 后再校验。');
  }
  if (kind !== 'zip') throw new WorkbookError('not-a-workbook', '文件不是 Excel 工作簿（.xlsx），可能是改了扩展名的其他文件。');
  const size = zipUncompressedSize(bytes);
  if (size === undefined) throw new WorkbookError('corrupt', '文件已损坏或不完整，无法作为 Excel 工作簿打开。');
  if (size > limits.maxUncompressedBytes) {
    throw new WorkbookError('too-large', `文件解压后约 ${Math.round(size / 1024 / 1024)} MB，超过 ${Math.round(limits.maxUncompressedBytes / 1024 / 1024)} MB 的上限，已拒绝读取。`);
  }
  const wb = new Excel.Workbook();
  try {
    // exceljs accepts a Buffer in node and an ArrayBuffer in the browser.
    const input = typeof Buffer !== 'undefined' ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) : bytes.buffer;
    await wb.xlsx.load(input as never);
  } catch {
    throw new WorkbookError('corrupt', '文件已损坏或不完整，无法作为 Excel 工作簿打开。');
  }
  if (wb.worksheets.length === 0) throw new WorkbookError('empty', '工作簿中没有任何工作表。');
  return wb.worksheets.map((ws) => ({ grid: worksheetToGrid(ws, limits), hidden: ws.state !== 'visible' && ws.state !== undefined }));
}

export function worksheetToGrid(ws: ExcelJS.Worksheet, limits: ReadLimits = DEFAULT_LIMITS): GridData {
  const values: ScalarValue[][] = [];
  const formulas: Record<string, string> = {};
  const numFmts: Record<string, string> = {};
  const errors: Record<string, string> = {};
  let cells = 0;
  let truncated = false;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (truncated) return;
    const r = rowNumber - 1;
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (++cells > limits.maxCellsPerSheet) {
        truncated = true;
        return;
      }
      const c = colNumber - 1;
      // Merged tails share the master's value in exceljs; Excel stores it in the top-left only.
      if (cell.isMerged && cell.master && cell.master.address !== cell.address) return;
      const address = cell.address;
      const { value, formula, error } = cellContent(cell.value);
      if (formula) formulas[address] = formula;
      if (error) errors[address] = error;
      const fmt = cell.numFmt;
      if (fmt && fmt !== 'General') numFmts[address] = fmt;
      if (value === null && !error) return;
      (values[r] ??= [])[c] = value;
    });
  });
  // Dense rows: fill holes with null so the grid is a proper 2D array.
  const width = values.reduce((w, row) => Math.max(w, row ? row.length : 0), 0);
  const dense: ScalarValue[][] = [];
  for (let r = 0; r < values.length; r++) {
    const row = values[r] ?? [];
    const out: ScalarValue[] = new Array(width);
    for (let c = 0; c < width; c++) out[c] = row[c] ?? null;
    dense.push(out);
  }
  const merges: string[] = (ws.model as { merges?: string[] }).merges ?? [];
  const protectedSheet = !!(ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet;
  return {
    name: ws.name,
    values: dense,
    ...(Object.keys(formulas).length ? { formulas } : {}),
    ...(Object.keys(numFmts).length ? { numFmts } : {}),
    ...(Object.keys(errors).length ? { errors } : {}),
    ...(merges.length ? { merges } : {}),
    ...(protectedSheet ? { protected: true } : {}),
  };
}

function cellContent(v: ExcelJS.CellValue): { value: ScalarValue; formula?: string; error?: string } {
  if (v === null || v === undefined) return { value: null };
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return { value: v };
  if (v instanceof Date) return { value: formatDate(v) };
  if (typeof v === 'object') {
    if ('error' in v && v.error) return { value: null, error: String(v.error) };
    if ('formula' in v || 'sharedFormula' in v) {
      const f = v as ExcelJS.CellFormulaValue & { sharedFormula?: string };
      const result = cellContent((f.result ?? null) as ExcelJS.CellValue);
      return { ...result, formula: `=${f.formula ?? f.sharedFormula ?? ''}` };
    }
    if ('richText' in v && Array.isArray(v.richText)) return { value: v.richText.map((t) => t.text).join('') };
    if ('text' in v) return { value: String((v as { text: unknown }).text) };
  }
  return { value: String(v) };
}

function formatDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}
