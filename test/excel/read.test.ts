// Reading through office-addin-mock: fixed round trips, slices under the payload limit, merges,
// formulas, number formats, error values, and clear messages for empty / missing / huge sheets.

import { ExcelHost } from '../../src/excel/host';
import { expectedReadSyncs, rowsPerSlice } from '../../src/excel/read';
import { errorValuesNotice } from '../../src/excel/messages';
import { HostError } from '../../src/host/types';
import { Grid } from '../../src/core/grid/grid';
import { FakeWorkbook, installGlobals, ManualTimers } from './fake-excel';

function form(): FakeWorkbook {
  const wb = new FakeWorkbook();
  wb.addSheet({
    name: '部门整体',
    origin: { row: 1, col: 1 },
    rows: [
      ['部门整体预算绩效目标申报表', null, null],
      ['基本支出', 1561.17, null],
      ['项目支出', 5200, null],
      ['合计', 6761.17, '#REF!'],
      ['一级指标', '二级指标', '三级指标'],
      ['产出指标', '数量指标', '培训人次'],
      [null, null, '放映场次'],
    ],
    formulas: { C5: '=SUM(C3:C4)', D5: '=C5/#REF!' },
    numFmts: { C3: '#,##0.00', C4: '#,##0.00', C5: '#,##0.00' },
    errors: { D5: '#REF!' },
    merges: ['B2:D2', 'B7:B8', 'C7:C8'],
  });
  return wb;
}

describe('ExcelHost.readSheet', () => {
  let uninstall: () => void;
  afterEach(() => uninstall?.());

  test('a typical form is read in exactly 2 syncs, with origin, formulas, number formats, errors and merges', async () => {
    const wb = form();
    uninstall = installGlobals(wb);
    const host = new ExcelHost({ timers: new ManualTimers() }); // global Excel.run (office-addin-mock)
    const grid = await host.readSheet();
    expect(wb.syncCount).toBe(2);
    expect(expectedReadSyncs(7, 3)).toBe(2);
    expect(grid.name).toBe('部门整体');
    expect(grid.origin).toEqual({ row: 1, col: 1 });
    expect(grid.values).toHaveLength(7);
    expect(grid.values[1]).toEqual(['基本支出', 1561.17, null]);
    expect(grid.formulas).toEqual({ C5: '=SUM(C3:C4)', D5: '=C5/#REF!' });
    expect(grid.numFmts).toEqual({ C3: '#,##0.00', C4: '#,##0.00', C5: '#,##0.00' });
    expect(grid.errors).toEqual({ D5: '#REF!' });
    expect(grid.values[3][2]).toBe('#REF!');
    expect(grid.merges!.sort()).toEqual(['B2:D2', 'B7:B8', 'C7:C8']);
    expect(grid.protected).toBeUndefined();
    // The engine sees the cells where Excel shows them.
    const g = new Grid(grid);
    expect(g.text(2, 1)).toBe('基本支出');
    expect(g.error(4, 3)).toBe('#REF!');
    expect(g.isMergedTail(7, 1)).toBe(true);
  });

  test('error values come with a clear notice for the pane', async () => {
    const wb = form();
    uninstall = installGlobals(wb);
    const grid = await new ExcelHost().readSheet('部门整体');
    const notice = errorValuesNotice(grid)!;
    expect(notice.zh).toContain('1 个错误值');
    expect(notice.zh).toContain('D5（#REF!）');
    expect(notice.en).toContain('D5 (#REF!)');
    expect(errorValuesNotice({ name: 'x', values: [[1]] })).toBeNull();
  });
});

