// The web page reads, shows and checks from the bounded reader (issue 16, items 3 and 4): FileHost
// never hands a workbook to exceljs until the user edits, so files the CLI answers within its
// limits are answered on the page too — a million empty formatted rows, 20,000 merged areas, one
// shared string of 3 million rich-text runs. And what the page shows did not change: over every
// fixture and sample (and their annotated copies), the sheet list, readSheet() and the grid view's
// model agree with the exceljs path the page used before.

import ExcelJS from 'exceljs';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { check } from '../../src/core/check';
import { Grid } from '../../src/core/grid/grid';
import type { GridData } from '../../src/core/grid/grid';
import type { Finding } from '../../src/core/report';
import { EDIT_LIMITS, ExcelJSModule, FileHost } from '../../src/host/file/FileHost';
import { HIGHLIGHT_FILLS, readEmbeddedState, removeEmbeddedState, restorePaint, STATE_SHEET_NAME } from '../../src/host/file/annotate';
import { annotatePackage } from '../../src/host/file/annotate-package';
import { viewerCopy } from '../../src/host/file/viewer-copy';
import { HostError, SheetInfo } from '../../src/host/types';
import { worksheetToGrid } from '../../src/io/xlsx';
import { readXlsx, WorkbookError } from '../../src/io/xlsx-read';
import { buildModel } from '../../src/standalone/GridView';
import * as H from '../hardening/hostile-files';

jest.setTimeout(300_000);

const ROOT = path.resolve(__dirname, '../..');
const FILES = [
  ...readdirSync(path.join(ROOT, 'test/fixtures/xlsx')).map((f) => path.join(ROOT, 'test/fixtures/xlsx', f)),
  ...readdirSync(path.join(ROOT, 'assets/samples'))
    .filter((f) => /\.xlsx$/i.test(f))
    .map((f) => path.join(ROOT, 'assets/samples', f)),
];

/** exceljs that fails the test if the page hands it anything. */
const untouchable = (() => Promise.reject(new Error('exceljs was loaded'))) as () => Promise<ExcelJSModule>;

interface PageState {
  sheets: SheetInfo[];
  grids: Record<string, GridData>;
  /** The grid view's model: fills and bold cells in its window, column widths. */
  views: Record<string, { fills: Record<string, string>; bold: string[]; widths: number[] }>;
}

/**
 * The page as it was before: the viewer copy loaded by exceljs, an earlier annotation's fills put
 * back and its state sheet removed, grids by worksheetToGrid, the view from exceljs's styles.
 */
async function oldPage(bytes: Uint8Array): Promise<PageState> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await viewerCopy(bytes, await readXlsx(bytes))) as never);
  const embedded = readEmbeddedState(wb);
  if (embedded) {
    restorePaint(wb, embedded.paint);
    removeEmbeddedState(wb);
  }
  const visible = wb.worksheets.filter((ws) => ws.name !== STATE_SHEET_NAME && (ws.state === 'visible' || ws.state === undefined));
  const state: PageState = { sheets: [], grids: {}, views: {} };
  visible.forEach((ws, i) => {
    const sheetProtected = (ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet;
    state.sheets.push({ name: ws.name, active: i === 0, ...(sheetProtected ? { protected: true } : {}) });
  });
  for (const ws of wb.worksheets) {
    if (ws.name === STATE_SHEET_NAME) continue;
    const grid = worksheetToGrid(ws);
    state.grids[ws.name] = grid;
    // GridView's buildModel as it was.
    const g = new Grid(grid);
    const rows = Math.min(Math.max(g.rowCount, 1), 3000);
    const cols = Math.min(Math.max(g.colCount, 1), 60);
    const widths: number[] = [];
    for (let c = 0; c < cols; c++) widths.push(Math.round(Math.min(Math.max((ws.getColumn(c + 1).width ?? 9) * 7 + 6, 36), 360)));
    const fills: Record<string, string> = {};
    const bold: string[] = [];
    ws.eachRow({ includeEmpty: false }, (row, rn) => {
      if (rn > rows) return;
      row.eachCell({ includeEmpty: true }, (cell, cn) => {
        if (cn > cols) return;
        const fill = cell.style?.fill;
        if (fill && fill.type === 'pattern' && fill.pattern === 'solid' && fill.fgColor?.argb) fills[cell.address] = `#${fill.fgColor.argb.slice(-6)}`.toUpperCase();
        if (cell.style?.font?.bold) bold.push(cell.address);
      });
    });
    state.views[ws.name] = { fills, bold: bold.sort(), widths };
  }
  return state;
}

