// The seed checks of domain.md §3: every relation of every seed is evaluated, the sums the spec
// quotes are the sums we compute, the one real error (Huangpu's 宣传部 subtotal) is found at the
// right cells, and nothing else is reported.

import { CATALOGUE } from '../../../src/core/i18n/catalogue';
import { renderParam } from '../../../src/core/i18n/text';
import { VARIANTS } from '../../fixtures/catalog';
import { brief, budgetOf, columnCells, outcomesOf, sides } from './helpers';
import { fixture } from '../../fixtures/catalog';

describe('seed 000 — Nansha 部门整体预算绩效目标申报表', () => {
  const o = outcomesOf(fixture('seed-000'));

  it('adds up: 1561.17 + 5200.00 + 0 + 332.72 = 7093.89 = 7093.89 + 0', () => {
    expect(sides(o, 'overall-expenditure-income')).toEqual([7093.89, 7093.89]);
    expect(sides(o, 'overall-income-levels')).toEqual([7093.89, 7093.89]);
    expect([...o.values()].every((x) => x.evaluated && x.holds)).toBe(true);
  });

  it('keeps the key tasks (4576.10) within 项目支出 + 事业发展性支出 (5532.72)', () => {
    expect(sides(o, 'overall-task-funds')).toEqual([4576.1, 5532.72]);
    expect(o.get('overall-task-funds')!.relation.kind).toBe('lte');
  });

  it('has no budget finding', () => {
    expect(budgetOf('seed-000')).toEqual([]);
  });
});

describe('seed 001 — Liwan income block in 元', () => {
  it('adds up: 28,036,202.00 = 28,036,202.00 + 0.00 + 0.00, read from "总额(元)：…" cells', () => {
    const o = outcomesOf(fixture('seed-001'));
    expect(sides(o, 'income-total')).toEqual([28036202, 28036202]);
    const r = o.get('income-total')!;
    expect(r.evaluated && r.holds).toBe(true);
    expect(r.relation.unit).toBe('元');
    expect([...r.relation.left, ...r.relation.right].map((t) => t.cell.cell)).toEqual(['B6', 'B7', 'B8', 'B9']);
  });

  it('has no budget finding', () => {
    expect(budgetOf('seed-001')).toEqual([]);
  });
});

describe('seed 002 — Huadu, numbers typed as "1, 499. 73"', () => {
  const o = outcomesOf(fixture('seed-002'));

  it('adds up: 1499.73 + 1354.87 + 0 + 942.46 = 3797.06 = 3707.06 + 90.00', () => {
    expect(sides(o, 'overall-expenditure-income')).toEqual([3797.06, 3797.06]);
    expect(sides(o, 'overall-income-levels')).toEqual([3797.06, 3797.06]);
    expect([...o.values()].every((x) => x.holds)).toBe(true);
  });

  it('reports exactly the two key tasks without funds, at their funds cells', () => {
    const found = budgetOf('seed-002');
    expect(brief(found)).toEqual(['task-without-funds@D12', 'task-without-funds@D13']);
    expect(found[0]).toMatchObject({ severity: 'warning', cells: ['D12', 'B12'] });
    expect(found[0].message).toBe('年度重点工作任务“加强思想道德建设和群众性精神文明创建”（第 12 行）没有填写拟投入的资金（D12）。');
    expect(found[1].message).toContain('（第 13 行）没有填写拟投入的资金（D13）');
  });
});

