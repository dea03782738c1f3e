// The one interface the pane talks to. Excel (Office.js) and a workbook file opened in the browser
// (exceljs) both implement it; the pane never imports Office.js directly.

import type { GridData } from '../core/grid/grid';
import type { Finding } from '../core/report';
import type { EditPlan } from '../core/templates/edit';

export interface SheetInfo {
  name: string;
  active: boolean;
  /** True when the sheet is protected: the host will not write to it. */
  protected?: boolean;
}

/** A user-facing failure with a Chinese message (and English), never a stack trace. */
export class HostError extends Error {
  constructor(
    readonly code: 'empty-sheet' | 'protected' | 'too-large' | 'read-failed' | 'write-failed' | 'not-supported' | 'corrupt-file' | 'cell-edit',
    readonly messageZh: string,
    readonly messageEn: string,
  ) {
    super(messageZh);
  }
}

// Edit plans are engine types (the template planner produces them); see src/core/templates/edit.ts
// for the coordinate rules every host follows.
export type { RowInsertion, CellWrite, EditPlan } from '../core/templates/edit';

/**
 * What must still hold when a previewed plan is applied (see src/host/guard.ts): the sheet it was
 * planned on is the active one, and these rows (zero-based, from column 0) still hold these values.
 * A host that cannot verify it applies the plan as before.
 */
export interface EditGuard {
  rows: Array<{ row: number; values: Array<string | number | boolean | null> }>;
}

export interface UndoToken {
  id: string;
  description: string;
}

export type Unsubscribe = () => void;

/** What readSheet may hand back beside the grid: a note for the user about the read (hidden rows...). */
export type SheetData = GridData & { notice?: { zh: string; en: string } };

export interface Host {
  readonly kind: 'excel' | 'file';
  listSheets(): Promise<SheetInfo[]>;
  activateSheet(name: string): Promise<void>;
  /** Reads the active sheet (or the named one) in a fixed number of round trips. */
  readSheet(name?: string): Promise<GridData>;
  selectCell(sheet: string, address: string): Promise<void>;
  /** Shows findings on the sheet without destroying the user's formatting. */
  showHighlights(sheet: string, findings: readonly Finding[]): Promise<void>;
  /** Removes our highlights and restores exactly what was there. */
  clearHighlights(sheet: string): Promise<void>;
  /** Applies an edit plan; returns a token that undoes it exactly. Refuses when `guard` no longer holds. */
  applyEdit(sheet: string, plan: EditPlan, guard?: EditGuard): Promise<UndoToken>;
  undoEdit(token: UndoToken): Promise<void>;
  /** Edits that can still be undone, oldest first (they survive a reload of the pane where the host can keep them). */
  pendingEdits?(): Promise<UndoToken[]>;
  /** Calls back (debounced by the host) when the user edits or switches sheets; our own writes are ignored. */
  onChange(callback: (event: { sheet: string; reason: 'edit' | 'sheet-switch' }) => void): Unsubscribe;
  /** Calls back when the user selects a cell, for highlighting the matching finding. */
  onSelectionChange(callback: (event: { sheet: string; address: string }) => void): Unsubscribe;
  /** Stores small per-workbook state (ignored findings) with the workbook. */
  loadState(key: string): Promise<string | null>;
  saveState(key: string, value: string): Promise<void>;
  /**
   * Read-modify-write of one state key against what the workbook holds now (another window may
   * have saved since): hosts shared by several windows implement it; the pane falls back to saveState.
   */
  updateState?(key: string, update: (current: string | null) => string): Promise<string>;
  /** Calls back when the stored state changed elsewhere (another window, a co-author). */
  onStateChange?(callback: () => void): Unsubscribe;
  /** Writes the report into a 校验报告 sheet (Excel) or prepares the annotated download (file host). */
  exportReport(rows: Array<Array<string | number>>): Promise<void>;
}