async function newPage(bytes: Uint8Array): Promise<PageState> {
  const host = await FileHost.open(untouchable, bytes, 'x.xlsx', { storage: null });
  const state: PageState = { sheets: await host.listSheets(), grids: {}, views: {} };
  for (const name of Object.keys((await oldPageNames(bytes)) ?? {})) {
    state.grids[name] = await host.readSheet(name);
    const m = buildModel(host, name);
    state.views[name] = { fills: Object.fromEntries([...m.fills].filter(([a]) => inWindow(a, m.rows, m.cols))), bold: [...m.bold].filter((a) => inWindow(a, m.rows, m.cols)).sort(), widths: m.widths };
  }
  return state;
}

/** Every sheet but the state sheet, by name (hidden ones too: readSheet reads them by name). */
async function oldPageNames(bytes: Uint8Array): Promise<Record<string, true>> {
  return Object.fromEntries((await readXlsx(bytes)).filter((s) => s.grid.name !== STATE_SHEET_NAME).map((s) => [s.grid.name, true]));
}

/**
 * exceljs reads an empty inline string (the report sheet's blank cells) as no value, the reader as
 * "" (what the cell holds); the engine takes both as blank (Grid.isBlank). Compared as equal.
 */
function comparable(state: PageState): PageState {
  const grids: Record<string, GridData> = {};
  for (const [name, g] of Object.entries(state.grids)) {
    const values = g.values.map((row) => {
      const r = row.map((v) => (v === '' ? null : v));
      while (r.length && r[r.length - 1] === null) r.pop();
      return r;
    });
    while (values.length && values[values.length - 1].length === 0) values.pop();
    grids[name] = { ...g, values };
  }
  return { ...state, grids };
}

function inWindow(address: string, rows: number, cols: number): boolean {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return Number(m[2]) <= rows && col <= cols;
}

const finding = (cell: string, severity: Finding['severity']): Finding => ({ rule: 'test-rule', category: 'budget', severity, cell, cells: [cell], message: `问题 ${cell}` });

/** An annotated copy of a file, as the page downloads it: fills on a few cells, report and state sheets. */
async function annotated(bytes: Uint8Array): Promise<Uint8Array> {
  const [first] = (await readXlsx(bytes)).filter((s) => !s.hidden);
  const findings = check(first.grid).findings.slice(0, 12);
  return annotatePackage(bytes, {
    sheet: first.grid.name,
    findings: findings.length ? findings : [finding('A1', 'error'), finding('B2', 'warning')],
    reportRows: [['绩效目标校验报告'], ['结论', '不能提交'], [], ['序号', '单元格', '类别', '严重程度', '规则', '问题', '原因', '建议'], [1, 'A1', '预算金额', '错误', 'test-rule', '问题', '', '']],
    state: { 'perfcheck.ignored': JSON.stringify({ version: 1, entries: [{ rule: 'x', cell: 'A1', reason: '已确认' }] }) },
  });
}

