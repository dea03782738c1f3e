// The composed reader: any sheet that holds an indicator table is a form. It finds the blocks that
// are there (blocks/), and the form kind is what they add up to (layouts.md A–D):
//   indicator table + 实际完成值/得分 or a money table with 执行数  → a self-evaluation
//   部门/单位 header, income by source and use, or 履职目标          → a department form
//   otherwise a 项目名称 or a project money block                   → a single-project form
//   an indicator table and nothing else                              → an indicator form, still checked

import { Block, ComposedForm, ComposedFormId, IndicatorTable, ReadIssue } from '../model';
import { toA1 } from '../grid/address';
import { findHeaderlessTables, findIndicatorHeaderRows, readIndicatorTable } from '../blocks/indicator-table';
import { stripCategoryScore } from '../profiles';
import { findMoneyGroups, findMoneyTables, sheetMoneyUnit } from '../blocks/money';
import { findHeaderFields, findLeftovers, findTargets } from '../blocks/header-fields';
import { findDuties, findIncomeUse } from '../blocks/department';
import { findFreeTextIndicators } from '../blocks/free-text';
import { normalizeLabel } from '../parse/text';
import { findTitle } from './common';
import { SheetScan } from './scan';

export function readComposed(scan: SheetScan): ComposedForm | undefined {
  const issues: ReadIssue[] = [];
  const unit = sheetMoneyUnit(scan) ?? '万元';

  // Indicator tables first: their rows are theirs, whatever labels they hold.
  const headerRows = findIndicatorHeaderRows(scan);
  const tables: IndicatorTable[] = headerRows.map((row, i) =>
    readIndicatorTable(scan, { id: i === 0 ? 'dept' : `table-${i + 1}`, owner: i === 0 ? '指标表' : `指标表${i + 1}`, headerRow: row, endRow: headerRows[i + 1] }, issues),
  );
  const inTable = (row: number) => tables.some((t) => row >= t.headerRow && row <= Math.max(t.lastRow, t.closingRow ?? t.lastRow));
  for (const h of findHeaderlessTables(scan, inTable)) {
    tables.push(readIndicatorTable(scan, { id: `table-${tables.length + 1}`, owner: tables.length ? `指标表${tables.length + 1}` : '指标表', headerRow: h.firstRow - 1, columns: h.columns }, issues));
  }
  tables.push(...findFreeTextIndicators(scan, inTable));
  if (tables.length === 0 || tables.every((t) => t.indicators.length === 0 && !t.placeholders?.length)) return undefined;

  const moneyTables = findMoneyTables(scan, unit);
  const inMoneyTable = (row: number) => moneyTables.some((t) => row >= t.headerRow && row <= t.rows[t.rows.length - 1].row);
  const claimed = (row: number) => inTable(row) || inMoneyTable(row);
  const money = findMoneyGroups(scan, { unit, claimed });
  // An export may put 单位名称 / 项目名称 in the indicator table's own header row, left of 一级指标.
  const header = findHeaderFields(scan, (row) => inTable(row) && !tables.some((t) => t.headerRow === row));
  const targets = findTargets(scan, inTable);
  const incomeUse = findIncomeUse(scan, unit);
  const duties = findDuties(scan, unit);
  const leftovers = findLeftovers(scan);
  const title = findTitle(scan, /(绩效|目标|自评).{0,20}(表|报告)/);

  const blocks: Block[] = [];
  for (const t of tables) blocks.push({ kind: t.source === 'packed' ? 'free-text-indicators' : 'indicator-table', cell: t.cell ?? toA1(Math.max(0, t.headerRow), t.columns.level1 ?? 0), label: t.source === 'packed' ? '编号文字指标' : '绩效指标表' });
  if (header.length) blocks.push({ kind: 'header-fields', cell: header[0].labelCell, label: header.map((h) => h.label).slice(0, 6).join('、') });
  for (const g of money) blocks.push({ kind: 'money-pairs', cell: (g.total ?? g.parts[0]).labelCell, label: (g.total ?? g.parts[0]).label });
  for (const t of moneyTables) blocks.push({ kind: 'money-table', cell: t.headerCell, label: Object.values(t.headers).join('、') });
  if (incomeUse) blocks.push({ kind: 'income-use', cell: (incomeUse.total ?? incomeUse.sources[0] ?? incomeUse.uses[0]).labelCell, label: '按收入性质 / 按支出性质' });
  if (duties) blocks.push({ kind: 'duties', cell: duties.duties[0].name.cell, label: '年度履职目标' });
  if (targets.length) blocks.push({ kind: 'targets', cell: targets[0].cell, label: [...new Set(targets.map((t) => t.label))].join('、') });
  const closing = tables.filter((t) => t.closingRow !== undefined);
  if (closing.length) blocks.push({ kind: 'closing', cell: toA1(closing[0].closingRow!, 0), label: '合计、结论或签字行' });
  if (leftovers.length || tables.some((t) => t.placeholders?.length)) blocks.push({ kind: 'template-leftovers', cell: leftovers[0]?.cell ?? tables.find((t) => t.placeholders?.length)!.placeholders![0], label: '模板说明或占位行' });

  const form = kindOf({ scan, tables, header: header.map((h) => h.label), titleText: title?.text ?? '', moneyTables: moneyTables.length, hasProjectMoney: money.length > 0, department: !!incomeUse || !!duties });
  const department = header.find((h) => /^(部门\(单位\)名称|部门名称|单位名称|预算部门|主管部门|预算单位)/.test(h.label))?.value.text;
  return {
    form,
    ...(title ? { title: title.text, titleCell: title.cell } : {}),
    ...(department ? { department } : {}),
    tables,
    issues,
    unit,
    blocks,
    header,
    money,
    moneyTables,
    ...(incomeUse ? { incomeUse } : {}),
    duties: duties?.duties ?? [],
    ...(duties?.total ? { dutiesTotal: duties.total } : {}),
    targets,
    leftovers,
    ...(impliesMof2021(tables) ? { impliedProfile: 'mof2021', impliedProfileCell: impliesMof2021(tables) } : {}),
  };
}

