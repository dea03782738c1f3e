import fc from 'fast-check';
import { GridData, ScalarValue } from '../../../src/core/grid/grid';
import { parseA1, toA1 } from '../../../src/core/grid/address';
import { applyEditToGrid, CellWrite, EditError, EditPlan, mapRowThroughPlan, RowInsertion } from '../../../src/core/templates';
import { cell } from './helpers';

function grid(): GridData {
  return {
    name: 's',
    values: [
      ['表头', '一级', '二级', '三级', '值'],
      [null, '产出', '数量', '甲', 1],
      [null, null, null, '乙', 2],
      [null, null, '质量', '丙', 3],
      [null, '效益', '社会效益', '丁', 4],
      ['合计', null, null, null, 10],
    ],
    merges: ['A2:A5', 'B2:B4', 'C2:C3'],
    formulas: { E6: '=SUM(E2:E5)', A1: '=E6' },
    numFmts: { E3: '0.00', E4: '0.0%' },
    errors: { D6: '#N/A' },
  };
}

const plan = (insertions: RowInsertion[], writes: CellWrite[] = []): EditPlan => ({ insertions, writes, description: 't' });

describe('applyEditToGrid', () => {
  it('inserts rows Excel-style: content, merges, formulas, formats and errors move; spanning merges and ranges grow', () => {
    const g = grid();
    const { grid: out } = applyEditToGrid(g, plan([{ beforeRow: 3, rows: [[null, null, null, '新', '【待填】1']], formatFromRow: 2 }]));
    expect(out.values[3]).toEqual([null, null, null, '新', '【待填】1']);
    expect(cell(out, 'D5')).toBe('丙');
    expect(cell(out, 'E7')).toBe(10);
    // A2:A5 and B2:B4 span the insertion point (row 4): they grow; C2:C3 ends above it: unchanged.
    expect(out.merges).toEqual(['A2:A6', 'B2:B5', 'C2:C3']);
    expect(out.formulas).toEqual({ E7: '=SUM(E2:E6)', A1: '=E7' });
    // E4 moved to E5; the new row copies the format row's (row 3: E3) number format.
    expect(out.numFmts).toEqual({ E3: '0.00', E4: '0.00', E5: '0.0%' });
    expect(out.errors).toEqual({ D7: '#N/A' });
  });

  it('grows and creates the merges the plan lists, and refuses merges that would swallow content', () => {
    const g = grid();
    const { grid: out } = applyEditToGrid(g, plan([{ beforeRow: 4, rows: [[null, null, '时效', '新']], merges: ['B2:B5'] }]));
    expect(out.merges).toEqual(['A2:A6', 'C2:C3', 'B2:B5']);
    expect(() => applyEditToGrid(g, plan([{ beforeRow: 4, rows: [[null, '新一级', null, null]], merges: ['B2:B5'] }]))).toThrow(EditError);
    expect(() => applyEditToGrid(g, plan([{ beforeRow: 6, rows: [[]], merges: ['B3:B5'] }]))).toThrow(/部分重叠/);
  });

  it('writes only into empty cells; an append must still see what the planner saw', () => {
    const g = grid();
    const writes: CellWrite[] = [
      { address: 'C3', value: 'x' }, // empty: written
      { address: 'D2', value: 'overwrite' }, // filled: refused
      { address: 'E6', value: 5 }, // formula: refused
      { address: 'D6', value: 'x' }, // error: refused
      { address: 'D3', value: '乙，续', previous: '乙' }, // append: written
      { address: 'D4', value: '丙，续', previous: '旧' }, // the cell changed since: refused
      { address: 'D5', value: '别的', previous: '丁' }, // not an append: refused
      { address: 'G9', value: 'far' }, // beyond the stored values: written
    ];
    const res = applyEditToGrid(g, plan([], writes));
    expect(res.skipped.map((w) => w.address)).toEqual(['D2', 'E6', 'D6', 'D4', 'D5']);
    expect(cell(res.grid, 'C3')).toBe('x');
    expect(cell(res.grid, 'D2')).toBe('甲');
    expect(cell(res.grid, 'D3')).toBe('乙，续');
    expect(cell(res.grid, 'G9')).toBe('far');
    expect(res.undo(res.grid)).toEqual(g);
  });

  it('does not change its input', () => {
    const g = grid();
    const before = JSON.stringify(g);
    applyEditToGrid(g, plan([{ beforeRow: 2, rows: [['a'], ['b']], merges: ['B2:B6'] }], [{ address: 'C3', value: 'x' }]));
    expect(JSON.stringify(g)).toBe(before);
  });

  it('undo takes the rows out exactly, and keeps what the user changed elsewhere meanwhile', () => {
    const g = grid();
    const res = applyEditToGrid(g, plan([{ beforeRow: 4, rows: [[null, null, '时效', '新', null]], merges: ['B2:B5'], formatFromRow: 3 }], [{ address: 'C3', value: 'x' }]));
    expect(res.undo(res.grid)).toEqual(g);
    const edited = JSON.parse(JSON.stringify(res.grid)) as GridData;
    edited.values[0][5] = '用户新填';
    const back = res.undo(edited);
    expect(cell(back, 'F1')).toBe('用户新填');
    expect(back.merges).toEqual(g.merges);
    expect(back.formulas).toEqual(g.formulas);
    expect(back.values.slice(1)).toEqual(g.values.slice(1));
  });

  it('several insertions: pre-edit rows, bottom-up, ties keep plan order', () => {
    const g = grid();
    const p = plan([
      { beforeRow: 2, rows: [['一']] },
      { beforeRow: 5, rows: [['二'], ['三']] },
      { beforeRow: 2, rows: [['四']] },
    ]);
    const res = applyEditToGrid(g, p);
    expect(res.grid.values.map((r) => r[0])).toEqual(['表头', null, '一', '四', null, null, null, '二', '三', '合计']);
    expect(mapRowThroughPlan(p, 5)).toBe(9);
    // E2:E5 spans row 2 (two rows inserted there) but ends above row 5: it grows by two.
    expect(res.grid.formulas).toEqual({ E10: '=SUM(E2:E7)', A1: '=E10' });
    expect(res.undo(res.grid)).toEqual(g);
  });

  it('respects the grid origin and refuses edits outside it', () => {
    const g: GridData = { name: 's', origin: { row: 2, col: 1 }, values: [['a', 'b'], ['c', 'd']], merges: ['B3:B4'] };
    const res = applyEditToGrid(g, plan([{ beforeRow: 3, rows: [[null, 'x', 'y']] }]));
    expect(res.grid.values).toEqual([['a', 'b'], ['x', 'y'], ['c', 'd']]);
    expect(res.grid.merges).toEqual(['B3:B5']);
    expect(res.undo(res.grid)).toEqual(g);
    expect(() => applyEditToGrid(g, plan([{ beforeRow: 1, rows: [['x']] }]))).toThrow(EditError);
    expect(() => applyEditToGrid(g, plan([{ beforeRow: 3, rows: [['left of origin']] }]))).toThrow(EditError);
  });

  it('refuses to edit a protected sheet', () => {
    expect(() => applyEditToGrid({ ...grid(), protected: true }, plan([{ beforeRow: 1, rows: [['x']] }]))).toThrow(/受保护/);
  });
});

