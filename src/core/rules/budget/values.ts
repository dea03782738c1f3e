// Amount cells that hold something other than an amount: text that does not parse, an Excel error
// value, a negative amount, and execution rates outside 0–100%.

import { AmountCell, ExecutionFigure } from '../../model';
import { money } from './relation';
import type { BudgetFinding } from './relation';

/** What an Excel error value means, in the words a finance clerk would use. */
const ERROR_MEANING: Record<string, string> = {
  '#REF!': '公式引用的单元格已被删除或移动',
  '#VALUE!': '公式中有文字或格式不对的单元格参与了计算',
  '#DIV/0!': '公式除以了 0 或空单元格',
  '#N/A': '查找公式没有找到对应的值',
  '#NAME?': '公式中有无法识别的函数名或名称',
  '#NUM!': '公式计算结果不是有效数字',
  '#NULL!': '公式中的区域引用不相交',
};

export interface NamedAmount {
  cell: AmountCell;
  /** "基本支出", "第 7 行“报刊征订”的财政拨款". */
  name: string;
}

export function amountValueFindings(amounts: NamedAmount[]): BudgetFinding[] {
  const out: BudgetFinding[] = [];
  const seen = new Set<string>();
  for (const { cell: a, name } of amounts) {
    // Prose cells hold several amounts; a cell is judged once per amount, but an error value once.
    const key = `${a.cell}|${a.raw}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const cells = a.labelCell !== a.cell ? [a.cell, a.labelCell] : [a.cell];
    if (a.status === 'invalid' && a.invalidReason === 'error-value') {
      const code = a.raw.toUpperCase();
      const meaning = ERROR_MEANING[code];
      out.push({
        rule: 'amount-error-value',
        cell: a.cell,
        cells,
        message: `${name}（${a.cell}）显示错误值 ${a.raw}${meaning ? `：${meaning}` : ''}。该金额无法参与核对，相关合计也无法核对。`,
        suggestion: '请修正公式或改填金额。',
      });
    } else if (a.status === 'invalid') {
      out.push({
        rule: 'amount-not-a-number',
        cell: a.cell,
        cells,
        message: `${name}（${a.cell}）填写的“${a.raw}”不是金额，无法参与核对，相关合计也无法核对。`,
        suggestion: `请只填写数字，如“1,561.17”；单位（${a.unit}）写在表头中。`,
      });
    } else if (a.status === 'ok' && a.value !== null && a.value < 0) {
      out.push({
        rule: 'amount-negative',
        cell: a.cell,
        cells,
        message: `${name}（${a.cell}）为负数 ${money(a.value, a.unit)}；预算金额不应为负。`,
        suggestion: '请核对是否误填了负号或把减项写进了金额栏。',
      });
    }
  }
  return out;
}

/** "执行率" for the total, "项目支出执行率" for a part. */
export function rateName(f: ExecutionFigure): string {
  const label = f.label.replace(/^按(资金来源|支出性质)分?[:：]?/, '').replace(/\s+/g, '');
  return f.group === 'total' || !label ? '执行率' : `${label}执行率`;
}

/** 执行率 cells: unreadable text, or a rate below 0% or above 100%. */
export function rateValueFindings(figures: ExecutionFigure[]): BudgetFinding[] {
  const out: BudgetFinding[] = [];
  for (const f of figures) {
    const rate = f.rate;
    if (!rate) continue;
    const name = rateName(f);
    if (rate.value === null) {
      out.push({
        rule: rate.raw.startsWith('#') ? 'amount-error-value' : 'amount-not-a-number',
        cell: rate.cell,
        cells: [rate.cell],
        message: `${name}（${rate.cell}）填写的“${rate.raw}”不是百分比，无法核对执行率。`,
        suggestion: '请填写百分比，如“72.60%”，或使用公式 =执行数/预算数 并设为百分比格式。',
      });
    } else if (rate.value > 100 + 1e-9 || rate.value < 0) {
      out.push({
        rule: 'rate-out-of-range',
        cell: rate.cell,
        cells: [rate.cell],
        message: `${name}（${rate.cell}）为 ${rate.value.toFixed(2)}%，${rate.value < 0 ? '执行率不能为负' : '超过 100%：执行数不应超过预算数'}。`,
        suggestion: '请核对执行数和预算数，以及执行率是否误填（如把 72.60% 写成 7260%）。',
      });
    }
  }
  return out;
}
