// The relation engine every budget layout shares. A relation says Σ left = Σ right (or ≤); the
// layout modules build relations from the form model, this module evaluates them with the
// form's tolerance, decides what blank inputs mean, and judges whether a total's formula covers
// its parts.

import { Grid } from '../../grid/grid';
import { parseA1 } from '../../grid/address';
import { AmountCell } from '../../model';
import { MoneyUnit, convert, tolerance } from '../../parse/amount';
import { list, msg, Msg, Param, quote } from '../../i18n/text';
import { FindingInput } from '../types';
import { parseSumFormula, referenceCounts } from './formula';
import { amount, joinWith, money } from './phrases';

export { amount, money };

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
  /** How messages name the amount: "基本支出", "第 7 行“报刊征订”" (a catalogue message, or a plain cell address in tests). */
  name: Param;
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
  title: Param;
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

/** "B6、B7 等 12 个单元格": the first few of a list, and how many there are in all. */
export function firstOf(items: Param[], max: number): Param {
  const shown = list(items.slice(0, max));
  return items.length > max ? msg('budget.and-more-cells', { items: shown, n: items.length }) : shown;
}

function listTerms(terms: Term[], max = 5): Param {
  return firstOf(terms.map((t) => msg('budget.term-at', { cell: t.cell.cell, name: t.name })), max);
}

function listCells(cells: string[], max = 8): Param {
  return firstOf(cells, max);
}

/** What is wrong with the formula, as one clause: "未包含 B25（…）；重复计算了 B10（…）". */
export function describeCoverage(c: Coverage): Param {
  const parts: Param[] = [];
  if (c.missing.length) parts.push(msg('budget.cov.missing', { terms: listTerms(c.missing) }));
  if (c.extra.length) parts.push(msg('budget.cov.extra', { cells: listCells(c.extra) }));
  if (c.duplicated.length) parts.push(msg('budget.cov.duplicated', { terms: listTerms(c.duplicated) }));
  if (c.circular) parts.push(msg('budget.cov.circular'));
  return joinWith('budget.semicolon', parts);
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
  text: { clause: Param; primary: string; suggestion?: Msg; notes?: Param[]; coverage?: Coverage; cells?: string[] },
): BudgetFinding {
  const { relation } = o;
  const unit = relation.unit;
  const sentences: Param[] = [];
  if (relation.kind === 'lte') sentences.push(msg('budget.exceeds-by', { clause: text.clause, diff: money(o.diff, unit) }));
  else sentences.push(msg('budget.differs-by', { clause: text.clause, diff: money(Math.abs(o.diff), unit) }));
  const cov = text.coverage;
  if (cov) {
    const at = { cell: relation.left[0].cell.cell, formula: quote(cov.formula) };
    sentences.push(cov.ok ? msg('budget.formula-covers-all', at) : msg('budget.formula-is-cause', { ...at, problem: describeCoverage(cov) }));
  }
  for (const n of text.notes ?? []) sentences.push(n);
  return {
    rule: relation.rule,
    cell: text.primary,
    cells: uniqueCells([text.primary, ...(text.cells ?? cellsOfRelation(relation)), ...(cov ? coverageCells(cov) : [])]),
    message: sentences.length === 1 ? (sentences[0] as Msg) : msg('budget.sentences', { all: list(sentences, 'concat') }),
    ...(text.suggestion ? { suggestion: text.suggestion } : {}),
  };
}

/** A total's formula that leaves out parts (or adds others) while the amounts happen to agree. */
export function formulaFinding(total: AmountCell, totalName: Param, c: Coverage): BudgetFinding {
  return {
    rule: 'formula-range',
    cell: total.cell,
    cells: uniqueCells([total.cell, ...coverageCells(c)]),
    message: msg('budget.formula-range', { total: totalName, cell: total.cell, formula: quote(c.formula), problem: describeCoverage(c) }),
    suggestion: msg('budget.formula-range.fix'),
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
      message: msg('budget.blank-total', { total: totalTerm.name, cell: totalTerm.cell.cell, sum: money(o.right, unit), relation: relation.title }),
      suggestion: msg('budget.blank-total.fix', { amount: amount(o.right, unit) }),
    };
  }
  return {
    rule: 'budget-partly-blank',
    cell: blanks[0].cell.cell,
    cells: uniqueCells([...blanks.map((t) => t.cell.cell), ...filledCells]),
    message: msg('budget.blank-parts', { terms: listTerms(blanks), relation: relation.title }),
    suggestion: msg('budget.blank-parts.fix'),
  };
}