/** A workbook with the formatting the view shows: solid RGB fills, theme fills, bold, widths, a protected sheet, hidden sheets. */
async function styledWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('表一');
  ws.columns = [{ width: 30 }, { width: 12 }, {}, { width: 60 }];
  ws.addRow(['项目名称', '金额', '单位', '说明']);
  ws.addRow(['宣传经费', 120.5, '万元', '年度']);
  ws.mergeCells('A3:B3');
  ws.getCell('A3').value = '合计';
  ws.getCell('A1').font = { bold: true };
  ws.getCell('B1').font = { bold: true, italic: true };
  ws.getCell('A2').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
  ws.getCell('B2').fill = { type: 'pattern', pattern: 'solid', fgColor: { theme: 4 } };
  ws.getCell('C2').fill = { type: 'pattern', pattern: 'darkGrid', fgColor: { argb: 'FF00FF00' } };
  ws.getCell('C3').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF00B0F0' } }; // an empty styled cell
  ws.getCell('D2').value = new Date(Date.UTC(2024, 4, 6));
  ws.getCell('D2').numFmt = 'yyyy-mm-dd';
  ws.getCell('B4').value = { formula: 'B2*2', result: 241 } as ExcelJS.CellValue;
  const locked = wb.addWorksheet('受保护');
  locked.addRow(['一级指标', '二级指标']);
  await locked.protect('', {});
  wb.addWorksheet('隐藏', { state: 'hidden' }).addRow(['不显示']);
  wb.addWorksheet('深度隐藏', { state: 'veryHidden' }).addRow(['也不显示']);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('the page shows what it showed before, without exceljs', () => {
  const openable = FILES.filter((f) => !path.basename(f).startsWith('bad-') || /empty-workbook|not-a-form/.test(f));

  it.each(openable.map((f) => [path.basename(f), f]))('%s: sheet list, readSheet() and the grid view agree with the exceljs path', async (_name, file) => {
    const bytes = new Uint8Array(readFileSync(file));
    expect(comparable(await newPage(bytes))).toEqual(comparable(await oldPage(bytes)));
  });

  it.each(['seed-000.xlsx', 'seed-003.xlsx', 'multi-sheet.xlsx'].map((f) => path.join(ROOT, 'test/fixtures/xlsx', f)).concat(FILES.filter((f) => f.includes('assets/samples'))).map((f) => [path.basename(f), f]))(
    '%s, annotated: the same again, the state sheet hidden and its fills taken off in the view',
    async (_name, file) => {
      const out = await annotated(new Uint8Array(readFileSync(file)));
      const now = await newPage(out);
      expect(comparable(now)).toEqual(comparable(await oldPage(out)));
      expect(now.sheets.map((s) => s.name)).not.toContain(STATE_SHEET_NAME);
      expect(now.sheets.map((s) => s.name)).toContain('校验报告');
      const colours = Object.values(HIGHLIGHT_FILLS).map((argb) => `#${argb.slice(-6)}`);
      expect(Object.values(now.views[now.sheets[0].name].fills).filter((c) => colours.includes(c))).toEqual([]);
      // The report sheet's bold headings are drawn bold.
      expect(now.views['校验报告'].bold).toContain('A1');
    },
  );

  it('formatting: RGB solid fills and bold shown, theme and patterned fills not, widths, protection, hidden sheets', async () => {
    const bytes = await styledWorkbook();
    const now = await newPage(bytes);
    expect(comparable(now)).toEqual(comparable(await oldPage(bytes)));
    expect(now.sheets).toEqual([
      { name: '表一', active: true },
      { name: '受保护', active: false, protected: true },
    ]);
    expect(now.views['表一'].fills).toEqual({ A2: '#FFFF00', C3: '#00B0F0' });
    expect(now.views['表一'].bold).toEqual(['A1', 'B1']);
    expect(now.views['表一'].widths.slice(0, 4)).toEqual([216, 90, 69, 360]);
    expect(now.grids['表一'].values[1][3]).toBe('2024-05-06');
    expect(now.grids['表一'].formulas).toEqual({ B4: '=B2*2' });
  });

  it('the state and ignored findings of an annotated workbook come back from the bounded read', async () => {
    const bytes = await annotated(new Uint8Array(readFileSync(path.join(ROOT, 'test/fixtures/xlsx/seed-003.xlsx'))));
    const host = await FileHost.open(untouchable, bytes, 'x.xlsx', { storage: null });
    expect(JSON.parse((await host.loadState('perfcheck.ignored'))!)).toEqual({ version: 1, entries: [{ rule: 'x', cell: 'A1', reason: '已确认' }] });
    expect(await host.loadState('perfcheck.paint')).toBeNull();
    await expect(host.activateSheet(STATE_SHEET_NAME)).rejects.toBeInstanceOf(HostError);
  });
});

