// The engine's speed shortcuts (issue 16) must answer exactly as the plain code they replace:
// a first-match search, yes/no questions answered from the distinct keys, groups of repeated names,
// the non-empty row walk, cached addresses and label keys, and judgements reused across checks.

import { Grid } from '../../src/core/grid/grid';
import { columnName, toA1 } from '../../src/core/grid/address';
import { SheetScan } from '../../src/core/forms/scan';
import { normalizeLabel } from '../../src/core/parse/text';
import { groupBy, repeatedGroups } from '../../src/core/rules/hierarchy/resolve';
import { judgeForm } from '../../src/core/rules/vague';
import { readForm } from '../../src/core/forms';
import { getProfile } from '../../src/core/profiles';
import { fixture } from '../fixtures/catalog';
import { specToGrid } from '../fixtures/sheet-spec';

const scanOf = (name: string) => new SheetScan(new Grid(specToGrid(fixture(name))));

describe('SheetScan lookups', () => {
  const scan = scanOf('seed-001');
  const tests: Array<(k: string) => boolean> = [(k) => /指标/.test(k), (k) => k.startsWith('预算'), (k) => k === '没有这个标签', (k) => k.length > 10];

  it('first() is the first cell findWhere() returns, with and without a band', () => {
    for (const t of tests) {
      expect(scan.first(t)).toEqual(scan.findWhere(t)[0]);
      expect(scan.first(t, { top: 10, bottom: 20 })).toEqual(scan.findWhere(t, { top: 10, bottom: 20 })[0]);
    }
  });

  it('some() and has() answer as a scan of every cell does', () => {
    for (const t of tests) expect(scan.some(t)).toBe(scan.findWhere(t).length > 0);
    for (const labels of [['一级指标'], ['一级 指标'], ['没有', '二级指标'], ['没有这个标签'], ['']]) {
      const keys = new Set(labels.map(normalizeLabel));
      expect(scan.has(...labels)).toBe(scan.findWhere((k) => keys.has(k)).length > 0);
    }
  });
});

describe('repeatedGroups', () => {
  it('is groupBy without the one-item groups, in order of first appearance', () => {
    const items = ['b', 'a', 'c', 'a', 'd', 'b', 'e', 'a', 'f', 'c'].map((k, i) => ({ k, i }));
    const plain = groupBy(items, (x) => x.k).filter((g) => g.length >= 2);
    expect(repeatedGroups(items, (x) => x.k)).toEqual(plain);
    expect(plain.map((g) => g[0].k)).toEqual(['b', 'a', 'c']);
    expect(repeatedGroups(['x', 'y'], (x) => x)).toEqual([]);
  });
});

describe('Grid.nonEmptyRows', () => {
  it('skips blank rows and holes but counts a value in any column', () => {
    const sparse: Array<string | null> = [];
    sparse[3] = 'x';
    const rows = [[null, '  '], sparse, [], [0], [false], ['', null, 'y']];
    expect([...new Grid({ name: 's', values: rows }).nonEmptyRows()]).toEqual([1, 3, 4, 5]);
  });
});

describe('cached addresses and label keys', () => {
  it('toA1 gives the same address as the column arithmetic, past the cached columns too', () => {
    for (const [row, col] of [[0, 0], [9, 25], [99, 26], [0, 701], [5, 702], [1_048_575, 16_383]]) {
      expect(toA1(row, col)).toBe(`${columnName(col)}${row + 1}`);
    }
    expect(() => toA1(0, -1)).toThrow(RangeError);
  });

  it('normalizeLabel answers the same on a repeated text', () => {
    const text = '【预算金额】 （万元）：';
    const first = normalizeLabel(text);
    expect(normalizeLabel(text)).toBe(first);
    expect(first).toBe('(预算金额)(万元)');
  });
});

describe('vague judgements of a form', () => {
  it('each row is bound to its own indicator and cells, also when its judgement came from the cache', () => {
    const profile = getProfile('guangdong')!;
    const read = () => readForm(new SheetScan(new Grid(specToGrid(fixture('seed-000'))))).model!;
    const first = judgeForm(read(), profile);
    const model = read();
    const again = judgeForm(model, profile);
    const indicators = model.tables.flatMap((t) => t.indicators);
    expect(again.indicators.length).toBe(first.indicators.length);
    for (const row of again.indicators) {
      expect(indicators).toContain(row.judgement.indicator);
      // A target slid into the unit column is judged as a value of its own (targetValues).
      for (const v of row.judgement.values) if (v.value.header !== '计算单位') expect(row.judgement.indicator.values).toContain(v.value);
      for (const g of row.judgement.groups) for (const v of g.values) expect(row.judgement.values).toContain(v);
    }
    expect(again.measurable).toBe(first.measurable);
  });
});
