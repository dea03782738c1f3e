// The review workbook written with exceljs: frozen headers, filters, widths that fit Chinese text,
// numbers stored as numbers and no formulas at all (another program cannot recompute them into
// something else).

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

export function buildWorkbook(Excel: ExcelJSModule, sheets: SheetRows[]): ExcelJS.Workbook {
  const wb = new Excel.Workbook();
  wb.creator = 'PerfCheck 绩效目标校验助手';
  for (const s of sheets) addSheet(wb, s);
  return wb;
}

function addSheet(wb: ExcelJS.Workbook, s: SheetRows): void {
  const headerRows = s.headers.length;
  const columns = s.headers[0].reduce((n, h) => n + (h.span ?? 1), 0);
  const ws = wb.addWorksheet(s.name, { views: [{ state: 'frozen', ySplit: headerRows, xSplit: 0 }] });
  const widths: number[] = new Array(columns).fill(6);
  const wrap = new Set(s.wrap);
  // Styles a whole column shares are set on the column, once: new cells inherit them, and setting
  // them cell by cell costs seconds on a 20,000-row 问题清单.
  for (const i of wrap) ws.getColumn(i + 1).alignment = { vertical: 'top', wrapText: true };
  for (const i of linkColumns(s)) ws.getColumn(i + 1).font = LINK_FONT;

  s.headers.forEach((header, r) => {
    let col = 1;
    for (const h of header) {
      const cell = ws.getCell(r + 1, col);
      // An empty label sits under a label merged down into it: writing it would blank the label.
      if (h.label !== '') cell.value = h.label;
      const span = h.span ?? 1;
      const below = s.headers[r + 1];
      if (span > 1) ws.mergeCells(r + 1, col, r + 1, col + span - 1);
      // A single column label with nothing under it spans the header rows below.
      else if (below && below[col - 1]?.label === '' && h.label !== '') ws.mergeCells(r + 1, col, headerRows, col);
      if (span === 1 && h.label) widths[col - 1] = Math.max(widths[col - 1], displayWidth(h.label) + 2);
      col += span;
    }
  });
  for (let r = 1; r <= headerRows; r++) {
    const row = ws.getRow(r);
    for (let c = 1; c <= columns; c++) {
      const cell = row.getCell(c);
      cell.font = { bold: true };
      cell.fill = HEADER_FILL;
      cell.border = BORDER;
      cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    }
  }

  for (const values of s.rows) {
    const row = ws.addRow([]);
    values.forEach((v, i) => {
      if (v === null) return;
      const cell = row.getCell(i + 1);
      setCell(cell, v);
      const w = cellWidth(v);
      widths[i] = Math.max(widths[i], w);
      if (typeof v === 'string' && VERDICT_FONT[v]) cell.font = VERDICT_FONT[v];
    });
  }
  ws.columns.forEach((column, i) => {
    // exceljs leaves out a column of width 9 (it takes it for the default), so never exactly 9.
    const w = Math.min(wrap.has(i) ? WRAP_WIDTH : MAX_WIDTH, widths[i] + 1);
    column.width = w === 9 ? 10 : w;
  });
  ws.autoFilter = { from: { row: headerRows, column: 1 }, to: { row: headerRows + Math.max(s.rows.length, 0), column: columns } };
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