// Random sheets and random plans: never a changed non-empty cell, and undo is exact.
const value: fc.Arbitrary<ScalarValue> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constant('') },
  { weight: 3, arbitrary: fc.string({ minLength: 1, maxLength: 3 }) },
  { weight: 1, arbitrary: fc.integer({ min: -5, max: 99 }) },
);

const randomGrid: fc.Arbitrary<GridData> = fc
  .record({
    values: fc.array(fc.array(value, { maxLength: 6 }), { minLength: 1, maxLength: 10 }),
    formulas: fc.dictionary(fc.constantFrom('A1', 'B4', 'C9', 'F2', 'E12'), fc.constantFrom('=SUM(B2:B6)', '=A3+$C$8', '=COUNTA(3:7)', '=Other!B4')),
    numFmts: fc.dictionary(fc.constantFrom('A2', 'B3', 'D5', 'E7'), fc.constantFrom('0.00', '#,##0.00', '0%')),
    errors: fc.dictionary(fc.constantFrom('B2', 'D8'), fc.constant('#REF!')),
    merges: fc.subarray(['A2:A5', 'B6:B8', 'C3:D3', 'E1:E9', 'F4:F5']),
  })
  .map((r) => ({ name: 's', ...r }));

const randomPlan: fc.Arbitrary<EditPlan> = fc.record({
  insertions: fc.array(
    fc.record({
      beforeRow: fc.integer({ min: 0, max: 12 }),
      rows: fc.array(fc.array(value, { maxLength: 7 }), { minLength: 1, maxLength: 3 }),
      formatFromRow: fc.option(fc.integer({ min: 0, max: 9 }), { nil: undefined }),
    }),
    { maxLength: 3 },
  ),
  writes: fc.array(
    fc.record({
      address: fc.tuple(fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 6 })).map(([r, c]) => toA1(r, c)),
      value: fc.oneof(fc.string({ minLength: 1, maxLength: 4 }), fc.integer()),
    }),
    { maxLength: 8 },
  ),
  description: fc.constant('random'),
}).map((p) => ({
  ...p,
  insertions: p.insertions.map((i) => (i.formatFromRow === undefined ? { beforeRow: i.beforeRow, rows: i.rows } : i)) as RowInsertion[],
}));

function nonEmptyCells(g: GridData): Array<{ row: number; col: number; value: ScalarValue; formula?: string; error?: string }> {
  const out: Array<{ row: number; col: number; value: ScalarValue; formula?: string; error?: string }> = [];
  g.values.forEach((r, row) =>
    r.forEach((v, col) => {
      const a = toA1(row, col);
      const filled = !(v === null || (typeof v === 'string' && v.trim() === ''));
      if (filled || g.formulas?.[a] || g.errors?.[a]) out.push({ row, col, value: v });
    }),
  );
  for (const a of Object.keys({ ...g.formulas, ...g.errors })) {
    const { row, col } = parseA1(a);
    if (!out.some((c) => c.row === row && c.col === col)) out.push({ row, col, value: null });
  }
  return out;
}

describe('applyEditToGrid properties', () => {
  it('never changes a non-empty cell: each one keeps its value at its shifted row', () => {
    fc.assert(
      fc.property(randomGrid, randomPlan, (g, p) => {
        const { grid: out } = applyEditToGrid(g, p);
        for (const c of nonEmptyCells(g)) {
          const row = mapRowThroughPlan(p, c.row);
          expect(out.values[row]?.[c.col] ?? null).toEqual(c.value);
          const a = toA1(c.row, c.col);
          if (g.errors?.[a]) expect(out.errors?.[toA1(row, c.col)]).toBe(g.errors[a]);
          if (g.formulas?.[a]) expect(out.formulas?.[toA1(row, c.col)]).toBeDefined();
        }
      }),
      { numRuns: 300 },
    );
  });

  it('undo restores the grid exactly: values, merges, formulas, formats, errors', () => {
    fc.assert(
      fc.property(randomGrid, randomPlan, (g, p) => {
        const res = applyEditToGrid(g, p);
        expect(res.undo(res.grid)).toEqual(g);
      }),
      { numRuns: 300 },
    );
  });
});
