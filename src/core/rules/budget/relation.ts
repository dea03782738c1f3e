// The relation engine every budget layout shares. A relation says Σ left = Σ right (or ≤); the
// layout modules build relations from the form model, this module evaluates them with the
// form's tolerance, decides what blank inputs mean, and judges whether a total's formula covers
// its parts.

import { Grid } from '../../grid/grid';
import { parseA1 } from '../../grid/address';
import { AmountCell } from '../../model';
import { MoneyUnit, convert, formatMoney, tolerance } from '../../parse/amount';
import { FindingInput } from '../types';
import { parseSumFormula, referenceCounts } from './formula';

export type BudgetRuleId =
  | 'budget-sum-mismatch'
  | 'task-funds-exceed'
  | 'task-without-funds'
  | 'budget-partly-blank'
  | 'amount-not-a-number'
  | 'amount-error-value'
  | 'amount-negative'
  | 'rate-mismatch'
  | 'rate-out-of-range'
  | 'formula-range'
  | 'score-exceeds-weight'
  | 'weights-not-100'
  | 'budget-score-mismatch'
  | 'score-total-mismatch';

export type BudgetFinding = FindingInput & { rule: BudgetRuleId };

export interface Term {
  cell: AmountCell;
  /** How messages name the amount: "基本支出", "第 7 行“报刊征订”". */
  name: string;
  /**
   * Blank counts as 0 without a finding: a column no row uses, or a blank another rule already
   * reports (a key task without funds).
   */
  optional?: boolean;
}

export interface Relation {
  /** Unique within one form: "row-7", "unit-5-total", "overall-income". */
  id: string;
  rule: 'budget-sum-mismatch' | 'task-funds-exceed';
  /** equal: Σ left = Σ right; lte: Σ left ≤ Σ right. */
  kind: 'equal' | 'lte';
  left: Term[];
  right: Term[];
  /** The left side is one cell that should hold Σ right (a 合计/小计/总计): its formula is judged. */
  leftIsTotal?: boolean;
  unit: MoneyUnit;
  /** Names the relation in blank-input messages: "第 7 行“报刊征订”的总计 = 财政拨款 + …". */
  title: string;
}

export interface Outcome {
  relation: Relation;
  /** Inputs that are not amounts (text, #REF!): the relation cannot be judged. */
  invalid: Term[];
  /** Blank inputs that are not optional, when at least one input of the relation is filled. */
  blanks: Term[];
  allBlank: boolean;
  /** Both sides hold a filled amount and nothing is invalid, so the sums were compared. */
  evaluated: boolean;
  left: number;
  right: number;
  /** left − right. */
  diff: number;
  holds: boolean;
}

const filled = (t: Term) => t.cell.status !== 'blank';

/**
 * A term's value in the relation's unit, blank as 0. Labels may carry their own unit (a tasks
 * column headed "拟投入的资金（元）" under a budget block in 万元), so each cell is converted.
 */
export function termValue(t: Term, unit: MoneyUnit): number {
  return convert(t.cell.value ?? 0, t.cell.unit, unit);
}

/** Sums with blanks as 0; rounding noise of binary floats stays far below the tolerance. */
function sum(terms: Term[], unit: MoneyUnit): number {
  return terms.reduce((s, t) => s + termValue(t, unit), 0);
}

export function evaluate(relation: Relation): Outcome {
  const all = [...relation.left, ...relation.right];
  const invalid = all.filter((t) => t.cell.status === 'invalid');
  const allBlank = all.every((t) => !filled(t));
  const blanks = allBlank ? [] : all.filter((t) => !filled(t) && !t.optional);
  const evaluated = invalid.length === 0 && relation.left.some(filled) && relation.right.some(filled);
  const left = sum(relation.left, relation.unit);
  const right = sum(relation.right, relation.unit);
  const diff = left - right;
  // Half a cent of the unit, plus room for binary rounding of large sums (never near a cent).
  const tol = tolerance(relation.unit) + 1e-12 * Math.max(1, Math.abs(left), Math.abs(right));
  const holds = !evaluated || (relation.kind === 'equal' ? Math.abs(diff) <= tol : diff <= tol);
  return { relation, invalid, blanks, allBlank, evaluated, left, right, diff, holds };
}

