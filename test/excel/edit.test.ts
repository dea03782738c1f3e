// Template edits: rows inserted inside the indicator table with the table's formatting, values
// only in empty cells, merges grown, all in 2 round trips; and an undo that restores the sheet
// exactly, refusing when the user has changed the inserted rows since.

import { ExcelHost } from '../../src/excel/host';
import { placeInsertions, toBeforeRow } from '../../src/excel/edit';
import { HostError } from '../../src/host/types';
import type { EditPlan } from '../../src/host/types';
import { applyEditToGrid } from '../../src/core/templates/apply';
import { check } from '../../src/core/check';
import type { GridData } from '../../src/core/grid/grid';
import type { Finding } from '../../src/core/report';
import { planForFinding } from '../../src/core/templates';
import { fixture } from '../fixtures/catalog';
import { specToGrid } from '../fixtures/sheet-spec';
import { FakeWorkbook, ManualTimers } from './fake-excel';

const HEADER = { fill: '#DDEBF7', bold: true };
const BODY = { border: 'thin', wrap: true };

function indicatorTable(protectedSheet = false): FakeWorkbook {
  const wb = new FakeWorkbook();
  wb.addSheet({
    name: '指标',
    protected: protectedSheet,
    rows: [
      ['一级指标', '二级指标', '三级指标', '指标值', null],
      ['产出指标', '数量指标', '培训人次', '≥500人次', null],
      [null, null, '放映场次', '12场', null],
      [null, '质量指标', '合格率', '≥95%', null],
      ['效益指标', '社会效益指标', '知晓率', '≥80%', null],
      ['满意度指标', '服务对象满意度指标', '满意度', '≥90%', null],
    ],
    merges: ['A2:A4', 'B2:B3'],
    numFmts: { D4: '0%' },
    formats: {
      A1: HEADER, B1: HEADER, C1: HEADER, D1: HEADER,
      A4: BODY, B4: BODY, C4: { ...BODY, fill: '#FFF2CC' }, D4: BODY,
      A5: { border: 'thick' }, C5: { border: 'thick' },
    },
  });
  return wb;
}

const TIMELINESS: EditPlan = {
  description: '在第 4 行后插入 1 行（时效指标）',
  insertions: [{ beforeRow: 4, rows: [[null, '时效指标', '按时完成率', '100%']], formatFromRow: 3, merges: ['A2:A5'] }],
  writes: [
    { address: 'E2', value: '模板插入' }, // empty: written
    { address: 'D3', value: '覆盖?' }, // filled: left alone
  ],
};

