// Amount cells that hold something other than an amount: text that does not parse, an Excel error
// value, a negative amount, and execution rates outside 0–100%.

import { AmountCell, ExecutionFigure } from '../../model';
import { msg, Param, quote } from '../../i18n/text';
import { money } from './relation';
import type { BudgetFinding } from './relation';
import { label, unitText } from './phrases';

/** What an Excel error value means, in the words a finance clerk would use (catalogue ids). */
const ERROR_MEANING: Record<string, string> = {
  '#REF!': 'budget.excel-error.ref',
  '#VALUE!': 'budget.excel-error.value',
  '#DIV/0!': 'budget.excel-error.div0',
  '#N/A': 'budget.excel-error.na',
  '#NAME?': 'budget.excel-error.name',
  '#NUM!': 'budget.excel-error.num',
  '#NULL!': 'budget.excel-error.null',
};

export interface NamedAmount {
  cell: AmountCell;
  /** "基本支出", "第 7 行“报刊征订”的财政拨款". */
  name: Param;
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
        message: msg('budget.error-value', { name, cell: a.cell, raw: quote(a.raw), meaning: meaning ? msg('budget.error-meaning', { text: msg(meaning) }) : '' }),
        suggestion: msg('budget.error-value.fix'),
      });
    } else if (a.status === 'invalid') {
      out.push({
        rule: 'amount-not-a-number',
        cell: a.cell,
        cells,
        message: msg('budget.not-a-number', { name, cell: a.cell, raw: quote(a.raw) }),
        suggestion: msg('budget.not-a-number.fix', { unit: unitText(a.unit) }),
      });
    } else if (a.status === 'ok' && a.value !== null && a.value < 0) {
      out.push({
        rule: 'amount-negative',
        cell: a.cell,
        cells,
        message: msg('budget.negative', { name, cell: a.cell, amount: money(a.value, a.unit) }),
        suggestion: msg('budget.negative.fix'),
      });
    }
  }
  return out;
}

/** "执行率" for the total, "项目支出执行率" for a part. */
export function rateName(f: ExecutionFigure): Param {
  const text = f.label.replace(/^按(资金来源|支出性质)分?[:：]?/, '').replace(/\s+/g, '');
  return f.group === 'total' || !text ? msg('budget.rate') : msg('budget.rate-of', { label: label(text) });
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
        message: msg('budget.rate-not-a-number', { name, cell: rate.cell, raw: quote(rate.raw) }),
        suggestion: msg('budget.rate-not-a-number.fix'),
      });
    } else if (rate.value > 100 + 1e-9 || rate.value < 0) {
      out.push({
        rule: 'rate-out-of-range',
        cell: rate.cell,
        cells: [rate.cell],
        message: msg('budget.rate-out-of-range', { name, cell: rate.cell, value: rate.value.toFixed(2), reason: msg(rate.value < 0 ? 'budget.rate-negative' : 'budget.rate-over-100') }),
        suggestion: msg('budget.rate-out-of-range.fix'),
      });
    }
  }
  return out;
}
