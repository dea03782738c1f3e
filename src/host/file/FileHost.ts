// The file host: the pane's Host over an .xlsx opened on the standalone page (reviewers without the
// add-in). The workbook is read, shown and checked from the bounded reader's grids (io/xlsx-read.ts,
// in a worker on the page): what the CLI answers within its limits, the page answers too, and
// exceljs is not even loaded. exceljs comes in only when the user edits (template insert; undo),
// and an edited workbook is read back with the same bounded reader, so the view and the check show
// exactly what the download will hold.
//
// Highlights live in the view, never in the workbook; the download is a copy with fills on the
// finding cells, a 校验报告 sheet and a very-hidden state sheet (ignored findings, and the original
// fills so they can be restored) — every original cell value untouched. Un-edited, the copy is the
// original package patched part by part (annotate-package.ts).

import type ExcelJS from 'exceljs';
import type { GridData } from '../../core/grid/grid';
import type { Finding, Severity } from '../../core/report';
import { DEFAULT_LIMITS, precheckWorkbook, ReadHooks, WorkbookError, zipUncompressedSize } from '../../io/xlsx';
import { SheetGrid, SheetView, WORKBOOK_ERROR_EN } from '../../io/xlsx-read';
import { EditPlan, Host, HostError, SheetInfo, UndoToken, Unsubscribe } from '../types';
import { annotateWorkbook, PaintRecord, readEmbeddedState, readEmbeddedStateFromGrid, removeEmbeddedState, restorePaint, STATE_SHEET_NAME, viewFillOf } from './annotate';
import { applyPlan } from './edit';
import { annotatePackage } from './annotate-package';
import { readGuarded } from './guarded-read';
import { viewerCopy } from './viewer-copy';
import { VIEW_WINDOW } from './view-window';

export type ExcelJSModule = typeof ExcelJS;
/** exceljs itself, or how to load it (the page fetches its chunk on the first edit only). */
export type ExcelJSSource = ExcelJSModule | (() => Promise<ExcelJSModule>);

/**
 * Past these, the page does not hand the workbook to exceljs for an edit (exceljs builds every
 * cell, row and merged area as an object, and merges cost it quadratic time): the check still
 * runs, the edit is refused with a sentence.
 */
export const EDIT_LIMITS = { maxUncompressedBytes: 30 * 1024 * 1024, maxMerges: 5_000, maxCells: 300_000 };

/** The bytes exceljs loads from when an edit needs it. */
interface ExcelSource {
  bytes: Uint8Array;
  /** The file as opened: clamped for exceljs first (viewer-copy.ts), an earlier annotation taken off. */
  original: boolean;
}

/** Where per-workbook state lives between page loads (localStorage in the browser). */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface FileHostOptions {
  /** null: keep state in memory only. Default: localStorage when available. */
  storage?: KeyValueStorage | null;
  /** What the platform can add to the pre-checks (node: zlib, see io/node.ts); none in the browser. */
  readHooks?: ReadHooks;
  /** The read-worker bundle's URL (the web page); without it the bounded read runs on this thread. */
  workerUrl?: string;
  /** The bounded read's progress (0..1), for a progress line on the page. */
  onProgress?: (fraction: number) => void;
}

export interface ViewState {
  sheet: string;
  selection: string | null;
  /** address -> the most severe finding on it. */
  /** A finding's own cell in its severity's colour; the other cells it involves as 'related' (as in Excel). */
  highlights: ReadonlyMap<string, HighlightKind>;
  /** Bumped by every change of the view. */
  version: number;
  /** Bumped by every change of the workbook's content (edit, undo). */
  editCount: number;
}

type ChangeCallback = (event: { sheet: string; reason: 'edit' | 'sheet-switch' }) => void;
type SelectionCallback = (event: { sheet: string; address: string }) => void;

export type HighlightKind = Severity | 'related';

const EMPTY_HIGHLIGHTS: ReadonlyMap<string, HighlightKind> = new Map();
const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

function defaultStorage(): KeyValueStorage | null {
  try {
    return typeof localStorage !== 'undefined' ? localStorage : null;
  } catch {
    return null;
  }
}

