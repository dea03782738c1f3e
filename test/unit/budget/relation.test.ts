// The relation engine on its own: tolerance, blank and invalid inputs, formula coverage.

import { Grid } from '../../../src/core/grid/grid';
import { AmountCell } from '../../../src/core/model';
import { textIn } from '../../../src/core/check';
import { coverage, evaluate, partlyBlankFinding, Relation, Term } from '../../../src/core/rules/budget/relation';

function cell(a1: string, value: number | null | 'bad', extra: Partial<AmountCell> = {}): AmountCell {
  const col = a1.charCodeAt(0) - 65;
  const row = Number(a1.slice(1)) - 1;
  return {
    key: a1, label: a1, labelCell: a1, cell: a1, row, col, unit: '万元',
    raw: value === null ? '' : String(value),
    value: typeof value === 'number' ? value : null,
    status: value === null ? 'blank' : value === 'bad' ? 'invalid' : 'ok',
    ...extra,
  };
}
const t = (a1: string, value: number | null | 'bad', optional = false): Term => ({ cell: cell(a1, value), name: a1, ...(optional ? { optional } : {}) });
const rel = (left: Term[], right: Term[], kind: Relation['kind'] = 'equal', unit: Relation['unit'] = '万元'): Relation => ({
  id: 'r', rule: 'budget-sum-mismatch', kind, left, right, leftIsTotal: left.length === 1, unit, title: '测试',
});

describe('evaluate', () => {
  it('holds within half a cent of the unit and not beyond', () => {
    expect(evaluate(rel([t('B1', 0.3)], [t('C1', 0.1), t('D1', 0.2)])).holds).toBe(true);
    expect(evaluate(rel([t('B1', 10.005)], [t('C1', 10)])).holds).toBe(true);
    expect(evaluate(rel([t('B1', 10.01)], [t('C1', 10)])).holds).toBe(false);
    const yuan = (a1: string, v: number): Term => ({ cell: cell(a1, v, { unit: '元' }), name: a1 });
    expect(evaluate(rel([yuan('B1', 100.004)], [yuan('C1', 100)], 'equal', '元')).holds).toBe(true);
    expect(evaluate(rel([yuan('B1', 100.01)], [yuan('C1', 100)], 'equal', '元')).holds).toBe(false);
  });

  it('converts cells whose label names another unit', () => {
    const o = evaluate(rel([t('B1', 1.5)], [{ cell: cell('C1', 15000, { unit: '元' }), name: 'C1' }]));
    expect([o.right, o.holds]).toEqual([1.5, true]);
  });

  it('≤ relations only fail upwards', () => {
    expect(evaluate(rel([t('B1', 5), t('B2', 4)], [t('C1', 10)], 'lte')).holds).toBe(true);
    const o = evaluate(rel([t('B1', 6), t('B2', 5)], [t('C1', 10)], 'lte'));
    expect([o.holds, o.diff]).toEqual([false, 1]);
  });

  it('skips a relation whose inputs are all blank', () => {
    const o = evaluate(rel([t('B1', null)], [t('C1', null), t('D1', null)]));
    expect(o).toMatchObject({ allBlank: true, evaluated: false, holds: true, blanks: [] });
  });

  it('names blank inputs among filled ones, and still compares with blanks as 0', () => {
    const o = evaluate(rel([t('B1', 10)], [t('C1', 7), t('D1', null)]));
    expect(o.blanks.map((x) => x.cell.cell)).toEqual(['D1']);
    expect([o.evaluated, o.holds, o.diff]).toEqual([true, false, 3]);
  });

  it('optional blanks count as 0 without a word', () => {
    const o = evaluate(rel([t('B1', 7)], [t('C1', 7), t('D1', null, true)]));
    expect([o.blanks, o.holds]).toEqual([[], true]);
  });

  it('does not compare when an input is not an amount', () => {
    const o = evaluate(rel([t('B1', 10)], [t('C1', 'bad'), t('D1', 1)]));
    expect([o.evaluated, o.holds, o.invalid.length]).toEqual([false, true, 1]);
  });

  it('does not compare a blank total; the blank finding states what it should be', () => {
    const o = evaluate(rel([t('B1', null)], [t('C1', 7), t('D1', 3)]));
    expect(o.evaluated).toBe(false);
    const f = partlyBlankFinding(o, new Set())!;
    expect(f).toMatchObject({ severity: 'error', cell: 'B1', cells: ['B1', 'C1', 'D1'] });
    expect(textIn(f.suggestion!, 'zh')).toBe('请填写 10.00。');
    expect(textIn(f.message, 'zh')).toBe('B1（B1）为空，但其组成已经填写，按组成合计应为 10.00 万元（测试）。');
  });

  it('names a blank cell once across relations', () => {
    const reported = new Set<string>();
    const a = evaluate(rel([t('B1', 10)], [t('C1', 10), t('D1', null)]));
    expect(partlyBlankFinding(a, reported)).toBeDefined();
    expect(partlyBlankFinding(a, reported)).toBeUndefined();
  });
});

describe('coverage', () => {
  const grid = Grid.fromRows('s', [
    ['合计', 30],
    ['甲', 10],
    ['乙', 20],
    ['备注', '文字'],
    ['丙', 5],
  ]);
  const total = (formula: string) => cell('B1', 30, { formula });
  const parts = [t('B2', 10), t('B3', 20)];

  it('accepts a SUM over exactly the parts, even across a text or blank cell', () => {
    expect(coverage(total('=SUM(B2:B3)'), parts, grid)!.ok).toBe(true);
    expect(coverage(total('=SUM(B2:B4)'), parts, grid)!.ok).toBe(true);
  });

  it('names missing parts, extra numbers, duplicates and self-reference', () => {
    expect(coverage(total('=B2'), parts, grid)!.missing.map((x) => x.cell.cell)).toEqual(['B3']);
    expect(coverage(total('=SUM(B2:B5)'), parts, grid)!.extra).toEqual(['B5']);
    expect(coverage(total('=B2+B3+B3'), parts, grid)!.duplicated.map((x) => x.cell.cell)).toEqual(['B3']);
    expect(coverage(total('=SUM(B1:B3)'), parts, grid)!.circular).toBe(true);
  });

  it('has nothing to say without a plain-sum formula', () => {
    expect(coverage(cell('B1', 30), parts, grid)).toBeUndefined();
    expect(coverage(total('=B2*1.5'), parts, grid)).toBeUndefined();
  });
});