describe('seed 003 — Huangpu 项目支出绩效目标表', () => {
  const o = outcomesOf(fixture('seed-003'));

  it('every row holds: 总计 = 财政拨款 + 财政专户拨款 + 其他资金 (the unused columns count as 0)', () => {
    const rows = [...o.values()].filter((x) => x.relation.id.startsWith('row-'));
    expect(rows).toHaveLength(32);
    expect(rows.every((x) => x.evaluated && x.holds && x.blanks.length === 0)).toBe(true);
  });

  it('融媒体中心 2815.64 and 舆情信息中心 156.00 equal their projects; 合计 8777.20 equals the units', () => {
    expect(sides(o, 'unit-26-total')).toEqual([2815.64, 2815.64]);
    expect(sides(o, 'unit-33-total')).toEqual([156, 156]);
    expect(sides(o, 'total-4-total')).toEqual([8777.2, 8777.2]);
    expect(o.get('total-4-total')!.holds).toBe(true);
  });

  it('finds 宣传部 5,805.56 against 5,955.56 for its 20 projects, in 总计 and in 财政拨款', () => {
    expect(sides(o, 'unit-5-total')).toEqual([5805.56, 5955.56]);
    const found = budgetOf('seed-003');
    expect(brief(found)).toEqual(['budget-sum-mismatch@B5', 'budget-sum-mismatch@C5']);
    const [total, fiscal] = found;
    expect(total.severity).toBe('error');
    expect(total.cells).toEqual(['B5', ...columnCells('B', 6, 25)]);
    expect(fiscal.cells).toEqual(['C5', ...columnCells('C', 6, 25)]);
    expect(total.message).toBe(
      '中共广州市黄埔区委员会宣传部小计（总计）5,805.56 万元，但其下 20 个项目合计 5,955.56 万元，相差 150.00 万元。' +
        '合计（B4）按各单位小计汇总，更正本单位小计后请一并核对合计。',
    );
    expect(fiscal.message).toMatch(/^中共广州市黄埔区委员会宣传部小计（财政拨款）5,805\.56 万元，但其下 20 个项目合计 5,955\.56 万元，相差 150\.00 万元。/);
    expect(total.suggestion).toBe('若各项目金额无误，小计应为 5,955.56 万元；否则请核对各项目金额。');
    // No project row is wrong, so nothing claims the error follows from one.
    expect(total.message).not.toContain('可能由');
  });
});

describe('seed 004 — Liwan self-evaluation, prose and table', () => {
  it.each(['seed-004', 'seed-004-table'])('%s: 2659.40 ÷ 3663.27 = 72.60%%; 2269.81 + 389.59 + 0 + 0 = 1198.25 + 1461.15 = 2659.40', (name) => {
    const o = outcomesOf(fixture(name));
    expect(sides(o, 'executed-source')).toEqual([2659.4, 2659.4]);
    expect(sides(o, 'executed-nature')).toEqual([2659.4, 2659.4]);
    // 年末结转和结余 80.67 is what was not spent: not a part of 执行数.
    expect(o.get('executed-nature')!.relation.right.map((t) => renderParam(t.name, 'zh', CATALOGUE))).toEqual(['基本支出执行数', '项目支出执行数']);
    expect([...o.values()].every((x) => x.evaluated && x.holds)).toBe(true);
    expect(budgetOf(name)).toEqual([]);
  });

  it('accepts the table\'s rate formula =D4/C4 (0.726 shown as 72.60%)', () => {
    const spec = fixture('seed-004-table');
    expect(spec.formulas).toEqual({ E4: '=D4/C4' });
    expect(budgetOf('seed-004-table')).toEqual([]);
  });
});

describe('layout variants report what their base reports', () => {
  const expected: Record<string, string[]> = {
    'seed-002': ['task-without-funds', 'task-without-funds'],
    'seed-003': ['budget-sum-mismatch', 'budget-sum-mismatch'],
  };
  it.each(VARIANTS.map((v) => [v.name, v.base] as const))('%s', (name, base) => {
    const found = budgetOf(name);
    expect(found.map((f) => f.rule)).toEqual(expected[base] ?? []);
    // Same messages up to cell addresses.
    const strip = (m: string) => m.replace(/[A-Z]+\d+/g, '#').replace(/第 \d+ 行/g, '第 # 行');
    expect(found.map((f) => strip(f.message))).toEqual(budgetOf(base).map((f) => strip(f.message)));
  });

  it('the moved Huangpu form names the moved cells', () => {
    const found = budgetOf('seed-003-moved');
    expect(brief(found)).toEqual(['budget-sum-mismatch@C7', 'budget-sum-mismatch@D7']);
    expect(found[0].cells).toEqual(['C7', ...columnCells('C', 8, 27)]);
  });
});
