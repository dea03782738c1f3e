// The Excel host: the pane's Host interface implemented with Office.js. Each method is one
// Excel.run with a fixed number of syncs (documented per module); events are debounced and our own
// writes are filtered out before the pane hears about them.

import type { Finding } from '../core/report';
import type { RangeRef } from '../core/grid/address';
import type { EditGuard, EditPlan, Host, SheetData, SheetInfo, UndoToken, Unsubscribe } from '../host/types';
import { parseArea } from './a1';
import { detectExcel, isExcelOnTheWeb } from './detect';
import type { EditRecord } from './edit';
import { EditStore, sessionEditStore } from './edit-store';
import { ChangeSignal, Debouncer, EchoGuard, mergeChangeSignals } from './events';
import { errors, officeCodeOf, toHostError } from './messages';
import { DEFAULT_READ_OPTIONS, readSheetIn, ReadOptions } from './read';
// Writing code (insert/undo, highlights, the report sheet) runs only when the user asks for a write,
// so it is loaded then: the first verdict does not wait for it.
const loadEdit = () => import(/* webpackChunkName: "excel-edit" */ './edit');
const loadHighlights = () => import(/* webpackChunkName: "excel-highlights" */ './highlights');
const loadReport = () => import(/* webpackChunkName: "excel-report" */ './report');
import { ExcelRuntime, globalExcelRuntime, globalSettings, realTimers, RunOptions, SettingsStore, supportsUndoGrouping, Timers } from './runtime';

export interface ExcelHostOptions {
  runtime?: ExcelRuntime;
  /**
   * The legacy per-document store (Office.context.document.settings), read only to carry state
   * saved by earlier versions over; state now lives in workbook.settings.
   */
  settings?: SettingsStore;
  /** Undo records (default: session storage keyed by partition key and document, see edit-store.ts). */
  editStore?: EditStore;
  /** Group each insert / undo into one Ctrl+Z step (default: when the client has ExcelApi 1.20). */
  undoGrouping?: boolean;
  /**
   * Re-check after a selection change too (default: in Excel on the web): there, choosing a value
   * from a data-validation dropdown does not raise onChanged, but the user moves on afterwards.
   */
  recheckOnSelection?: boolean;
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

/** The settings key for a state key: prefixed once ("perfcheck.ignored" stays as it is). */
export function stateKey(key: string): string {
  return key.startsWith(STATE_PREFIX) ? key : STATE_PREFIX + key;
}

type ChangeCallback = (event: { sheet: string; reason: 'edit' | 'sheet-switch' }) => void;
type SelectionCallback = (event: { sheet: string; address: string }) => void;

interface SelectionSignal {
  sheetId: string;
  address: string;
}

export class ExcelHost implements Host {
  readonly kind = 'excel' as const;
  private readonly runtime: ExcelRuntime;
  private readonly legacySettings: () => SettingsStore | null;
  private readonly editStore: EditStore;
  private readonly undoGrouping: boolean;
  private readonly recheckOnSelection: boolean;
  /** Reads run one at a time: a re-check asked for while one runs waits for it. */
  private readChain: Promise<unknown> = Promise.resolve();
  private readonly stateSubs = new Set<() => void>();
  private stateRegistration: Promise<OfficeExtension.EventHandlerResult<unknown>> | null = null;
  private readonly timers: Timers;
  private readonly readOptions: ReadOptions;
  private readonly writeChunkCells: number;
  readonly echo: EchoGuard;
  private editSeq = 0;

  private readonly changeSubs = new Set<ChangeCallback>();
  private readonly selectionSubs = new Set<SelectionCallback>();
  private readonly changeDebouncer: Debouncer<ChangeSignal>;
  private readonly selectionDebouncer: Debouncer<SelectionSignal>;
  private registration: Promise<OfficeExtension.EventHandlerResult<unknown>[]> | null = null;

  constructor(options: ExcelHostOptions = {}) {
    this.runtime = options.runtime ?? globalExcelRuntime();
    const settings = options.settings;
    this.legacySettings = settings
      ? () => settings
      : () => {
          try {
            return globalSettings();
          } catch {
            return null;
          }
        };
    this.editStore = options.editStore ?? sessionEditStore();
    this.undoGrouping = options.undoGrouping ?? supportsUndoGrouping();
    this.recheckOnSelection = options.recheckOnSelection ?? isExcelOnTheWeb(detectExcel());
    this.timers = options.timers ?? realTimers;
    this.readOptions = { ...DEFAULT_READ_OPTIONS, ...options.read };
    this.writeChunkCells = options.writeChunkCells ?? this.readOptions.sliceCells;
    this.echo = new EchoGuard(this.timers, options.echoGraceMs ?? 2_000);
    this.changeDebouncer = new Debouncer(this.timers, options.changeDebounceMs ?? 400, (s) => void this.deliverChange(s), mergeChangeSignals);
    this.selectionDebouncer = new Debouncer(this.timers, options.selectionDebounceMs ?? 150, (s) => void this.deliverSelection(s));
  }

