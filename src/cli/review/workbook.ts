// The review workbook written with exceljs: frozen headers, filters, widths that fit Chinese text,
// numbers stored as numbers and no formulas at all (another program cannot recompute them into
// something else).

import { PassThrough } from 'node:stream';
import type ExcelJS from 'exceljs';
import type { CellValue, SheetRows } from './rows';

type ExcelJSModule = typeof ExcelJS;

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
const BORDER: Partial<ExcelJS.Borders> = { bottom: { style: 'thin', color: { argb: 'FF8EA9DB' } } };
const LINK_FONT: Partial<ExcelJS.Font> = { color: { argb: 'FF0563C1' }, underline: true };
const VERDICT_FONT: Record<string, Partial<ExcelJS.Font>> = {
  未通过: { color: { argb: 'FFC00000' }, bold: true },
  无法读取: { color: { argb: 'FFC00000' }, bold: true },
  通过: { color: { argb: 'FF00703C' }, bold: true },
};
/** Widest a column gets before its text wraps (in Excel's character units). */
const MAX_WIDTH = 60;
const WRAP_WIDTH = 50;
/** Excel refuses longer cell text. */
const MAX_CELL_TEXT = 32_000;

/**
 * The workbook's bytes, written with exceljs's streaming writer: each row is serialised and let go
 * as soon as it is written, so a bureau's thousands of forms do not hold every cell's model in
 * memory (the in-memory writer needs about 20 KB per finding row).
 */
export async function workbookBytes(Excel: ExcelJSModule, sheets: SheetRows[]): Promise<Uint8Array> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise<void>((resolve, reject) => {
    out.on('end', resolve);
    out.on('error', reject);
  });
  const wb = new Excel.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: true });
  wb.creator = 'PerfCheck 绩效目标校验助手';
  for (const s of sheets) writeSheet(wb, s);
  await wb.commit();
  await ended;
  return new Uint8Array(Buffer.concat(chunks));
}

/** Column widths from the text they will hold, computed before any row is written (the streaming writer puts <cols> first). */
export function columnWidths(s: SheetRows): number[] {
  const columns = s.headers[0].reduce((n, h) => n + (h.span ?? 1), 0);
  const widths: number[] = new Array(columns).fill(6);
  for (const header of s.headers) {
    let col = 0;
    for (const h of header) {
      if ((h.span ?? 1) === 1 && h.label) widths[col] = Math.max(widths[col], displayWidth(h.label) + 2);
      col += h.span ?? 1;
    }
  }
  for (const values of s.rows) values.forEach((v, i) => v !== null && (widths[i] = Math.max(widths[i], cellWidth(v))));
  const wrap = new Set(s.wrap);
  return widths.map((w, i) => {
    const fitted = Math.min(wrap.has(i) ? WRAP_WIDTH : MAX_WIDTH, w + 1);
    // exceljs leaves out a column of width 9 (it takes it for the default), so never exactly 9.
    return fitted === 9 ? 10 : fitted;
  });
}

function writeSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, s: SheetRows): void {
  const headerRows = s.headers.length;
  const ws = wb.addWorksheet(s.name, { views: [{ state: 'frozen', ySplit: headerRows, xSplit: 0 }] });
  const wrap = new Set(s.wrap);
  const links = new Set(linkColumns(s));
  // Styles a whole column shares are set on the column, once: its cells inherit them.
  ws.columns = columnWidths(s).map((width, i) => ({
    width,
    style: wrap.has(i) ? { alignment: { vertical: 'top', wrapText: true } } : links.has(i) ? { font: LINK_FONT } : {},
  }));
  const columns = ws.columns.length;

  s.headers.forEach((header, r) => {
    let col = 1;
    const row = ws.getRow(r + 1);
    for (const h of header) {
      // An empty label sits under a label merged down into it: writing it would blank the label.
      if (h.label !== '') row.getCell(col).value = h.label;
      col += h.span ?? 1;
    }
    for (let c = 1; c <= columns; c++) {
      const cell = row.getCell(c);
      cell.font = { bold: true };
      cell.fill = HEADER_FILL;
      cell.border = BORDER;
      cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    }
  });
  s.headers.forEach((header, r) => {
    let col = 1;
    for (const h of header) {
      const span = h.span ?? 1;
      const below = s.headers[r + 1];
      if (span > 1) ws.mergeCells(r + 1, col, r + 1, col + span - 1);
      // A single column label with nothing under it spans the header rows below.
      else if (below && below[col - 1]?.label === '' && h.label !== '') ws.mergeCells(r + 1, col, headerRows, col);
      col += span;
    }
  });
  for (let r = 1; r <= headerRows; r++) ws.getRow(r).commit();

  ws.autoFilter = { from: { row: headerRows, column: 1 }, to: { row: headerRows + s.rows.length, column: columns } };
  for (const values of s.rows) {
    const row = ws.addRow([]);
    values.forEach((v, i) => {
      if (v === null) return;
      const cell = row.getCell(i + 1);
      setCell(cell, v);
      if (typeof v === 'string' && VERDICT_FONT[v]) cell.font = VERDICT_FONT[v];
    });
    row.commit();
  }
  ws.commit();
}

/** Columns where every filled row holds a link (the file column of 问题清单). */
function linkColumns(s: SheetRows): number[] {
  if (s.rows.length === 0) return [];
  const out: number[] = [];
  for (let i = 0; i < s.rows[0].length; i++) {
    if (s.rows.every((r) => r[i] === null || (typeof r[i] === 'object' && r[i] !== null && 'link' in (r[i] as object)))) out.push(i);
  }
  return out;
}

function setCell(cell: ExcelJS.Cell, v: Exclude<CellValue, null>): void {
  if (typeof v === 'number') cell.value = v;
  else if (typeof v === 'string') cell.value = clean(v);
  else if ('number' in v) {
    cell.value = v.number;
    cell.numFmt = v.format;
  } else {
    cell.value = { text: clean(v.text), hyperlink: v.link };
    if (!cell.font?.underline) cell.font = LINK_FONT;
  }
}

/** XML 1.0 cannot hold most control characters; cell text quoted from a form may carry them. */
function clean(text: string): string {
  // eslint-disable-next-line no-control-regex
  const t = text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '').replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
  return t.length > MAX_CELL_TEXT ? `${t.slice(0, MAX_CELL_TEXT)}…` : t;
}

function cellWidth(v: Exclude<CellValue, null>): number {
  if (typeof v === 'number') return String(v).length + 1;
  if (typeof v === 'string') return displayWidth(v);
  if ('number' in v) return v.format.includes('%') ? 6 : v.number.toFixed(2).length + 4;
  return displayWidth(v.text);
}

/** Width in Excel character units: CJK and full-width characters take two. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const line of text.split('\n')) {
    let lw = 0;
    for (const ch of line) lw += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[\u{20000}-\u{3FFFD}]/u.test(ch) ? 2 : 1;
    w = Math.max(w, lw);
  }
  return w;
}
