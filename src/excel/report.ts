// Writing the report into a 校验报告 sheet. Replacing the sheet (rather than clearing it) drops any
// old formatting, filters or frozen panes left from an earlier export; office-js-helpers'
// forceCreateSheet does exactly that (add a new sheet, delete the old one, rename, in one sync).

import { REPORT_SHEET_NAME, errors, toHostError } from './messages';

/** Excel has no NaN or Infinity; write those as text. Strings are protected by the text format below. */
export function asCellValue(v: string | number): string | number {
  return typeof v === 'number' && !Number.isFinite(v) ? String(v) : v;
}

export interface ReportWriteResult {
  sheetId: string;
  syncs: number;
}

/**
 * Round trips: 1 (replace the sheet) + one per chunk of `chunkCells` cells (1 for any realistic
 * report), the last one also styling the header and activating the sheet.
 */
export async function exportReportIn(ctx: Excel.RequestContext, rows: ReadonlyArray<ReadonlyArray<string | number>>, chunkCells: number): Promise<ReportWriteResult> {
  let sheet: Excel.Worksheet;
  try {
    // Loaded on first export, not with the pane (the library is large; only this helper is used).
    const { ExcelUtilities } = await import(/* webpackChunkName: "office-helpers" */ '@microsoft/office-js-helpers');
    sheet = await ExcelUtilities.forceCreateSheet(ctx.workbook, REPORT_SHEET_NAME);
  } catch (e) {
    // The helper wraps some Office errors in its own APIError (innerError).
    const inner = (e as { innerError?: unknown }).innerError ?? e;
    const code = (inner as { code?: string }).code;
    if (code === 'AccessDenied' || code === 'InvalidOperation') throw errors.reportBlocked();
    throw toHostError(inner, 'write', REPORT_SHEET_NAME);
  }
  let syncs = 1;
  const width = Math.max(1, ...rows.map((r) => r.length));
  const padded = rows.map((r) => Array.from({ length: width }, (_, j) => (j < r.length ? asCellValue(r[j]) : '')));
  const chunkRows = Math.max(1, Math.floor(chunkCells / width));
  sheet.load('id');
  for (let start = 0; start < padded.length || start === 0; start += chunkRows) {
    const part = padded.slice(start, start + chunkRows);
    const last = start + chunkRows >= padded.length;
    if (part.length) {
      const range = sheet.getRangeByIndexes(start, 0, part.length, width);
      // Text format first: a message starting with "=" or a code like "001" stays exactly as written
      // instead of becoming a formula or a number.
      range.numberFormat = part.map((r) => r.map((v) => (typeof v === 'number' ? 'General' : '@')));
      range.values = part;
    }
    if (last) {
      if (padded.length) {
        const header = sheet.getRangeByIndexes(0, 0, 1, width);
        header.format.font.bold = true;
        sheet.freezePanes.freezeRows(1);
        sheet.getRangeByIndexes(0, 0, padded.length, width).format.autofitColumns();
      }
      sheet.activate();
    }
    try {
      await ctx.sync();
    } catch (e) {
      throw toHostError(e, 'write', REPORT_SHEET_NAME);
    }
    syncs++;
    if (last) break;
  }
  return { sheetId: sheet.id, syncs };
}
