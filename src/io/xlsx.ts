// .xlsx bytes -> GridData per sheet, with exceljs. Shared by the CLI (node) and the file host
// (browser); no fs here. Bad files become a WorkbookError with one clear Chinese sentence.
//
// Hostile files are sized before exceljs sees them, because exceljs builds every cell (and every
// cell of every merged area) as an object: the central directory's declared sizes are summed
// without inflating anything; and where the host can inflate (node: zlib, see io/node.ts) each
// entry is inflated with its declared size as a hard cap, so a zip that lies about its size is
// refused, and the sheets' cells and merged areas are counted before a single one is built.

import type ExcelJS from 'exceljs';
import { GridData, ScalarValue } from '../core/grid/grid';
import { parseRange } from '../core/grid/address';
import { entryData, zipEntries } from './zip';

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
  /**
   * Maximum cells in the whole workbook, merged areas counted cell by cell, checked before exceljs
   * builds anything (needs ReadHooks.inflateRaw). exceljs holds roughly 0.5 KB per cell.
   */
  maxCells?: number;
}

export const DEFAULT_LIMITS: ReadLimits = {
  maxUncompressedBytes: 300 * 1024 * 1024,
  maxCellsPerSheet: 5_000_000,
  maxCells: 4_000_000,
};

/** What the host can do that plain TypeScript cannot. */
export interface ReadHooks {
  /**
   * Inflates a raw deflate stream and throws when the output would exceed `maxOutput` bytes
   * (node: zlib.inflateRawSync with maxOutputLength). Enables the checks before exceljs.
   */
  inflateRaw?: (data: Uint8Array, maxOutput: number) => Uint8Array;
}

type Bytes = Uint8Array;

const CORRUPT = '文件已损坏或不完整，无法作为 Excel 工作簿打开。';

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
  const entries = zipEntries(bytes);
  return entries?.reduce((n, e) => n + e.uncompressedSize, 0);
}

/**
 * Cells (`<c>` elements) and the cells covered by merged areas in a worksheet part; in the shared
 * strings part, its strings (`<si>`), which exceljs also builds one by one.
 */
export function countSheetCells(xml: Uint8Array): { cells: number; mergedCells: number; strings: number } {
  let cells = 0;
  let mergedCells = 0;
  let strings = 0;
  const LT = 0x3c;
  for (let i = xml.indexOf(LT); i >= 0 && i < xml.length; i = xml.indexOf(LT, i + 1)) {
    // The element name, with any namespace prefix ("x:c").
    let j = i + 1;
    while (j < xml.length && isNameByte(xml[j])) j++;
    let start = i + 1;
    for (let k = i + 1; k < j; k++) if (xml[k] === 0x3a) start = k + 1;
    const len = j - start;
    if (len === 1 && xml[start] === 0x63 /* c */) cells++;
    else if (len === 2 && xml[start] === 0x73 /* s */ && xml[start + 1] === 0x69 /* i */) strings++;
    else if (len === 9 && ascii(xml, start, j) === 'mergeCell') mergedCells += mergedArea(xml, j);
  }
  return { cells, mergedCells, strings };
}

function isNameByte(b: number): boolean {
  return (b >= 0x61 && b <= 0x7a) || (b >= 0x41 && b <= 0x5a) || (b >= 0x30 && b <= 0x39) || b === 0x3a || b === 0x5f || b === 0x2d || b === 0x2e;
}

function ascii(bytes: Uint8Array, from: number, to: number): string {
  let s = '';
  for (let k = from; k < to; k++) s += String.fromCharCode(bytes[k]);
  return s;
}

/** The cell count of the `ref` of a mergeCell element whose name ends at `from`. */
function mergedArea(xml: Uint8Array, from: number): number {
  const end = Math.min(xml.length, from + 200);
  const tag = ascii(xml, from, end);
  const m = /\bref\s*=\s*["']([^"']+)["']/.exec(tag.slice(0, tag.indexOf('>') >= 0 ? tag.indexOf('>') : undefined));
  if (!m) return 0;
  try {
    const r = parseRange(m[1]);
    return (r.bottom - r.top + 1) * (r.right - r.left + 1);
  } catch {
    return 0;
  }
}

function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

/**
 * Everything that can be known before exceljs: what the bytes are, the declared sizes, and (with
 * an inflater) the true sizes and the number of cells. Throws a WorkbookError, or returns.
 */
