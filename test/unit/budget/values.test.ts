// Amount cells that hold something other than an amount, in every layout: text that does not
// parse, Excel error values, negative amounts, and percentages where a rate is meant.

import { fixture } from '../../fixtures/catalog';
import { SheetSpec, setCells } from '../../fixtures/sheet-spec';
import { brief, budgetFindings, huangpuCorrected } from './helpers';

function withError(spec: SheetSpec, cell: string, code: string): SheetSpec {
  const out = setCells(spec, { [cell]: null });
  out.errors = { ...(out.errors ?? {}), [cell]: code };
  return out;
}

describe('text that is not an amount', () => {
  it('budget block: names the cell and its label, and skips the sums it would feed', () => {
    const found = budgetFindings(setCells(fixture('seed-000'), { C5: 'abc' }));
    expect(brief(found)).toEqual(['amount-not-a-number@C5']);
    expect(found[0]).toMatchObject({ severity: 'error', cells: ['C5', 'B5'] });
    expect(found[0].message).toBe('基本支出（C5）填写的“abc”不是金额，无法参与核对，相关合计也无法核对。');
  });

  it('project table: names the row and column', () => {
    const found = budgetFindings(setCells(huangpuCorrected(), { C7: '九十八' }));
    expect(brief(found)).toEqual(['amount-not-a-number@C7']);
    expect(found[0].message).toBe('第 7 行“报刊征订”的财政拨款（C7）填写的“九十八”不是金额，无法参与核对，相关合计也无法核对。');
  });

  it('self-evaluation: a rate that is not a percentage', () => {
    const found = budgetFindings(setCells(fixture('seed-004-table'), { E4: '约七成' }));
    expect(brief(found)).toEqual(['amount-not-a-number@E4']);
    expect(found[0].message).toBe('执行率（E4）填写的“约七成”不是百分比，无法核对执行率。');
  });

  it('amounts written with their unit or as a dash are amounts', () => {
    expect(budgetFindings(setCells(fixture('seed-000'), { C8: '-', E6: '0万元' }))).toEqual([]);
  });
});

describe('Excel error values', () => {
  it.each([
    ['#REF!', '公式引用的单元格已被删除或移动'],
    ['#VALUE!', '公式中有文字或格式不对的单元格参与了计算'],
  ])('%s in the budget block', (code, meaning) => {
    const found = budgetFindings(withError(fixture('seed-000'), 'C6', code));
    expect(brief(found)).toEqual(['amount-error-value@C6']);
    expect(found[0].message).toBe(`项目支出（C6）显示错误值 ${code}：${meaning}。该金额无法参与核对，相关合计也无法核对。`);
  });

  it('#REF! in a unit subtotal of the project table', () => {
    const found = budgetFindings(withError(huangpuCorrected(), 'B26', '#REF!'));
    expect(brief(found)).toEqual(['amount-error-value@B26']);
  });

  it('#DIV/0! in a rate', () => {
    const found = budgetFindings(withError(fixture('seed-004-table'), 'E4', '#DIV/0!'));
    expect(brief(found)).toEqual(['amount-error-value@E4']);
  });

  it('#N/A in the 元 income block, label and value in separate cells', () => {
    // The label keeps its merge B8:H8, so the value sits in I8.
    const spec = withError(setCells(fixture('seed-001'), { B8: '财政专户管理资金(元)' }), 'I8', '#N/A');
    const found = budgetFindings(spec);
    expect(brief(found)).toEqual(['amount-error-value@I8']);
    expect(found[0].cells).toEqual(['I8', 'B8']);
    expect(found[0].message).toBe('本年度部门预算收入财政专户管理资金（I8）显示错误值 #N/A：查找公式没有找到对应的值。该金额无法参与核对，相关合计也无法核对。');
  });
});

describe('negative amounts', () => {
  it('are reported, and the sums they break are reported too', () => {
    const found = budgetFindings(setCells(fixture('seed-000'), { C8: -5 }));
    expect(brief(found)).toEqual(['budget-sum-mismatch@E5', 'amount-negative@C8']);
    expect(found[1].message).toBe('财政专项资金（C8）为负数 -5.00 万元；预算金额不应为负。');
  });

  it('accounting negatives "(12.00)" count as negative', () => {
    const found = budgetFindings(setCells(huangpuCorrected(), { B7: '(98.00)', C7: '(98.00)' }));
    expect(found.filter((f) => f.rule === 'amount-negative').map((f) => f.cell)).toEqual(['B7', 'C7']);
  });

  it('a negative task fund', () => {
    const found = budgetFindings(setCells(fixture('seed-000'), { D14: -415 }));
    expect(brief(found)).toEqual(['amount-negative@D14']);
    expect(found[0].message).toBe('任务“南沙新区城市形象宣传策划”的拟投入资金（D14）为负数 -415.00 万元；预算金额不应为负。');
  });
});
