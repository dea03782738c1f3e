// Excel host figures: round trips for read + check + paint of a 500-row form (the count is asserted
// through office-addin-mock in test/hardening/excel-host.test.ts; office-addin-mock needs jest, so
// here it is computed from the adapter's own formula) and the engine time of the live re-check.

import { expectedReadSyncs } from '../src/excel/read';
import { generatedForm } from './generate';
import { recheckAfterEdit, Timing } from './engine';

/** showHighlights: 1 sync to load protection and existing formats, 1 to replace ours (src/excel/highlights.ts). */
export const PAINT_SYNCS = 2;

export interface ExcelFigures {
  rows: number;
  cols: number;
  readSyncs: number;
  paintSyncs: number;
  recheck: Timing;
}

export function excelBench(): ExcelFigures {
  const g = generatedForm(500);
  const rows = g.values.length;
  const cols = g.values.reduce((w, r) => Math.max(w, r.length), 0);
  return { rows, cols, readSyncs: expectedReadSyncs(rows, cols), paintSyncs: PAINT_SYNCS, recheck: recheckAfterEdit() };
}
