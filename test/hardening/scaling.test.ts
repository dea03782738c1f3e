// "Finishes within a bound proportional to the cells read", asserted without a clock: the engine's
// work (cells read + reads of the model's lists, see instrument.ts) on a sheet twice as long must
// be at most about twice as much, for the readers and for every rule on its own. A rule that
// compares every row with every other row doubles its rows and quadruples its count, and is named
// here in a second or two, long before a 100,000-row sheet would hang it for hours.

import { GridData } from '../../src/core/grid/grid';
import { generatedForm } from '../../bench/generate';
import { formOverNoise } from './hostile-files';
import { Costs, measure } from './instrument';

jest.setTimeout(120_000);

/** Doubling the rows may multiply the work by this much (2 = linear, plus slack for fixed costs). */
const GROWTH = 2.6;
const SLACK = 2_000;

function superlinear(small: Costs, large: Costs): string[] {
  const out: string[] = [];
  if (large.reader > GROWTH * small.reader + SLACK) out.push(`readers: ${small.reader} -> ${large.reader}`);
  for (const [id, cost] of Object.entries(large.rules)) {
    const before = small.rules[id] ?? 0;
    if (cost > GROWTH * before + SLACK) out.push(`${id}: ${before} -> ${cost} (x${(cost / Math.max(1, before)).toFixed(2)})`);
  }
  return out;
}

/** A generated form whose targets are prose, as seed 002 writes them (the copy-paste checks read these). */
function proseForm(rows: number): GridData {
  const g = generatedForm(rows);
  g.values = g.values.map((r, i) => (i > 13 && r[4] ? [...r.slice(0, 4), `全年组织开展相关工作第${i}项并按要求完成`, `年度内按计划推进第${i}项重点工作任务`] : r));
  return g;
}

const CASES: Array<[string, (n: number) => GridData]> = [
  ['generated department form (measurable targets)', (n) => generatedForm(n)],
  ['generated department form (prose targets)', (n) => proseForm(n)],
  ['seed-000 with noise rows right below its indicator table', (n) => formOverNoise('seed-000', n, 30, 0)],
  ['seed-003 with noise rows read as projects', (n) => formOverNoise('seed-003', n, 30, 2)],
  ['seed-004-table with noise rows right below its indicator table', (n) => formOverNoise('seed-004-table', n, 30, 0)],
  ['seed-001 with noise rows below its last task', (n) => formOverNoise('seed-001', n, 30, 0)],
];

describe('work grows linearly with the sheet (counted, not timed)', () => {
  it.each(CASES)('%s: 500 -> 1,000 rows', (_name, make) => {
    const small = measure(make(500));
    const large = measure(make(1_000));
    expect(large.form).toBe(small.form);
    expect(superlinear(small, large)).toEqual([]);
  });
});
