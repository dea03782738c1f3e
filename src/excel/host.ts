// The Excel host: the pane's Host interface implemented with Office.js. Each method is one
// Excel.run with a fixed number of syncs (documented per module); events are debounced and our own
// writes are filtered out before the pane hears about them.

import type { GridData } from '../core/grid/grid';
import type { Finding } from '../core/report';
import type { RangeRef } from '../core/grid/address';
import type { EditPlan, Host, SheetInfo, UndoToken, Unsubscribe } from '../host/types';
import { parseArea } from './a1';
import { applyEditIn, EditRecord, undoEditIn } from './edit';
import { ChangeSignal, Debouncer, EchoGuard, mergeChangeSignals } from './events';
import { clearIn, paintIn } from './highlights';
import { errors, toHostError } from './messages';
import { DEFAULT_READ_OPTIONS, readSheetIn, ReadOptions } from './read';
import { exportReportIn } from './report';
import { ExcelRuntime, globalExcelRuntime, globalSettings, realTimers, SettingsStore, Timers } from './runtime';

export interface ExcelHostOptions {
  runtime?: ExcelRuntime;
  settings?: SettingsStore;
  timers?: Timers;
  read?: Partial<ReadOptions>;
  /** Quiet time before a burst of edits or sheet switches becomes one re-check. */
  changeDebounceMs?: number;
  /** Quiet time before a selection change is reported (arrow-key navigation fires many). */
  selectionDebounceMs?: number;
  /** How long after our own write its change events are still recognised as ours. */
  echoGraceMs?: number;
  /** Cells per round trip when writing the report sheet. */
  writeChunkCells?: number;
}

/** Settings keys are namespaced so we never collide with another add-in in the same workbook. */
export const STATE_PREFIX = 'perfcheck.';

type ChangeCallback = (event: { sheet: string; reason: 'edit' | 'sheet-switch' }) => void;
type SelectionCallback = (event: { sheet: string; address: string }) => void;

interface SelectionSignal {
  sheetId: string;
  address: string;
}

export class ExcelHost implements Host {
  readonly kind = 'excel' as const;
  private readonly runtime: ExcelRuntime;
  private readonly settingsStore: () => SettingsStore;
  private readonly timers: Timers;
  private readonly readOptions: ReadOptions;
  private readonly writeChunkCells: number;
  readonly echo: EchoGuard;
  private readonly edits = new Map<string, EditRecord>();
  private editSeq = 0;

  private readonly changeSubs = new Set<ChangeCallback>();
  private readonly selectionSubs = new Set<SelectionCallback>();
  private readonly changeDebouncer: Debouncer<ChangeSignal>;
  private readonly selectionDebouncer: Debouncer<SelectionSignal>;
  private registration: Promise<OfficeExtension.EventHandlerResult<unknown>[]> | null = null;

  constructor(options: ExcelHostOptions = {}) {
    this.runtime = options.runtime ?? globalExcelRuntime();
    const settings = options.settings;
    this.settingsStore = settings ? () => settings : globalSettings;
    this.timers = options.timers ?? realTimers;
    this.readOptions = { ...DEFAULT_READ_OPTIONS, ...options.read };
    this.writeChunkCells = options.writeChunkCells ?? this.readOptions.sliceCells;
    this.echo = new EchoGuard(this.timers, options.echoGraceMs ?? 2_000);
    this.changeDebouncer = new Debouncer(this.timers, options.changeDebounceMs ?? 400, (s) => void this.deliverChange(s), mergeChangeSignals);
    this.selectionDebouncer = new Debouncer(this.timers, options.selectionDebounceMs ?? 150, (s) => void this.deliverSelection(s));
  }

  // ---- reading -------------------------------------------------------------------------------

