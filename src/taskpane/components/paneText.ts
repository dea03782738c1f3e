// Small pure helpers of the pane: the text a finding is about in full, and where an edit landed.

import { toA1, parseA1 } from '../../core/grid/address';
import type { Grid } from '../../core/grid/grid';
import type { EditPlan } from '../../host/types';
import type { Strings } from '../i18n';
import type { IndicatorGroup } from '../indicators';

/** Longer than this, the grid view cuts a cell (about six lines): show it in full beside the finding. */
const CUT_AT = 60;

/**
 * The packed item the finding is about, as written; else the finding's cell when the grid cuts it.
 * Null for short cells, which the grid shows whole.
 */
export function fullTextFor(entry: IndicatorGroup, grid: Grid | null, t: Pick<Strings, 'packedItem' | 'cellText'>): { label: string; text: string } | null {
  if (entry.packedRaw) return { label: t.packedItem(entry.item), text: entry.packedRaw };
  if (!grid) return null;
  try {
    const { row, col } = parseA1(entry.cell);
    const text = grid.text(row, col);
    return text.length > CUT_AT ? { label: t.cellText, text } : null;
  } catch {
    return null;
  }
}

/** The first cell an edit plan fills (post-edit coordinates): the top new row, else the first write. */
export function firstEditedCell(plan: EditPlan): string | null {
  const ins = [...plan.insertions].sort((a, b) => a.beforeRow - b.beforeRow)[0];
  if (ins && ins.rows.length) {
    // The lowest insertion has nothing inserted above it: its pre-edit row is its post-edit row.
    const col = Math.max(0, ins.rows[0].findIndex((v) => v !== null && v !== ''));
    return toA1(ins.beforeRow, col);
  }
  return plan.writes[0]?.address ?? null;
}
