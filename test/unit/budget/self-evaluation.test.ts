// 绩效自评表: 执行率 = 执行数 ÷ 预算数 to 0.01 percentage point; the parts of 执行数 add up by source
// and by nature. The table variant: C4 预算数 3,663.27, D4 执行数 2,659.40, E4 执行率 =D4/C4
// (0.00%), D5–D8 by source, D9–D10 by nature.

import { fixture } from '../../fixtures/catalog';
import { setCells } from '../../fixtures/sheet-spec';
import { brief, budgetFindings } from './helpers';

const table = () => fixture('seed-004-table');

describe('执行率 = 执行数 ÷ 预算数', () => {
  it('finds a typed rate that differs by more than 0.01 percentage point', () => {
    const found = budgetFindings(setCells(table(), { E4: 0.72 }));
    expect(brief(found)).toEqual(['rate-mismatch@E4']);
    expect(found[0].cells).toEqual(['E4', 'D4', 'C4']);
    expect(found[0].message).toBe('执行率填写为 72.00%（E4），但执行数 2,659.40 万元 ÷ 预算数 3,663.27 万元 = 72.60%，相差 0.60 个百分点。');
    expect(found[0].suggestion).toBe('请改为 72.60%，或使用公式 =D4/C4 并设为百分比格式。');
  });

  it('accepts the rate rounded to 0.01%, and not 0.01% off', () => {
    expect(budgetFindings(setCells(table(), { E4: 0.726 }))).toEqual([]);
    expect(budgetFindings(setCells(table(), { E4: 0.72596 }))).toEqual([]);
    expect(brief(budgetFindings(setCells(table(), { E4: 0.7259 })))).toEqual(['rate-mismatch@E4']);
  });

  it('hints at the percent format when a fraction sits in a General cell', () => {
    const spec = table();
    delete spec.numFmts.E4;
    spec.formulas = {};
    const found = budgetFindings(spec);
    expect(brief(found)).toEqual(['rate-mismatch@E4']);
    expect(found[0].message).toContain('如果 0.726 表示 72.60%，请把该单元格设为百分比格式。');
  });

  it('finds a rate formula that divides the wrong cells even when the value agrees', () => {
    const found = budgetFindings(setCells(table(), {}, { E4: '=C4/D4' }));
    expect(brief(found)).toEqual(['formula-range@E4']);
    expect(found[0].message).toBe('执行率（E4）的公式 =C4/D4 没有用执行数（D4）除以预算数（C4），应为 =D4/C4。目前数值恰好相符，但以后修改金额时执行率不会正确更新。');
  });

  it('a rate over 100% is out of range as well as wrong', () => {
    const found = budgetFindings(setCells(table(), { E4: 1.2 }));
    expect(brief(found)).toEqual(['rate-mismatch@E4', 'rate-out-of-range@E4']);
    expect(found[1]).toMatchObject({ severity: 'warning', message: '执行率（E4）为 120.00%，超过 100%：执行数不应超过预算数。' });
  });

  it('a consistent rate over 100% is still out of range', () => {
    const found = budgetFindings(setCells(table(), { D4: 3700, D5: 3310.41, D10: 2501.75, E4: 3700 / 3663.27 }));
    expect(brief(found)).toEqual(['rate-out-of-range@E4']);
  });

  it('reads the prose report and finds a changed 执行数 in every relation it belongs to', () => {
    const spec = setCells(fixture('seed-004'), { A7: '全年预算数3663.27万元，执行数2600.00万元，完成预算的72.60%。' });
    const found = budgetFindings(spec);
    expect(found.map((f) => f.rule)).toEqual(['budget-sum-mismatch', 'budget-sum-mismatch', 'rate-mismatch']);
    expect(found.every((f) => f.cell === 'A7')).toBe(true);
    expect(found[2].message).toBe('执行率填写为 72.60%（A7），但执行数 2,600.00 万元 ÷ 预算数 3,663.27 万元 = 70.97%，相差 1.63 个百分点。');
    // No formula to suggest in a paragraph.
    expect(found[2].suggestion).toBe('请改为 70.97%。');
    expect(found[0].message).toContain('按支出性质的各项之和也相差同样的金额，全年执行数本身很可能填错了。');
  });
});

describe('the parts of 执行数 add up', () => {
  it('by source', () => {
    const found = budgetFindings(setCells(table(), { D6: 380 }));
    expect(brief(found)).toEqual(['budget-sum-mismatch@D4']);
    expect(found[0].cells).toEqual(['D4', 'D5', 'D6', 'D7', 'D8']);
    expect(found[0].message).toBe(
      '全年执行数 2,659.40 万元，但按资金来源各项之和 2,649.81 万元（一般公共预算财政拨款 2,269.81 + 政府性基金预算财政拨款 380.00 + 国有资本经营预算财政拨款 0.00 + 其他资金 0.00），相差 9.59 万元。',
    );
  });

  it('by nature, without 年末结转和结余', () => {
    const found = budgetFindings(setCells(table(), { D10: 1400 }));
    expect(brief(found)).toEqual(['budget-sum-mismatch@D4']);
    expect(found[0].cells).toEqual(['D4', 'D9', 'D10']);
    expect(found[0].message).toBe('全年执行数 2,659.40 万元，但按支出性质各项之和 2,598.25 万元（基本支出 1,198.25 + 项目支出 1,400.00），相差 61.15 万元。');
    // A 结转结余 row below the parts is not one of them.
    expect(budgetFindings(setCells(table(), { B11: '年末结转和结余', D11: 80.67 }))).toEqual([]);
  });

  it('checks 预算数 by part only where the parts carry one', () => {
    const parts = { C5: 3000, C6: 600, C7: 0, C8: 63.27 };
    expect(budgetFindings(setCells(table(), parts))).toEqual([]);
    const found = budgetFindings(setCells(table(), { ...parts, C6: 500 }));
    expect(found.map((f) => f.message)).toEqual([expect.stringMatching(/^全年预算数 3,663\.27 万元，但按资金来源各项之和 3,563\.27 万元/)]);
  });

  it('judges the 执行数 formula against the split it follows', () => {
    expect(budgetFindings(setCells(table(), {}, { D4: '=SUM(D5:D8)' }))).toEqual([]);
    expect(budgetFindings(setCells(table(), {}, { D4: '=D9+D10' }))).toEqual([]);
    const short = budgetFindings(setCells(table(), {}, { D4: '=SUM(D5:D7)' }));
    expect(brief(short)).toEqual(['formula-range@D4']);
    expect(short[0].message).toBe('全年执行数（D4）的公式 =SUM(D5:D7) 未包含 D8（其他资金执行数）。目前金额恰好相符，但以后修改这些单元格时合计不会正确更新。');
  });

  it('a rate with no 预算数 next to it is partly blank', () => {
    const found = budgetFindings(setCells(table(), { C4: null }));
    expect(brief(found)).toEqual(['budget-partly-blank@E4']);
    expect(found[0].message).toBe('执行率（E4）已填写 72.60%，但预算数为空，无法核对执行率。');
  });
});