  /**
   * Every batch waits for the user to finish typing in a cell instead of failing (delayForCellEdit):
   * re-checks come right after edits, and a failed event-driven batch would lose the change.
   */
  private run<T>(batch: (ctx: Excel.RequestContext) => Promise<T>, extra: RunOptions = {}): Promise<T> {
    return this.runtime.run(batch, { delayForCellEdit: true, ...extra });
  }

  // ---- reading -------------------------------------------------------------------------------

  async listSheets(): Promise<SheetInfo[]> {
    return this.run(async (ctx) => {
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

  /** One read at a time (see readChain); the data may carry a notice (hidden rows). */
  async readSheet(name?: string): Promise<SheetData> {
    const next = this.readChain.then(() => this.run((ctx) => readSheetIn(ctx, name, this.readOptions)));
    this.readChain = next.catch(() => undefined);
    return next;
  }

  // ---- navigation ----------------------------------------------------------------------------

  async activateSheet(name: string): Promise<void> {
    const settle = this.echo.expect('*', 'activate', null);
    try {
      await this.run(async (ctx) => {
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
      await this.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem(sheet);
        ws.load('id');
        ws.activate();
        const target = ws.getRange(address);
        target.select();
        // Excel selects a cell in a hidden or filtered-out row without showing it: say so rather than
        // unhide (that would change the user's filter).
        target.load('rowHidden,columnHidden');
        try {
          await ctx.sync();
        } catch (e) {
          throw toHostError(e, 'read', sheet);
        }
        settleActivate(ws.id);
        settleSelect(ws.id);
        if (target.rowHidden !== false || target.columnHidden !== false) throw errors.hiddenCell(address);
      });
    } finally {
      settleActivate();
      settleSelect();
    }
  }

  // ---- highlights ----------------------------------------------------------------------------

  async showHighlights(sheet: string, findings: readonly Finding[]): Promise<void> {
    const { paintIn } = await loadHighlights();
    try {
      await this.run((ctx) => paintIn(ctx, sheet, findings));
    } catch (e) {
      // Another window deleted one of our old rules between the read and the delete: paint again
      // from a fresh read (painting replaces all of our rules on the sheet, so this is exact).
      if (officeCodeOf(e) !== 'ItemNotFound') throw e;
      await this.run((ctx) => paintIn(ctx, sheet, findings));
    }
  }

  /** Removes our tagged rules from every sheet (see clearAllIn), not only `sheet`. */
  async clearHighlights(sheet: string): Promise<void> {
    const { clearAllIn } = await loadHighlights();
    await this.run((ctx) => clearAllIn(ctx, sheet));
  }

  // ---- edits ---------------------------------------------------------------------------------

  async applyEdit(sheet: string, plan: EditPlan, guard?: EditGuard): Promise<UndoToken> {
    const { applyEditIn } = await loadEdit();
    const id = `edit-${++this.editSeq}-${this.timers.now()}-${Math.random().toString(36).slice(2, 8)}`;
    const echo = this.echoForWrite();
    try {
      let record: EditRecord;
      try {
        ({ record } = await this.run((ctx) => applyEditIn(ctx, sheet, plan, id, echo.expect, guard), this.editRunOptions()));
      } catch (e) {
        // "If an API within the group doesn't offer undo support, the UndoNotSupported error is thrown"
        // (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities): the failed
        // attempt was taken back; do it again without grouping.
        if (officeCodeOf(e) !== 'UndoNotSupported') throw e;
        ({ record } = await this.run((ctx) => applyEditIn(ctx, sheet, plan, id, echo.expect, guard)));
      }
      this.editStore.save([...this.editStore.load(), record]);
      return { id, description: plan.description };
    } finally {
      echo.settle();
    }
  }

  async undoEdit(token: UndoToken): Promise<void> {
    const record = this.editStore.load().find((r) => r.id === token.id);
    if (!record) throw errors.undoUnknown();
    const { undoEditIn } = await loadEdit();
    const echo = this.echoForWrite();
    try {
      await this.run((ctx) => undoEditIn(ctx, record, echo.expect), this.editRunOptions()).catch((e) => {
        if (officeCodeOf(e) !== 'UndoNotSupported') throw e;
        return this.run((ctx) => undoEditIn(ctx, record, echo.expect));
      });
      this.editStore.save(this.editStore.load().filter((r) => r.id !== token.id));
    } finally {
      echo.settle();
    }
  }

  /** Undo records kept for this document (they outlive the pane: see edit-store.ts). */
  async pendingEdits(): Promise<UndoToken[]> {
    return this.editStore.load().map((r) => ({ id: r.id, description: r.description }));
  }

  /** One Ctrl+Z step for a whole insert or undo where the client supports undo grouping (ExcelApi 1.20). */
  private editRunOptions(): RunOptions {
    return this.undoGrouping ? { mergeUndoGroup: true } : {};
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
    this.registration = this.run(async (ctx) => {
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
    // A dropdown choice (data validation) raises no change event on the web; the selection moving
    // on afterwards does. The re-check is debounced with the edits and reads nothing twice at once.
    if (this.recheckOnSelection && this.changeSubs.size) this.changeDebouncer.push({ sheetId: e.worksheetId, reason: 'edit' });
  }

  private async sheetName(sheetId: string): Promise<string | null> {
    try {
      return await this.run(async (ctx) => {
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

  /**
   * State lives in workbook.settings (ExcelApi 1.4: "key-value pair setting objects that are part
   * of the workbook. The scope is limited to per file and add-in combination", reference page
   * Excel.SettingCollection), the document's own store, read and written
   * through Excel.run: every window and instance of the add-in sees the same values, unlike
   * Office.context.document.settings, an in-memory copy per instance whose saveAsync overwrites
   * what another instance saved. Keys are prefixed once. State saved by earlier versions in the
   * legacy store (under the doubly prefixed key they used) is still read.
   */
  async loadState(key: string): Promise<string | null> {
    const name = stateKey(key);
    const value = await this.run(async (ctx) => {
      const item = ctx.workbook.settings.getItemOrNullObject(name);
      item.load('value');
      try {
        await ctx.sync();
      } catch (e) {
        throw toHostError(e, 'read');
      }
      return item.isNullObject ? null : (item.value as unknown);
    });
    if (typeof value === 'string') return value;
    const legacy = this.legacySettings();
    for (const old of [STATE_PREFIX + key, name]) {
      const v = legacy?.get(old);
      if (typeof v === 'string') return v;
    }
    return null;
  }

  async saveState(key: string, value: string): Promise<void> {
    await this.updateState(key, () => value);
  }

  /**
   * Read-modify-write in one Excel.run: `update` gets what the document holds now (another window
   * may have saved since this pane read it), so changes merge instead of overwriting each other.
   */
  async updateState(key: string, update: (current: string | null) => string): Promise<string> {
    const name = stateKey(key);
    const legacy = await this.loadState(key);
    return this.run(async (ctx) => {
      const item = ctx.workbook.settings.getItemOrNullObject(name);
      item.load('value');
      try {
        await ctx.sync();
      } catch (e) {
        throw errors.stateSaveFailed(toHostError(e, 'write').messageZh);
      }
      const current = item.isNullObject ? legacy : typeof item.value === 'string' ? item.value : null;
      const next = update(current);
      ctx.workbook.settings.add(name, next);
      try {
        await ctx.sync();
      } catch (e) {
        throw errors.stateSaveFailed(toHostError(e, 'write').messageZh);
      }
      return next;
    });
  }

  /** Calls back when another window or instance changes the workbook's settings. */
  onStateChange(callback: () => void): Unsubscribe {
    this.stateSubs.add(callback);
    if (!this.stateRegistration) {
      this.stateRegistration = this.run(async (ctx) => {
        const result = ctx.workbook.settings.onSettingsChanged.add(async () => {
          for (const cb of [...this.stateSubs]) cb();
        }) as OfficeExtension.EventHandlerResult<unknown>;
        await ctx.sync();
        return result;
      });
      this.stateRegistration.catch(() => {
        this.stateRegistration = null;
      });
    }
    return () => {
      this.stateSubs.delete(callback);
    };
  }

  async exportReport(rows: Array<Array<string | number>>): Promise<void> {
    const { exportReportIn } = await loadReport();
    const settleChange = this.echo.expect('*', 'change', null);
    const settleActivate = this.echo.expect('*', 'activate', null);
    try {
      const { sheetId } = await this.run((ctx) => exportReportIn(ctx, rows, this.writeChunkCells));
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
