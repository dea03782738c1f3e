// The file host (exceljs in memory), in node: reading, highlights and selection for the view,
// per-workbook state, edits with exact undo, and the annotated download (original values untouched,
// fills restorable, 校验报告 + very-hidden state sheet).

import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { check, checkWithModel } from '../../src/core/check';
import type { GridData } from '../../src/core/grid/grid';
import type { Finding } from '../../src/core/report';
import { applyEditToGrid, EditPlan, planForFinding, planTemplate } from '../../src/core/templates';
import { annotatedName, FileHost, KeyValueStorage } from '../../src/host/file/FileHost';
import { HIGHLIGHT_FILLS, STATE_SHEET_NAME } from '../../src/host/file/annotate';
import { HostError } from '../../src/host/types';
import { readWorkbook } from '../../src/io/xlsx';

const FIXTURES = path.resolve(__dirname, '../fixtures/xlsx');
const bytesOf = (name: string) => new Uint8Array(readFileSync(path.join(FIXTURES, name)));

class MemoryStorage implements KeyValueStorage {
  readonly map = new Map<string, string>();
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.map.set(k, v);
  }
}

/** A grid as compared across readers: rows without trailing empty cells, merges in sorted order. */
function comparable(g: GridData) {
  const values = g.values.map((r) => {
    const row = [...r];
    while (row.length && (row[row.length - 1] === null || row[row.length - 1] === undefined)) row.pop();
    return row;
  });
  while (values.length && values[values.length - 1].length === 0) values.pop();
  return { name: g.name, values, merges: [...(g.merges ?? [])].sort(), formulas: g.formulas ?? {}, numFmts: g.numFmts ?? {}, errors: g.errors ?? {} };
}

