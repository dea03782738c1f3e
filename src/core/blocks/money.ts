// Money blocks of the composed layouts (layouts.md A, C): label-value pairs grouped by the column
// their labels sit in (年度资金总额 with 其中：财政拨款 / 上年结转 / 其他资金; 中期 beside 年度), and
// column tables (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分) with one row per source.

import { AmountCell, MoneyColumnKey, MoneyGroup, MoneyRow, MoneyTable } from '../model';
import { toA1 } from '../grid/address';
import { MoneyUnit, parseAmount } from '../parse/amount';
import { parsePercent } from '../parse/number';
import { normalizeLabel, unitInLabel } from '../parse/text';
import { amountAt, clipRaw } from '../forms/amounts';
import { SheetScan } from '../forms/scan';

/** Labels of a money total, as the national template and its provincial versions write them. */
export const TOTAL_LABEL = /^(其中:)?.{0,8}(资金总额|资金总计|总预算|预算总额|预算金额|总金额|资金合计|项目资金|预算内投资|预算资金总额|资金规模|年度预算(数|金额)?)(\(.*\))?$|^(总额|合计|总计)(\(.*\))?$/;

/** Parts of a money total: the sources of the money, or (部门整体) 基本支出 and 项目支出. */
export const PART_LABEL = /^(其中:?)?[、,]?.{0,8}(财政(拨款|资金|专户(管理)?(资金)?)数?|一般公共预算(拨款|资金)?|政府性基金(预算)?(拨款|资金)?|上年结转(资金|结余)?|结转结余?(资金)?|其[他它](资金|收入)|单位(自有)?资金|自有资金|自筹资金|社会(投入|资金)|上级(补助|资金|转移支付)|(中央|省级|市级|县级|区级|本级)(财政)?(资金|补助|拨款)|事业收入|经营收入|基本支出|项目支出)(\(.*\))?$/;

/** "年度资金总额:16", "其中:上级资金16": label and amount in one cell. */
function inlinePair(text: string): { label: string; value: string } | undefined {
  const t = text.normalize('NFKC').replace(/\s+/g, '');
  const m = /^(.{2,24}?)[:：]?([0-9][0-9,.]*(?:万元|元|万)?)$/.exec(t.replace(/^其中[:：]/, ''));
  if (!m || !/[:：]|[^0-9]$/.test(m[1] + (t.includes(':') || t.includes('：') ? ':' : ''))) return undefined;
  return { label: m[1].replace(/[:：]$/, ''), value: m[2] };
}

/** "854万(高标准农田建设400万元,…)": the amount before a note in brackets. */
function leadingAmount(text: string): string | undefined {
  const m = /^\s*([0-9０-９][0-9０-９,，.．]*\s*(万元|元|万)?)\s*[（(][^）)]*[）)]?\s*$/.exec(text);
  return m ? m[1] : undefined;
}

/** The unit the sheet declares for its money ("单位：万元", "金额单位：元"), if any. */
// Tested against every label of the sheet: one RegExp, not a new one per label (a literal in a closure is rebuilt on each call).
const UNIT_NOTE = /^(金额|资金|计量)?单位:?(万元|元)$|单位:(万元|元)/;

export function sheetMoneyUnit(scan: SheetScan): MoneyUnit | undefined {
  const hit = scan.first((k) => UNIT_NOTE.test(k));
  if (hit) return unitInLabel(scan.key(hit.row, hit.col).replace(/^.*单位:?/, '单位:'));
  return undefined;
}

function isAmountCell(scan: SheetScan, row: number, col: number): boolean {
  const v = scan.grid.value(row, col);
  if (typeof v === 'number') return true;
  if (typeof v !== 'string') return false;
  return parseAmount(v, '万元').kind === 'amount';
}

export interface MoneyPairsOptions {
  unit: MoneyUnit;
  /** Rows that belong to another block (a money column table, an indicator table). */
  claimed: (row: number) => boolean;
}

/**
 * Label-value pairs: a total or part label followed, in the same row, by its amount. Labels in the
 * same column and nearby rows form one group; a group takes "中期" or "年度" from its labels.
 */