/** Short, stable id of the file's bytes: sha-256 where WebCrypto exists, FNV-1a otherwise. */
export async function fingerprint(bytes: Uint8Array): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (subtle) {
    const copy = new Uint8Array(bytes.byteLength);
    copy.set(bytes);
    const digest = new Uint8Array(await subtle.digest('SHA-256', copy.buffer));
    return Array.from(digest.slice(0, 12), (b) => b.toString(16).padStart(2, '0')).join('');
  }
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) {
    h ^= bytes[i];
    h = Math.imul(h, 0x01000193);
  }
  return `fnv${(h >>> 0).toString(16)}-${bytes.length}`;
}

export function workbookErrorToHostError(e: unknown): HostError {
  if (e instanceof HostError) return e;
  if (e instanceof WorkbookError) {
    return new HostError(e.code === 'too-large' ? 'too-large' : 'corrupt-file', e.message, WORKBOOK_ERROR_EN[e.code]);
  }
  return new HostError('read-failed', `无法读取工作簿：${e instanceof Error ? e.message : String(e)}`, 'Could not read the workbook.');
}

export class FileHost implements Host {
  readonly kind = 'file' as const;
  private active: string;
  private readonly highlights = new Map<string, Map<string, HighlightKind>>();
  private selection: { sheet: string; address: string } | null = null;
  private readonly state = new Map<string, string>();
  private reportRows: Array<Array<string | number>> | null = null;
  private readonly undoStack: Array<{ token: UndoToken; sheets: SheetGrid[]; source: ExcelSource; active: string }> = [];
  /** exceljs's copy of the workbook: loaded on the first edit, dropped on undo. */
  private wb: ExcelJS.Workbook | null = null;
  private source: ExcelSource;
  private editSeq = 0;
  private version = 0;
  private editCount = 0;
  private view: ViewState | null = null;
  private readonly changeSubs = new Set<ChangeCallback>();
  private readonly selectionSubs = new Set<SelectionCallback>();
  private readonly viewSubs = new Set<() => void>();
  private readonly storage: KeyValueStorage | null;

  private constructor(
    private readonly excel: ExcelJSSource,
    /** What the page shows and checks: the bounded reader's grids (the state sheet taken out). */
    private sheets: SheetGrid[],
    /** The file as it was opened: the download patches these bytes (annotate-package.ts). */
    private readonly original: Uint8Array,
    readonly fileName: string,
    readonly id: string,
    private readonly options: FileHostOptions,
  ) {
    this.storage = options.storage === undefined ? defaultStorage() : options.storage;
    this.active = this.visibleSheets()[0]?.grid.name ?? sheets[0].grid.name;
    this.source = { bytes: original, original: true };
  }

  /** Opens .xlsx bytes; bad files throw a HostError with the reader's Chinese message. */
  static async open(Excel: ExcelJSSource, bytes: Uint8Array, fileName: string, options: FileHostOptions = {}): Promise<FileHost> {
    let sheets: SheetGrid[];
    try {
      // The CLI's bounded reader (in a worker on the page): whatever the command refuses is refused
      // here with the same sentence, and whatever it answers, the page shows and checks from it.
      sheets = await readGuarded(bytes, { workerUrl: options.workerUrl, onProgress: options.onProgress, view: VIEW_WINDOW });
      precheckWorkbook(bytes, DEFAULT_LIMITS, options.readHooks ?? {});
    } catch (e) {
      throw workbookErrorToHostError(e);
    }
    const stateSheet = sheets.find((s) => s.grid.name === STATE_SHEET_NAME);
    const embedded = stateSheet ? readEmbeddedStateFromGrid(stateSheet.grid) : null;
    sheets = sheets.filter((s) => s !== stateSheet);
    if (sheets.length === 0) throw new HostError('empty-sheet', '工作簿中没有可见的工作表。', 'The workbook has no visible sheet.');
    // A workbook we annotated before: the view shows the user's own fills, not ours.
    if (embedded) showOwnFills(sheets, embedded.paint);
    const host = new FileHost(Excel, sheets, bytes.slice(), fileName, await fingerprint(bytes), options);
    if (embedded) {
      for (const [k, v] of Object.entries(embedded.state)) host.state.set(k, v);
    } else {
      for (const key of host.storedKeys()) {
        const v = host.storage?.getItem(host.storageKey(key));
        if (v !== null && v !== undefined) host.state.set(key, v);
      }
    }
    if (host.visibleSheets().length === 0) throw new HostError('empty-sheet', '工作簿中没有可见的工作表。', 'The workbook has no visible sheet.');
    return host;
  }