describe('ExcelHost.readSheet on hard sheets', () => {
  test('an empty sheet gives a clear message after one sync', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet({ name: 'Sheet1' });
    const host = new ExcelHost({ runtime: wb.runtime() });
    const err = await host.readSheet().catch((e) => e);
    expect(err).toBeInstanceOf(HostError);
    expect(err.code).toBe('empty-sheet');
    expect(err.messageZh).toContain('工作表“Sheet1”是空的');
    expect(err.messageEn).toContain('Sheet "Sheet1" is empty');
    expect(wb.syncCount).toBe(1);
  });

  test('a sheet that does not exist gives a clear message', async () => {
    const wb = form();
    const err = await new ExcelHost({ runtime: wb.runtime() }).readSheet('项目表').catch((e) => e);
    expect(err).toBeInstanceOf(HostError);
    expect(err.messageZh).toContain('找不到工作表“项目表”');
  });

  test('a protected sheet is read (checking does not write) and flagged protected', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet({ name: '受保护', rows: [['项目名称', '总计'], ['宣传', 12]], protected: true });
    const grid = await new ExcelHost({ runtime: wb.runtime() }).readSheet();
    expect(grid.protected).toBe(true);
    expect(grid.values).toEqual([['项目名称', '总计'], ['宣传', 12]]);
    expect(wb.syncCount).toBe(2);
  });

  test('a used range over the cell cap is refused after the first sync, without pulling data', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet({ name: '大表', generator: { rows: 300_000, cols: 10, cell: () => ({ value: 1 }) } });
    const host = new ExcelHost({ runtime: wb.runtime(), read: { maxCells: 2_000_000 } });
    const err = await host.readSheet().catch((e) => e);
    expect(err).toBeInstanceOf(HostError);
    expect(err.code).toBe('too-large');
    expect(err.messageZh).toContain('3,000,000 个单元格');
    expect(err.messageZh).toContain('2,000,000');
    expect(wb.syncCount).toBe(1);
  });

  test('a 100,000-row paste is read in ceil(rows/slice)+1 syncs, each response under the web payload limit, yielding between slices', async () => {
    const wb = new FakeWorkbook();
    const text = '培训满意度不低于百分之九十五';
    wb.addSheet({
      name: '粘贴',
      generator: { rows: 100_000, cols: 6, cell: (r, c) => ({ value: c === 0 ? r + 1 : c === 1 ? `${text}${r}` : c * 1.5 }) },
    });
    wb.responseLimitBytes = 5 * 1024 * 1024; // Excel on the web: about 5 MB per response
    const progress: number[] = [];
    const host = new ExcelHost({ runtime: wb.runtime(), read: { onProgress: (done) => progress.push(done) } });
    // A "UI" ticking on the macrotask queue must get turns while the read is running.
    let ticks = 0;
    let reading = true;
    const tick = () => {
      if (!reading) return;
      ticks++;
      setImmediate(tick);
    };
    setImmediate(tick);
    const started = Date.now();
    const grid = await host.readSheet();
    reading = false;
    const perSlice = rowsPerSlice(6, 20_000);
    expect(perSlice).toBe(3333);
    expect(wb.syncCount).toBe(1 + Math.ceil(100_000 / perSlice));
    expect(wb.syncCount).toBe(expectedReadSyncs(100_000, 6));
    expect(Math.max(...wb.responseBytes)).toBeLessThan(wb.responseLimitBytes);
    expect(grid.values).toHaveLength(100_000);
    expect(grid.values[99_999][0]).toBe(100_000);
    expect(grid.values[99_999][1]).toBe(`${text}99999`);
    expect(progress[progress.length - 1]).toBe(100_000);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(ticks).toBeGreaterThan(0);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  test('a slice that still exceeds the payload limit is retried at half height, not failed', async () => {
    const wb = new FakeWorkbook();
    const long = '长'.repeat(300); // long prose cells: ~900 bytes each, twice (values and formulas)
    wb.addSheet({ name: '长文本', generator: { rows: 400, cols: 2, cell: (r, c) => ({ value: c === 0 ? r : `${long}${r}` }) } });
    wb.responseLimitBytes = 200_000;
    const host = new ExcelHost({ runtime: wb.runtime(), read: { sliceCells: 800 } });
    const grid = await host.readSheet();
    expect(grid.values).toHaveLength(400);
    expect(grid.values[399][1]).toBe(`${long}399`);
    const okResponses = wb.responseBytes.filter((b) => b <= wb.responseLimitBytes);
    expect(okResponses.length).toBeGreaterThan(expectedReadSyncs(400, 2, 800) - 1);
    expect(wb.responseBytes.some((b) => b > wb.responseLimitBytes)).toBe(true); // the retry path really ran
  });
});

describe('issue 14: merged areas as real Excel returns them', () => {
  test('a form with 600 merged areas reads every one (Excel fails one call above 512 areas)', async () => {
    const wb = new FakeWorkbook();
    const rows = Array.from({ length: 1_200 }, (_, i) => [`指标${i}`, null, i]);
    const merges = Array.from({ length: 600 }, (_, i) => `A${2 * i + 1}:B${2 * i + 1}`);
    wb.addSheet({ name: '项目表', rows, merges });
    const grid = await new ExcelHost({ runtime: wb.runtime() }).readSheet();
    expect(grid.merges).toHaveLength(600);
    expect(new Set(grid.merges)).toEqual(new Set(merges));
    expect(grid.values).toHaveLength(1_200);
  });

  test('a merge is reported once even when it spans two slices (areas come back by their top-left cell)', async () => {
    const wb = new FakeWorkbook();
    const rows = Array.from({ length: 40 }, (_, i) => [`r${i}`, i]);
    wb.addSheet({ name: 'S', rows, merges: ['A9:A12', 'B1:B40'] });
    const grid = await new ExcelHost({ runtime: wb.runtime(), read: { sliceCells: 20 } }).readSheet(); // 10 rows a slice
    expect(grid.merges!.sort()).toEqual(['A9:A12', 'B1:B40']);
  });
});
