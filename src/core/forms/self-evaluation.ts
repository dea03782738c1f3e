// 绩效自评表 / 自评报告 (seed 004): budget execution figures (预算数, 执行数, 执行率 and the parts of
// 执行数 by source and by nature), from a table or from the report's prose, plus indicator rows
// with 年度指标值 and 实际完成值.

import { AmountCell, ExecutionFigure, ReadIssue, SelfEvaluationForm } from '../model';
import { toA1 } from '../grid/address';
import { MoneyUnit, parseAmount } from '../parse/amount';
import { parsePercent } from '../parse/number';
import { compact, unitInLabel } from '../parse/text';
import { amountAt, clipRaw } from './amounts';
import { findIndicatorHeaderRows, readDepartmentTables } from '../blocks/indicator-table';
import { SheetScan } from './scan';
import { findDepartment, findTitle } from './common';
import { msg } from '../i18n/text';

interface PartSpec {
  key: string;
  label: string;
  group: ExecutionFigure['group'];
  test: RegExp;
}

export const EXECUTION_PARTS: PartSpec[] = [
  { key: 'generalBudget', label: '一般公共预算财政拨款', group: 'source', test: /一般公共预算(财政拨款)?/ },
  { key: 'govFund', label: '政府性基金预算财政拨款', group: 'source', test: /政府性基金(预算)?(财政拨款)?/ },
  { key: 'stateCapital', label: '国有资本经营预算财政拨款', group: 'source', test: /国有资本经营(预算)?(财政拨款)?/ },
  { key: 'otherFunds', label: '其他资金', group: 'source', test: /^其他资金|其他资金(?:支出)?$/ },
  { key: 'basic', label: '基本支出', group: 'nature', test: /基本支出/ },
  { key: 'project', label: '项目支出', group: 'nature', test: /项目支出/ },
  { key: 'carryover', label: '年末结转和结余', group: 'other', test: /结转(和|及)?结余/ },
];

export function readSelfEvaluation(scan: SheetScan): SelfEvaluationForm {
  const issues: ReadIssue[] = [];
  const title = findTitle(scan, /自评(表|报告)/);
  const unit: MoneyUnit = '万元';
  let figures = readExecutionTable(scan, unit);
  if (figures.length === 0) figures = readExecutionProse(scan, unit);
  if (!figures.some((f) => f.group === 'total')) {
    issues.push({ code: 'missing-block', severity: 'error', cell: title?.cell ?? 'A1', message: msg('structure.no-execution-block') });
  }
  const headerRows = findIndicatorHeaderRows(scan);
  const tables = readDepartmentTables(scan, headerRows, issues);
  return {
    form: 'self-evaluation',
    title: title?.text,
    titleCell: title?.cell,
    department: findDepartment(scan) ?? departmentFromTitle(title?.text),
    unit,
    figures,
    tables,
    issues,
  };
}

function departmentFromTitle(title: string | undefined): string | undefined {
  const m = title && /^(.*?(委员会宣传部|局|委员会|中心|办公室|部))\s*\d{4}/.exec(title);
  return m ? m[1].trim() : undefined;
}

/** A header row with 预算数 and 执行数 columns; each row below is one figure. */
// Tested against every label of the sheet: one RegExp, not a new one per label (a literal in a closure is rebuilt on each call).
const BUDGET_HEADER = /^(全年|年初|调整后)?预算数/;

