// 部门整体绩效目标 (task variant, seed 001): 总额 = 财政拨款收入 + 财政专户管理资金 + 其他收入, in 元,
// with label and value in one cell ("总额(元)：28,036,202.00", B6–B9).

import { fixture } from '../../fixtures/catalog';
import { setCells } from '../../fixtures/sheet-spec';
import { brief, budgetFindings } from './helpers';

const liwan = () => fixture('seed-001');

describe('本年度部门预算收入 in 元', () => {
  it('finds a 总额 that is not the sum of its sources, formatted in 元 with separators', () => {
    const found = budgetFindings(setCells(liwan(), { B6: '总额(元)：28,036,302.00' }));
    expect(brief(found)).toEqual(['budget-sum-mismatch@B6']);
    expect(found[0].cells).toEqual(['B6', 'B7', 'B8', 'B9']);
    expect(found[0].message).toBe(
      '本年度部门预算收入总额 28,036,302.00 元，但财政拨款收入 + 财政专户管理资金 + 其他收入 = 28,036,202.00 元（28,036,202.00 + 0.00 + 0.00），相差 100.00 元。',
    );
    expect(found[0].suggestion).toBe('若各项收入无误，总额应为 28,036,202.00 元。');
  });

  it('finds an error in a source, too', () => {
    const found = budgetFindings(setCells(liwan(), { B9: '其他收入(元)：1,000.00' }));
    expect(found.map((f) => f.message)).toEqual([expect.stringContaining('= 28,037,202.00 元（28,036,202.00 + 0.00 + 1,000.00），相差 1,000.00 元')]);
  });

  it('compares 元 forms to the cent: half a cent of the unit in use (issue 4)', () => {
    expect(budgetFindings(setCells(liwan(), { B6: '总额(元)：28,036,202.004' }))).toEqual([]);
    const found = budgetFindings(setCells(liwan(), { B6: '总额(元)：28,036,202.01' }));
    expect(brief(found)).toEqual(['budget-sum-mismatch@B6']);
    expect(found[0].message).toContain('0.01 元');
  });

  it('a 总额 with no value while its sources are filled is an error with the expected total', () => {
    const found = budgetFindings(setCells(liwan(), { B6: '总额(元)：' }));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: 'budget-partly-blank', severity: 'error', suggestion: '请填写 28,036,202.00。' });
    expect(found[0].message).toContain('为空，但其组成已经填写，按组成合计应为 28,036,202.00 元');
  });

  it('a value that is not an amount is reported instead of a sum', () => {
    const found = budgetFindings(setCells(liwan(), { B7: '财政拨款收入(元)：约两千八百万' }));
    expect(brief(found)).toEqual(['amount-not-a-number@B7']);
    expect(found[0].message).toBe('本年度部门预算收入财政拨款收入（B7）填写的“约两千八百万”不是金额，无法参与核对，相关合计也无法核对。');
  });
});