  /**
   * exceljs's copy of the workbook, as an edit changes it: loaded on first use (the page fetches
   * exceljs then), from the file as opened or from the last edit's output.
   */
  async editableWorkbook(): Promise<ExcelJS.Workbook> {
    if (this.wb) return this.wb;
    if (this.source.original) this.refuseHeavyEdit();
    const Excel = typeof this.excel === 'function' ? await this.excel() : this.excel;
    const wb = new Excel.Workbook();
    try {
      // Whole-column drop-down lists and <col> ranges clamped first: exceljs expands them cell by cell.
      const bytes = this.source.original ? await viewerCopy(this.source.bytes, this.sheets) : this.source.bytes;
      await wb.xlsx.load(loadInput(bytes));
    } catch {
      throw new HostError('not-supported', '网页上无法修改这个工作簿，请在 Excel 中修改（校验不受影响）。', 'This workbook cannot be edited on the page; edit it in Excel (checking is not affected).');
    }
    if (this.source.original) {
      // Our earlier fills off and the state sheet out: the edited download starts from the user's own workbook.
      const embedded = readEmbeddedState(wb);
      if (embedded) restorePaint(wb, embedded.paint);
      removeEmbeddedState(wb);
    }
    this.wb = wb;
    return wb;
  }

  /** A workbook exceljs would take too long or too much memory to load: refused with a sentence. */
  private refuseHeavyEdit(): void {
    let merges = 0;
    let cells = 0;
    for (const s of this.sheets) {
      merges += s.grid.merges?.length ?? 0;
      for (const row of s.grid.values) cells += row.length;
    }
    const declared = precheckSize(this.source.bytes);
    if (merges > EDIT_LIMITS.maxMerges || cells > EDIT_LIMITS.maxCells || declared > EDIT_LIMITS.maxUncompressedBytes) {
      throw new HostError('too-large', '这个工作簿太大，网页上无法插入或修改，请在 Excel 中修改（校验不受影响）。', 'This workbook is too large to edit on the page; edit it in Excel (checking is not affected).');
    }
  }

  private visibleSheets(): SheetGrid[] {
    return this.sheets.filter((s) => !s.hidden && s.grid.name !== STATE_SHEET_NAME);
  }

  private sheet(name?: string): SheetGrid {
    const wanted = name ?? this.active;
    const s = this.sheets.find((x) => x.grid.name === wanted);
    if (!s) throw new HostError('read-failed', `找不到工作表“${wanted}”。`, `Sheet "${wanted}" not found.`);
    return s;
  }

  private storageKey(key: string): string {
    return `perfcheck:file:${this.id}:${key}`;
  }

  private storedKeys(): string[] {
    // Keys are few and known; the index lets a reload find them without scanning storage.
    try {
      return JSON.parse(this.storage?.getItem(this.storageKey('__keys')) ?? '[]') as string[];
    } catch {
      return [];
    }
  }

  private notifyView(edited = false): void {
    this.version++;
    if (edited) this.editCount++;
    this.view = null;
    for (const cb of this.viewSubs) cb();
  }

  // ---- Host ----------------------------------------------------------------------------------

  async listSheets(): Promise<SheetInfo[]> {
    return this.visibleSheets().map((s) => ({
      name: s.grid.name,
      active: s.grid.name === this.active,
      ...(s.grid.protected ? { protected: true } : {}),
    }));
  }

  async activateSheet(name: string): Promise<void> {
    if (!this.visibleSheets().some((s) => s.grid.name === name)) throw new HostError('read-failed', `找不到工作表“${name}”。`, `Sheet "${name}" not found.`);
    if (name === this.active) return;
    this.active = name;
    this.selection = null;
    this.notifyView();
    for (const cb of this.changeSubs) cb({ sheet: name, reason: 'sheet-switch' });
  }

  async readSheet(name?: string): Promise<GridData> {
    return this.sheet(name).grid;
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    if (sheet !== this.active) await this.activateSheet(sheet);
    this.selection = { sheet, address: address.replace(/\$/g, '').toUpperCase() };
    this.notifyView();
  }

