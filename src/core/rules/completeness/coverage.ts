// Which categories of the profile a table fills, only declares (a category row with no 三级), or
// leaves unclear (an unknown or bundled 二级). Completeness findings are computed from this.

import { toA1 } from '../../grid/address';
import { IndicatorTable } from '../../model';
import { ResolvedIndicator } from '../hierarchy/resolve';
import type { Level1, Level2 } from '../../profiles';

export interface Coverage {
  /** 一级 keys with at least one named 三级. */
  level1: Set<string>;
  /** "一级/二级" keys with at least one named 三级. */
  level2: Set<string>;
  /** Keys that appear only on rows without any 三级 (the empty-category rule reports those). */
  declared1: Set<string>;
  declared2: Set<string>;
  /** 一级 keys with a 二级 that names no single category: their 二级 coverage cannot be judged. */
  unclear: Set<string>;
}

// Two rules ask for the coverage of the same resolved rows (analyseTree shares them per check).
const coverages = new WeakMap<ResolvedIndicator[], Coverage>();
// "一级/二级" keys, built once per pair of categories rather than once per row.
const pairKeys = new WeakMap<Level2, { level1: Level1; key: string }>();

function pairKey(l1: Level1, l2: Level2): string {
  const hit = pairKeys.get(l2);
  if (hit && hit.level1 === l1) return hit.key;
  const key = `${l1.key}/${l2.key}`;
  pairKeys.set(l2, { level1: l1, key });
  return key;
}

/** The coverage of a table's resolved rows (read-only: shared by the rules that ask). */
export function coverageOf(rows: ResolvedIndicator[]): Coverage {
  let c = coverages.get(rows);
  if (!c) coverages.set(rows, (c = computeCoverage(rows)));
  return c;
}

function computeCoverage(rows: ResolvedIndicator[]): Coverage {
  const c: Coverage = { level1: new Set(), level2: new Set(), declared1: new Set(), declared2: new Set(), unclear: new Set() };
  for (const r of rows) {
    if (!r.level1) continue;
    const k1 = r.level1.key;
    const k2 = r.level2 ? pairKey(r.level1, r.level2) : undefined;
    if (r.level2Unclear) c.unclear.add(k1);
    if (r.hasName) {
      c.level1.add(k1);
      if (k2) c.level2.add(k2);
    } else if (!r.hasValues && !r.hasDetails) {
      c.declared1.add(k1);
      if (k2) c.declared2.add(k2);
    }
  }
  return c;
}

/** Where a table-wide finding points: the packed cell, or the table's 一级指标 header. */
export function tableAnchor(table: IndicatorTable): string {
  if (table.source === 'packed') return table.cell ?? table.ownerCell ?? 'A1';
  const cols = Object.values(table.columns) as number[];
  const col = table.columns.level1 ?? (cols.length ? Math.min(...cols) : 0);
  return toA1(table.headerRow, col);
}
