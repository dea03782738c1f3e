// Property tests: for generated budgets that add up the checker is silent; changing any one amount
// by 0.01 or more makes it speak, in a finding whose cells include the changed cell.
// Amounts are generated in whole cents so "adds up" is exact.

import fc from 'fast-check';
import { fixture } from '../../fixtures/catalog';
import { SheetSpec, setCells } from '../../fixtures/sheet-spec';
import { ScalarValue } from '../../../src/core/grid/grid';
import { toA1 } from '../../../src/core/grid/address';
import { formatNumber } from '../../../src/core/parse/number';
import { budgetFindings } from './helpers';

const RUNS = 60;
const cents = (max = 50_000_00) => fc.integer({ min: 0, max });
/** A perturbation of at least one cent, either way. */
const delta = fc.integer({ min: 1, max: 1_000_00 }).chain((k) => fc.constantFrom(k, -k));

/** As a user may have typed it: a number, "1,561.17", or Huadu's "1, 561. 17". */
type Style = 'number' | 'grouped' | 'spaced';
function written(c: number, style: Style): ScalarValue {
  const v = c / 100;
  if (style === 'number') return v;
  const s = formatNumber(v, 2, true);
  return style === 'grouped' ? s : s.replace(/,/g, ', ').replace('.', '. ');
}

function speaksAbout(spec: SheetSpec, cell: string): boolean {
  return budgetFindings(spec).some((f) => f.cells.includes(cell));
}

// ---- project table -----------------------------------------------------------------------------

interface Table {
  spec: SheetSpec;
  /** Every filled amount cell with its value in cents. */
  amounts: Array<{ cell: string; cents: number }>;
}

const COLS = ['总计', '财政拨款', '财政专户拨款', '其他资金'];

const projectTable = fc
  .record({
    used: fc.tuple(fc.constant(true), fc.boolean(), fc.boolean()),
    units: fc.array(fc.array(fc.tuple(cents(), cents(), cents()), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 3 }),
    style: fc.constantFrom<Style>('number', 'grouped'),
    formulas: fc.boolean(),
  })
  .map(({ used, units, style, formulas }): Table => {
    const rows: ScalarValue[][] = [['项目支出绩效目标表'], ['部门名称：测试区委宣传部', null, null, null, null, null, '单位：万元'], ['项目名称（资金使用单位）', ...COLS, '绩效目标', '绩效指标']];
    const amounts: Table['amounts'] = [];
    const f: Record<string, string> = {};
    const put = (row: number, values: number[]) => {
      // values: [total, fiscal, special, other] in cents; unused part columns stay blank.
      const out: ScalarValue[] = [];
      values.forEach((v, i) => {
        const on = i === 0 || used[i - 1];
        out.push(on ? written(v, style) : null);
        if (on) amounts.push({ cell: toA1(row, i + 1), cents: v });
      });
      return out;
    };
    const projectsOf = units.map((ps) => ps.map(([a, b, c]) => [a + (used[1] ? b : 0) + (used[2] ? c : 0), a, used[1] ? b : 0, used[2] ? c : 0]));
    const unitSums = projectsOf.map((ps) => [0, 1, 2, 3].map((i) => ps.reduce((s, p) => s + p[i], 0)));
    const grand = [0, 1, 2, 3].map((i) => unitSums.reduce((s, u) => s + u[i], 0));
    rows.push(['合计', ...put(3, grand)]);
    const unitRows: number[] = [];
    projectsOf.forEach((ps, u) => {
      const unitRow = rows.length;
      unitRows.push(unitRow);
      rows.push([`测试区第${u + 1}中心`, ...put(unitRow, unitSums[u])]);
      ps.forEach((p, i) => rows.push([`第${u + 1}单位项目${i + 1}经费`, ...put(rows.length, p), '按计划完成年度工作任务', null]));
      if (formulas) f[toA1(unitRow, 1)] = `=SUM(${toA1(unitRow + 1, 1)}:${toA1(unitRow + ps.length, 1)})`;
    });
    if (formulas) f.B4 = `=${unitRows.map((r) => toA1(r, 1)).join('+')}`;
    return { spec: { name: '生成的项目表', rows, merges: [], numFmts: {}, ...(formulas ? { formulas: f } : {}) }, amounts };
  });

