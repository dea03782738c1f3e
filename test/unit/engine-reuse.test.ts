// The engine keeps what it read between checks (issue 16: the pane re-checks the whole sheet after
// every edit): the sheet index keeps row offsets instead of a key list per row and is the last
// sheets' index while the sheet says the same, whole-sheet lists are kept in pieces, the readers
// hand out the last check's cell, value, category and row objects (and a table's list of them)
// while the cells say the same, and the judgements and duplicate groups are found again by row
// position. None of it may ever show: a check after any other checks must answer exactly as a
// check in a fresh engine does.

import fc from 'fast-check';
import { Grid, GridData, ScalarValue } from '../../src/core/grid/grid';
import { SheetScan, MAX_LABEL_LENGTH } from '../../src/core/forms/scan';
import { CellMemo, SameOrNewList } from '../../src/core/grid/cell-memo';
import { PiecedList, PiecedStringSet } from '../../src/core/grid/pieces';
import * as textModule from '../../src/core/parse/text';
import { normalizeLabel } from '../../src/core/parse/text';
import { readForm } from '../../src/core/forms';
import type { checkWithModel as checkWithModelFn } from '../../src/core/check';
import { fixture } from '../fixtures/catalog';
import { specToGrid } from '../fixtures/sheet-spec';
import { generatedForm } from '../../bench/generate';

/** The engine as a process that has checked nothing yet (its caches and kept objects empty). */
function freshEngine(): typeof checkWithModelFn {
  let fn: typeof checkWithModelFn | undefined;
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    fn = require('../../src/core/check').checkWithModel;
  });
  return fn!;
}