/** A fixture with extra content written by exceljs, as a user's own workbook would carry it. */
async function withExtras(bytes: Uint8Array, change: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as never);
  change(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const F = (cell: string, severity: Finding['severity'], cells = [cell]): Finding => ({ rule: 'test-rule', category: 'budget', severity, cell, cells, message: `问题 ${cell}` });

describe('FileHost', () => {
  test('reads the first visible sheet as the engine sees it (same grid as the CLI reader)', async () => {
    const bytes = bytesOf('seed-000.xlsx');
    const host = await FileHost.open(ExcelJS, bytes, 'seed-000.xlsx', { storage: null });
    const [viaCli] = await readWorkbook(ExcelJS, bytes);
    expect(await host.readSheet()).toEqual(viaCli.grid);
    expect(await host.listSheets()).toEqual([{ name: viaCli.grid.name, active: true }]);
    expect(check(await host.readSheet()).form).toBe('dept-overall');
  });

  test('bad files become HostErrors with the reader’s Chinese message', async () => {
    await expect(FileHost.open(ExcelJS, bytesOf('bad-encrypted.xlsx'), 'x.xlsx', { storage: null })).rejects.toThrow(/加密/);
    await expect(FileHost.open(ExcelJS, bytesOf('bad-csv-renamed.xlsx'), 'x.xlsx', { storage: null })).rejects.toBeInstanceOf(HostError);
    await expect(FileHost.open(ExcelJS, bytesOf('bad-truncated.xlsx'), 'x.xlsx', { storage: null })).rejects.toThrow(/损坏|不完整/);
    await expect(FileHost.open(ExcelJS, new Uint8Array(), 'x.xlsx', { storage: null })).rejects.toThrow(/空/);
  });

  test('sheets: list, switch (reported as sheet-switch), read by name', async () => {
    const host = await FileHost.open(ExcelJS, bytesOf('multi-sheet.xlsx'), 'multi.xlsx', { storage: null });
    const sheets = await host.listSheets();
    expect(sheets.length).toBeGreaterThan(1);
    const events: unknown[] = [];
    host.onChange((e) => events.push(e));
    await host.activateSheet(sheets[1].name);
    expect(events).toEqual([{ sheet: sheets[1].name, reason: 'sheet-switch' }]);
    expect((await host.readSheet()).name).toBe(sheets[1].name);
    expect((await host.listSheets()).find((s) => s.active)?.name).toBe(sheets[1].name);
    await expect(host.activateSheet('没有这张表')).rejects.toBeInstanceOf(HostError);
  });

  test('highlights and selection live in the view state; clicks reach the pane', async () => {
    const host = await FileHost.open(ExcelJS, bytesOf('seed-000.xlsx'), 's.xlsx', { storage: null });
    const sheet = host.activeSheet;
    const seen: unknown[] = [];
    host.onSelectionChange((e) => seen.push(e));
    const v0 = host.viewState();
    expect(host.viewState()).toBe(v0); // stable until something changes
    await host.showHighlights(sheet, [F('B5', 'warning', ['B5', 'C5']), F('C5', 'error')]);
    expect([...host.viewState().highlights]).toEqual([
      ['B5', 'warning'],
      ['C5', 'error'],
    ]);
    // Cells a finding only involves are marked as related, not in its severity's colour.
    await host.showHighlights(sheet, [F('B5', 'error', ['B5', 'B6', 'B7']), F('B7', 'info')]);
    expect([...host.viewState().highlights]).toEqual([
      ['B5', 'error'],
      ['B7', 'info'],
      ['B6', 'related'],
    ]);
    await host.selectCell(sheet, '$D$7');
    expect(host.viewState().selection).toBe('D7');
    host.userSelect('E9');
    expect(seen).toEqual([{ sheet, address: 'E9' }]);
    await host.clearHighlights(sheet);
    expect(host.viewState().highlights.size).toBe(0);
    // the workbook itself is never painted: the view's own fills are the file's
    expect(host.sheetView().view.fills.C5).toBeUndefined();
  });

  test('state is kept per workbook (by content) across page loads', async () => {
    const storage = new MemoryStorage();
    const a = await FileHost.open(ExcelJS, bytesOf('seed-002.xlsx'), 'a.xlsx', { storage });
    await a.saveState('perfcheck.ignored', '{"v":1}');
    const again = await FileHost.open(ExcelJS, bytesOf('seed-002.xlsx'), 'renamed.xlsx', { storage });
    expect(await again.loadState('perfcheck.ignored')).toBe('{"v":1}');
    const other = await FileHost.open(ExcelJS, bytesOf('seed-001.xlsx'), 'a.xlsx', { storage });
    expect(await other.loadState('perfcheck.ignored')).toBeNull();
  });

  test('edits: rows inserted with the source row’s formatting, merges grown, only empty cells written; undo is exact', async () => {
    const host = await FileHost.open(ExcelJS, bytesOf('seed-000.xlsx'), 's.xlsx', { storage: null });
    const sheet = host.activeSheet;
    const before = await host.readSheet();
    const ws = (await host.editableWorkbook()).getWorksheet(sheet)!;
    const srcStyle = JSON.stringify(ws.getRow(21).getCell(4).style);
    const token = await host.applyEdit(sheet, {
      description: '插入 1 行（时效指标）',
      insertions: [{ beforeRow: 20, rows: [[null, null, '时效指标', '按时完成率', '100%']], formatFromRow: 21 }],
      writes: [{ address: 'G1', value: '备注' }],
    });
    expect(token.description).toBe('插入 1 行（时效指标）');
    const after = await host.readSheet();
    expect(after.values.length).toBe(before.values.length + 1);
    expect(after.values[20].slice(2, 5)).toEqual(['时效指标', '按时完成率', '100%']);
    expect(after.values[21].slice(0, before.values[20].length)).toEqual(before.values[20]);
    expect(after.values[0][6]).toBe('备注');
    // merges below move, merges spanning the new row grow
    expect(after.merges).toContain('A20:A53');
    expect(before.merges).toContain('A20:A52');
    expect(after.merges).toContain('B22:B42');
    expect(JSON.stringify((await host.editableWorkbook()).getWorksheet(sheet)!.getRow(21).getCell(4).style)).toBe(srcStyle);
    await host.undoEdit(token);
    expect(await host.readSheet()).toEqual(before);
    await expect(host.undoEdit(token)).rejects.toBeInstanceOf(HostError);
  });

  test('an edit that would overwrite a filled cell changes nothing', async () => {
    const host = await FileHost.open(ExcelJS, bytesOf('seed-000.xlsx'), 's.xlsx', { storage: null });
    const before = await host.readSheet();
    await expect(host.applyEdit(host.activeSheet, { description: 'x', insertions: [{ beforeRow: 5, rows: [['新行']] }], writes: [{ address: 'A1', value: '覆盖' }] })).rejects.toThrow(/已有内容/);
    expect(await host.readSheet()).toEqual(before);
  });

  test('download: original values untouched, fills on findings, 校验报告 and state sheets; re-opening restores fills and state', async () => {
    const bytes = bytesOf('seed-003.xlsx');
    const host = await FileHost.open(ExcelJS, bytes, '黄埔.xlsx', { storage: null });
    const sheet = host.activeSheet;
    const wb0 = new ExcelJS.Workbook();
    await wb0.xlsx.load(Buffer.from(bytes) as never);
    const originalFill = JSON.stringify(wb0.getWorksheet(sheet)!.getCell('B5').style.fill ?? null);
    const originalViewFill = host.sheetView(sheet).view.fills.B5;
    await host.saveState('perfcheck.ignored', JSON.stringify({ version: 1, entries: [] }));
    const { bytes: out, fileName } = await host.download({
      sheet,
      findings: [F('B5', 'error', ['B5', 'B6']), F('B6', 'warning'), F('C7', 'info')],
      reportRows: [['绩效目标校验报告'], ['结论', '不能提交（1 个错误）'], [], ['序号', '单元格', '类别', '严重程度', '规则', '问题', '原因', '建议'], [1, 'B5', '预算金额', '错误', 'test-rule', '问题 B5', '', '']],
    });
    expect(fileName).toBe('黄埔-校验标注.xlsx');

    const before = await readWorkbook(ExcelJS, bytes);
    const after = await readWorkbook(ExcelJS, out);
    expect(after.map((s) => [s.grid.name, s.hidden])).toEqual([[sheet, false], ['校验报告', false], [STATE_SHEET_NAME, true]]);
    expect(after[0].grid).toEqual(before[0].grid);
    expect(after[1].grid.values[1].slice(0, 2)).toEqual(['结论', '不能提交（1 个错误）']);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(out) as never);
    const ws = wb.getWorksheet(sheet)!;
    const argb = (a: string) => (ws.getCell(a).style.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    expect(argb('B5')).toBe(HIGHLIGHT_FILLS.error);
    expect(argb('B6')).toBe(HIGHLIGHT_FILLS.error); // the worst finding on a cell wins
    expect(argb('C7')).toBe(HIGHLIGHT_FILLS.info);
    expect(wb.getWorksheet(STATE_SHEET_NAME)!.state).toBe('veryHidden');
    // other cells sharing B5's style are not painted (exceljs shares style objects)
    expect(argb('A1')).not.toBe(HIGHLIGHT_FILLS.error);

    // re-open: our fills come off (the user's own come back), the state travels with the file
    const reopened = await FileHost.open(ExcelJS, out, fileName, { storage: null });
    expect(reopened.sheetView(sheet).view.fills.B5).toBe(originalViewFill);
    expect(reopened.sheetView(sheet).view.fills.C7).toBe(host.sheetView(sheet).view.fills.C7);
    expect(JSON.stringify((await reopened.editableWorkbook()).getWorksheet(sheet)!.getCell('B5').style.fill ?? null)).toBe(originalFill);
    expect(await reopened.loadState('perfcheck.ignored')).toBe(JSON.stringify({ version: 1, entries: [] }));
    expect((await reopened.listSheets()).map((s) => s.name)).toEqual([sheet, '校验报告']);
    // annotating again replaces the report sheet instead of adding a second one
    const second = await reopened.download({ sheet, findings: [F('B5', 'error')] });
    const names = (await readWorkbook(ExcelJS, second.bytes)).map((s) => s.grid.name);
    expect(names).toEqual([sheet, STATE_SHEET_NAME]);
  });

  describe('applyEdit agrees with the engine (applyEditToGrid) on real plans; undo restores the sheet exactly', () => {
    async function agree(host: FileHost, plan: EditPlan, sheet = host.activeSheet): Promise<{ original: GridData; edited: GridData }> {
      const original = await host.readSheet(sheet);
      const reference = applyEditToGrid(original, plan);
      expect(reference.skipped).toEqual([]);
      const token = await host.applyEdit(sheet, plan);
      const edited = await host.readSheet(sheet);
      expect(comparable(edited)).toEqual(comparable(reference.grid));
      await host.undoEdit(token);
      expect(await host.readSheet(sheet)).toEqual(original);
      return { original, edited };
    }

    test('seed 000: a category insertion (rows, grown merges, shifted formulas on this and another sheet)', async () => {
      // Formulas the insertion must move or grow, out to the right of the form, and a summary sheet.
      const bytes = await withExtras(bytesOf('seed-000.xlsx'), (wb) => {
        const ws = wb.worksheets[0];
        ws.getCell('Z30').value = { formula: 'SUM(D20:D52)', result: 0 } as ExcelJS.CellValue; // spans the insertion: grows
        ws.getCell('Z51').value = { formula: 'C51&"/"&$C$52', result: '指标/指标' } as ExcelJS.CellValue; // below it: moves
        ws.getCell('Z5').value = { formula: 'C5', result: '项目支出' } as ExcelJS.CellValue; // above it: stays
        const summary = wb.addWorksheet('汇总');
        summary.getCell('A1').value = { formula: `'${ws.name}'!C51`, result: '' } as ExcelJS.CellValue;
        summary.getCell('A2').value = { formula: 'C51', result: '' } as ExcelJS.CellValue; // its own C51: stays
      });
      const host = await FileHost.open(ExcelJS, bytes, 's.xlsx', { storage: null });
      const sheet = host.activeSheet;
      const before = await host.readSheet();
      const { model } = checkWithModel(before);
      const plan = planTemplate(model!, before, { kind: 'category', tableId: 'dept', level1Key: 'output', level2Key: 'quality', items: ['pass-rate'] });
      expect(plan.insertions).toHaveLength(1);
      const at = plan.insertions[0].beforeRow;
      expect(at).toBeLessThan(50);
      const { edited } = await agree(host, plan);
      expect(edited.formulas).toEqual({ Z5: '=C5', Z30: '=SUM(D20:D53)', Z52: '=C52&"/"&$C$53' });
      expect(edited.values.flat().some((v) => typeof v === 'string' && v.startsWith('【待填】'))).toBe(true);
      expect((await host.readSheet('汇总')).formulas).toEqual({ A1: `='${sheet}'!C51`, A2: '=C51' }); // undone
      const token = await host.applyEdit(sheet, plan);
      expect((await host.readSheet('汇总')).formulas).toEqual({ A1: `='${sheet}'!C52`, A2: '=C51' });
      await host.undoEdit(token);
    });

    test('shared formulas below an insertion become plain formulas with their own, shifted references', async () => {
      const bytes = await withExtras(bytesOf('seed-000.xlsx'), (wb) => {
        const ws = wb.worksheets[0];
        ws.getCell('Y51').value = { formula: 'C51&"!"', shareType: 'shared', ref: 'Y51:Y52', result: '' } as ExcelJS.CellValue;
        ws.getCell('Y52').value = { sharedFormula: 'Y51', result: '' } as ExcelJS.CellValue;
      });
      const host = await FileHost.open(ExcelJS, bytes, 's.xlsx', { storage: null });
      const grid = await host.readSheet();
      const plan = planTemplate(checkWithModel(grid).model!, grid, { kind: 'category', tableId: 'dept', level1Key: 'output', level2Key: 'quality' });
      const token = await host.applyEdit(host.activeSheet, plan);
      const moved = (await host.editableWorkbook()).getWorksheet(host.activeSheet)!;
      expect([moved.getCell('Y52').value, moved.getCell('Y53').value]).toEqual([{ formula: 'C52&"!"' }, { formula: 'C53&"!"' }]);
      expect((await host.readSheet()).formulas).toMatchObject({ Y52: '=C52&"!"', Y53: '=C53&"!"' });
      await host.undoEdit(token);
      expect((await host.editableWorkbook()).getWorksheet(host.activeSheet)!.getCell('Y52').formula).toBe('C52&"!"');
      expect((await host.readSheet()).formulas).toMatchObject({ Y52: '=C52&"!"' });
    });

    test('seed 000: filling an empty category row (writes into its blank cells only)', async () => {
      const host = await FileHost.open(ExcelJS, bytesOf('seed-000.xlsx'), 's.xlsx', { storage: null });
      const grid = await host.readSheet();
      const finding = check(grid).findings.find((f) => f.rule === 'empty-category' && f.cell === 'C40')!;
      const plan = planForFinding(finding, grid)!;
      expect(plan.insertions).toEqual([]);
      expect(plan.writes.map((w) => w.address)).toEqual(['D40', 'E40', 'F40']);
      const { edited } = await agree(host, plan);
      expect(edited.values[39].slice(3, 6)).toEqual(['【待填】按时完成率', '【待填】100%', '【待填】100%']);
    });

    test('seed 003: appending to a packed 绩效指标 cell that still holds what the planner saw', async () => {
      const host = await FileHost.open(ExcelJS, bytesOf('seed-003.xlsx'), 'h.xlsx', { storage: null });
      const grid = await host.readSheet();
      const finding = check(grid).findings.find((f) => f.rule === 'missing-category' && f.cell === 'G6' && f.fix?.data?.level1Key === 'satisfaction')!;
      const plan = planForFinding(finding, grid)!;
      expect(plan.writes).toHaveLength(1);
      const [w] = plan.writes;
      expect(typeof w.previous).toBe('string');
      const { edited } = await agree(host, plan);
      expect(edited.values[5][6]).toBe(w.value);
      expect(String(w.value).startsWith(String(w.previous))).toBe(true);

      // The cell changed since the plan (another append first): refused, nothing changed.
      const changed = { ...plan, writes: [{ ...w, previous: `${w.previous}改` }] };
      await expect(host.applyEdit(host.activeSheet, changed)).rejects.toThrow(/与预览时不同/);
      expect(await host.readSheet()).toEqual(grid);
    });
  });
});

test('the annotated name never stacks its suffix (re-downloading an annotated file, issue 15)', () => {
  expect(annotatedName('黄埔.xlsx')).toBe('黄埔-校验标注.xlsx');
  expect(annotatedName('黄埔-校验标注.xlsx')).toBe('黄埔-校验标注.xlsx');
  expect(annotatedName('黄埔-校验标注-校验标注.XLSX')).toBe('黄埔-校验标注.XLSX');
});
