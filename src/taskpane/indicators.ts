// Findings grouped by the indicator they are about, for the pane's list: one entry per indicator
// with its reasons inside, entries with errors first, info notes folded apart with their count.
// The indicator is taken from the finding itself when the engine names it (`indicator`), else from
// the form model (a packed item whose name the message quotes), else from the finding's row.
// Pure functions: no React, tested directly.

import { parseA1 } from '../core/grid/address';
import type { FormModel, Indicator } from '../core/model';
import type { Category, Finding, Severity } from '../core/report';
import type { ViewFinding } from './model';

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export interface IndicatorRef {
  /** Stable grouping key: the engine's indicator key, a packed item, a table row, or the cell. */
  key: string;
  /** Cell the entry is shown under (the finding's own cell). */
  cell: string;
  /** Zero-based sheet row, for ordering. */
  row: number;
  /** The indicator's name when the form model knows it. */
  name?: string;
  /** Item number inside a packed cell ("3、…"). */
  item?: number;
  /** The packed item as written, shown in full beside its finding (the grid cuts packed cells). */
  packedRaw?: string;
}

export interface IndicatorGroup extends IndicatorRef {
  /** The worst severity among its findings. */
  severity: Severity;
  items: ViewFinding[];
}

export interface FindingView {
  /** Entries with errors or warnings, errors first, then in sheet order. */
  groups: IndicatorGroup[];
  /** Info notes, grouped the same way; the pane folds them by default. */
  info: IndicatorGroup[];
  infoCount: number;
}

/** The findings may carry the engine's indicator key (a later engine version adds it). */
type MaybeKeyed = Finding & { indicator?: string };

function rowOf(cell: string): number {
  try {
    return parseA1(cell).row;
  } catch {
    return Number.MAX_SAFE_INTEGER;
  }
}

/** Packed items and table indicators of the model, indexed for lookups by cell and row. */
export interface IndicatorIndex {
  packedByCell: Map<string, Indicator[]>;
  tableByRow: Map<number, Indicator>;
}

export function indexIndicators(model: FormModel | null | undefined): IndicatorIndex {
  const packedByCell = new Map<string, Indicator[]>();
  const tableByRow = new Map<number, Indicator>();
  for (const table of model?.tables ?? []) {
    for (const ind of table.indicators) {
      if (ind.source === 'packed') {
        const cell = ind.name?.cell ?? table.cell;
        if (!cell) continue;
        const list = packedByCell.get(cell) ?? [];
        list.push(ind);
        packedByCell.set(cell, list);
      } else if (!tableByRow.has(ind.row)) {
        tableByRow.set(ind.row, ind);
      }
    }
  }
  return { packedByCell, tableByRow };
}

/** Which indicator a finding is about. */
export function indicatorOf(finding: Finding, index: IndicatorIndex): IndicatorRef {
  const f = finding as MaybeKeyed;
  const row = rowOf(f.cell);
  const packed = index.packedByCell.get(f.cell);
  if (packed?.length) {
    // The rules quote the indicator's name first: “名称”的年度指标值…; the longest quoted name wins
    // (one name may contain another).
    const hit = packed
      .filter((p) => p.name?.text && f.message.includes(`“${p.name.text}”`))
      .sort((a, b) => (b.name?.text.length ?? 0) - (a.name?.text.length ?? 0))[0];
    if (hit) {
      return { key: f.indicator ?? `${f.cell}#${hit.packedIndex ?? hit.name?.text}`, cell: f.cell, row, name: hit.name?.text, item: hit.packedIndex, packedRaw: hit.packedRaw };
    }
    return { key: f.indicator ?? `cell:${f.cell}`, cell: f.cell, row };
  }
  const table = index.tableByRow.get(row);
  return { key: f.indicator ?? `row:${row}`, cell: f.cell, row, name: table?.name?.text };
}

function group(items: readonly ViewFinding[], index: IndicatorIndex): IndicatorGroup[] {
  const byKey = new Map<string, IndicatorGroup>();
  const order: IndicatorGroup[] = [];
  for (const v of items) {
    const ref = indicatorOf(v.finding, index);
    let g = byKey.get(ref.key);
    if (!g) {
      g = { ...ref, severity: v.finding.severity, items: [] };
      byKey.set(ref.key, g);
      order.push(g);
    }
    g.items.push(v);
    if (RANK[v.finding.severity] < RANK[g.severity]) g.severity = v.finding.severity;
  }
  for (const g of order) g.items.sort((a, b) => RANK[a.finding.severity] - RANK[b.finding.severity]);
  // Stable sort: worst severity first, then sheet order (row), then report order.
  return order.map((g, i) => ({ g, i })).sort((a, b) => RANK[a.g.severity] - RANK[b.g.severity] || a.g.row - b.g.row || a.i - b.i).map((x) => x.g);
}

/** Groups the active findings (optionally of one category) by indicator; info notes apart. */
export function groupByIndicator(items: readonly ViewFinding[], model: FormModel | null | undefined, filter: Category | null = null): FindingView {
  const index = indexIndicators(model);
  const kept = filter ? items.filter((v) => v.finding.category === filter) : items;
  const main = kept.filter((v) => v.finding.severity !== 'info');
  const info = kept.filter((v) => v.finding.severity === 'info');
  return { groups: group(main, index), info: group(info, index), infoCount: info.length };
}

/** The list in display order (entries, then the folded notes): what next/previous walk. */
export function flattenView(view: FindingView): ViewFinding[] {
  return [...view.groups, ...view.info].flatMap((g) => g.items);
}

/** The findings on a cell, its own first, then those that merely involve it: what a click cycles through. */
export function findingsOnCell(list: readonly ViewFinding[], cell: string): ViewFinding[] {
  return [...list.filter((v) => v.finding.cell === cell), ...list.filter((v) => v.finding.cell !== cell && v.finding.cells.includes(cell))];
}