describe('SheetScan row index', () => {
  const cellValue = fc.oneof(
    fc.constant(null),
    fc.constantFrom('一级指标', ' 二级 指标 ', '【三级指标】：', '产出指标', '≥95%', '合计', '', '   ', 'x'.repeat(MAX_LABEL_LENGTH + 1)),
    fc.string({ maxLength: 6 }),
    fc.integer({ min: -5, max: 5 }),
  );
  const sheet = fc.record({
    origin: fc.record({ row: fc.nat({ max: 4 }), col: fc.nat({ max: 3 }) }),
    // Ragged rows, blank rows and holes, as sheets arrive.
    values: fc.array(fc.array(cellValue, { maxLength: 7 }), { maxLength: 14 }),
  });

  /** Every question the scan answers, answered from the cells themselves. */
  function expectAnswersAsCells(grid: Grid, scan: SheetScan): void {
    const keyAt = (row: number, col: number): string => {
      const v = grid.value(row, col);
      return typeof v === 'string' && v.length > 0 && v.length <= MAX_LABEL_LENGTH ? normalizeLabel(v) : '';
    };
    const all: Array<{ row: number; col: number; key: string }> = [];
    for (let row = -1; row <= grid.rowCount + 1; row++) {
      const end = Math.min(grid.colCount, grid.rowEnd(row));
      const expected: Array<string | undefined> = [];
      let any = false;
      for (let col = 0; col < end; col++) {
        const k = keyAt(row, col);
        if (k) {
          expected[col] = k;
          all.push({ row, col, key: k });
          any = true;
        }
      }
      for (let col = -1; col <= grid.colCount; col++) expect(scan.key(row, col)).toBe(col >= 0 && col < end ? keyAt(row, col) : '');
      const keys = scan.rowKeys(row);
      if (!any) expect(keys.length).toBe(0);
      else {
        expect(keys.length).toBe(end);
        for (let col = 0; col < end; col++) expect(keys[col]).toBe(expected[col]);
      }
      expect(scan.rowHasKey(row, (k) => k.includes('指标'))).toBe(expected.some((k) => !!k && k.includes('指标')));
    }
    // Whole-sheet questions: positions in reading order, yes/no, and exact labels.
    const test = (k: string) => k.includes('指标') || k === 'x';
    expect(scan.findWhere(test)).toEqual(all.filter((c) => test(c.key)).map(({ row, col }) => ({ row, col })));
    expect(scan.some(test)).toBe(all.some((c) => test(c.key)));
    expect(scan.has('产出指标', '合计')).toBe(all.some((c) => c.key === '产出指标' || c.key === '合计'));
    const firstHit = all.find((c) => c.key === '≥95%');
    expect(scan.first((k) => k === '≥95%')).toEqual(firstHit ? { row: firstHit.row, col: firstHit.col } : undefined);
  }

  it('key, rowKeys and rowHasKey answer as the cells themselves do', () => {
    fc.assert(
      fc.property(sheet, ({ origin, values }) => {
        const grid = new Grid({ name: 's', values: values as ScalarValue[][], origin });
        expectAnswersAsCells(grid, new SheetScan(grid));
      }),
      { numRuns: 200 },
    );
  });

  // A scan takes the last scan's cells while the sheet says the same (pieces.ts, scan.ts): a scan
  // after any other scans must still answer from its own sheet, whatever changed in between.
  it('answers as the cells do over a sequence of edited sheets (cells kept from the scan before)', () => {
    const change = fc.record({ row: fc.nat({ max: 15 }), col: fc.nat({ max: 7 }), value: cellValue });
    fc.assert(
      fc.property(sheet, fc.array(fc.oneof(fc.constant([] as Array<{ row: number; col: number; value: unknown }>), fc.array(change, { minLength: 1, maxLength: 3 })), { maxLength: 5 }), fc.boolean(), ({ origin, values }, rounds, newStrings) => {
        let rows = values as ScalarValue[][];
        for (const changes of [[], ...rounds]) {
          rows = rows.map((r) => (newStrings ? r.map((v) => (typeof v === 'string' ? [...v].join('') : v)) : [...r]));
          for (const { row, col, value } of changes) {
            while (rows.length <= row) rows.push([]);
            rows[row][col] = value as ScalarValue;
          }
          const grid = new Grid({ name: 's', values: rows, origin });
          expectAnswersAsCells(grid, new SheetScan(grid));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('a sheet that says the same as one of the last two scanned is not normalised again (a form and its baseline, in turn)', () => {
    const form = generatedForm(300);
    const baseline = generatedForm(300, '（上年）');
    // Every string a new object, as each read of the sheet gives.
    const reread = (data: GridData): GridData => ({ ...data, values: data.values.map((r) => r.map((v) => (typeof v === 'string' ? [...v].join('') : v))) });
    new SheetScan(new Grid(form));
    new SheetScan(new Grid(baseline));
    const normalise = jest.spyOn(textModule, 'normalizeLabel');
    try {
      for (let i = 0; i < 2; i++) {
        const a = new Grid(reread(form));
        expectAnswersAsCells(a, new SheetScan(a));
        const b = new Grid(reread(baseline));
        expectAnswersAsCells(b, new SheetScan(b));
      }
      // The scans above normalised nothing; the expectations' own calls are the only ones.
      normalise.mockClear();
      new SheetScan(new Grid(reread(form)));
      new SheetScan(new Grid(reread(baseline)));
      expect(normalise).not.toHaveBeenCalled();
      // One edited cell: only that cell and what follows the first difference is normalised.
      const edited = reread(form);
      edited.values[200][3] = '培训场次（改）';
      const grid = new Grid(edited);
      const scan = new SheetScan(grid);
      expect(normalise.mock.calls.length).toBeGreaterThan(0);
      expect(normalise.mock.calls.length).toBeLessThan(400);
      expectAnswersAsCells(grid, scan);
    } finally {
      normalise.mockRestore();
    }
  });

  it('a sheet cut short after the same first cells keeps no key of the longer one', () => {
    const long = new Grid({ name: 's', values: [['一级指标', '二级指标'], ['产出指标', '数量指标'], ['合计']] });
    expect(new SheetScan(long).has('合计')).toBe(true);
    const short = new Grid({ name: 's', values: [['一级指标', '二级指标'], ['产出指标', '数量指标']] });
    const scan = new SheetScan(short);
    expect(scan.has('合计')).toBe(false);
    expect(scan.some((k) => k === '合计')).toBe(false);
    expect(scan.findExact('产出指标')).toEqual([{ row: 1, col: 0 }]);
  });
});

describe('lists and sets in pieces', () => {
  it('a pieced list answers as an array across piece boundaries', () => {
    const list = new PiecedList<number>();
    const want: number[] = [];
    for (let i = 0; i < 20_000; i++) {
      list.push(i * 3);
      want.push(i * 3);
    }
    expect(list.length).toBe(want.length);
    for (const i of [0, 1, 8191, 8192, 8193, 16_383, 16_384, 19_999]) expect(list.at(i)).toBe(want[i]);
  });

  it('a pieced string set answers as a Set, in the order keys were first added', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom('产出指标', '效益指标', '≥95%', '')), { maxLength: 300 }), (keys) => {
        const set = new PiecedStringSet();
        const want = new Set<string>();
        for (const k of keys) {
          expect(set.add(k)).toBe(!want.has(k));
          want.add(k);
        }
        expect(set.size).toBe(want.size);
        expect(Array.from({ length: set.size }, (_, i) => set.at(i))).toEqual([...want]);
        for (const k of [...keys, 'absent', '产出']) expect(set.has(k)).toBe(want.has(k));
      }),
      { numRuns: 200 },
    );
    // Many keys: more than one piece of the order list, every part used.
    const big = new PiecedStringSet();
    for (let i = 0; i < 30_000; i++) big.add(`培训场次${i}`);
    expect(big.size).toBe(30_000);
    expect(big.at(29_999)).toBe('培训场次29999');
    expect(big.has('培训场次12345')).toBe(true);
    expect(big.has('培训场次30000')).toBe(false);
  });
});

describe('SameOrNewList', () => {
  it('gives the kept list itself when the same items come in the same order, and a new list otherwise', () => {
    const objects = Array.from({ length: 6 }, (_, i) => ({ i }));
    fc.assert(
      fc.property(fc.option(fc.array(fc.nat({ max: 5 }), { maxLength: 8 }), { nil: undefined }), fc.array(fc.nat({ max: 5 }), { maxLength: 8 }), (keptAt, pushedAt) => {
        const kept = keptAt?.map((i) => objects[i]);
        const keptCopy = kept && [...kept];
        const list = new SameOrNewList(kept);
        for (const i of pushedAt) list.push(objects[i]);
        const got = list.result();
        expect(list.length).toBe(pushedAt.length);
        expect(got.length).toBe(pushedAt.length);
        got.forEach((o, k) => expect(o).toBe(objects[pushedAt[k]]));
        const same = kept !== undefined && kept.length === pushedAt.length && pushedAt.every((i, k) => kept[k] === objects[i]);
        expect(got === kept).toBe(same);
        // The kept list is never written to.
        if (kept) kept.forEach((o, k) => expect(o).toBe(keptCopy![k]));
      }),
      { numRuns: 300 },
    );
  });
});

describe('CellMemo', () => {
  it('keeps one object per cell, replaces it, and starts again when full', () => {
    const memo = new CellMemo<{ v: number }>(10, 4);
    const a = { v: 1 };
    memo.set(2, 1, a);
    expect(memo.get(2, 1)).toBe(a);
    expect(memo.get(1, 1)).toBeUndefined();
    expect(memo.get(2, 0)).toBeUndefined();
    const b = { v: 2 };
    memo.set(2, 1, b);
    expect(memo.get(2, 1)).toBe(b);
    // Columns past the ones kept, negative and fractional positions are never kept.
    memo.set(0, 4, a);
    memo.set(-1, 0, a);
    memo.set(0.5, 0, a);
    expect(memo.get(0, 4)).toBeUndefined();
    expect(memo.get(-1, 0)).toBeUndefined();
    // Column 1 holds rows 0..2 (3 of the 10 entries); row 6 of column 0 takes 7 more: kept.
    memo.set(6, 0, a);
    expect(memo.get(6, 0)).toBe(a);
    // Replacing within what a column already holds is always allowed.
    memo.set(0, 0, b);
    expect(memo.get(0, 0)).toBe(b);
    // Row 9 of column 2 would need 10 more: the memo starts again and keeps it alone.
    memo.set(9, 2, a);
    expect(memo.get(9, 2)).toBe(a);
    expect(memo.get(2, 1)).toBeUndefined();
    expect(memo.get(6, 0)).toBeUndefined();
    // A row past the limit is never kept, and empties nothing.
    memo.set(10, 3, a);
    expect(memo.get(10, 3)).toBeUndefined();
    expect(memo.get(9, 2)).toBe(a);
  });
});

describe('objects kept between checks', () => {
  const read = (data: GridData) => readForm(new SheetScan(new Grid(data))).model!;
  const copy = (data: GridData): GridData => ({ ...data, values: data.values.map((r) => [...r]) });

  it('an unchanged row is the same object; an edited row is new, says the new text, and the old one is untouched', () => {
    const base = generatedForm(40);
    const first = read(base);
    const again = read(copy(base));
    expect(again.tables[0].indicators).toEqual(first.tables[0].indicators);
    again.tables[0].indicators.forEach((ind, i) => expect(ind).toBe(first.tables[0].indicators[i]));

    const edited = copy(base);
    // Row 20 of the sheet: its name and its annual target.
    edited.values[19][3] = '培训场次（改）';
    edited.values[19][5] = '≥13场';
    const after = read(edited);
    const i = after.tables[0].indicators.findIndex((ind) => ind.row === 19);
    const before = first.tables[0].indicators[i];
    expect(after.tables[0].indicators[i]).not.toBe(before);
    expect(after.tables[0].indicators[i].name!.text).toBe('培训场次（改）');
    expect(after.tables[0].indicators[i].values.map((v) => v.text)).toEqual(['≥12场', '≥13场']);
    expect(before.name!.text).not.toBe('培训场次（改）');
    expect(before.values.map((v) => v.text)).toEqual(['≥12场', '≥12场']);
    // The first value of the row did not change: its object is kept.
    expect(after.tables[0].indicators[i].values[0]).toBe(before.values[0]);
    // Every other row is still the object it was.
    after.tables[0].indicators.forEach((ind, k) => k !== i && expect(ind).toBe(first.tables[0].indicators[k]));
  });
});

describe('a table’s list of rows kept between checks', () => {
  const read = (data: GridData) => readForm(new SheetScan(new Grid(data))).model!;

  it('is the same list when only the table around it changed (a closing row added), and a new one when a row changed', () => {
    const base = generatedForm(40);
    const first = read(base).tables[0];
    const closed = read({ ...base, values: [...base.values.map((r) => [...r]), [null, '合计', null, null, null, null, '100']] }).tables[0];
    expect(closed).not.toBe(first);
    expect(closed.closingRow).toBeDefined();
    expect(closed.indicators).toBe(first.indicators);

    const edited = { ...base, values: base.values.map((r) => [...r]) };
    edited.values[30][5] = '≥13场';
    const after = read(edited).tables[0];
    expect(after.indicators).not.toBe(first.indicators);
    expect(after.indicators.length).toBe(first.indicators.length);
    expect(after.indicators.find((ind) => ind.row === 30)!.values.map((v) => v.text)).toContain('≥13场');
    // The earlier list is untouched.
    expect(first.indicators.find((ind) => ind.row === 30)!.values.map((v) => v.text)).not.toContain('≥13场');
  });
});

describe('a check after other checks answers as a fresh engine', () => {
  // Edits a user makes between two checks: retyped names and targets (vague ones, copies of a
  // sibling, template placeholders), cleared cells, a category renamed, blank rows inserted above.
  const TEXTS = ['按时完成率', '≥95%', '逐步提高', '达到预期', '【待填】100%', '', '培训场次1', '受益人数', '44561', '好', '≥12场', '数量指标', '质量指标', '效益指标'];
  const edit = fc.oneof(
    fc.record({ kind: fc.constant('set' as const), row: fc.nat({ max: 60 }), col: fc.nat({ max: 6 }), text: fc.constantFrom(...TEXTS) }),
    fc.record({ kind: fc.constant('insert' as const), row: fc.nat({ max: 60 }), count: fc.integer({ min: 1, max: 3 }) }),
    fc.record({ kind: fc.constant('delete' as const), row: fc.nat({ max: 60 }) }),
  );
  type Edit = { kind: 'set'; row: number; col: number; text: string } | { kind: 'insert'; row: number; count: number } | { kind: 'delete'; row: number };

  function apply(data: GridData, edits: Edit[]): GridData {
    const values = data.values.map((r) => [...r]);
    for (const e of edits) {
      if (e.kind === 'set') {
        if (e.row >= values.length) continue;
        const row = values[e.row];
        while (row.length <= e.col) row.push(null);
        row[e.col] = e.text === '' ? null : e.text;
      } else if (e.kind === 'insert') values.splice(Math.min(e.row, values.length), 0, ...Array.from({ length: e.count }, () => [] as ScalarValue[]));
      else if (e.row < values.length) values.splice(e.row, 1);
    }
    return { ...data, values, merges: [] };
  }

  const bases: Array<() => GridData> = [() => generatedForm(50), () => ({ ...specToGrid(fixture('seed-000')), merges: [] }), () => ({ ...specToGrid(fixture('seed-003')), merges: [] })];

  it(
    'findings and model equal a fresh engine’s after any sequence of edited sheets',
    () => {
      fc.assert(
        fc.property(fc.nat({ max: bases.length - 1 }), fc.array(fc.array(edit, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 3 }), (b, rounds) => {
          const warm = freshEngine();
          let sheet = bases[b]();
          warm(sheet);
          for (const edits of rounds) {
            sheet = apply(sheet, edits as Edit[]);
            const got = warm(sheet);
            const want = freshEngine()(sheet);
            expect(got.report.findings).toEqual(want.report.findings);
            expect(got.report.measurability).toEqual(want.report.measurability);
            expect(JSON.parse(JSON.stringify(got.model))).toEqual(JSON.parse(JSON.stringify(want.model)));
          }
        }),
        { numRuns: 25 },
      );
    },
    120_000,
  );

  it('a sibling renamed to a row’s target makes that target a copy on the re-check, and renamed back it is not', () => {
    const warm = freshEngine();
    const base = generatedForm(30);
    base.values[15][3] = '开展宣传活动';
    const first = warm(base);
    // Row 17 (0-based 16) gets its neighbour's name as both targets: a copy, not a target.
    const copied = { ...base, values: base.values.map((r) => [...r]) };
    copied.values[16][4] = '开展宣传活动';
    copied.values[16][5] = '开展宣传活动';
    const after = warm(copied);
    const fresh = freshEngine()(copied);
    expect(after.report.findings).toEqual(fresh.report.findings);
    expect(after.report.findings.filter((f) => f.rule === 'vague-target' && f.cells.includes('F17'))).toHaveLength(1);
    expect(first.report.findings.some((f) => f.cells.includes('F17'))).toBe(false);
    const back = warm(base);
    expect(back.report.findings).toEqual(first.report.findings);
  });

  it('an unchanged table is judged again when the goal it may copy from changes, or the indicator system', () => {
    const warm = freshEngine();
    const base = generatedForm(30);
    // Row 17 (0-based 16): a prose target; the form's 总体绩效目标 (B10) says something else.
    base.values[16][4] = '开展宣传培训活动覆盖全体干部职工';
    base.values[16][5] = '开展宣传培训活动覆盖全体干部职工';
    const first = warm(base);
    const copiedGoal = { ...base, values: base.values.map((r) => [...r]) };
    copiedGoal.values[9][1] = '开展宣传培训活动覆盖全体干部职工，完成年度各项工作任务。';
    const after = warm(copiedGoal);
    // The table itself is the same object as before: only the goal changed.
    expect(after.model!.tables[0]).toBe(first.model!.tables[0]);
    expect(after.report.findings).toEqual(freshEngine()(copiedGoal).report.findings);
    expect(after.report.findings).not.toEqual(first.report.findings);
    // The same sheet under the other indicator system.
    const mof = warm(copiedGoal, { profile: 'mof2021' });
    expect(mof.report.findings).toEqual(freshEngine()(copiedGoal, { profile: 'mof2021' }).report.findings);
    expect(warm(copiedGoal).report.findings).toEqual(after.report.findings);
  });

  it('a row renamed under the same targets is judged under its new name', () => {
    const warm = freshEngine();
    const base = generatedForm(30);
    // Row 25 (0-based 24) is a 时效 row: "按时完成率" with "100%" is measurable as it stands.
    expect(base.values[24].slice(3)).toEqual(['按时完成率1', '100%', '100%']);
    base.values[24][3] = '按时完成率';
    const first = warm(base);
    expect(first.report.findings.some((f) => f.cells.includes('D25'))).toBe(false);
    const renamed = { ...base, values: base.values.map((r) => [...r]) };
    renamed.values[24][3] = '完成情况';
    const after = warm(renamed);
    expect(after.report.findings).toEqual(freshEngine()(renamed).report.findings);
    expect(after.report.findings.some((f) => f.category === 'vague' && f.cells.includes('D25'))).toBe(true);
  });

  it('a row renamed to its neighbour’s name is reported as a duplicate on the re-check, and renamed back it is not', () => {
    const warm = freshEngine();
    const base = generatedForm(30);
    const first = warm(base);
    expect(first.report.findings.some((f) => f.rule === 'duplicate-indicator')).toBe(false);
    const dup = { ...base, values: base.values.map((r) => [...r]) };
    dup.values[16][3] = dup.values[15][3];
    expect(warm(dup).report.findings.filter((f) => f.rule === 'duplicate-indicator')).toHaveLength(1);
    expect(warm(base).report.findings.some((f) => f.rule === 'duplicate-indicator')).toBe(false);
  });
});
