// .xlsx bytes -> GridData per sheet, with exceljs. Shared by the CLI (node) and the file host
// (browser); no fs here. Bad files become a WorkbookError with one clear Chinese sentence.
//
// Hostile files are sized before exceljs sees them, because exceljs builds every cell (and every
// cell of every merged area) as an object: the central directory's declared sizes are summed
// without inflating anything; and where the host can inflate (node: zlib, see io/node.ts) each
// entry is inflated with its declared size as a hard cap, so a zip that lies about its size is
// refused, and the sheets' cells and merged areas are counted before a single one is built.

// .xlsx bytes -> GridData per sheet. Shared by the CLI (node) and the file host (browser); no fs
// here. Bad files become a WorkbookError with one clear Chinese sentence.
//
// readWorkbook is the bounded reader of xlsx-read.ts (no exceljs); the web page reads with it too.
// worksheetToGrid turns an exceljs worksheet into a grid: the reference the tests hold the reader
// to (test/pane/page-reader.test.ts, test/hardening/reader-bounds.test.ts). precheckWorkbook is the
// container-level guard run before anything else.

import type ExcelJS from 'exceljs';
import { GridData, ScalarValue } from '../core/grid/grid';
import { entryData, zipEntries } from './zip';
import { DEFAULT_LIMITS, Inflate, openPackage, readXlsx, ReadLimits, SENTENCES, SheetGrid, WorkbookError } from './xlsx-read';

export { DEFAULT_LIMITS, sniff, WorkbookError, SENTENCES } from './xlsx-read';
export type { ReadLimits, SheetGrid, Inflate, ReadOptions } from './xlsx-read';

/** What the host can do that plain TypeScript cannot. */
export interface ReadHooks {
  /**
   * Inflates a raw deflate stream and throws when the output would exceed `maxOutput` bytes
   * (node: zlib.inflateRawSync with maxOutputLength). Used by precheckWorkbook.
   */
  inflateRaw?: (data: Uint8Array, maxOutput: number) => Uint8Array;
  /** The reader's streaming inflater (default: DecompressionStream). */
  inflate?: Inflate;
}

type Bytes = Uint8Array;

const CORRUPT = '文件已损坏或不完整，无法作为 Excel 工作簿打开。';

/**
 * Sums the uncompressed sizes in the zip's central directory without inflating anything.
 * Returns undefined when the directory cannot be found.
 */
export function zipUncompressedSize(bytes: Bytes): number | undefined {
  const entries = zipEntries(bytes);
  return entries?.reduce((n, e) => n + e.uncompressedSize, 0);
}

/**
 * The .xlsx in `bytes`, one grid per worksheet, read within `limits` (see xlsx-read.ts).
 * The first argument is ignored: it was the exceljs module, which the reader no longer needs.
 */
export async function readWorkbook(_excel: unknown, bytes: Bytes, limits: Partial<ReadLimits> = DEFAULT_LIMITS, hooks: ReadHooks = {}): Promise<SheetGrid[]> {
  return readXlsx(bytes, { limits, inflate: hooks.inflate });
}

/**
 * What can be known before exceljs loads a file: what the bytes are, and the declared sizes.
 * Throws a WorkbookError, or returns. (Reading the cells is readWorkbook's job, bounded on its own.)
 */
export function precheckWorkbook(bytes: Bytes, limits: Pick<ReadLimits, 'maxUncompressedBytes'> = DEFAULT_LIMITS, hooks: ReadHooks = {}): void {
  const pkg = openPackage(bytes);
  const size = pkg.entries.reduce((n, e) => n + e.uncompressedSize, 0);
  if (size > limits.maxUncompressedBytes) throw new WorkbookError('too-large', SENTENCES.tooBig(size, limits.maxUncompressedBytes));
  if (pkg.entries.some((e) => e.encrypted)) throw new WorkbookError('encrypted', '文件已加密（设置了打开密码），请在 Excel 中取消密码后再校验。');
  if (!pkg.get('xl/workbook.xml') && !pkg.get('_rels/.rels')) {
    throw new WorkbookError('not-a-workbook', '文件是压缩包，但不是 Excel 工作簿（.xlsx）：里面没有工作簿内容。');
  }
  const inflate = hooks.inflateRaw;
  if (!inflate) return;
  // Every entry inflated under a cap of its declared size: a zip that lies is refused here.
  for (const e of pkg.entries) {
    if (e.name.endsWith('/')) continue;
    const data = entryData(bytes, e);
    if (!data) throw new WorkbookError('corrupt', CORRUPT);
    if (e.method === 0) continue;
    if (e.method !== 8) throw new WorkbookError('corrupt', CORRUPT);
    let content: Uint8Array;
    try {
      content = inflate(data, Math.max(1, e.uncompressedSize));
    } catch (err) {
      const tooBig = /maxOutputLength|too large|ERR_BUFFER_TOO_LARGE/i.test(String((err as { code?: string })?.code ?? '') + String((err as Error)?.message ?? ''));
      throw new WorkbookError(tooBig ? 'too-large' : 'corrupt', tooBig ? LIED : CORRUPT);
    }
    if (content.length !== e.uncompressedSize) throw new WorkbookError(content.length > e.uncompressedSize ? 'too-large' : 'corrupt', content.length > e.uncompressedSize ? LIED : CORRUPT);
  }
}

const LIED = '文件解压后的大小超过了它自己声明的大小（可能是恶意构造的压缩包），已拒绝读取。';

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