  async showHighlights(sheet: string, findings: readonly Finding[]): Promise<void> {
    const map = new Map<string, HighlightKind>();
    // The cell a finding is about carries its colour; the cells it merely involves (the 20 project
    // amounts behind one wrong subtotal) are marked as related, so they do not all look wrong.
    for (const f of findings) {
      const prev = map.get(f.cell);
      if (!prev || prev === 'related' || SEVERITY_RANK[f.severity] > SEVERITY_RANK[prev]) map.set(f.cell, f.severity);
    }
    for (const f of findings) for (const a of f.cells) if (!map.has(a)) map.set(a, 'related');
    this.highlights.set(sheet, map);
    this.notifyView();
  }

  async clearHighlights(sheet: string): Promise<void> {
    if (!this.highlights.delete(sheet)) return;
    this.notifyView();
  }

  async applyEdit(sheet: string, plan: EditPlan): Promise<UndoToken> {
    if (this.sheet(sheet).grid.protected) {
      throw new HostError('protected', `工作表“${sheet}”受保护，无法修改。`, `Sheet "${sheet}" is protected.`);
    }
    const wb = await this.editableWorkbook();
    const ws = wb.getWorksheet(sheet);
    if (!ws) throw new HostError('read-failed', `找不到工作表“${sheet}”。`, `Sheet "${sheet}" not found.`);
    let written: Uint8Array;
    let sheets: SheetGrid[];
    try {
      applyPlan(ws, plan);
      // Read back with the bounded reader: the view and the check show what the download will hold.
      written = new Uint8Array(await wb.xlsx.writeBuffer());
      sheets = await readGuarded(written, { workerUrl: this.options.workerUrl, view: VIEW_WINDOW });
    } catch (e) {
      // exceljs's copy may be half edited: it is loaded again from the last good bytes when needed.
      this.wb = null;
      if (e instanceof HostError) throw e;
      throw new HostError('write-failed', `无法修改工作表：${e instanceof Error ? e.message : String(e)}`, 'Could not edit the sheet.');
    }
    const token: UndoToken = { id: `file-edit-${++this.editSeq}`, description: plan.description };
    this.undoStack.push({ token, sheets: this.sheets, source: this.source, active: this.active });
    this.sheets = sheets.filter((s) => s.grid.name !== STATE_SHEET_NAME);
    this.source = { bytes: written, original: false };
    this.notifyView(true);
    return token;
  }

  async undoEdit(token: UndoToken): Promise<void> {
    const i = this.undoStack.findIndex((e) => e.token.id === token.id);
    if (i < 0) throw new HostError('not-supported', '这次修改已无法撤销。', 'This change can no longer be undone.');
    const entry = this.undoStack[i];
    // Undoing an earlier edit takes the later ones with it: its grids predate them all.
    this.undoStack.splice(i);
    this.sheets = entry.sheets;
    this.source = entry.source;
    this.wb = null;
    this.active = entry.active;
    this.notifyView(true);
  }

  onChange(callback: ChangeCallback): Unsubscribe {
    this.changeSubs.add(callback);
    return () => this.changeSubs.delete(callback);
  }

  onSelectionChange(callback: SelectionCallback): Unsubscribe {
    this.selectionSubs.add(callback);
    return () => this.selectionSubs.delete(callback);
  }

  async loadState(key: string): Promise<string | null> {
    return this.state.get(key) ?? null;
  }

  async saveState(key: string, value: string): Promise<void> {
    this.state.set(key, value);
    if (!this.storage) return;
    try {
      this.storage.setItem(this.storageKey(key), value);
      const keys = new Set(this.storedKeys());
      if (!keys.has(key)) {
        keys.add(key);
        this.storage.setItem(this.storageKey('__keys'), JSON.stringify([...keys]));
      }
    } catch {
      // Storage full or disabled: the state still goes into the downloaded workbook.
    }
  }

  /** Keeps the report rows for the download's 校验报告 sheet. */
  async exportReport(rows: Array<Array<string | number>>): Promise<void> {
    this.reportRows = rows.map((r) => [...r]);
  }

