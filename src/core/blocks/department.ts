// Department-wide money blocks (layouts.md D): money by source (按收入性质) and by use (按支出性质),
// each adding up to the same total, and the 年度履职目标 / 年度主要任务 table with an amount per task.

import { AmountCell, Duty, IncomeUse } from '../model';
import { toA1 } from '../grid/address';
import { MoneyUnit, parseAmount } from '../parse/amount';
import { normalizeLabel, unitInLabel } from '../parse/text';
import { amountAt } from '../forms/amounts';
import { Pos, SheetScan } from '../forms/scan';

const SOURCE_ANCHOR = /^按(收入性质|资金来源|收入来源)(分)?/;
const USE_ANCHOR = /^按(支出性质|支出类别|支出用途|经济分类)(分)?/;
const TOTAL = /^(资金总额|预算总额|年度预算(申请)?(总额)?|部门预算(总额)?|合计|总计|收入合计|支出合计)(\(.*\))?$/;
const BASIC = /^基本支出/;
const BASIC_PART = /^(人员经费|公用经费|人员支出|公用支出)/;

function isAmount(scan: SheetScan, row: number, col: number): boolean {
  const v = scan.grid.value(row, col);
  return typeof v === 'number' || (typeof v === 'string' && parseAmount(v, '万元').kind === 'amount');
}

/** Labels under (horizontal) or beside (vertical) an anchor, each with the amount it heads. */
function partsAt(scan: SheetScan, anchor: Pos, unit: MoneyUnit, stopCol: number): AmountCell[] {
  const { grid } = scan;
  const merge = grid.mergeAt(anchor.row, anchor.col);
  const right = Math.min(merge?.right ?? anchor.col, stopCol - 1);
  const labelRow = (merge?.bottom ?? anchor.row) + 1;
  const out: AmountCell[] = [];
  // Horizontal: a row of labels under the anchor's span, the amounts in the row below.
  if (labelRow + 1 < grid.rowCount) {
    for (let c = anchor.col; c <= Math.max(right, anchor.col); c++) {
      if (grid.isBlank(labelRow, c) || grid.isMergedTail(labelRow, c)) continue;
      const valueRow = (grid.mergeAt(labelRow, c)?.bottom ?? labelRow) + 1;
      if (valueRow >= grid.rowCount || !isAmount(scan, valueRow, c)) continue;
      const label = grid.text(labelRow, c).trim();
      out.push(amountAt(scan, { key: 'part', label, labelCell: toA1(labelRow, c) }, { row: valueRow, col: c }, unitInLabel(label) ?? unit));
    }
  }
  if (out.length) return out;
  // Vertical: label | amount pairs below the anchor in its column, until a blank or another anchor.
  for (let r = (merge?.bottom ?? anchor.row) + 1; r < grid.rowCount && r < anchor.row + 12; r++) {
    const key = scan.key(r, anchor.col);
    if (!key || SOURCE_ANCHOR.test(key) || USE_ANCHOR.test(key) || TOTAL.test(key)) break;
    const vc = scan.nextColumn(r, anchor.col);
    if (vc >= grid.colCount || !isAmount(scan, r, vc)) break;
    const label = grid.text(r, anchor.col).trim();
    out.push(amountAt(scan, { key: 'part', label, labelCell: toA1(r, anchor.col) }, { row: r, col: vc }, unitInLabel(label) ?? unit));
  }
  return out;
}

