// A Host for the pane's tests: an in-memory grid, and a record of every call the pane makes.
// Edits are applied to the grid with the engine's reference (applyEditToGrid) and undone exactly.

import type { GridData, ScalarValue } from '../../src/core/grid/grid';
import type { Finding } from '../../src/core/report';
import type { EditPlan, Host, SheetInfo, UndoToken, Unsubscribe } from '../../src/host/types';
import { parseA1 } from '../../src/core/grid/address';
import { applyEditToGrid } from '../../src/core/templates/apply';

type ChangeCb = (e: { sheet: string; reason: 'edit' | 'sheet-switch' }) => void;
type SelCb = (e: { sheet: string; address: string }) => void;

export class FakeHost implements Host {
  readonly kind = 'excel' as const;
  readonly calls: Array<[string, ...unknown[]]> = [];
  readonly state = new Map<string, string>();
  highlights: { sheet: string; findings: readonly Finding[] } | null = null;
  exported: Array<Array<string | number>> | null = null;
  private changeSubs = new Set<ChangeCb>();
  private selSubs = new Set<SelCb>();
  reads = 0;
  failNextRead: Error | null = null;
  failNextEdit: Error | null = null;
  private undos = new Map<string, (g: GridData) => GridData>();
  private editSeq = 0;

  /** Other sheets of the workbook, beside the one the grid is. */
  otherSheets: string[] = [];

  constructor(public grid: GridData) {}

  async listSheets(): Promise<SheetInfo[]> {
    return [{ name: this.grid.name, active: true }, ...this.otherSheets.map((name) => ({ name, active: false }))];
  }
  async activateSheet(name: string): Promise<void> {
    this.calls.push(['activateSheet', name]);
  }
  async readSheet(): Promise<GridData> {
    this.reads++;
    if (this.failNextRead) {
      const e = this.failNextRead;
      this.failNextRead = null;
      throw e;
    }
    return JSON.parse(JSON.stringify(this.grid)) as GridData;
  }
  async selectCell(sheet: string, address: string): Promise<void> {
    this.calls.push(['selectCell', sheet, address]);
  }
  async showHighlights(sheet: string, findings: readonly Finding[]): Promise<void> {
    this.calls.push(['showHighlights', sheet, findings.length]);
    this.highlights = { sheet, findings };
  }
  async clearHighlights(sheet: string): Promise<void> {
    this.calls.push(['clearHighlights', sheet]);
    this.highlights = null;
  }
  async applyEdit(sheet: string, plan: EditPlan): Promise<UndoToken> {
    this.calls.push(['applyEdit', sheet, plan.description]);
    if (this.failNextEdit) {
      const e = this.failNextEdit;
      this.failNextEdit = null;
      throw e;
    }
    const applied = applyEditToGrid(this.grid, plan);
    this.grid = applied.grid;
    const id = `u${++this.editSeq}`;
    this.undos.set(id, applied.undo);
    return { id, description: plan.description };
  }
  async undoEdit(token: UndoToken): Promise<void> {
    this.calls.push(['undoEdit', token.id]);
    const undo = this.undos.get(token.id);
    if (!undo) throw new Error(`unknown undo token ${token.id}`);
    this.undos.delete(token.id);
    this.grid = undo(this.grid);
  }
  onChange(cb: ChangeCb): Unsubscribe {
    this.changeSubs.add(cb);
    return () => this.changeSubs.delete(cb);
  }
  onSelectionChange(cb: SelCb): Unsubscribe {
    this.selSubs.add(cb);
    return () => this.selSubs.delete(cb);
  }
  async loadState(key: string): Promise<string | null> {
    return this.state.get(key) ?? null;
  }
  async saveState(key: string, value: string): Promise<void> {
    this.calls.push(['saveState', key]);
    this.state.set(key, value);
  }
  async exportReport(rows: Array<Array<string | number>>): Promise<void> {
    this.calls.push(['exportReport', rows.length]);
    this.exported = rows;
  }

  // ---- test controls ----
  /** The user types into a cell: the grid changes and the host reports an edit. */
  edit(address: string, value: ScalarValue): void {
    const { row, col } = parseA1(address);
    while (this.grid.values.length <= row) this.grid.values.push([]);
    const r = this.grid.values[row];
    while (r.length <= col) r.push(null);
    r[col] = value;
    for (const cb of this.changeSubs) cb({ sheet: this.grid.name, reason: 'edit' });
  }
  /** The user clicks a cell in the sheet. */
  clickCell(address: string): void {
    for (const cb of this.selSubs) cb({ sheet: this.grid.name, address });
  }
  called(name: string): Array<unknown[]> {
    return this.calls.filter((c) => c[0] === name).map((c) => c.slice(1));
  }
}