  // ---- file-host specifics: the view and the download ------------------------------------------

  get exportedReportRows(): Array<Array<string | number>> | null {
    return this.reportRows;
  }

  get activeSheet(): string {
    return this.active;
  }

  /** The grid view reports a click on a cell: selection moves, the pane hears about it. */
  userSelect(address: string): void {
    this.selection = { sheet: this.active, address };
    this.notifyView();
    for (const cb of this.selectionSubs) cb({ sheet: this.active, address });
  }

  subscribeView(callback: () => void): Unsubscribe {
    this.viewSubs.add(callback);
    return () => this.viewSubs.delete(callback);
  }

  /** The same object until something changes (useSyncExternalStore relies on it). */
  viewState(): ViewState {
    this.view ??= {
      sheet: this.active,
      selection: this.selection?.sheet === this.active ? this.selection.address : null,
      highlights: this.highlights.get(this.active) ?? EMPTY_HIGHLIGHTS,
      version: this.version,
      editCount: this.editCount,
    };
    return this.view;
  }

  /** What the grid view draws for a sheet: its grid, and its fills, bold cells and widths. */
  sheetView(name?: string): { grid: GridData; view: SheetView } {
    const s = this.sheet(name);
    return { grid: s.grid, view: s.view ?? { fills: {}, bold: [], widths: [] } };
  }

  /**
   * The annotated copy: the current workbook with fills on the finding cells (the originals
   * recorded in a very-hidden sheet), a fresh 校验报告 sheet and the pane's state.
   */
  async download(options: { sheet: string; findings: readonly Finding[]; reportRows?: Array<Array<string | number>> | null }): Promise<{ bytes: Uint8Array; fileName: string }> {
    if (this.undoStack.length === 0) {
      // Nothing edited here: the original package, patched part by part, every other byte kept.
      try {
        const bytes = await annotatePackage(this.original, { sheet: options.sheet, findings: options.findings, reportRows: options.reportRows ?? this.reportRows, state: Object.fromEntries(this.state) });
        return { bytes, fileName: annotatedName(this.fileName) };
      } catch (e) {
        throw workbookErrorToHostError(e);
      }
    }
    // Edited on the page: exceljs wrote the edited workbook, so it writes the copy.
    const Excel = typeof this.excel === 'function' ? await this.excel() : this.excel;
    const copy = new Excel.Workbook();
    await copy.xlsx.load(loadInput(this.source.bytes));
    annotateWorkbook(copy, {
      sheet: options.sheet,
      findings: options.findings,
      reportRows: options.reportRows ?? this.reportRows,
      state: Object.fromEntries(this.state),
    });
    const out = new Uint8Array(await copy.xlsx.writeBuffer());
    return { bytes: out, fileName: annotatedName(this.fileName) };
  }
}

/** "表.xlsx" -> "表-校验标注.xlsx"; a macro workbook keeps its .xlsm. */
export function annotatedName(fileName: string): string {
  // .xlsm stays .xlsm; re-downloading an annotated file must not stack the suffix (…-校验标注-校验标注).
  const m = /\.(xlsx|xlsm)$/i.exec(fileName);
  const base = (m ? fileName.slice(0, m.index) : fileName).replace(/(-校验标注)+$/, '');
  return `${base}-校验标注.${m ? m[1] : 'xlsx'}`;
}

/** The view shows each recorded cell's own fill again (restorePaint's counterpart for the view). */
function showOwnFills(sheets: SheetGrid[], paint: readonly PaintRecord[]): void {
  for (const r of paint) {
    const view = sheets.find((s) => s.grid.name === r.sheet)?.view;
    if (!view) continue;
    const fill = viewFillOf(r.fill);
    if (fill) view.fills[r.address] = fill;
    else delete view.fills[r.address];
  }
}

/** The package's declared uncompressed size (its central directory; nothing inflated). */
function precheckSize(bytes: Uint8Array): number {
  return zipUncompressedSize(bytes) ?? Infinity;
}

/** exceljs takes a Buffer in node and an ArrayBuffer in the browser. */
function loadInput(bytes: Uint8Array): never {
  if (typeof Buffer !== 'undefined') return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never;
  if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength) return bytes.buffer as never;
  return bytes.slice().buffer as never;
}