  async listSheets(): Promise<SheetInfo[]> {
    return this.runtime.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.load('items/name,items/visibility,items/protection/protected');
      const active = sheets.getActiveWorksheet();
      active.load('name');
      try {
        await ctx.sync();
      } catch (e) {
        throw toHostError(e, 'read');
      }
      return sheets.items
        .filter((s) => s.visibility === 'Visible')
        .map((s) => ({ name: s.name, active: s.name === active.name, ...(s.protection.protected ? { protected: true } : {}) }));
    });
  }

  async readSheet(name?: string): Promise<GridData> {
    return this.runtime.run((ctx) => readSheetIn(ctx, name, this.readOptions));
  }

  // ---- navigation ----------------------------------------------------------------------------

  async activateSheet(name: string): Promise<void> {
    const settle = this.echo.expect('*', 'activate', null);
    try {
      await this.runtime.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem(name);
        ws.load('id');
        ws.activate();
        try {
          await ctx.sync();
        } catch (e) {
          throw toHostError(e, 'read', name);
        }
        settle(ws.id);
      });
    } finally {
      settle();
    }
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    const area = parseArea(address);
    const settleActivate = this.echo.expect('*', 'activate', null);
    const settleSelect = this.echo.expect('*', 'select', area ? [area] : null);
    try {
      await this.runtime.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem(sheet);
        ws.load('id');
        ws.activate();
        ws.getRange(address).select();
        try {
          await ctx.sync();
        } catch (e) {
          throw toHostError(e, 'read', sheet);
        }
        settleActivate(ws.id);
        settleSelect(ws.id);
      });
    } finally {
      settleActivate();
      settleSelect();
    }
  }

  // ---- highlights ----------------------------------------------------------------------------

  async showHighlights(sheet: string, findings: readonly Finding[]): Promise<void> {
    await this.runtime.run((ctx) => paintIn(ctx, sheet, findings));
  }

  async clearHighlights(sheet: string): Promise<void> {
    await this.runtime.run((ctx) => clearIn(ctx, sheet));
  }

  // ---- edits ---------------------------------------------------------------------------------

  async applyEdit(sheet: string, plan: EditPlan): Promise<UndoToken> {
    const id = `edit-${++this.editSeq}-${this.timers.now()}`;
    const echo = this.echoForWrite();
    try {
      const { record } = await this.runtime.run((ctx) => applyEditIn(ctx, sheet, plan, id, echo.expect));
      this.edits.set(id, record);
      return { id, description: plan.description };
    } finally {
      echo.settle();
    }
  }

  async undoEdit(token: UndoToken): Promise<void> {
    const record = this.edits.get(token.id);
    if (!record) throw errors.undoUnknown();
    const echo = this.echoForWrite();
    try {
      await this.runtime.run((ctx) => undoEditIn(ctx, record, echo.expect));
      this.edits.delete(token.id);
    } finally {
      echo.settle();
    }
  }

  /** Edits learn their sheet id and touched areas in sync 1; they register the echo before sync 2. */
  private echoForWrite(): { expect: (sheetId: string, touched: RangeRef[]) => void; settle: () => void } {
    let settle: (() => void) | null = null;
    return {
      expect: (sheetId, touched) => {
        settle = this.echo.expect(sheetId, 'change', touched);
      },
      settle: () => settle?.(),
    };
  }

  // ---- events --------------------------------------------------------------------------------

  onChange(callback: ChangeCallback): Unsubscribe {
    this.changeSubs.add(callback);
    this.ensureRegistered();
    return () => {
      this.changeSubs.delete(callback);
      this.releaseIfUnused();
    };
  }

  onSelectionChange(callback: SelectionCallback): Unsubscribe {
    this.selectionSubs.add(callback);
    this.ensureRegistered();
    return () => {
      this.selectionSubs.delete(callback);
      this.releaseIfUnused();
    };
  }

  /** Resolves once Excel has accepted our event handlers (tests and the pane may await it). */
  whenListening(): Promise<void> {
    return (this.registration ?? Promise.resolve([])).then(() => undefined);
  }

  private ensureRegistered(): void {
    if (this.registration) return;
    // Workbook-wide handlers (worksheet collection): no re-registering when the user switches sheets.
    this.registration = this.runtime.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      const results: OfficeExtension.EventHandlerResult<unknown>[] = [
        sheets.onChanged.add(async (e) => this.handleChanged(e)) as OfficeExtension.EventHandlerResult<unknown>,
        sheets.onActivated.add(async (e) => this.handleActivated(e)) as OfficeExtension.EventHandlerResult<unknown>,
        sheets.onSelectionChanged.add(async (e) => this.handleSelection(e)) as OfficeExtension.EventHandlerResult<unknown>,
      ];
      await ctx.sync();
      return results;
    });
    this.registration.catch(() => {
      // Without events the pane still works; it just does not re-check by itself.
      this.registration = null;
    });
  }

  private releaseIfUnused(): void {
    if (this.changeSubs.size || this.selectionSubs.size || !this.registration) return;
    const pending = this.registration;
    this.registration = null;
    this.changeDebouncer.cancel();
    this.selectionDebouncer.cancel();
    void pending
      .then(async (results) => {
        if (!results.length) return;
        await this.runtime.runWith(results[0].context, async (ctx) => {
          for (const r of results) r.remove();
          await ctx.sync();
        });
      })
      .catch(() => undefined);
  }

  /** Exposed for tests: what Excel calls on a worksheet change. */
  handleChanged(e: Pick<Excel.WorksheetChangedEventArgs, 'worksheetId' | 'address'> & { triggerSource?: string }): void {
    if (e.triggerSource === 'ThisLocalAddin') return;
    if (this.echo.isEcho('change', e.worksheetId, e.address)) return;
    if (this.changeSubs.size) this.changeDebouncer.push({ sheetId: e.worksheetId, reason: 'edit' });
  }

  handleActivated(e: Pick<Excel.WorksheetActivatedEventArgs, 'worksheetId'>): void {
    if (this.echo.isEcho('activate', e.worksheetId)) return;
    if (this.changeSubs.size) this.changeDebouncer.push({ sheetId: e.worksheetId, reason: 'sheet-switch' });
  }

  handleSelection(e: Pick<Excel.WorksheetSelectionChangedEventArgs, 'worksheetId' | 'address'>): void {
    if (this.echo.isEcho('select', e.worksheetId, e.address)) return;
    if (this.selectionSubs.size) this.selectionDebouncer.push({ sheetId: e.worksheetId, address: e.address });
  }

  private async sheetName(sheetId: string): Promise<string | null> {
    try {
      return await this.runtime.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItemOrNullObject(sheetId);
        ws.load('name');
        await ctx.sync();
        return ws.isNullObject ? null : ws.name;
      });
    } catch {
      return null;
    }
  }

  private async deliverChange(signal: ChangeSignal): Promise<void> {
    const sheet = await this.sheetName(signal.sheetId);
    if (sheet === null) return; // deleted meanwhile: nothing to re-check
    for (const cb of [...this.changeSubs]) cb({ sheet, reason: signal.reason });
  }

  private async deliverSelection(signal: SelectionSignal): Promise<void> {
    const sheet = await this.sheetName(signal.sheetId);
    if (sheet === null) return;
    for (const cb of [...this.selectionSubs]) cb({ sheet, address: signal.address });
  }

  // ---- state and report ----------------------------------------------------------------------

  async loadState(key: string): Promise<string | null> {
    const v = this.settingsStore().get(STATE_PREFIX + key);
    return typeof v === 'string' ? v : null;
  }

  async saveState(key: string, value: string): Promise<void> {
    const store = this.settingsStore();
    store.set(STATE_PREFIX + key, value);
    await new Promise<void>((resolve, reject) => {
      store.saveAsync((result) => {
        // Compared as text so this module does not need the Office enums at load time.
        if (result && String(result.status) === 'failed') reject(errors.stateSaveFailed(result.error?.message ?? ''));
        else resolve();
      });
    });
  }

  async exportReport(rows: Array<Array<string | number>>): Promise<void> {
    const settleChange = this.echo.expect('*', 'change', null);
    const settleActivate = this.echo.expect('*', 'activate', null);
    try {
      const { sheetId } = await this.runtime.run((ctx) => exportReportIn(ctx, rows, this.writeChunkCells));
      settleChange(sheetId);
      settleActivate(sheetId);
    } finally {
      settleChange();
      settleActivate();
    }
  }

  /** Stops pending debounced callbacks and removes Excel event handlers. */
  dispose(): void {
    this.changeSubs.clear();
    this.selectionSubs.clear();
    this.releaseIfUnused();
  }
}