function kindOf(x: { scan: SheetScan; tables: IndicatorTable[]; header: string[]; titleText: string; moneyTables: number; hasProjectMoney: boolean; department: boolean }): ComposedFormId {
  const title = normalizeLabel(x.titleText);
  const selfEvaluation = /自评/.test(title) || x.moneyTables > 0 || x.tables.some((t) => t.columns.actual !== undefined || t.columns.score !== undefined);
  const project = /项目/.test(title) || x.header.some((h) => /^项目(名称|编码|代码)/.test(h));
  const department = !project && (/部门|单位整体|整体支出/.test(title) || x.department || x.header.some((h) => /^(部门\(单位\)名称|部门名称|单位名称|年初职工人数|人员编制|部门职责)/.test(h)));
  if (department) return selfEvaluation ? 'dept-self-evaluation' : 'dept-target';
  if (project || x.hasProjectMoney) return selfEvaluation ? 'project-self-evaluation' : 'project-target';
  return selfEvaluation ? 'project-self-evaluation' : 'indicator-form';
}

/** 成本指标 written as a 一级 with 经济/社会/生态环境成本 under it: the national system of 2021. */
function impliesMof2021(tables: IndicatorTable[]): string | undefined {
  for (const t of tables) {
    const hit = t.indicators.find((i) => /^成本(指标)?$/.test(stripCategoryScore(normalizeLabel(i.level1?.text ?? ''))) && /^(经济|社会|生态环境|生态)成本/.test(normalizeLabel(i.level2?.text ?? '')));
    if (hit?.level1) return hit.level1.cell;
  }
  return undefined;
}
