// How the indicators of one table map onto the profile's categories: which 一级 group a row sits
// in (for placement), which categories are present (for "missing"), and which rows are empty
// category rows waiting for a 三级 (seed 000's 时效指标, 成本指标 …).

import { FormModel, Indicator, IndicatorTable } from '../model';
import { CategoryIndex, Level1, Level2, Profile } from '../profiles';

export interface RowCategory {
  indicator: Indicator;
  /** 一级 as written (by text; a blank one is carried down by the reader). */
  level1?: Level1;
  /** 二级 as written, when it is a known 二级, and the 一级 it belongs to in the profile. */
  level2?: Level2;
  parent2?: Level1;
  /** The 一级 the row counts for: the 二级's parent when the 二级 is known, else the written 一级. */
  effective1?: Level1;
  /** 一级 order in the profile (-1 unknown) and 二级 order within its 一级 (-1 unknown). */
  order1: number;
  order2: number;
  hasName: boolean;
}

export function classifyRows(table: IndicatorTable, categories: CategoryIndex): RowCategory[] {
  return table.indicators.map((indicator) => classifyRow(indicator, categories));
}

function classifyRow(indicator: Indicator, categories: CategoryIndex): RowCategory {
  const { profile } = categories;
  const m1 = indicator.level1 ? categories.match(indicator.level1.text) : undefined;
  const m2 = indicator.level2 ? categories.match(indicator.level2.text) : undefined;
  const level1 = m1?.level1;
  const level2 = m2?.level === 2 ? m2.level2 : undefined;
  const parent2 = m2?.level === 2 ? m2.level1 : undefined;
  const order1 = level1 ? profile.level1.indexOf(level1) : -1;
  // 二级 order only counts inside its own 一级: "社会效益指标" under 产出指标 has no place there.
  const order2 = level2 && parent2 && parent2 === level1 ? parent2.level2.indexOf(level2) : -1;
  return {
    indicator,
    level1,
    level2,
    parent2,
    effective1: parent2 ?? level1,
    order1,
    order2,
    hasName: !!indicator.name && indicator.name.text.trim() !== '',
  };
}

/** The part of isEmptyCategoryRow that needs no category match. */
function mayBeEmptyCategoryRow(indicator: Indicator): boolean {
  return !(indicator.name && indicator.name.text.trim() !== '') && indicator.values.length === 0 && !indicator.unit;
}

/** A category row with nothing under it: a known 二级 label, no 三级 name and no value. */
export function isEmptyCategoryRow(r: RowCategory): boolean {
  return !!r.level2 && !r.hasName && r.indicator.values.length === 0 && !r.indicator.unit;
}

export interface MissingCategory {
  tableId: string;
  level1Key: string;
  /** Absent when a whole 一级 is missing and none of its 二级 is required or recommended. */
  level2Key?: string;
  requirement: 'required' | 'recommended';
  /** The table has an empty row for this 二级 (filling it is the fix). */
  emptyRow?: number;
}

export interface EmptyCategoryRow {
  tableId: string;
  level1Key: string;
  level2Key: string;
  row: number;
  /** The 二级 label's cell (where the empty-category finding points). */
  cell: string;
}

function present(rows: RowCategory[], l1: Level1, l2?: Level2): boolean {
  return rows.some((r) => r.hasName && (l2 ? r.level2 === l2 : r.effective1 === l1));
}

/**
 * Required and recommended categories with no 三级 in a table. Used as the fallback when the
 * report carries no completeness findings; the completeness rules are the authority. Tables with
 * no indicators at all are left out (they want a whole block, see tablesWithoutIndicators).
 */
export function missingCategories(model: FormModel, profile: Profile): MissingCategory[] {
  const categories = new CategoryIndex(profile);
  const out: MissingCategory[] = [];
  for (const table of model.tables) {
    const rows = classifyRows(table, categories);
    if (table.indicators.length === 0) continue;
    for (const l1 of profile.level1) {
      if (l1.requirement === 'optional') continue;
      const before = out.length;
      for (const l2 of l1.level2) {
        if (l2.requirement === 'optional' || present(rows, l1, l2)) continue;
        const empty = rows.find((r) => r.level2 === l2 && isEmptyCategoryRow(r));
        out.push({ tableId: table.id, level1Key: l1.key, level2Key: l2.key, requirement: l2.requirement, ...(empty ? { emptyRow: empty.indicator.row } : {}) });
      }
      if (out.length === before && !present(rows, l1)) out.push({ tableId: table.id, level1Key: l1.key, requirement: l1.requirement });
    }
  }
  return out;
}

/** Empty category rows (any requirement): a 二级 written down with no 三级 under it. */
export function emptyCategoryRows(model: FormModel, profile: Profile): EmptyCategoryRow[] {
  const categories = new CategoryIndex(profile);
  const out: EmptyCategoryRow[] = [];
  for (const table of model.tables) {
    if (table.source !== 'table') continue;
    for (const indicator of table.indicators) {
      // Only a row with no name, value or unit can be an empty category row: the others need no classifying.
      if (!mayBeEmptyCategoryRow(indicator)) continue;
      const r = classifyRow(indicator, categories);
      if (isEmptyCategoryRow(r) && r.level2 && r.parent2) {
        out.push({ tableId: table.id, level1Key: r.parent2.key, level2Key: r.level2.key, row: r.indicator.row, cell: r.indicator.level2!.cell });
      }
    }
  }
  return out;
}

/** The packed 绩效指标 text of a project's table as read ('' when the cell is blank). */
export function packedText(model: FormModel, table: IndicatorTable): string {
  if (model.form !== 'project-expenditure') return '';
  return model.rows.find((r) => r.tableId === table.id)?.indicatorCell?.text ?? '';
}

/**
 * Tables with no indicator rows at all, where a new project's or task's whole block goes: an
 * indicator table with nothing under its header, or a project whose 绩效指标 cell is blank.
 */
export function tablesWithoutIndicators(model: FormModel): IndicatorTable[] {
  return model.tables.filter((t) => t.indicators.length === 0 && (t.source === 'table' || packedText(model, t).trim() === ''));
}