export function money(value: number, unit: MoneyUnit): string {
  return formatMoney(value, unit);
}

/** "1,561.17" — money without the unit, for sums written out term by term. */
export function amount(value: number, unit: MoneyUnit): string {
  return formatMoney(value, unit).replace(/\s*(万元|元)$/, '');
}

export function uniqueCells(cells: Array<string | undefined>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const c of cells) {
    if (!c || seen.has(c)) continue;
    seen.add(c);
    out.push(c);
  }
  return out;
}

export function cellsOfRelation(r: Relation): string[] {
  return uniqueCells([...r.left, ...r.right].map((t) => t.cell.cell));
}

// ---- formula coverage ----------------------------------------------------------------------

export interface Coverage {
  formula: string;
  /** Parts the formula leaves out (blank optional parts excepted: leaving out an unused column is harmless). */
  missing: Term[];
  /** Parts counted more than once. */
  duplicated: Term[];
  /** Cells holding a number (or an error) that the formula adds but that are not parts. */
  extra: string[];
  /** The formula refers to its own cell (a circular reference). */
  circular: boolean;
  ok: boolean;
}

/** Judges a total's formula against its parts; undefined when there is no plain-sum formula. */
export function coverage(total: AmountCell, parts: Term[], grid: Grid): Coverage | undefined {
  if (!total.formula || total.inline) return undefined;
  const parsed = parseSumFormula(total.formula);
  if (!parsed) return undefined;
  const counts = referenceCounts(parsed);
  if (!counts) return undefined;
  const partCells = new Set(parts.map((p) => p.cell.cell));
  const missing = parts.filter((p) => !counts.has(p.cell.cell) && !(p.optional && p.cell.status === 'blank'));
  const duplicated = parts.filter((p, i) => (counts.get(p.cell.cell) ?? 0) > 1 && parts.findIndex((q) => q.cell.cell === p.cell.cell) === i);
  const circular = counts.has(total.cell);
  const extra: string[] = [];
  for (const a of counts.keys()) {
    if (partCells.has(a) || a === total.cell) continue;
    const { row, col } = parseA1(a);
    // SUM ignores text and blanks: only cells that change the result are worth naming.
    if (typeof grid.value(row, col) === 'number' || grid.error(row, col)) extra.push(a);
  }
  const ok = missing.length === 0 && duplicated.length === 0 && extra.length === 0 && !circular;
  return { formula: total.formula, missing, duplicated, extra, circular, ok };
}

function listTerms(terms: Term[], max = 5): string {
  const shown = terms.slice(0, max).map((t) => `${t.cell.cell}（${t.name}）`);
  return terms.length > max ? `${shown.join('、')} 等 ${terms.length} 个单元格` : shown.join('、');
}

function listCells(cells: string[], max = 8): string {
  return cells.length > max ? `${cells.slice(0, max).join('、')} 等 ${cells.length} 个单元格` : cells.join('、');
}

/** What is wrong with the formula, as one clause: "未包含 B25（…）；重复计算了 B10（…）". */
export function describeCoverage(c: Coverage): string {
  const parts: string[] = [];
  if (c.missing.length) parts.push(`未包含 ${listTerms(c.missing)}`);
  if (c.extra.length) parts.push(`多加了不属于本项的 ${listCells(c.extra)}`);
  if (c.duplicated.length) parts.push(`重复计算了 ${listTerms(c.duplicated)}`);
  if (c.circular) parts.push('引用了自身（循环引用）');
  return parts.join('；');
}

export function coverageCells(c: Coverage): string[] {
  return [...c.missing.map((t) => t.cell.cell), ...c.extra, ...c.duplicated.map((t) => t.cell.cell)];
}

// ---- findings shared by every layout ------------------------------------------------------------

