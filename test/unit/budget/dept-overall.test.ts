// 部门整体预算绩效目标申报表: the budget block's three ways of splitting one budget, and the key
// tasks' funds. Variants start from seed 000 (C5 基本支出, C6 项目支出, C8 财政专项资金,
// C9 其他事业发展性支出, E5 财政拨款, E6 其他资金, E8 区本级使用资金, E9 对下转移支付, D12–D17 tasks).

import { fixture } from '../../fixtures/catalog';
import { setCells } from '../../fixtures/sheet-spec';
import { brief, budgetFindings } from './helpers';

const nansha = () => fixture('seed-000');

describe('支出 = 收入来源 = 预算级次', () => {
  it('finds expenditure parts that do not add up to the income sources', () => {
    const found = budgetFindings(setCells(nansha(), { C5: 1600 }));
    expect(brief(found)).toEqual(['budget-sum-mismatch@E5']);
    expect(found[0].cells).toEqual(['E5', 'C5', 'C6', 'C8', 'C9', 'E6']);
    expect(found[0].message).toBe(
      '部门预算支出合计 7,132.72 万元（基本支出 1,600.00 + 项目支出 5,200.00 + 财政专项资金 0.00 + 其他事业发展性支出 332.72），' +
        '但收入来源合计 7,093.89 万元（财政拨款 7,093.89 + 其他资金 0.00），相差 38.83 万元。',
    );
  });

  it('finds budget levels that do not add up to the income sources', () => {
    const found = budgetFindings(setCells(nansha(), { E9: 10 }));
    expect(brief(found)).toEqual(['budget-sum-mismatch@E8']);
    expect(found[0].cells).toEqual(['E8', 'E5', 'E6', 'E9']);
    expect(found[0].message).toBe(
      '收入来源合计 7,093.89 万元（财政拨款 7,093.89 + 其他资金 0.00），但按预算级次划分合计 7,103.89 万元（区本级使用资金 7,093.89 + 拟用于对下转移支付资金 10.00），相差 10.00 万元。',
    );
  });

  it('a changed 财政拨款 breaks both relations it belongs to', () => {
    expect(brief(budgetFindings(setCells(nansha(), { E5: 7093.9 })))).toEqual(['budget-sum-mismatch@E5', 'budget-sum-mismatch@E8']);
  });

  it('reads "1, 499. 73" style numbers and still finds an error among them (seed 002)', () => {
    const found = budgetFindings(setCells(fixture('seed-002'), { C6: '1, 355. 87' }));
    expect(found.filter((f) => f.rule === 'budget-sum-mismatch').map((f) => f.message)).toEqual([
      expect.stringContaining('部门预算支出合计 3,798.06 万元（基本支出 1,499.73 + 项目支出 1,355.87 + 财政专项资金 0.00 + 其他事业发展性支出 942.46），但收入来源合计 3,797.06 万元'),
    ]);
  });

  it('tolerates half a cent, not a cent', () => {
    expect(budgetFindings(setCells(nansha(), { C5: 1561.174 }))).toEqual([]);
    expect(brief(budgetFindings(setCells(nansha(), { C5: 1561.18 })))).toEqual(['budget-sum-mismatch@E5']);
  });
});

describe('key tasks', () => {
  it('finds task funds beyond 项目支出 + 事业发展性支出', () => {
    const found = budgetFindings(setCells(nansha(), { D16: 3300 }));
    expect(brief(found)).toEqual(['task-funds-exceed@D12']);
    expect(found[0].cells).toEqual(['D12', 'D13', 'D14', 'D15', 'D16', 'D17', 'C6', 'C8', 'C9']);
    expect(found[0].message).toBe(
      '6 项年度重点工作任务的拟投入资金合计 5,619.80 万元，超过了可用于任务的项目支出与事业发展性支出之和 5,532.72 万元' +
        '（项目支出 5,200.00 + 财政专项资金 0.00 + 其他事业发展性支出 332.72），超出 87.08 万元。',
    );
  });

  it('allows task funds up to exactly the available spending', () => {
    // 5532.72 − (515.80 + 650 + 415 + 200 + 539) = 3212.92
    expect(budgetFindings(setCells(nansha(), { D16: 3212.92 }))).toEqual([]);
    expect(brief(budgetFindings(setCells(nansha(), { D16: 3212.93 })))).toEqual(['task-funds-exceed@D12']);
  });

  it('converts task funds in 元 to the budget block\'s 万元', () => {
    const inYuan = setCells(nansha(), { D11: '拟投入的资金（元）', D12: 5158000, D13: 6500000, D14: 4150000, D15: 2000000, D16: 22563000, D17: 5390000 });
    expect(budgetFindings(inYuan)).toEqual([]);
    const found = budgetFindings(setCells(inYuan, { D16: 33000000 }));
    expect(found.map((f) => f.message)).toEqual([expect.stringContaining('拟投入资金合计 5,619.80 万元，超过了可用于任务的项目支出与事业发展性支出之和 5,532.72 万元')]);
  });

  it('reports a task without funds, and not one with 0.00', () => {
    const found = budgetFindings(setCells(nansha(), { D13: null }));
    expect(brief(found)).toEqual(['task-without-funds@D13']);
    expect(found[0].message).toBe('年度重点工作任务“粤港澳大湾区国际媒体枢纽港工作”（第 13 行）没有填写拟投入的资金（D13）。');
    expect(budgetFindings(setCells(nansha(), { D13: 0 }))).toEqual([]);
  });
});

describe('blank inputs', () => {
  it('a blank 其他资金 among filled amounts is one finding, although two relations use it', () => {
    const found = budgetFindings(setCells(nansha(), { E6: null }));
    expect(brief(found)).toEqual(['budget-partly-blank@E6']);
    expect(found[0].severity).toBe('warning');
    expect(found[0].message).toBe('E6（其他资金）为空，而同一关系（部门预算支出合计 = 收入来源合计）中的其他金额已经填写；核对时按 0.00 计算。');
  });

  it('blank as 0 still has to add up', () => {
    const found = budgetFindings(setCells(nansha(), { E9: null, E8: 7000 }));
    expect(brief(found)).toEqual(['budget-sum-mismatch@E8', 'budget-partly-blank@E9']);
  });

  it('a budget block left entirely blank is skipped, not reported', () => {
    const blank = Object.fromEntries(['C5', 'C6', 'C8', 'C9', 'E5', 'E6', 'E8', 'E9', 'D12', 'D13', 'D14', 'D15', 'D16', 'D17'].map((a) => [a, null]));
    const found = budgetFindings(setCells(nansha(), blank));
    expect(found.every((f) => f.rule === 'task-without-funds')).toBe(true);
  });
});