export function findMoneyGroups(scan: SheetScan, opts: MoneyPairsOptions): MoneyGroup[] {
  const pairs: Array<{ col: number; row: number; total: boolean; period?: 'annual' | 'period'; cell: AmountCell }> = [];
  const isMoneyLabel = (k: string) => k.length <= 30 && (TOTAL_LABEL.test(k) || PART_LABEL.test(k));
  for (const p of scan.findWhere((k) => isMoneyLabel(stripColon(k)) || (/\d/.test(k) && !!inlinePair(k) && isMoneyLabel(inlinePair(k)!.label)))) {
    if (opts.claimed(p.row)) continue;
    const raw = scan.grid.text(p.row, p.col).trim();
    const inline = /\d/.test(raw) ? inlinePair(raw) : undefined;
    if (inline && isMoneyLabel(normalizeLabel(inline.label))) {
      const key = normalizeLabel(inline.label);
      const parsed = parseAmount(inline.value, opts.unit);
      const total = TOTAL_LABEL.test(key) && !/^其中/.test(normalizeLabel(raw));
      const cell: AmountCell = {
        key: total ? 'total' : 'part', label: inline.label, labelCell: toA1(p.row, p.col), cell: toA1(p.row, p.col), row: p.row, col: p.col,
        raw: clipRaw(inline.value), value: parsed.kind === 'amount' ? parsed.value : null, status: parsed.kind === 'amount' ? 'ok' : 'invalid', unit: opts.unit, inline: true,
      };
      pairs.push({ col: p.col, row: p.row, total, period: /中期/.test(key) ? 'period' : /年度|当年|本年/.test(key) ? 'annual' : undefined, cell });
      continue;
    }
    const key = stripColon(scan.key(p.row, p.col));
    // The amount: the first non-blank cell right of the label, when it is an amount.
    let valueCol = -1;
    for (let c = scan.nextColumn(p.row, p.col), end = Math.min(scan.grid.colCount, scan.grid.rowEnd(p.row)); c < end; c++) {
      if (!scan.grid.isBlank(p.row, c) || scan.grid.error(p.row, c)) {
        valueCol = c;
        break;
      }
    }
    if (valueCol < 0) continue;
    const noted = leadingAmount(scan.grid.text(p.row, valueCol));
    if (!isAmountCell(scan, p.row, valueCol) && !scan.grid.error(p.row, valueCol) && !noted) continue;
    // A row with several amounts after the label is a column table's row, not a pair.
    const labelText = scan.grid.text(p.row, p.col).trim();
    const unit = unitInLabel(labelText) ?? opts.unit;
    const total = TOTAL_LABEL.test(key) && !/^其中/.test(key);
    const period = /中期/.test(key) ? 'period' : /年度|当年|本年/.test(key) ? 'annual' : undefined;
    let cell = amountAt(scan, { key: total ? 'total' : 'part', label: labelText.replace(/[:：]$/, ''), labelCell: toA1(p.row, p.col) }, { row: p.row, col: valueCol }, unit);
    if (noted && cell.status === 'invalid') {
      const parsed = parseAmount(noted, unit);
      if (parsed.kind === 'amount') cell = { ...cell, value: parsed.value, status: 'ok', invalidReason: undefined };
    }
    pairs.push({ col: p.col, row: p.row, total, period, cell });
  }
  // Group by label column; a gap of more than 4 rows starts a new group.
  const groups: MoneyGroup[] = [];
  const byCol = new Map<number, typeof pairs>();
  for (const pair of pairs) byCol.set(pair.col, [...(byCol.get(pair.col) ?? []), pair]);
  for (const list of byCol.values()) {
    list.sort((a, b) => a.row - b.row);
    let current: typeof pairs = [];
    const flush = () => {
      if (current.length === 0) return;
      const totals = current.filter((p) => p.total);
      const parts = current.filter((p) => !p.total);
      // Each total opens its own group: "年度资金总额" then "其中…" parts below it.
      if (totals.length <= 1) {
        groups.push({ ...(totals[0]?.period ?? current[0].period ? { period: totals[0]?.period ?? current[0].period } : {}), ...(totals[0] ? { total: totals[0].cell } : {}), parts: parts.map((p) => p.cell) });
      } else {
        for (let i = 0; i < totals.length; i++) {
          const from = totals[i].row;
          const to = totals[i + 1]?.row ?? Infinity;
          groups.push({ ...(totals[i].period ? { period: totals[i].period } : {}), total: totals[i].cell, parts: parts.filter((p) => p.row > from && p.row < to).map((p) => p.cell) });
        }
      }
      current = [];
    };
    for (const pair of list) {
      if (current.length && pair.row - current[current.length - 1].row > 4) flush();
      current.push(pair);
    }
    flush();
  }
  return groups;
}

function stripColon(key: string): string {
  return normalizeLabel(key).replace(/[:：]$/, '');
}

const COLUMN_PATTERNS: Array<[MoneyColumnKey, RegExp]> = [
  ['initial', /^年初(预算数|预算|金额|数)/],
  ['adjusted', /^(全年|调整后|调整)(预算数|预算|金额|数)|^预算数(\(.*\))?$/],
  ['executed', /^(全年|实际)?(执行数|支出数|实际支出|预算执行数|执行金额|实际执行数|决算数)/],
  ['weight', /^(分值|权重)/],
  ['rate', /^(预算)?执行率|^完成率/],
  ['score', /^得分/],
];