export function findIncomeUse(scan: SheetScan, unit: MoneyUnit): IncomeUse | undefined {
  const source = scan.first((k) => SOURCE_ANCHOR.test(k));
  const use = scan.first((k) => USE_ANCHOR.test(k));
  if (!source || !use) return undefined;
  const sameRow = source.row === use.row;
  const sources = partsAt(scan, source, unit, sameRow && use.col > source.col ? use.col : Infinity);
  const uses = partsAt(scan, use, unit, sameRow && source.col > use.col ? source.col : Infinity);
  if (sources.length === 0 && uses.length === 0) return undefined;
  // The total: a 资金总额 / 合计 label near the anchors, with its amount below or to its right.
  let total: AmountCell | undefined;
  for (const p of scan.findWhere((k) => TOTAL.test(k), { top: Math.max(0, Math.min(source.row, use.row) - 2), bottom: Math.max(source.row, use.row) + 3 })) {
    const below = (scan.grid.mergeAt(p.row, p.col)?.bottom ?? p.row) + 1;
    const labelText = scan.grid.text(p.row, p.col).trim();
    const u = unitInLabel(labelText) ?? unit;
    for (let r = below; r <= below + 1 && r < scan.grid.rowCount; r++) {
      if (isAmount(scan, r, p.col)) {
        total = amountAt(scan, { key: 'total', label: labelText, labelCell: toA1(p.row, p.col) }, { row: r, col: p.col }, u);
        break;
      }
    }
    const rc = scan.nextColumn(p.row, p.col);
    if (!total && rc < scan.grid.colCount && isAmount(scan, p.row, rc)) total = amountAt(scan, { key: 'total', label: labelText, labelCell: toA1(p.row, p.col) }, { row: p.row, col: rc }, u);
    if (total) break;
  }
  const basic = uses.find((a) => BASIC.test(normalizeLabel(a.label)));
  const basicParts = [...sources, ...uses].filter((a) => BASIC_PART.test(normalizeLabel(a.label)));
  return {
    ...(total ? { total } : {}),
    sources,
    uses: uses.filter((a) => !BASIC_PART.test(normalizeLabel(a.label))),
    ...(basic ? { basic } : {}),
    basicParts: basicParts.length ? basicParts : findBasicParts(scan, unit),
  };
}

function findBasicParts(scan: SheetScan, unit: MoneyUnit): AmountCell[] {
  const out: AmountCell[] = [];
  for (const p of scan.findWhere((k) => BASIC_PART.test(k) && k.length <= 12)) {
    const vc = scan.nextColumn(p.row, p.col);
    if (vc < scan.grid.colCount && isAmount(scan, p.row, vc)) {
      const label = scan.grid.text(p.row, p.col).trim();
      out.push(amountAt(scan, { key: 'part', label, labelCell: toA1(p.row, p.col) }, { row: p.row, col: vc }, unitInLabel(label) ?? unit));
    }
  }
  return out;
}

const DUTY_HEADER = /^(年度)?(履职目标|主要任务|重点任务|工作任务|任务名称|重点工作|主要工作|年度主要任务|部门职能)/;
const DUTY_AMOUNT = /^(预算(金额|资金|数)|资金(总额|金额|安排)?|金额|拟投入(的)?资金|安排资金|经费)(\(.*\))?$/;

/** The 年度履职目标 / 年度主要任务 table: a task column and an amount column; a 合计 row ends it. */
export function findDuties(scan: SheetScan, unit: MoneyUnit): { duties: Duty[]; total?: AmountCell } | undefined {
  for (const found of scan.findWhere((k) => DUTY_HEADER.test(k))) {
    // A block label merged down the rows of its table ("年度履职目标" in A8:A11) heads the rows to its
    // right; the task names are in the first column right of it.
    const label = scan.grid.mergeAt(found.row, found.col);
    const vertical = !!label && label.bottom > label.top;
    const head = vertical ? { row: found.row, col: scan.nextColumn(found.row, found.col) } : found;
    const lastRow = vertical ? label!.bottom : found.row + 60;
    const keys = scan.rowKeys(head.row);
    let amountCol = -1;
    for (let c = head.col + 1; c < keys.length; c++) if (keys[c] && DUTY_AMOUNT.test(keys[c]!)) { amountCol = c; break; }
    if (amountCol < 0) continue;
    const colUnit = unitInLabel(scan.grid.text(head.row, amountCol)) ?? unit;
    const duties: Duty[] = [];
    let total: AmountCell | undefined;
    for (let r = (scan.grid.mergeAt(head.row, head.col)?.bottom ?? head.row) + 1; r < scan.grid.rowCount && r <= lastRow; r++) {
      const key = scan.key(r, head.col);
      if (scan.grid.isBlank(r, head.col) && scan.grid.isBlank(r, amountCol)) break;
      if (/^(一级|二级|三级)(指标)?|^(年度)?(绩效)?指标|^绩效目标/.test(key)) break;
      if (/^(合计|总计|小计)/.test(key)) {
        total = amountAt(scan, { key: 'total', label: scan.grid.text(r, head.col).trim(), labelCell: toA1(r, head.col) }, { row: r, col: amountCol }, colUnit);
        break;
      }
      const name = scan.textCell(r, head.col);
      duties.push({ row: r, name, ...(!scan.grid.isBlank(r, amountCol) ? { amount: amountAt(scan, { key: 'duty', label: name.text, labelCell: name.cell }, { row: r, col: amountCol }, colUnit) } : {}) });
    }
    if (duties.length) return { duties, ...(total ? { total } : {}) };
  }
  return undefined;
}
