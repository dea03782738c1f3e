// The annotated workbook: fills on finding cells (their original fills recorded so they can be
// restored), a 校验报告 sheet, and a very-hidden sheet holding the pane's state (ignored findings).
// Only styles change on the user's sheets; no cell value is written there.

import type ExcelJS from 'exceljs';
import type { GridData } from '../../core/grid/grid';
import type { Finding, Severity } from '../../core/report';

export const REPORT_SHEET_NAME = '校验报告';
/** Very hidden: Excel's UI cannot unhide it; it travels with the file. */
export const STATE_SHEET_NAME = '_perfcheck_state';
export const PAINT_STATE_KEY = 'perfcheck.paint';

/** Light fills with dark text staying readable (Excel's own "bad/neutral" cell styles). */
export const HIGHLIGHT_FILLS: Record<Severity, string> = { error: 'FFFFC7CE', warning: 'FFFFEB9C', info: 'FFDDEBF7' };

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
const CHUNK = 30_000; // Excel caps a cell at 32,767 characters

export interface PaintRecord {
  sheet: string;
  address: string;
  fill: ExcelJS.Fill | null;
  /** The cell's own style index in the original package (annotate-package.ts), to put it back. */
  style?: number | null;
}

export interface AnnotateOptions {
  sheet: string;
  findings: readonly Finding[];
  reportRows?: Array<Array<string | number>> | null;
  state?: Record<string, string>;
}

export function annotateWorkbook(wb: ExcelJS.Workbook, options: AnnotateOptions): void {
  removeSheet(wb, REPORT_SHEET_NAME);
  removeSheet(wb, STATE_SHEET_NAME);
  const paint = paintFindings(wb, options.sheet, options.findings);
  if (options.reportRows) addReportSheet(wb, options.reportRows);
  const state: Record<string, string> = { ...(options.state ?? {}), [PAINT_STATE_KEY]: JSON.stringify(paint) };
  writeStateSheet(wb, state);
}

function removeSheet(wb: ExcelJS.Workbook, name: string): void {
  const ws = wb.getWorksheet(name);
  if (ws) wb.removeWorksheet(ws.id);
}

export function paintFindings(wb: ExcelJS.Workbook, sheet: string, findings: readonly Finding[]): PaintRecord[] {
  const ws = wb.getWorksheet(sheet);
  if (!ws) return [];
  const worst = new Map<string, Severity>();
  for (const f of findings) {
    for (const address of f.cells.length ? f.cells : [f.cell]) {
      let master: ExcelJS.Cell;
      try {
        const cell = ws.getCell(address);
        master = cell.isMerged ? cell.master : cell;
      } catch {
        continue;
      }
      const prev = worst.get(master.address);
      if (!prev || RANK[f.severity] > RANK[prev]) worst.set(master.address, f.severity);
    }
  }
  const records: PaintRecord[] = [];
  for (const [address, severity] of worst) {
    const cell = ws.getCell(address);
    const style = cell.style ?? {};
    records.push({ sheet, address, fill: style.fill ? (JSON.parse(JSON.stringify(style.fill)) as ExcelJS.Fill) : null });
    // A new style object per cell: exceljs shares style objects between cells of the same format.
    cell.style = { ...style, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: HIGHLIGHT_FILLS[severity] } } };
  }
  return records;
}

export function restorePaint(wb: ExcelJS.Workbook, records: readonly PaintRecord[]): void {
  for (const r of records) {
    const ws = wb.getWorksheet(r.sheet);
    if (!ws) continue;
    const cell = ws.getCell(r.address);
    const style: Partial<ExcelJS.Style> = { ...(cell.style ?? {}) };
    if (r.fill) style.fill = r.fill;
    else delete style.fill;
    cell.style = style;
  }
}

function addReportSheet(wb: ExcelJS.Workbook, rows: Array<Array<string | number>>): void {
  const ws = wb.addWorksheet(REPORT_SHEET_NAME);
  ws.columns = [8, 10, 14, 10, 24, 60, 40, 40].map((width) => ({ width }));
  rows.forEach((values, i) => {
    const row = ws.addRow(values);
    if (i === 0) row.font = { bold: true, size: 14 };
    else if (values[0] === '序号') row.font = { bold: true };
    if (values.length > 5) row.alignment = { wrapText: true, vertical: 'top' };
  });
}

function writeStateSheet(wb: ExcelJS.Workbook, state: Record<string, string>): void {
  const ws = wb.addWorksheet(STATE_SHEET_NAME, { state: 'veryHidden' });
  ws.addRow(['PerfCheck state', 'v1']);
  for (const [key, value] of Object.entries(state)) {
    const chunks: string[] = [];
    for (let i = 0; i < value.length; i += CHUNK) chunks.push(value.slice(i, i + CHUNK));
    ws.addRow([key, ...(chunks.length ? chunks : [''])]);
  }
}

export interface EmbeddedState {
  state: Record<string, string>;
  paint: PaintRecord[];
}

export function readEmbeddedState(wb: ExcelJS.Workbook): EmbeddedState | null {
  const ws = wb.getWorksheet(STATE_SHEET_NAME);
  if (!ws) return null;
  const rows: unknown[][] = [];
  ws.eachRow((row, n) => {
    if (n > 1) rows.push((row.values as unknown[]).slice(1));
  });
  return parseStateRows(rows);
}

/** The state sheet as the bounded reader gives it (the web page reads no workbook with exceljs). */
export function readEmbeddedStateFromGrid(grid: GridData): EmbeddedState {
  return parseStateRows(grid.values.slice(1));
}

/** One key a row: the key in the first cell, the value in chunks after it (Excel caps a cell). */
function parseStateRows(rows: readonly unknown[][]): EmbeddedState {
  const state: Record<string, string> = {};
  for (const values of rows) {
    const key = values[0];
    if (typeof key !== 'string') continue;
    state[key] = values
      .slice(1)
      .map((v) => (typeof v === 'string' ? v : v == null ? '' : String(v)))
      .join('');
  }
  let paint: PaintRecord[] = [];
  try {
    const parsed = JSON.parse(state[PAINT_STATE_KEY] ?? '[]') as unknown;
    if (Array.isArray(parsed)) paint = parsed.filter((r): r is PaintRecord => !!r && typeof r.sheet === 'string' && typeof r.address === 'string');
  } catch {
    paint = [];
  }
  delete state[PAINT_STATE_KEY];
  return { state, paint };
}

/** The colour a viewer shows for a recorded fill ("#RRGGBB" for a solid RGB fill, else none). */
export function viewFillOf(fill: PaintRecord['fill']): string | undefined {
  if (!fill || fill.type !== 'pattern' || fill.pattern !== 'solid') return undefined;
  const argb = (fill.fgColor as { argb?: string } | undefined)?.argb;
  return argb && /^[0-9A-Fa-f]{6,8}$/.test(argb) ? `#${argb.slice(-6).toUpperCase()}` : undefined;
}

export function removeEmbeddedState(wb: ExcelJS.Workbook): void {
  removeSheet(wb, STATE_SHEET_NAME);
}