/** Money column tables: a header row with an executed column and a budget column. */
export function findMoneyTables(scan: SheetScan, unit: MoneyUnit): MoneyTable[] {
  const headerRows = new Set<number>();
  for (const p of scan.findWhere((k) => COLUMN_PATTERNS[2][1].test(k))) headerRows.add(p.row);
  const tables: MoneyTable[] = [];
  for (const row of [...headerRows].sort((a, b) => a - b)) {
    const columns: MoneyTable['columns'] = {};
    const headers: MoneyTable['headers'] = {};
    const keys = scan.rowKeys(row);
    for (let col = 0; col < keys.length; col++) {
      const key = keys[col];
      if (!key) continue;
      const hit = COLUMN_PATTERNS.find(([k, re]) => columns[k] === undefined && re.test(key));
      if (hit) {
        columns[hit[0]] = col;
        headers[hit[0]] = scan.grid.text(row, col).trim();
      }
    }
    if (columns.executed === undefined || (columns.initial === undefined && columns.adjusted === undefined)) continue;
    const first = Math.min(...(Object.values(columns) as number[]));
    const tableUnit = unitInLabel(scan.grid.text(row, columns.adjusted ?? columns.initial!)) ?? unitInRow(scan, row, first) ?? unit;
    const rows: MoneyRow[] = [];
    let blankRun = 0;
    for (let r = row + 1; r < scan.grid.rowCount && r < row + 40; r++) {
      const labelCell = lastLabelLeftOf(scan, r, first);
      const moneyBlank = (['initial', 'adjusted', 'executed'] as const).every((k) => columns[k] === undefined || scan.grid.isBlank(r, columns[k]!));
      if (!labelCell && moneyBlank) {
        if (++blankRun >= 2) break;
        continue;
      }
      blankRun = 0;
      const label = labelCell ? scan.grid.text(labelCell.row, labelCell.col).trim() : '';
      const key = normalizeLabel(label);
      if (/^(一级|二级|三级)(指标)?/.test(key) || /^(年度)?(总体)?目标|^绩效指标|^预期目标|^实际完成/.test(key)) break;
      if (moneyBlank && !label) continue;
      if (moneyBlank && rows.length > 0 && !PART_LABEL.test(key) && !TOTAL_LABEL.test(key)) break;
      const role: MoneyRow['role'] = rows.length === 0 || (TOTAL_LABEL.test(key) && !/^其中/.test(key)) ? 'total' : 'part';
      const labelA1 = labelCell ? toA1(labelCell.row, labelCell.col) : toA1(r, first);
      const money = (k: 'initial' | 'adjusted' | 'executed'): AmountCell | undefined =>
        columns[k] === undefined ? undefined : amountAt(scan, { key: k, label: label || headers[k]!, labelCell: labelA1 }, { row: r, col: columns[k]! }, tableUnit);
      const moneyRow: MoneyRow = { row: r, label: label || '（无名称）', labelCell: labelA1, role };
      for (const k of ['initial', 'adjusted', 'executed'] as const) {
        const a = money(k);
        if (a) moneyRow[k] = a;
      }
      for (const k of ['weight', 'score'] as const) {
        const c = columns[k];
        if (c !== undefined && !scan.grid.isBlank(r, c)) moneyRow[k] = scan.textCell(r, c);
      }
      const rc = columns.rate;
      if (rc !== undefined && !scan.grid.isBlank(r, rc)) {
        const shown = scan.grid.text(r, rc).trim();
        const formula = scan.grid.formula(r, rc);
        moneyRow.rate = {
          cell: toA1(r, rc),
          raw: clipRaw(shown),
          value: parsePercent(scan.grid.value(r, rc), scan.grid.numFmt(r, rc)),
          decimals: decimalsShown(shown),
          ...(formula ? { formula } : {}),
        };
      }
      rows.push(moneyRow);
    }
    if (rows.length) tables.push({ headerRow: row, headerCell: toA1(row, columns.executed), columns, headers, rows });
  }
  return tables;
}

/** Decimals a rate is shown with: "86%" → 0, "86.20%" → 2, "0.862" → 3 (a fraction). */
export function decimalsShown(text: string): number {
  const m = /[.．](\d+)/.exec(text.normalize('NFKC'));
  return m ? m[1].length : 0;
}

function lastLabelLeftOf(scan: SheetScan, row: number, before: number): { row: number; col: number } | undefined {
  let found: { row: number; col: number } | undefined;
  for (let c = 0; c < before; c++) {
    if (scan.grid.isBlank(row, c) || scan.grid.isMergedTail(row, c)) continue;
    const v = scan.grid.value(row, c);
    if (typeof v === 'string') found = { row, col: c };
  }
  return found;
}

function unitInRow(scan: SheetScan, row: number, before: number): MoneyUnit | undefined {
  for (let r = row; r >= Math.max(0, row - 3); r--) {
    for (let c = 0; c <= before && c < scan.grid.colCount; c++) {
      const v = scan.grid.value(r, c);
      if (typeof v === 'string') {
        const u = unitInLabel(v);
        if (u) return u;
      }
    }
  }
  return undefined;
}