describe('ExcelHost.applyEdit / undoEdit', () => {
  test('inserts the rows in place with the source row\'s formatting, writes only empty cells, grows the merge, one sync of checks then one per step (5 here)', async () => {
    const wb = indicatorTable();
    const host = new ExcelHost({ runtime: wb.runtime(), timers: new ManualTimers() });
    const token = await host.applyEdit('指标', TIMELINESS);
    expect(wb.syncCount).toBe(5); // checks, the insert, its formats and values, the write, the merge
    expect(token.description).toBe(TIMELINESS.description);
    const s = wb.sheet('指标');
    // New row 5, old rows 5-6 moved to 6-7.
    expect(['A5', 'B5', 'C5', 'D5'].map((a) => wb.valueAt('指标', a))).toEqual([null, '时效指标', '按时完成率', '100%']);
    expect(wb.valueAt('指标', 'C6')).toBe('知晓率');
    expect(wb.valueAt('指标', 'C7')).toBe('满意度');
    // Formatting copied from row 4 (the row above), number format included.
    const fmt = (a: string) => {
      const snap = wb.snapshot('指标') as { cells: Array<[string, { format?: unknown; numberFormat?: string }]> };
      return snap.cells.find(([addr]) => addr === a)?.[1];
    };
    expect(fmt('C5')?.format).toEqual({ ...BODY, fill: '#FFF2CC' });
    // "100%" is template text: text format first, or Excel would store the number 1 (issue 14.11).
    expect(fmt('D5')?.numberFormat).toBe('@');
    expect(fmt('C6')?.format).toEqual({ border: 'thick' }); // the moved row keeps its own formatting
    // Writes: empty E2 written, filled D3 untouched.
    expect(wb.valueAt('指标', 'E2')).toBe('模板插入');
    expect(wb.valueAt('指标', 'D3')).toBe('12场');
    // The 产出指标 merge now covers the new row.
    expect(s.merges.map((m) => `${m.top + 1}-${m.bottom + 1}:${m.left}`).sort()).toEqual(['2-3:1', '2-5:0']);
  });

  test('undo restores the sheet exactly, in 2 syncs', async () => {
    const wb = indicatorTable();
    const before = wb.snapshot('指标');
    const host = new ExcelHost({ runtime: wb.runtime(), timers: new ManualTimers() });
    const token = await host.applyEdit('指标', TIMELINESS);
    wb.syncCount = 0;
    await host.undoEdit(token);
    expect(wb.syncCount).toBe(2);
    expect(wb.snapshot('指标')).toEqual(before);
    // A token works once.
    const again = await host.undoEdit(token).catch((e) => e);
    expect(again).toBeInstanceOf(HostError);
    expect(again.messageZh).toContain('已无法撤销');
  });

  test('several insertions: positions are before-edit rows, applied bottom-up; undo restores exactly', async () => {
    const wb = indicatorTable();
    const before = wb.snapshot('指标');
    const host = new ExcelHost({ runtime: wb.runtime(), timers: new ManualTimers() });
    const plan: EditPlan = {
      description: '插入时效指标和成本指标',
      insertions: [
        { beforeRow: 6, rows: [[null, null, '服务对象满意度', '≥90%']], formatFromRow: 5 },
        { beforeRow: 4, rows: [[null, '时效指标', '按时完成率', '100%'], [null, '成本指标', '成本控制率', '≤100%']], formatFromRow: 3, merges: ['A2:A6'] },
      ],
      writes: [],
    };
    const placed = placeInsertions(plan.insertions);
    expect(placed.map((p) => p.start)).toEqual([4, 8]);
    expect(toBeforeRow(placed, 7)).toBe(5);
    expect(toBeforeRow(placed, 5)).toBeNull();
    const token = await host.applyEdit('指标', plan);
    expect(wb.syncCount).toBe(5); // checks, 2 inserts, formats and values, write
    expect(['C5', 'C6', 'C7', 'C8', 'C9'].map((a) => wb.valueAt('指标', a))).toEqual(['按时完成率', '成本控制率', '知晓率', '满意度', '服务对象满意度']);
    await host.undoEdit(token);
    expect(wb.snapshot('指标')).toEqual(before);
  });

  test('undo refuses when the inserted rows were edited since, and changes nothing', async () => {
    const wb = indicatorTable();
    const host = new ExcelHost({ runtime: wb.runtime(), timers: new ManualTimers() });
    const token = await host.applyEdit('指标', TIMELINESS);
    wb.userEdit('指标', 'C5', '按期完成率（已改）');
    const after = wb.snapshot('指标');
    const err = await host.undoEdit(token).catch((e) => e);
    expect(err).toBeInstanceOf(HostError);
    expect(err.messageZh).toContain('第 5–5 行');
    expect(err.messageZh).toContain('未自动撤销');
    expect(wb.snapshot('指标')).toEqual(after);
  });

  test('a merge that would swallow existing content is refused before anything changes', async () => {
    const wb = indicatorTable();
    const before = wb.snapshot('指标');
    const host = new ExcelHost({ runtime: wb.runtime(), timers: new ManualTimers() });
    const plan: EditPlan = { description: 'bad', insertions: [{ beforeRow: 4, rows: [[null, 'x']], merges: ['C2:C5'] }], writes: [] };
    const err = await host.applyEdit('指标', plan).catch((e) => e);
    expect(err).toBeInstanceOf(HostError);
    expect(err.messageZh).toContain('会覆盖单元格 C3 的内容');
    expect(wb.syncCount).toBe(1);
    expect(wb.snapshot('指标')).toEqual(before);
  });

  test('a write with `previous` appends only while the cell still holds exactly that text; undo puts the old text back', async () => {
    const wb = indicatorTable();
    const before = wb.snapshot('指标');
    const host = new ExcelHost({ runtime: wb.runtime(), timers: new ManualTimers() });
    const plan: EditPlan = {
      description: '补充指标值说明',
      insertions: [],
      writes: [
        { address: 'D2', value: '≥500人次（全年培训登记表）', previous: '≥500人次' }, // still as planned: appended
        { address: 'D3', value: '12场（每月1场）', previous: '10场' }, // user changed it meanwhile: skipped
        { address: 'D4', value: '改写', previous: '≥95%' }, // not an append: refused
      ],
    };
    const token = await host.applyEdit('指标', plan);
    expect(wb.valueAt('指标', 'D2')).toBe('≥500人次（全年培训登记表）');
    expect(wb.valueAt('指标', 'D3')).toBe('12场');
    expect(wb.valueAt('指标', 'D4')).toBe('≥95%');
    await host.undoEdit(token);
    expect(wb.snapshot('指标')).toEqual(before);
  });

  test('a merge that would swallow a template value of a new row is refused before anything changes', async () => {
    const wb = indicatorTable();
    const before = wb.snapshot('指标');
    const plan: EditPlan = { description: 'bad', insertions: [{ beforeRow: 4, rows: [['产出指标', '时效指标']], merges: ['A2:A5'] }], writes: [] };
    const err = await new ExcelHost({ runtime: wb.runtime(), timers: new ManualTimers() }).applyEdit('指标', plan).catch((e) => e);
    expect(err).toBeInstanceOf(HostError);
    expect(err.messageZh).toContain('会覆盖单元格 A5 的内容');
    expect(wb.snapshot('指标')).toEqual(before);
  });

  test('a protected sheet gives the protection message and is not changed', async () => {
    const wb = indicatorTable(true);
    const before = wb.snapshot('指标');
    const err = await new ExcelHost({ runtime: wb.runtime(), timers: new ManualTimers() }).applyEdit('指标', TIMELINESS).catch((e) => e);
    expect(err).toBeInstanceOf(HostError);
    expect(err.code).toBe('protected');
    expect(err.messageZh).toContain('无法在表格上标注问题或插入行');
    expect(wb.snapshot('指标')).toEqual(before);
  });

  test('the Excel host and the engine\'s reference (applyEditToGrid) agree on where everything lands', async () => {
    const plan: EditPlan = {
      description: '插入时效、成本、满意度',
      insertions: [
        { beforeRow: 6, rows: [[null, null, '服务对象满意度', '≥90%']], formatFromRow: 5 },
        { beforeRow: 4, rows: [[null, '时效指标', '按时完成率', '100%'], [null, '成本指标', '成本控制率', '≤100%']], formatFromRow: 3, merges: ['A2:A6'] },
        { beforeRow: 4, rows: [[null, '质量指标', '验收合格率', '100%']], formatFromRow: 3, merges: ['A2:A7'] },
      ],
      writes: [{ address: 'E2', value: '模板' }, { address: 'D9', value: '≥90%（问卷）', previous: '≥90%' }],
    };
    const wb = indicatorTable();
    const host = new ExcelHost({ runtime: wb.runtime(), timers: new ManualTimers() });
    const expected = applyEditToGrid(await host.readSheet('指标'), plan).grid;
    await host.applyEdit('指标', plan);
    const actual = await host.readSheet('指标');
    const trim = (rows: unknown[][]) => rows.map((r) => { const c = [...r]; while (c.length && (c[c.length - 1] === null || c[c.length - 1] === undefined)) c.pop(); return c; });
    expect(trim(actual.values)).toEqual(trim(expected.values));
    expect([...(actual.merges ?? [])].sort()).toEqual([...(expected.merges ?? [])].sort());
  });

  describe('real plans from the planner (seed forms): fills, packed appends and insertions, a fixed number of syncs each way', () => {
    function seedWorkbook(seed: string): { wb: FakeWorkbook; grid: GridData } {
      const grid = specToGrid(fixture(seed));
      const wb = new FakeWorkbook();
      wb.addSheet({ name: grid.name, rows: grid.values, merges: grid.merges, numFmts: grid.numFmts });
      return { wb, grid };
    }
    const trim = (rows: unknown[][]) => {
      const out = rows.map((r) => { const c = [...r]; while (c.length && (c[c.length - 1] === null || c[c.length - 1] === undefined)) c.pop(); return c; });
      while (out.length && out[out.length - 1].length === 0) out.pop();
      return out;
    };

    async function agree(seed: string, pick: (f: Finding) => boolean) {
      const { wb, grid } = seedWorkbook(seed);
      const host = new ExcelHost({ runtime: wb.runtime(), timers: new ManualTimers() });
      const read = await host.readSheet(grid.name);
      const finding = check(read).findings.find(pick)!;
      expect(finding).toBeDefined();
      const plan = planForFinding(finding, read)!;
      const reference = applyEditToGrid(read, plan);
      expect(reference.skipped).toEqual([]);
      const before = wb.snapshot(grid.name);
      wb.syncCount = 0;
      const token = await host.applyEdit(grid.name, plan);
      expect(wb.syncCount).toBeLessThanOrEqual(3 + plan.insertions.length + (plan.insertions.some((i) => i.merges?.length) ? 1 : 0));
      const after = await host.readSheet(grid.name);
      expect(trim(after.values)).toEqual(trim(reference.grid.values));
      expect([...(after.merges ?? [])].sort()).toEqual([...(reference.grid.merges ?? [])].sort());
      wb.syncCount = 0;
      await host.undoEdit(token);
      expect(wb.syncCount).toBe(2);
      expect(wb.snapshot(grid.name)).toEqual(before);
      return { plan, after };
    }

    test('seed 000: filling an empty category row writes its blank cells only', async () => {
      const { plan, after } = await agree('seed-000', (f) => f.rule === 'empty-category' && f.cell === 'C41');
      expect(plan.insertions).toEqual([]);
      expect(after.values[40].slice(3, 6)).toEqual(['【待填】成本控制率', '【待填】≤100%', '【待填】≤100%']);
    });

    test('seed 003: a packed append lands where the cell still holds `previous`', async () => {
      const { plan, after } = await agree('seed-003', (f) => f.rule === 'missing-category' && f.cell === 'G7' && f.fix?.data?.level2Key === 'timeliness');
      expect(plan.writes).toHaveLength(1);
      expect(plan.writes[0].previous).toBeTruthy();
      expect(after.values[6][6]).toBe(plan.writes[0].value);
    });

    test('seed 002: a missing category inserted as a new row in the table', async () => {
      const { plan } = await agree('seed-002', (f) => f.rule === 'missing-category' && f.fix?.data?.level1Key === 'satisfaction');
      expect(plan.insertions).toHaveLength(1);
    });
  });
});