function readExecutionTable(scan: SheetScan, defaultUnit: MoneyUnit): ExecutionFigure[] {
  const budgetHeader = scan.first((k) => BUDGET_HEADER.test(k) && k.length <= 20);
  if (!budgetHeader) return [];
  const row = budgetHeader.row;
  let execCol: number | undefined;
  let rateCol: number | undefined;
  const keys = scan.rowKeys(row);
  for (let col = 0; col < keys.length; col++) {
    const k = keys[col] ?? '';
    if (/^(全年)?执行数/.test(k) && execCol === undefined) execCol = col;
    else if (/^(预算)?(执行率|完成率)/.test(k) && rateCol === undefined) rateCol = col;
  }
  if (execCol === undefined) return [];
  const budgetCol = budgetHeader.col;
  const unit = unitInLabel(scan.grid.text(row, budgetCol)) ?? unitInLabel(scan.grid.text(row, 0)) ?? unitFromAbove(scan, row) ?? defaultUnit;
  const figures: ExecutionFigure[] = [];
  let group: ExecutionFigure['group'] | undefined;
  let blankRun = 0;
  for (let r = row + 1; r < scan.grid.rowCount; r++) {
    const labelCells = scan.rowCells(r, 0, budgetCol - 1).filter((p) => !scan.grid.isMergedTail(p.row, p.col));
    const label = clipRaw(labelCells.map((p) => scan.grid.text(p.row, p.col).trim()).filter((t) => !/^年度预算执行情况/.test(compact(t))).pop() ?? '');
    const figureBlank = [budgetCol, execCol, rateCol].every((c) => c === undefined || scan.grid.isBlank(r, c));
    if (!label && figureBlank) {
      if (++blankRun >= 2) break;
      continue;
    }
    blankRun = 0;
    if (/^(一级|二级|三级)指标$|^年度总体目标|^绩效指标$/.test(compact(label))) break;
    const key = compact(label);
    if (/^按资金来源/.test(key)) group = 'source';
    else if (/^按支出(性质|经济分类)/.test(key)) group = 'nature';
    if (figureBlank) continue;
    const spec = matchPart(key.replace(/^按(资金来源|支出性质)分?[:：]?/, ''));
    const labelCell = labelCells.length ? toA1(labelCells[labelCells.length - 1].row, labelCells[labelCells.length - 1].col) : toA1(r, budgetCol);
    const figGroup: ExecutionFigure['group'] = /合计|总计|全年|^总/.test(key) || (!spec && figures.length === 0) ? 'total' : spec?.group ?? group ?? 'other';
    const figure: ExecutionFigure = { key: figGroup === 'total' ? 'total' : spec?.key ?? `row${r + 1}`, label, group: figGroup };
    if (!scan.grid.isBlank(r, budgetCol) || figGroup === 'total') figure.budget = amountAt(scan, { key: 'budget', label: '预算数', labelCell }, { row: r, col: budgetCol }, unit);
    figure.executed = amountAt(scan, { key: 'executed', label: '执行数', labelCell }, { row: r, col: execCol }, unit);
    if (rateCol !== undefined && !scan.grid.isBlank(r, rateCol)) {
      const formula = scan.grid.formula(r, rateCol);
      figure.rate = {
        cell: toA1(r, rateCol),
        raw: clipRaw(scan.grid.text(r, rateCol).trim()),
        value: parsePercent(scan.grid.value(r, rateCol), scan.grid.numFmt(r, rateCol)),
        ...(formula ? { formula } : {}),
      };
    }
    figures.push(figure);
  }
  return figures;
}

function unitFromAbove(scan: SheetScan, row: number): MoneyUnit | undefined {
  for (let r = row; r >= Math.max(0, row - 3); r--) {
    for (let c = 0, end = Math.min(scan.grid.colCount, scan.grid.rowEnd(r)); c < end; c++) {
      const v = scan.grid.value(r, c);
      if (typeof v === 'string') {
        const u = unitInLabel(v);
        if (u) return u;
      }
    }
  }
  return undefined;
}

function matchPart(key: string): PartSpec | undefined {
  return EXECUTION_PARTS.find((p) => p.test.test(key));
}

const NUM = '([0-9０-９][0-9０-９,，.．\\s]*)';

/** Figures written in the report's prose: "全年预算数3663.27万元，执行数2659.40万元，完成预算的72.60%". */
function readExecutionProse(scan: SheetScan, unit: MoneyUnit): ExecutionFigure[] {
  const figures: ExecutionFigure[] = [];
  const total: ExecutionFigure = { key: 'total', label: '全年合计', group: 'total' };
  for (const row of scan.grid.nonEmptyRows()) {
    for (let col = 0, end = Math.min(scan.grid.colCount, scan.grid.rowEnd(row)); col < end; col++) {
      const v = scan.grid.value(row, col);
      if (typeof v !== 'string' || v.length < 8) continue;
      const text = v.slice(0, 5000);
      const cell = toA1(row, col);
      const proseAmount = (key: string, label: string, m: RegExpExecArray): AmountCell => {
        const written = (m[2] as MoneyUnit | undefined) ?? unit;
        const parsed = parseAmount(`${m[1].trim()}${written}`, unit);
        return {
          key, label, labelCell: cell, cell, row, col, raw: clipRaw(m[0]), unit, inline: true,
          value: parsed.kind === 'amount' ? parsed.value : null,
          status: parsed.kind === 'amount' ? 'ok' : 'invalid',
        };
      };
      const budget = new RegExp(`(?:全年|年初|调整后)?预算数(?:为|是|:|：)?\\s*${NUM}(万元|元)`).exec(text);
      const executed = new RegExp(`执行数(?:为|是|:|：)?\\s*${NUM}(万元|元)`).exec(text);
      const rate = /(?:完成预算的|执行率(?:为|:|：)?|完成率(?:为|:|：)?)\s*([0-9.．]+)\s*[%％]/.exec(text);
      if (budget && !total.budget) total.budget = proseAmount('budget', '预算数', budget);
      if (executed && !total.executed) total.executed = proseAmount('executed', '执行数', executed);
      if (rate && !total.rate) total.rate = { cell, raw: clipRaw(rate[0]), value: parsePercent(`${rate[1]}%`) };
      for (const part of EXECUTION_PARTS) {
        if (figures.some((f) => f.key === part.key)) continue;
        const re = new RegExp(`${part.label}(?:支出)?(?:为|:|：)?\\s*${NUM}(万元|元)`);
        const m = re.exec(text);
        if (m) figures.push({ key: part.key, label: part.label, group: part.group, executed: proseAmount('executed', part.label, m) });
      }
    }
  }
  return total.budget || total.executed ? [total, ...figures] : figures;
}