describe('project table', () => {
  it('is silent when every row, unit and 合计 adds up', () => {
    fc.assert(
      fc.property(projectTable, ({ spec }) => {
        expect(budgetFindings(spec)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('speaks about any one amount changed by 0.01 or more', () => {
    fc.assert(
      fc.property(
        projectTable.chain((t) => fc.tuple(fc.constant(t), fc.nat({ max: t.amounts.length - 1 }), delta)),
        ([t, i, d]) => {
          const { cell, cents: c } = t.amounts[i];
          const spec = setCells(t.spec, { [cell]: (c + d) / 100 });
          expect(speaksAbout(spec, cell)).toBe(true);
        },
      ),
      { numRuns: RUNS * 2 },
    );
  });
});

// ---- department overall budget block -----------------------------------------------------------

interface Block {
  spec: SheetSpec;
  budget: Record<string, number>;
  tasks: number[];
}

const BUDGET_CELLS = { basic: 'C5', project: 'C6', special: 'C8', otherDev: 'C9', fiscal: 'E5', other: 'E6', districtLevel: 'E8', transfer: 'E9' } as const;
const TASK_CELLS = ['D12', 'D13', 'D14', 'D15', 'D16', 'D17'];

/** Seed 000's layout with generated amounts; `tight` makes Σ tasks equal the available spending. */
const budgetBlock = (tight: boolean) =>
  fc
    .record({
      spend: fc.tuple(cents(), cents(), cents(), cents()),
      fiscalShare: fc.integer({ min: 0, max: 1000 }),
      levelShare: fc.integer({ min: 0, max: 1000 }),
      weights: fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 6, maxLength: 6 }),
      fill: fc.integer({ min: 0, max: 100 }),
      style: fc.constantFrom<Style>('number', 'grouped', 'spaced'),
    })
    .map(({ spend: [basic, project, special, otherDev], fiscalShare, levelShare, weights, fill, style }): Block => {
      const total = basic + project + special + otherDev;
      const fiscal = Math.floor((total * fiscalShare) / 1000);
      const districtLevel = Math.floor((total * levelShare) / 1000);
      const budget = { basic, project, special, otherDev, fiscal, other: total - fiscal, districtLevel, transfer: total - districtLevel };
      // Tasks share (part of) the 项目支出 + 事业发展性支出; the last one takes the remainder when tight.
      const available = Math.floor(((project + special + otherDev) * (tight ? 100 : fill)) / 100);
      const w = weights.reduce((s, x) => s + x, 0);
      const tasks = weights.map((x) => Math.floor((available * x) / w));
      if (tight) tasks[5] += available - tasks.reduce((s, x) => s + x, 0);
      const values: Record<string, ScalarValue> = {};
      for (const [k, a1] of Object.entries(BUDGET_CELLS)) values[a1] = written(budget[k as keyof typeof budget], style);
      TASK_CELLS.forEach((a1, i) => (values[a1] = written(tasks[i], style)));
      return { spec: setCells(fixture('seed-000'), values), budget, tasks };
    });

describe('department overall budget block', () => {
  it('is silent when the three splits agree and the tasks fit', () => {
    fc.assert(
      fc.property(budgetBlock(false), ({ spec }) => {
        expect(budgetFindings(spec)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('speaks about any one budget amount changed by 0.01 or more', () => {
    const keys = Object.keys(BUDGET_CELLS) as Array<keyof typeof BUDGET_CELLS>;
    fc.assert(
      fc.property(budgetBlock(false), fc.constantFrom(...keys), delta, ({ spec, budget }, key, d) => {
        const cell = BUDGET_CELLS[key];
        expect(speaksAbout(setCells(spec, { [cell]: (budget[key] + d) / 100 }), cell)).toBe(true);
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it('speaks about a task raised by 0.01 or more when the tasks use all the available spending', () => {
    // Σ tasks ≤ available is an inequality: only a rise can break it, and only when there is no slack.
    fc.assert(
      fc.property(budgetBlock(true), fc.nat({ max: 5 }), fc.integer({ min: 1, max: 1_000_00 }), ({ spec, tasks }, i, d) => {
        expect(budgetFindings(spec)).toEqual([]);
        const cell = TASK_CELLS[i];
        const found = budgetFindings(setCells(spec, { [cell]: (tasks[i] + d) / 100 }));
        expect(found.some((f) => f.rule === 'task-funds-exceed' && f.cells.includes(cell))).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});

// ---- self-evaluation table ---------------------------------------------------------------------

const EXECUTED = ['D4', 'D5', 'D6', 'D7', 'D8', 'D9', 'D10'];

const selfEvaluation = fc
  .record({ sources: fc.tuple(cents(), cents(), cents(), cents()), basicShare: fc.integer({ min: 0, max: 1000 }), slack: cents() })
  .map(({ sources, basicShare, slack }) => {
    const executed = sources.reduce((s, x) => s + x, 0);
    const basic = Math.floor((executed * basicShare) / 1000);
    const budget = executed + slack;
    const values = [executed, ...sources, basic, executed - basic];
    const cells: Record<string, ScalarValue> = { C4: budget / 100, E4: budget === 0 ? null : executed / budget };
    EXECUTED.forEach((a1, i) => (cells[a1] = values[i] / 100));
    return { spec: setCells(fixture('seed-004-table'), cells), values, budget };
  });

describe('self-evaluation table', () => {
  it('is silent when the rate and both splits of 执行数 agree', () => {
    fc.assert(
      fc.property(selfEvaluation, ({ spec }) => {
        expect(budgetFindings(spec)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('speaks about any one 执行数 changed by 0.01 or more', () => {
    fc.assert(
      fc.property(selfEvaluation, fc.nat({ max: EXECUTED.length - 1 }), delta, ({ spec, values }, i, d) => {
        const cell = EXECUTED[i];
        expect(speaksAbout(setCells(spec, { [cell]: (values[i] + d) / 100 }), cell)).toBe(true);
      }),
      { numRuns: RUNS * 2 },
    );
  });
});