describe('files the CLI answers within its limits, the page answers without exceljs', () => {
  async function cliVerdict(bytes: Uint8Array): Promise<{ refused: string } | { form: string | null; errors: number }> {
    try {
      const sheets = await readXlsx(bytes);
      const r = check(sheets.find((s) => !s.hidden)!.grid);
      return { form: r.form, errors: r.summary.error };
    } catch (e) {
      return { refused: (e as WorkbookError).message };
    }
  }

  it.each([
    ['one million empty formatted rows', () => H.millionFormattedRows()],
    ['20,000 merged areas', () => H.manyMerges(20_000)],
    ['one shared string of 3,000,000 rich-text runs', () => H.richTextBomb(3_000_000)],
  ])('%s: opened, listed, read, drawn and checked as the CLI checks it; an edit is refused with a sentence', async (_name, make) => {
    const bytes = new Uint8Array(make());
    const cli = await cliVerdict(bytes);
    expect(cli).not.toHaveProperty('refused');
    const host = await FileHost.open(untouchable, bytes, 'x.xlsx', { storage: null });
    const [sheet] = await host.listSheets();
    const grid = await host.readSheet(sheet.name);
    const report = check(grid);
    expect({ form: report.form, errors: report.summary.error }).toEqual(cli);
    const model = buildModel(host, sheet.name);
    expect(model.rows).toBeLessThanOrEqual(3000);
    expect(model.grid.text(0, 0)).toBe(new Grid(grid).text(0, 0));
    // exceljs would take minutes or gigabytes on these: the edit is refused before it is loaded.
    const error = await host.applyEdit(sheet.name, { description: 'x', insertions: [], writes: [{ address: 'Z1', value: '备注' }] }).then(
      () => null,
      (e: unknown) => e as HostError,
    );
    expect(error).toBeInstanceOf(HostError);
    expect([error!.code, error!.message]).toEqual(['too-large', '这个工作簿太大，网页上无法插入或修改，请在 Excel 中修改（校验不受影响）。']);
    // The download of the un-edited file still patches the original package.
    const { bytes: out } = await host.download({ sheet: sheet.name, findings: report.findings.slice(0, 3) });
    expect((await readXlsx(out)).map((s) => s.grid.name)).toEqual([sheet.name, STATE_SHEET_NAME]);
  });

  it('the edit limits sit above real forms: the largest sample stays editable', () => {
    const largest = Math.max(...FILES.filter((f) => f.includes('assets/samples')).map((f) => readFileSync(f).length));
    expect(largest * 20).toBeLessThan(EDIT_LIMITS.maxUncompressedBytes);
  });
});

describe('exceljs is loaded on the first edit, and only then', () => {
  it('open, read, view, highlight and download load nothing; an edit loads exceljs once; undo drops its copy', async () => {
    let loads = 0;
    const loader = async () => {
      loads++;
      return ExcelJS as unknown as ExcelJSModule;
    };
    const bytes = new Uint8Array(readFileSync(path.join(ROOT, 'test/fixtures/xlsx/seed-000.xlsx')));
    const host = await FileHost.open(loader, bytes, 's.xlsx', { storage: null });
    const sheet = host.activeSheet;
    const before = await host.readSheet();
    buildModel(host, sheet);
    await host.showHighlights(sheet, [finding('B5', 'error')]);
    await host.download({ sheet, findings: [finding('B5', 'error')] });
    expect(loads).toBe(0);
    const token = await host.applyEdit(sheet, { description: '写入', insertions: [], writes: [{ address: 'Z1', value: '备注' }] });
    expect(loads).toBe(1);
    // The view and the check show the edited workbook, read back with the bounded reader.
    expect((await host.readSheet()).values[0][25]).toBe('备注');
    expect(buildModel(host, sheet).grid.text(0, 25)).toBe('备注');
    await host.undoEdit(token);
    expect(await host.readSheet()).toBe(before);
    const again = await host.applyEdit(sheet, { description: '写入', insertions: [], writes: [{ address: 'Z2', value: '备注' }] });
    expect(loads).toBe(2);
    // Edited: the download is written from the edited workbook and carries the edit.
    await host.saveState('perfcheck.ignored', '{"version":1,"entries":[]}');
    const { bytes: out } = await host.download({ sheet, findings: [finding('B5', 'error')] });
    expect((await readXlsx(out))[0].grid.values[1][25]).toBe('备注');
    await host.undoEdit(again);
    // Re-opened (exceljs wrote this state sheet): the state comes back, our fill comes off in the view.
    const reopened = await FileHost.open(untouchable, out, 's-校验标注.xlsx', { storage: null });
    expect(await reopened.loadState('perfcheck.ignored')).toBe('{"version":1,"entries":[]}');
    expect(reopened.sheetView(sheet).view.fills.B5).toBe(host.sheetView(sheet).view.fills.B5);
    expect((await reopened.listSheets()).map((s) => s.name)).toEqual([sheet]);
  });
});