/**
 * The finding for a relation that does not add up. `clause` is the layout's own sentence
 * ("宣传部小计 5,805.56 万元，但其下 20 个项目合计 5,955.56 万元"); the difference, the formula
 * and any notes are appended here so every layout reads the same way.
 */
export function mismatchFinding(
  o: Outcome,
  text: { clause: string; primary: string; suggestion?: string; notes?: string[]; coverage?: Coverage; cells?: string[] },
): BudgetFinding {
  const { relation } = o;
  const unit = relation.unit;
  const sentences: string[] = [];
  if (relation.kind === 'lte') sentences.push(`${text.clause}，超出 ${money(o.diff, unit)}。`);
  else sentences.push(`${text.clause}，相差 ${money(Math.abs(o.diff), unit)}。`);
  const cov = text.coverage;
  if (cov) {
    sentences.push(
      cov.ok
        ? `${relation.left[0].cell.cell} 的公式 ${cov.formula} 已覆盖全部组成项，差额可能来自以文本形式存储的数字（SUM 会忽略它们）、未重新计算的结果或被手工改写的数值。`
        : `${relation.left[0].cell.cell} 的公式 ${cov.formula} ${describeCoverage(cov)}，这很可能就是差额的来源。`,
    );
  }
  for (const n of text.notes ?? []) sentences.push(n);
  return {
    rule: relation.rule,
    cell: text.primary,
    cells: uniqueCells([text.primary, ...(text.cells ?? cellsOfRelation(relation)), ...(cov ? coverageCells(cov) : [])]),
    message: sentences.join(''),
    ...(text.suggestion ? { suggestion: text.suggestion } : {}),
  };
}

/** A total's formula that leaves out parts (or adds others) while the amounts happen to agree. */
export function formulaFinding(total: AmountCell, totalName: string, c: Coverage): BudgetFinding {
  return {
    rule: 'formula-range',
    cell: total.cell,
    cells: uniqueCells([total.cell, ...coverageCells(c)]),
    message: `${totalName}（${total.cell}）的公式 ${c.formula} ${describeCoverage(c)}。目前金额恰好相符，但以后修改这些单元格时合计不会正确更新。`,
    suggestion: '请把求和范围改为恰好覆盖全部组成项。',
  };
}

/**
 * One finding for the blank inputs of a partly filled relation, skipping blanks an earlier
 * relation already reported (a cell shared by two relations is named once).
 */
export function partlyBlankFinding(o: Outcome, reported: Set<string>): BudgetFinding | undefined {
  const blanks = o.blanks.filter((t) => !reported.has(t.cell.cell));
  if (blanks.length === 0) return undefined;
  for (const t of blanks) reported.add(t.cell.cell);
  const { relation } = o;
  const unit = relation.unit;
  const totalTerm = relation.leftIsTotal ? relation.left[0] : undefined;
  const totalBlank = !!totalTerm && blanks.includes(totalTerm);
  const filledCells = [...relation.left, ...relation.right].filter(filled).map((t) => t.cell.cell);
  if (totalBlank && relation.right.some(filled) && o.invalid.length === 0) {
    return {
      rule: 'budget-partly-blank',
      severity: 'error',
      cell: totalTerm.cell.cell,
      cells: uniqueCells([totalTerm.cell.cell, ...blanks.map((t) => t.cell.cell), ...filledCells]),
      message: `${totalTerm.name}（${totalTerm.cell.cell}）为空，但其组成已经填写，按组成合计应为 ${money(o.right, unit)}（${relation.title}）。`,
      suggestion: `请填写 ${amount(o.right, unit)}。`,
    };
  }
  return {
    rule: 'budget-partly-blank',
    cell: blanks[0].cell.cell,
    cells: uniqueCells([...blanks.map((t) => t.cell.cell), ...filledCells]),
    message: `${listTerms(blanks)}为空，而同一关系（${relation.title}）中的其他金额已经填写；核对时按 0.00 计算。`,
    suggestion: '如确实不涉及，请填写 0.00；否则请补填金额。',
  };
}
