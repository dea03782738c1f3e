// Issue 14, inserts and undo in real-Excel conditions (the stricter fake): typed text parsed by
// Excel, the user's typing in inserted rows, stale previews, and failures part-way through a sync.

import { ExcelHost } from '../../src/excel/host';
import { memoryEditStore } from '../../src/excel/edit-store';
import { editGuard } from '../../src/host/guard';
import { Grid } from '../../src/core/grid/grid';
import { HostError } from '../../src/host/types';
import type { EditPlan } from '../../src/host/types';
import { FakeWorkbook, ManualTimers } from './fake-excel';

function table(): FakeWorkbook {
  const wb = new FakeWorkbook();
  wb.addSheet({
    name: '指标',
    rows: [
      ['一级指标', '二级指标', '三级指标', '指标值', null],
      ['产出指标', '数量指标', '培训人次', '≥500人次', null],
      [null, null, '放映场次', '12场', null],
      [null, '质量指标', '合格率', '≥95%', null],
      ['效益指标', '社会效益指标', '知晓率', '≥80%', null],
    ],
    merges: ['A2:A4', 'B2:B3'],
    numFmts: { D4: '0%' },
    formats: { C4: { fill: '#FFF2CC' } },
  });
  wb.addSheet({ name: '封面', rows: [['封面']] });
  return wb;
}

const PLAN: EditPlan = {
  description: '在第 4 行后插入 1 行（时效指标）',
  insertions: [{ beforeRow: 4, rows: [[null, '时效指标', '按时完成率', '100%']], formatFromRow: 3, merges: ['A2:A5'] }],
  writes: [{ address: 'E2', value: '-较上年减少' }],
};

const host = (wb: FakeWorkbook) => new ExcelHost({ runtime: wb.runtime(), timers: new ManualTimers(), editStore: memoryEditStore() });

/** Template text only (no "100%"), so these tests see undo's own checks and nothing of 14.11. */
const TEXT_PLAN: EditPlan = {
  description: '在第 4 行后插入 1 行（时效指标）',
  insertions: [{ beforeRow: 4, rows: [[null, '时效指标', '按时完成率', '【待填】按时']], formatFromRow: 3, merges: ['A2:A5'] }],
  writes: [{ address: 'E2', value: '模板插入' }],
};

describe('issue 14.2: 撤销插入 never deletes what the user typed into the inserted rows', () => {
  test.each([
    ['a note far right of the template columns', 'H5', '备注：已核实'],
    ['a cell the template left empty', 'A5', '补充'],
    ['a formula', 'E5', '=D5*2'],
  ])('typing %s makes undo refuse with a clear message and keeps the row', async (_what, address, value) => {
    const wb = table();
    const h = host(wb);
    const token = await h.applyEdit('指标', TEXT_PLAN);
    if (value.startsWith('=')) {
      const s = wb.sheet('指标');
      const k = 4 * 16_384 + 4;
      s.cells.set(k, { value: 0, formula: value });
    } else wb.userEdit('指标', address, value);
    const err = await h.undoEdit(token).catch((e) => e);
    expect(err).toBeInstanceOf(HostError);
    expect(err.messageZh).toMatch(/已被改动.*未自动撤销/);
    expect(wb.valueAt('指标', 'C5')).toBe('按时完成率');
  });

  test('clearing a cell the add-in wrote is a change too', async () => {
    const wb = table();
    const h = host(wb);
    const token = await h.applyEdit('指标', TEXT_PLAN);
    wb.userEdit('指标', 'C5', null);
    await expect(h.undoEdit(token)).rejects.toThrow(/已被改动/);
  });

  test('untouched rows are undone exactly', async () => {
    const wb = table();
    const before = wb.snapshot('指标');
    const h = host(wb);
    await h.undoEdit(await h.applyEdit('指标', TEXT_PLAN));
    expect(wb.snapshot('指标')).toEqual(before);
  });
});

describe('issue 14.11: text is written as text', () => {
  test('template text starting with "-", "+" or "=" and numeric text stay exactly as written', async () => {
    const wb = table();
    const plan: EditPlan = {
      description: 'x',
      insertions: [{ beforeRow: 5, rows: [[null, '成本指标', '=成本', '+5%以内', '-较上年减少', '001']], formatFromRow: 4 }],
      writes: [{ address: 'E2', value: '-较上年减少' }],
    };
    const h = host(wb);
    const token = await h.applyEdit('指标', plan);
    const grid = await h.readSheet('指标');
    expect(grid.values[5].slice(1, 6)).toEqual(['成本指标', '=成本', '+5%以内', '-较上年减少', '001']);
    expect(grid.values[1][4]).toBe('-较上年减少');
    expect(grid.formulas ?? {}).toEqual({});
    expect(grid.errors ?? {}).toEqual({});
    // undo gives E2 its number format back
    const before = table().snapshot('指标');
    await h.undoEdit(token);
    expect(wb.snapshot('指标')).toEqual(before);
  });
});