export function precheckWorkbook(bytes: Bytes, limits: ReadLimits = DEFAULT_LIMITS, hooks: ReadHooks = {}): void {
  const kind = sniff(bytes);
  if (kind === 'empty') throw new WorkbookError('empty', '文件是空的（0 字节），不是 Excel 工作簿。');
  if (kind === 'ole') {
    if (isEncryptedOle(bytes)) throw new WorkbookError('encrypted', '文件已加密（设置了打开密码），请在 Excel 中取消密码后再校验。');
    throw new WorkbookError('legacy-xls', '这是旧版 .xls 格式的文件，请在 Excel 中另存为 .xlsx 后再校验。');
  }
  if (kind !== 'zip') throw new WorkbookError('not-a-workbook', '文件不是 Excel 工作簿（.xlsx），可能是改了扩展名的其他文件。');
  const entries = zipEntries(bytes);
  if (entries === undefined) throw new WorkbookError('corrupt', CORRUPT);
  const size = entries.reduce((n, e) => n + e.uncompressedSize, 0);
  if (size > limits.maxUncompressedBytes) {
    throw new WorkbookError('too-large', `文件解压后约 ${Math.round(size / 1024 / 1024)} MB，超过 ${Math.round(limits.maxUncompressedBytes / 1024 / 1024)} MB 的上限，已拒绝读取。`);
  }
  if (entries.some((e) => e.encrypted)) throw new WorkbookError('encrypted', '文件已加密（设置了打开密码），请在 Excel 中取消密码后再校验。');
  if (!entries.some((e) => /^xl\/workbook\.xml$/i.test(e.name))) {
    throw new WorkbookError('not-a-workbook', '文件是压缩包，但不是 Excel 工作簿（.xlsx）：里面没有工作簿内容。');
  }
  const inflate = hooks.inflateRaw;
  if (!inflate) return;
  const maxCells = limits.maxCells ?? Infinity;
  let cells = 0;
  for (const e of entries) {
    if (e.name.endsWith('/')) continue;
    const data = entryData(bytes, e);
    if (!data) throw new WorkbookError('corrupt', CORRUPT);
    let content: Uint8Array;
    if (e.method === 0) content = data;
    else if (e.method === 8) {
      try {
        content = inflate(data, Math.max(1, e.uncompressedSize));
      } catch (err) {
        // Either the stream is cut short, or it inflates past the size it declared: a zip bomb.
        const tooBig = /maxOutputLength|too large|ERR_BUFFER_TOO_LARGE/i.test(String((err as { code?: string })?.code ?? '') + String((err as Error)?.message ?? ''));
        throw new WorkbookError(tooBig ? 'too-large' : 'corrupt', tooBig ? '文件解压后的大小超过了它自己声明的大小（可能是恶意构造的压缩包），已拒绝读取。' : CORRUPT);
      }
    } else throw new WorkbookError('corrupt', CORRUPT);
    if (content.length !== e.uncompressedSize) {
      throw new WorkbookError(content.length > e.uncompressedSize ? 'too-large' : 'corrupt', content.length > e.uncompressedSize ? '文件解压后的大小超过了它自己声明的大小（可能是恶意构造的压缩包），已拒绝读取。' : CORRUPT);
    }
    if (/^xl\/worksheets\/[^/]+\.xml$/i.test(e.name) || /^xl\/sharedStrings\.xml$/i.test(e.name)) {
      const counted = countSheetCells(content);
      // A shared string costs exceljs a small fraction of what a cell costs (a string, not an object
      // graph): eight of them count as one cell.
      cells += counted.cells + counted.mergedCells + Math.ceil(counted.strings / 8);
      if (cells > maxCells) {
        throw new WorkbookError('too-large', `文件中有超过 ${formatCount(maxCells)} 个单元格（含合并区域覆盖的单元格），超出可校验的上限，已拒绝读取。`);
      }
    }
  }
}

export async function readWorkbook(Excel: typeof ExcelJS, bytes: Bytes, limits: ReadLimits = DEFAULT_LIMITS, hooks: ReadHooks = {}): Promise<SheetGrid[]> {
  precheckWorkbook(bytes, limits, hooks);
  const wb = new Excel.Workbook();
  try {
    // exceljs accepts a Buffer in node and an ArrayBuffer in the browser.
    const input = typeof Buffer !== 'undefined' ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) : bytes.buffer;
    await wb.xlsx.load(input as never);
  } catch {
    throw new WorkbookError('corrupt', CORRUPT);
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
      const { value, formula: rawFormula, error } = cellContent(cell.value);
      // A shared-formula copy stores only its master's address; exceljs translates it for this cell.
      const formula = rawFormula && isSharedCopy(cell.value) ? `=${cell.formula}` : rawFormula;
      if (formula) formulas[address] = formula;
      if (error) errors[address] = error;
      const fmt = cell.numFmt;
      if (fmt && fmt !== 'General') numFmts[address] = fmt;
      if (value === null && !error) return;
      (values[r] ??= [])[c] = value;
    });
  });
  // Rows as long as their last cell (a ragged grid: one cell at XFD1048576 must not become a
  // 1,048,576 x 16,384 array); missing rows become empty rows, holes become null.
  const dense: ScalarValue[][] = new Array(values.length);
  for (let r = 0; r < values.length; r++) {
    const row = values[r];
    if (!row) {
      dense[r] = [];
      continue;
    }
    const out: ScalarValue[] = new Array(row.length);
    for (let c = 0; c < row.length; c++) out[c] = row[c] ?? null;
    dense[r] = out;
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

function isSharedCopy(v: ExcelJS.CellValue): boolean {
  return !!v && typeof v === 'object' && 'sharedFormula' in v && !('formula' in v && (v as { formula?: string }).formula);
}

function cellContent(v: ExcelJS.CellValue): { value: ScalarValue; formula?: string; error?: string } {
  if (v === null || v === undefined) return { value: null };
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return { value: v };
  if (v instanceof Date) return { value: Number.isNaN(v.getTime()) ? null : formatDate(v) };
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