describe('issue 14.3: a previewed plan is applied only where it was planned', () => {
  async function planned(wb: FakeWorkbook) {
    const h = host(wb);
    const grid = new Grid(await h.readSheet('指标'));
    return { h, guard: editGuard(grid, PLAN) };
  }

  test('refused after a sheet switch: nothing changes on either sheet', async () => {
    const wb = table();
    const { h, guard } = await planned(wb);
    const before = [wb.snapshot('指标'), wb.snapshot('封面')];
    wb.userActivate('封面');
    const err = await h.applyEdit('指标', PLAN, guard).catch((e) => e);
    expect(err).toBeInstanceOf(HostError);
    expect(err.messageZh).toMatch(/预览之后.*未作任何修改/);
    expect([wb.snapshot('指标'), wb.snapshot('封面')]).toEqual(before);
  });

  test('refused after the user inserted a row above the insertion point', async () => {
    const wb = table();
    const { h, guard } = await planned(wb);
    await wb.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('指标').getRange('2:2').insert('Down');
      await ctx.sync();
    });
    const before = wb.snapshot('指标');
    wb.log.length = 0;
    await expect(h.applyEdit('指标', PLAN, guard)).rejects.toThrow(/预览之后/);
    expect(wb.snapshot('指标')).toEqual(before);
    expect(wb.writes).toEqual([]);
  });

  test('applied when nothing moved', async () => {
    const wb = table();
    const { h, guard } = await planned(wb);
    await h.applyEdit('指标', PLAN, guard);
    expect(wb.valueAt('指标', 'C5')).toBe('按时完成率');
  });
});

describe('issue 14.4: a failure part-way through leaves the sheet as it was', () => {
  test.each(['copyFrom', 'values', 'merge', 'unmerge'])('failure at %s: every earlier step is taken back, with a message saying so', async (step) => {
    const wb = table();
    const before = wb.snapshot('指标');
    const h = host(wb);
    wb.failNextWrite(step);
    const err = await h.applyEdit('指标', PLAN).catch((e) => e);
    expect(err).toBeInstanceOf(HostError);
    expect(err.messageZh).toMatch(/已撤回本次插入的全部改动/);
    expect(wb.snapshot('指标')).toEqual(before);
    expect(await h.pendingEdits()).toEqual([]);
  });

  test('with two insertions, a failure at the second insert takes the first back', async () => {
    const wb = table();
    const before = wb.snapshot('指标');
    const h = host(wb);
    const plan: EditPlan = {
      description: 'two',
      insertions: [
        { beforeRow: 2, rows: [[null, null, '新1', '1场']], formatFromRow: 1 },
        { beforeRow: 4, rows: [[null, null, '新2', '2场']], formatFromRow: 3 },
      ],
      writes: [],
    };
    let inserts = 0;
    wb.onSync = () => {
      if (wb.log.filter((l) => l.startsWith('insert')).length > inserts) inserts++;
      if (inserts === 1) wb.failNextWrite('insert');
    };
    await expect(h.applyEdit('指标', plan)).rejects.toThrow(/已撤回/);
    wb.onSync = null;
    expect(wb.snapshot('指标')).toEqual(before);
  });

  test('where a grouped operation has no undo support (UndoNotSupported), the insert is made without grouping', async () => {
    const wb = table();
    wb.undoGroupingUnsupported = true;
    const h = new ExcelHost({ runtime: wb.runtime(), editStore: memoryEditStore(), undoGrouping: true });
    const before = wb.snapshot('指标');
    const token = await h.applyEdit('指标', PLAN);
    expect(wb.valueAt('指标', 'C5')).toBe('按时完成率');
    await h.undoEdit(token);
    expect(wb.snapshot('指标')).toEqual(before);
  });

  test('runs as one undo group where the client supports it (ExcelApi 1.20)', async () => {
    const wb = table();
    const h = new ExcelHost({ runtime: wb.runtime(), editStore: memoryEditStore(), undoGrouping: true });
    await h.applyEdit('指标', PLAN);
    expect(wb.runOptions.at(-1)).toEqual({ delayForCellEdit: true, mergeUndoGroup: true });
  });
});
