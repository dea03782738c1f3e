// A small in-memory Excel workbook behind office-addin-mock objects, for testing the Office.js
// adapter without Excel.
//
// office-addin-mock supplies the load/sync discipline: every API object handed to the adapter is an
// OfficeMockObject, so a property read before `load` gives "property was not loaded" and one read
// after `load` but before `context.sync()` gives "context.sync() was not called". We make both of
// those throw (as real Office.js does) instead of returning the mock's sentinel strings, so a
// forgotten load fails the test loudly. Around the mocks sits a workbook model that applies
// queued writes and method calls in order at each sync, counts round trips, measures response
// sizes (to emulate Excel on the web's payload limit) and records the events Excel would raise.

import { OfficeMockObject } from 'office-addin-mock';

// office-addin-mock imports office-addin-manifest only for its OfficeApp enum (host names). The
// package's entry point also loads its manifest exporter (@microsoft/app-manifest, ESM-only
// dependencies Jest cannot load) and its usage-data reporter. We hand it the enum alone, which also
// guarantees no usage-data (telemetry) code is loaded in tests; the installed office-addin-usage-data
// 3.x is a no-op anyway ("usage data reporting has been removed").
jest.mock('office-addin-manifest', () => ({ OfficeApp: jest.requireActual('office-addin-manifest/lib/officeApp').OfficeApp }));
import type { RangeRef } from '../../src/core/grid/address';
import { rangeToA1, toA1 } from '../../src/core/grid/address';
import { MAX_COLS, MAX_ROWS, parseArea, parseAreas } from '../../src/excel/a1';

// ---------------------------------------------------------------------------------------------
// Workbook model

export type Scalar = string | number | boolean | null;

export interface FakeCell {
  value: Scalar;
  formula?: string;
  numberFormat?: string;
  /** Error display text ("#REF!"); value then holds the same text. */
  error?: string;
  /** The user's direct formatting, compared verbatim before/after highlights. */
  format?: Record<string, unknown>;
}

export interface FakeConditionalFormat {
  id: number;
  type: string;
  areas: RangeRef[];
  formula?: string;
  fill?: string;
  /** Marks formats the test created as "the user's own". */
  origin: 'user' | 'api';
}

export interface FakeSheet {
  id: string;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  protected: boolean;
  cells: Map<number, FakeCell>;
  merges: RangeRef[];
  conditionalFormats: FakeConditionalFormat[];
  frozenRows: number;
  /** Zero-based rows hidden by the user or by a filter. */
  hiddenRows?: Set<number>;
  /** Synthetic content for very large sheets (never materialised). */
  generator?: { rows: number; cols: number; cell: (row: number, col: number) => FakeCell | undefined };
}

export interface SheetInit {
  name: string;
  rows?: Scalar[][];
  origin?: { row: number; col: number };
  formulas?: Record<string, string>;
  numFmts?: Record<string, string>;
  errors?: Record<string, string>;
  merges?: string[];
  formats?: Record<string, Record<string, unknown>>;
  conditionalFormats?: Array<{ type: string; address: string; formula?: string; fill?: string }>;
  protected?: boolean;
  visibility?: FakeSheet['visibility'];
  generator?: FakeSheet['generator'];
}

export interface FakeEvent {
  kind: 'changed' | 'activated' | 'selectionChanged' | 'settingsChanged';
  args: Record<string, unknown>;
}

export class OfficeApiError extends Error {
  constructor(
    readonly code: string,
    message = code,
  ) {
    super(message);
  }
}

const key = (row: number, col: number) => row * MAX_COLS + col;
const rowOf = (k: number) => Math.floor(k / MAX_COLS);
const colOf = (k: number) => k % MAX_COLS;

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function parseAddress(address: string): RangeRef {
  const r = parseArea(address);
  if (!r) throw new OfficeApiError('InvalidArgument', `bad address ${address}`);
  return r;
}

function valueTypeOf(cell: FakeCell | undefined): string {
  if (!cell || cell.value === null || cell.value === '') return 'Empty';
  if (cell.error) return 'Error';
  if (typeof cell.value === 'number') return 'Double';
  if (typeof cell.value === 'boolean') return 'Boolean';
  return 'String';
}

function byteSize(v: unknown): number {
  return Buffer.byteLength(JSON.stringify(v) ?? '', 'utf8');
}

/** Lets pending round trips (macrotasks) and their continuations finish. */
export async function drain(): Promise<void> {
  for (let i = 0; i < 20; i++) {
    await new Promise<void>((resolve) => setImmediate(resolve));
    await settle();
  }
}

/** Microtasks the mock's recursive async sync needs to settle. */
async function settle(): Promise<void> {
  for (let i = 0; i < 25; i++) await Promise.resolve();
}

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  activeId = '';
  selection: { sheetId: string; address: string } = { sheetId: '', address: 'A1' };
  /** Every context.sync() the adapter made. */
  syncCount = 0;
  /** Bytes of loaded data each sync returned. */
  responseBytes: number[] = [];
  requestBytes: number[] = [];
  /** Emulates Excel on the web's per-response limit; Infinity = no limit. */
  responseLimitBytes = Infinity;
  requestLimitBytes = Infinity;
  /** Events Excel would raise, delivered when the test calls deliverEvents(). */
  pendingEvents: FakeEvent[] = [];
  readonly handlers = { changed: new Set<(a: unknown) => unknown>(), activated: new Set<(a: unknown) => unknown>(), selectionChanged: new Set<(a: unknown) => unknown>(), settingsChanged: new Set<(a: unknown) => unknown>() };
  /** Calls made through the API, for asserting what the adapter did. */
  readonly log: string[] = [];
  workbookStructureProtected = false;
  /**
   * Real Excel: Range.getMergedAreasOrNullObject fails when the range holds more merged areas than
   * this, and only returns areas whose top-left cell lies inside the range.
   */
  mergedAreasLimit = 512;
  /** The user is typing in a cell: batches fail unless run with delayForCellEdit (then they wait). */
  private cellEdit: { ended: Promise<void>; end: () => void } | null = null;
  /** Options of every Excel.run, in order. */
  readonly runOptions: Array<Record<string, unknown>> = [];
  /** Excel.run batches in flight now, and the most there ever were at once. */
  activeRuns = 0;
  maxActiveRuns = 0;
  /** The next write whose log entry starts with this fails (part-way through its sync). */
  private failWrite: { prefix: string; code: string } | null = null;
  /** The workbook's own settings (workbook.settings): one store for every add-in instance. */
  readonly settings = new Map<string, unknown>();
  /** Called at the start of every sync, before its operations run (for races: another window acts). */
  onSync: ((syncNumber: number, writesQueued: number) => void) | null = null;
  /** A client where some grouped API has no undo support: writes in a mergeUndoGroup run fail. */
  undoGroupingUnsupported = false;
  private nextSheet = 1;
  private nextCf = 1;
  runs = 0;

  addSheet(init: SheetInit): FakeSheet {
    const sheet: FakeSheet = {
      id: `{sheet-${this.nextSheet++}}`,
      name: init.name,
      visibility: init.visibility ?? 'Visible',
      protected: init.protected ?? false,
      cells: new Map(),
      merges: (init.merges ?? []).map(parseAddress),
      conditionalFormats: [],
      frozenRows: 0,
      generator: init.generator,
    };
    const oRow = init.origin?.row ?? 0;
    const oCol = init.origin?.col ?? 0;
    (init.rows ?? []).forEach((r, i) =>
      r.forEach((v, j) => {
        if (v !== null && v !== undefined && v !== '') sheet.cells.set(key(oRow + i, oCol + j), { value: v });
      }),
    );
    const cellAt = (a1: string) => {
      const r = parseAddress(a1);
      const k = key(r.top, r.left);
      let c = sheet.cells.get(k);
      if (!c) sheet.cells.set(k, (c = { value: null }));
      return c;
    };
    for (const [a, f] of Object.entries(init.formulas ?? {})) cellAt(a).formula = f;
    for (const [a, f] of Object.entries(init.numFmts ?? {})) cellAt(a).numberFormat = f;
    for (const [a, e] of Object.entries(init.errors ?? {})) Object.assign(cellAt(a), { error: e, value: e });
    for (const [a, f] of Object.entries(init.formats ?? {})) cellAt(a).format = { ...f };
    for (const cf of init.conditionalFormats ?? []) sheet.conditionalFormats.push({ id: this.nextCf++, type: cf.type, areas: parseAreas(cf.address), formula: cf.formula, fill: cf.fill, origin: 'user' });
    this.sheets.push(sheet);
    if (!this.activeId) this.activeId = sheet.id;
    return sheet;
  }

  sheet(nameOrId: string): FakeSheet {
    const s = this.findSheet(nameOrId);
    if (!s) throw new Error(`no sheet ${nameOrId}`);
    return s;
  }

  findSheet(nameOrId: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.id === nameOrId) ?? this.sheets.find((s) => s.name.toLowerCase() === nameOrId.toLowerCase());
  }

  cell(sheet: FakeSheet, row: number, col: number): FakeCell | undefined {
    if (sheet.generator && row < sheet.generator.rows && col < sheet.generator.cols) {
      const g = sheet.generator.cell(row, col);
      if (g) return g;
    }
    return sheet.cells.get(key(row, col));
  }

  /** Value text of a cell, for assertions. */
  valueAt(sheetName: string, a1: string): Scalar {
    const r = parseAddress(a1);
    return this.cell(this.sheet(sheetName), r.top, r.left)?.value ?? null;
  }

  usedRange(sheet: FakeSheet): RangeRef | null {
    if (sheet.generator) return { top: 0, left: 0, bottom: sheet.generator.rows - 1, right: sheet.generator.cols - 1 };
    let r: RangeRef | null = null;
    for (const [k, c] of sheet.cells) {
      if ((c.value === null || c.value === '') && !c.formula) continue;
      const row = rowOf(k);
      const col = colOf(k);
      if (!r) r = { top: row, bottom: row, left: col, right: col };
      else r = { top: Math.min(r.top, row), bottom: Math.max(r.bottom, row), left: Math.min(r.left, col), right: Math.max(r.right, col) };
    }
    return r;
  }

  /** Everything that makes up the sheet's look and content, for before/after comparisons. */
  snapshot(sheetName: string): unknown {
    const s = this.sheet(sheetName);
    // An empty cell without formatting is the same as no cell at all.
    const meaningful = (c: FakeCell) => (c.value !== null && c.value !== '') || c.formula || c.error || c.numberFormat || (c.format && Object.keys(c.format).length);
    const cells = [...s.cells.entries()].filter(([, c]) => meaningful(c)).sort((a, b) => a[0] - b[0]).map(([k, c]) => [toA1(rowOf(k), colOf(k)), JSON.parse(JSON.stringify(c))]);
    return {
      cells,
      merges: s.merges.map(rangeToA1).sort(),
      conditionalFormats: s.conditionalFormats.map((cf) => ({ type: cf.type, areas: cf.areas.map(rangeToA1), formula: cf.formula, fill: cf.fill, origin: cf.origin })),
      frozenRows: s.frozenRows,
      protected: s.protected,
    };
  }

  // ---- mutations (applied at sync, in queue order) ---------------------------------------------

  private guardWrite(sheet: FakeSheet, what: string): void {
    if (sheet.protected) throw new OfficeApiError('AccessDenied', `sheet ${sheet.name} is protected (${what})`);
    if (this.failWrite && what.startsWith(this.failWrite.prefix)) {
      const { code } = this.failWrite;
      this.failWrite = null;
      // Like real Excel: the operations queued before this one in the same sync stay applied.
      throw new OfficeApiError(code, `injected failure at ${what}`);
    }
    this.log.push(`${what} ${sheet.name}`);
  }

  /** Makes the next write of this kind ("values", "merge", "copyFrom", "insert"...) fail. */
  failNextWrite(prefix: string, code = 'GeneralException'): void {
    this.failWrite = { prefix, code };
  }

  /** Writes made to the workbook (cells, formats, rules, merges, rows), for "wrote nothing" assertions. */
  get writes(): string[] {
    return this.log.filter((l) => !l.startsWith('autofit'));
  }

  startCellEdit(): void {
    if (this.cellEdit) return;
    let end!: () => void;
    const ended = new Promise<void>((resolve) => (end = resolve));
    this.cellEdit = { ended, end };
  }

  endCellEdit(): void {
    const c = this.cellEdit;
    this.cellEdit = null;
    c?.end();
  }

  /** Sync-time gate: fail in cell-edit mode, or wait for it to end when the batch asked to. */
  async cellEditGate(options: Record<string, unknown>): Promise<void> {
    while (this.cellEdit) {
      if (!options.delayForCellEdit) throw new OfficeApiError('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode');
      await this.cellEdit.ended;
    }
  }

  private changed(sheet: FakeSheet, address: string, changeType: string): void {
    this.pendingEvents.push({ kind: 'changed', args: { type: 'WorksheetChanged', worksheetId: sheet.id, address, changeType, source: 'Local' } });
  }

  setValues(sheet: FakeSheet, area: RangeRef, values: unknown[][]): void {
    this.guardWrite(sheet, 'values');
    values.forEach((row, i) =>
      row.forEach((v, j) => {
        if (v === null || v === undefined) return; // Office.js: null leaves the cell unchanged
        const k = key(area.top + i, area.left + j);
        const cell = sheet.cells.get(k) ?? { value: null };
        const text = cell.numberFormat === '@';
        if (typeof v === 'string' && !text && /^[=+-]/.test(v) && !/^[+-]\d+(\.\d+)?%?$/.test(v)) {
          // Excel parses typed text: "=x", "+x" and "-x" become formulas ("-减少" -> #NAME?).
          cell.formula = v.startsWith('=') ? v : `=${v}`;
          cell.value = '#NAME?';
          cell.error = '#NAME?';
        } else if (typeof v === 'string' && !text && /^[+-]?\d+(\.\d+)?%?$/.test(v.trim())) {
          // ...and numeric text becomes a number ("100%" -> 1, "001" -> 1).
          const t = v.trim();
          delete cell.formula;
          delete cell.error;
          cell.value = t.endsWith('%') ? Number(t.slice(0, -1)) / 100 : Number(t);
        } else {
          delete cell.formula;
          delete cell.error;
          cell.value = v === '' ? null : (v as Scalar);
        }
        sheet.cells.set(k, cell);
      }),
    );
    this.changed(sheet, rangeToA1({ top: area.top, left: area.left, bottom: area.top + values.length - 1, right: area.left + Math.max(1, ...values.map((r) => r.length)) - 1 }), 'RangeEdited');
  }

  setNumberFormats(sheet: FakeSheet, area: RangeRef, formats: unknown[][]): void {
    this.guardWrite(sheet, 'numberFormat');
    formats.forEach((row, i) =>
      row.forEach((f, j) => {
        if (f === null || f === undefined) return;
        const k = key(area.top + i, area.left + j);
        const cell = sheet.cells.get(k) ?? { value: null };
        // General is Excel's default: a cell set back to it has no format of its own.
        if (String(f) === 'General') delete cell.numberFormat;
        else cell.numberFormat = String(f);
        sheet.cells.set(k, cell);
      }),
    );
  }

  setCellFormat(sheet: FakeSheet, area: RangeRef, prop: string, value: unknown): void {
    this.guardWrite(sheet, `format.${prop}`);
    const bottom = Math.min(area.bottom, this.usedRange(sheet)?.bottom ?? area.top);
    for (let r = area.top; r <= bottom; r++)
      for (let c = area.left; c <= Math.min(area.right, 200); c++) {
        const k = key(r, c);
        const cell = sheet.cells.get(k) ?? { value: null };
        cell.format = { ...cell.format, [prop]: value };
        sheet.cells.set(k, cell);
      }
  }

  clearContents(sheet: FakeSheet, area: RangeRef): void {
    this.guardWrite(sheet, 'clear');
    for (const [k, c] of sheet.cells) {
      const r = rowOf(k);
      const col = colOf(k);
      if (r >= area.top && r <= area.bottom && col >= area.left && col <= area.right) {
        c.value = null;
        delete c.formula;
        delete c.error;
      }
    }
    this.changed(sheet, rangeToA1(area), 'RangeEdited');
  }

  private shiftRows(sheet: FakeSheet, at: number, delta: number): void {
    const moved = new Map<number, FakeCell>();
    for (const [k, c] of sheet.cells) {
      const r = rowOf(k);
      if (delta < 0 && r >= at && r < at - delta) continue; // deleted rows
      moved.set(r >= at ? key(r + delta, colOf(k)) : k, c);
    }
    sheet.cells = moved;
    const shiftRef = (m: RangeRef): RangeRef | null => {
      if (delta > 0) {
        if (m.top >= at) return { ...m, top: m.top + delta, bottom: m.bottom + delta };
        if (m.bottom >= at) return { ...m, bottom: m.bottom + delta }; // inserted inside: grows
        return m;
      }
      const n = -delta;
      const end = at + n - 1;
      if (m.bottom < at) return m;
      if (m.top > end) return { ...m, top: m.top - n, bottom: m.bottom - n };
      const top = m.top < at ? m.top : at;
      const kept = m.bottom - m.top + 1 - (Math.min(m.bottom, end) - Math.max(m.top, at) + 1);
      return kept <= 0 ? null : { ...m, top, bottom: top + kept - 1 };
    };
    sheet.merges = sheet.merges.map(shiftRef).filter((m): m is RangeRef => !!m && (m.bottom > m.top || m.right > m.left));
    for (const cf of sheet.conditionalFormats) cf.areas = cf.areas.map(shiftRef).filter((m): m is RangeRef => !!m);
    sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => cf.areas.length > 0);
  }

  insertRows(sheet: FakeSheet, area: RangeRef): void {
    this.guardWrite(sheet, 'insert');
    if (area.left !== 0 || area.right !== MAX_COLS - 1) throw new OfficeApiError('NotImplemented', 'fake inserts whole rows only');
    this.shiftRows(sheet, area.top, area.bottom - area.top + 1);
    this.changed(sheet, `${area.top + 1}:${area.bottom + 1}`, 'RowInserted');
  }

  deleteRows(sheet: FakeSheet, area: RangeRef): void {
    this.guardWrite(sheet, 'delete');
    if (area.left !== 0 || area.right !== MAX_COLS - 1) throw new OfficeApiError('NotImplemented', 'fake deletes whole rows only');
    this.shiftRows(sheet, area.top, -(area.bottom - area.top + 1));
    this.changed(sheet, `${area.top + 1}:${area.bottom + 1}`, 'RowDeleted');
  }

  copyFormats(sheet: FakeSheet, dest: RangeRef, source: RangeRef): void {
    this.guardWrite(sheet, 'copyFrom');
    const height = source.bottom - source.top + 1;
    // Conditional formats are formats: copying the source row's copies every rule on it (as a rule of
    // its own over the destination), the add-in's tagged highlight rules included.
    if (height === 1 && dest.bottom - dest.top + 1 === 1) {
      for (const cf of [...sheet.conditionalFormats]) {
        const cols = cf.areas.filter((a) => a.top <= source.top && a.bottom >= source.top).map((a) => ({ left: Math.max(a.left, dest.left), right: Math.min(a.right, dest.right) }));
        const areas = cols.filter((c) => c.left <= c.right).map((c) => ({ top: dest.top, bottom: dest.top, ...c }));
        if (areas.length) sheet.conditionalFormats.push({ ...cf, id: this.nextCf++, areas });
      }
    }
    for (let r = dest.top; r <= dest.bottom; r++) {
      const srcRow = source.top + ((r - dest.top) % height);
      for (const [k, c] of [...sheet.cells]) {
        if (rowOf(k) !== srcRow) continue;
        const col = colOf(k);
        if (col < source.left || col > source.right || col < dest.left || col > dest.right) continue;
        const dk = key(r, col);
        const d = sheet.cells.get(dk) ?? { value: null };
        if (c.format) d.format = { ...c.format };
        else delete d.format;
        if (c.numberFormat) d.numberFormat = c.numberFormat;
        else delete d.numberFormat;
        sheet.cells.set(dk, d);
      }
    }
  }

  merge(sheet: FakeSheet, area: RangeRef): void {
    this.guardWrite(sheet, 'merge');
    for (const m of sheet.merges) {
      const overlaps = m.left <= area.right && area.left <= m.right && m.top <= area.bottom && area.top <= m.bottom;
      const inside = m.top >= area.top && m.bottom <= area.bottom && m.left >= area.left && m.right <= area.right;
      if (overlaps && !inside) throw new OfficeApiError('InvalidOperation', `cannot merge ${rangeToA1(area)} across ${rangeToA1(m)}`);
    }
    sheet.merges = sheet.merges.filter((m) => !(m.top >= area.top && m.bottom <= area.bottom && m.left >= area.left && m.right <= area.right));
    // Excel keeps the top-left value only.
    for (const [k, c] of sheet.cells) {
      const r = rowOf(k);
      const col = colOf(k);
      if (r >= area.top && r <= area.bottom && col >= area.left && col <= area.right && !(r === area.top && col === area.left)) {
        c.value = null;
        delete c.formula;
      }
    }
    if (area.bottom > area.top || area.right > area.left) sheet.merges.push(area);
  }

  unmerge(sheet: FakeSheet, area: RangeRef): void {
    this.guardWrite(sheet, 'unmerge');
    sheet.merges = sheet.merges.filter((m) => !(m.left <= area.right && area.left <= m.right && m.top <= area.bottom && area.top <= m.bottom));
  }

  addConditionalFormat(sheet: FakeSheet, areas: RangeRef[], type: string): FakeConditionalFormat {
    this.guardWrite(sheet, 'conditionalFormats.add');
    const cf: FakeConditionalFormat = { id: this.nextCf++, type, areas, origin: 'api' };
    // Excel puts a new rule at the top of the priority list.
    sheet.conditionalFormats.unshift(cf);
    return cf;
  }

  deleteConditionalFormat(sheet: FakeSheet, cf: FakeConditionalFormat): void {
    this.guardWrite(sheet, 'conditionalFormats.delete');
    const i = sheet.conditionalFormats.indexOf(cf);
    if (i < 0) throw new OfficeApiError('ItemNotFound', 'conditional format already deleted');
    sheet.conditionalFormats.splice(i, 1);
  }

  setPriority(sheet: FakeSheet, cf: FakeConditionalFormat, priority: number): void {
    const list = sheet.conditionalFormats;
    list.splice(list.indexOf(cf), 1);
    list.splice(Math.min(priority, list.length), 0, cf);
  }

  addSheetNamed(name?: string): FakeSheet {
    if (this.workbookStructureProtected) throw new OfficeApiError('AccessDenied', 'workbook structure is protected');
    let n = this.sheets.length + 1;
    while (this.findSheet(`Sheet${n}`)) n++;
    return this.addSheet({ name: name ?? `Sheet${n}` });
  }

  deleteSheet(sheet: FakeSheet): void {
    if (this.workbookStructureProtected) throw new OfficeApiError('AccessDenied', 'workbook structure is protected');
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    if (this.activeId === sheet.id) this.activeId = this.sheets[0]?.id ?? '';
  }

  activate(sheet: FakeSheet): void {
    if (this.activeId === sheet.id) return;
    this.activeId = sheet.id;
    this.pendingEvents.push({ kind: 'activated', args: { type: 'WorksheetActivated', worksheetId: sheet.id } });
  }

  select(sheet: FakeSheet, area: RangeRef): void {
    this.activate(sheet);
    this.selection = { sheetId: sheet.id, address: rangeToA1(area) };
    this.pendingEvents.push({ kind: 'selectionChanged', args: { type: 'WorksheetSelectionChanged', worksheetId: sheet.id, address: rangeToA1(area) } });
  }

  // ---- what the user does in Excel -------------------------------------------------------------

  userEdit(sheetName: string, address: string, value: Scalar): void {
    const sheet = this.sheet(sheetName);
    const r = parseAddress(address);
    sheet.cells.set(key(r.top, r.left), { ...(sheet.cells.get(key(r.top, r.left)) ?? {}), value });
    this.changed(sheet, rangeToA1(r), 'RangeEdited');
  }

  userActivate(sheetName: string): void {
    this.activate(this.sheet(sheetName));
  }

  userSelect(sheetName: string, address: string): void {
    this.select(this.sheet(sheetName), parseAddress(address));
  }

  /** Hands the recorded events to the registered handlers, as Excel would some time after a sync. */
  async deliverEvents(): Promise<number> {
    const events = this.pendingEvents.splice(0);
    for (const e of events) for (const h of [...this.handlers[e.kind]]) await h(e.args);
    return events.length;
  }

  // ---- Excel.run -------------------------------------------------------------------------------

  async run<T>(batch: (ctx: Excel.RequestContext) => Promise<T>, options: Record<string, unknown> = {}): Promise<T> {
    return this.runWith(new FakeContext(this, options), batch);
  }

  /** Excel.run(context, batch): reuses an earlier context (how event handlers are removed). */
  async runWith<T>(context: unknown, batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> {
    this.runs++;
    const ctx = context as FakeContext;
    this.runOptions.push(ctx.options);
    this.activeRuns++;
    this.maxActiveRuns = Math.max(this.maxActiveRuns, this.activeRuns);
    try {
      const result = await batch(ctx as unknown as Excel.RequestContext);
      if (ctx.queue.length) await ctx.sync(); // Excel.run flushes what is left
      return result;
    } finally {
      this.activeRuns--;
    }
  }

  /** The runtime the adapter takes (the injectable form of Excel.run). */
  runtime(): { run: <T>(b: (ctx: Excel.RequestContext) => Promise<T>, options?: Record<string, unknown>) => Promise<T>; runWith: FakeWorkbook['runWith'] } {
    return { run: (b, o) => this.run(b, o ?? {}), runWith: (c, b) => this.runWith(c, b) };
  }

  setSetting(key: string, value: unknown, by: 'other' | 'api' = 'other'): void {
    this.settings.set(key, value);
    this.log.push(`setting ${key}`);
    if (by === 'other') this.pendingEvents.push({ kind: 'settingsChanged', args: { type: 'SettingsChanged' } });
  }
}

// ---------------------------------------------------------------------------------------------
// API objects: OfficeMockObject + a Proxy enforcing Office.js semantics

interface Spec {
  /** Loadable properties, evaluated at sync time in queue order. */
  scalars?: Record<string, () => unknown>;
  /** Settable properties: the setter runs at sync time. */
  writable?: Record<string, (value: unknown) => void>;
  /** Child objects (navigation properties). */
  nav?: Record<string, () => Spec>;
  methods?: Record<string, (...args: any[]) => unknown>;
  /** For collections: the items at sync time. */
  items?: () => Spec[];
  /** Evaluated at sync: false = null object; throwing = the reference is invalid (ItemNotFound). */
  exists?: () => boolean;
}

const NOT_LOADED = 'Error, property was not loaded';
const NOT_SYNCED = 'Error, context.sync() was not called';

type Op = { kind: 'load'; target: ApiObject; paths: string[]; itemPaths: string[] | null } | { kind: 'apply'; target: ApiObject | null; apply: () => void; bytes: number };

class ApiObject {
  readonly mock: OfficeMockObject;
  readonly children = new Map<string, ApiObject>();
  proxy!: any;
  syncedOnce = false;
  isNull = false;
  loadedItems: ApiObject[] | null = null;
  itemsState: 'none' | 'queued' | 'loaded' = 'none';

  constructor(
    readonly ctx: FakeContext,
    readonly spec: Spec,
    readonly parent: ApiObject | null = null,
  ) {
    this.mock = new OfficeMockObject(ApiObject.mockData(spec));
    ctx.objects.push(this);
    this.proxy = new Proxy(this, handler);
  }

  /** Scalars become mock properties ('' placeholders); nav properties nested mock objects. */
  static mockData(spec: Spec): Record<string, unknown> {
    const data: Record<string, unknown> = {};
    for (const k of Object.keys(spec.scalars ?? {})) data[k] = '';
    for (const [k, make] of Object.entries(spec.nav ?? {})) data[k] = ApiObject.mockData(make());
    if (spec.items) data.items = '';
    return data;
  }

  child(name: string): ApiObject {
    let c = this.children.get(name);
    if (!c) {
      const make = this.spec.nav?.[name];
      if (!make) throw new Error(`no navigation property ${name}`);
      const childSpec = make();
      c = new ApiObject(this.ctx, childSpec, this);
      // The child shares the parent's nested mock so `parent.load("child/prop")` marks it loaded.
      (c as { mock: OfficeMockObject }).mock = (this.mock as any)[name];
      this.children.set(name, c);
    }
    return c;
  }

  /** Resolves existence at sync: parents first. */
  resolve(): boolean {
    if (this.parent && !this.parent.resolve()) return (this.isNull = true) && false;
    const exists = this.spec.exists ? this.spec.exists() : true;
    this.isNull = !exists;
    return exists;
  }

  load(arg?: string | string[] | Record<string, unknown>): any {
    const paths = typeof arg === 'string' ? arg.split(',').map((s) => s.trim()).filter(Boolean) : Array.isArray(arg) ? arg : arg ? Object.keys(arg) : Object.keys(this.spec.scalars ?? {});
    const own = paths.filter((p) => p !== 'items' && !p.startsWith('items/'));
    const itemPaths = this.spec.items ? paths.filter((p) => p.startsWith('items/')).map((p) => p.slice(6)) : [];
    if (own.length) this.mock.load(own); // office-addin-mock validates the names and marks them loaded
    if (this.spec.items && paths.some((p) => p === 'items' || p.startsWith('items/'))) this.itemsState = 'queued';
    this.ctx.queue.push({ kind: 'load', target: this, paths: own, itemPaths: this.spec.items ? itemPaths : null });
    return this.proxy;
  }

  /** Evaluates a (possibly nested) scalar path against the model. */
  evaluate(path: string): { value: unknown; holder: ApiObject; name: string } | null {
    const parts = path.split('/');
    let obj: ApiObject = this;
    for (const p of parts.slice(0, -1)) {
      obj = obj.child(p);
      if (!obj.resolve()) return null;
    }
    const name = parts[parts.length - 1];
    const get = obj.spec.scalars?.[name];
    if (!get) throw new Error(`property ${name} is not loadable in the fake`);
    return { value: get(), holder: obj, name };
  }
}

const handler: ProxyHandler<ApiObject> = {
  get(target, prop) {
    if (typeof prop === 'symbol' || prop === 'then' || prop === 'toJSON') return undefined;
    if (prop === 'context') return target.ctx;
    if (prop === 'load') return (arg?: string | string[]) => target.load(arg);
    if (prop === 'isNullObject') {
      if (!target.syncedOnce) throw new OfficeApiError('PropertyNotLoaded', 'isNullObject read before context.sync()');
      return target.isNull;
    }
    if (prop === 'items' && target.spec.items) {
      if (target.itemsState !== 'loaded') throw new OfficeApiError('PropertyNotLoaded', `items ${target.itemsState === 'queued' ? 'read before context.sync()' : 'not loaded'}`);
      return target.loadedItems!.map((i) => i.proxy);
    }
    const method = target.spec.methods?.[prop];
    if (method) return (...args: unknown[]) => method(...args);
    if (target.spec.nav?.[prop]) return target.child(prop).proxy;
    if (target.spec.scalars && prop in target.spec.scalars) {
      const v = (target.mock as any)[prop];
      if (v === NOT_LOADED) throw new OfficeApiError('PropertyNotLoaded', `${prop} was not loaded`);
      if (v === NOT_SYNCED) throw new OfficeApiError('PropertyNotLoaded', `${prop} was read before context.sync()`);
      if (target.isNull) throw new OfficeApiError('InvalidObjectPath', `${prop} read on a null object`);
      return v;
    }
    throw new Error(`fake Excel: unsupported member ${String(prop)}`);
  },
  set(target, prop, value) {
    const setter = typeof prop === 'string' ? target.spec.writable?.[prop] : undefined;
    if (!setter) throw new Error(`fake Excel: cannot set ${String(prop)}`);
    target.ctx.queue.push({ kind: 'apply', target, apply: () => setter(value), bytes: byteSize(value) });
    return true;
  },
};

export class FakeContext {
  readonly queue: Op[] = [];
  readonly objects: ApiObject[] = [];
  readonly workbook: any;

  constructor(
    readonly model: FakeWorkbook,
    readonly options: Record<string, unknown> = {},
  ) {
    this.workbook = new ApiObject(this, workbookSpec(this)).proxy;
  }

  enqueue(target: ApiObject | null, apply: () => void, bytes = 0): void {
    this.queue.push({ kind: 'apply', target, apply, bytes });
  }

  wrap(spec: Spec, parent: ApiObject | null = null): any {
    return new ApiObject(this, spec, parent).proxy;
  }

  async sync(): Promise<void> {
    const model = this.model;
    model.syncCount++;
    // A real sync is a round trip to Excel: the page's event loop runs meanwhile.
    await new Promise<void>((resolve) => setImmediate(resolve));
    const ops = this.queue.splice(0);
    model.onSync?.(model.syncCount, ops.filter((o) => o.kind === 'apply').length);
    await model.cellEditGate(this.options);
    if (model.undoGroupingUnsupported && this.options.mergeUndoGroup && ops.some((o) => o.kind === 'apply')) throw new OfficeApiError('UndoNotSupported', 'an operation in this undo group cannot be undone');
    const requestBytes = ops.reduce((s, o) => s + (o.kind === 'apply' ? o.bytes : 0), 0);
    model.requestBytes.push(requestBytes);
    if (requestBytes > model.requestLimitBytes) throw new OfficeApiError('RequestPayloadSizeLimitExceeded');
    const delivered: Array<{ holder: ApiObject; name: string; value: unknown }> = [];
    const itemLoads: Array<{ target: ApiObject; items: ApiObject[] }> = [];
    let responseBytes = 0;
    for (const op of ops) {
      if (op.kind === 'apply') {
        if (op.target && !op.target.resolve()) throw new OfficeApiError('InvalidObjectPath', 'call on a null object');
        op.apply();
        continue;
      }
      const t = op.target;
      if (!t.resolve()) continue;
      for (const p of op.paths) {
        const r = t.evaluate(p);
        if (!r) continue;
        responseBytes += byteSize(r.value);
        delivered.push(r);
      }
      if (op.itemPaths) {
        const items = t.spec.items!().map((s) => new ApiObject(this, s, null));
        for (const item of items) {
          if (op.itemPaths.length) item.load(op.itemPaths);
          this.queue.pop(); // item loads are part of this op, not a new batch
          item.resolve();
          for (const p of op.itemPaths) {
            const r = item.evaluate(p);
            if (!r) continue;
            responseBytes += byteSize(r.value);
            delivered.push(r);
          }
        }
        itemLoads.push({ target: t, items });
      }
    }
    model.responseBytes.push(responseBytes);
    if (responseBytes > model.responseLimitBytes) throw new OfficeApiError('ResponsePayloadSizeLimitExceeded');
    // Hand the values to the mocks and let office-addin-mock move them from "not synced" to loaded.
    const holders = new Set<ApiObject>();
    for (const d of delivered) {
      const child = (d.holder.mock as any)._properties.get(d.name);
      child._valueBeforeLoaded = d.value;
      holders.add(d.holder);
    }
    for (const h of holders) await h.mock.sync();
    await settle();
    for (const d of delivered) (d.holder.mock as any)[d.name] = d.value; // a re-load of the same object
    for (const { target, items } of itemLoads) {
      target.loadedItems = items;
      target.itemsState = 'loaded';
    }
    for (const o of this.objects) {
      if (!o.syncedOnce) {
        try {
          o.resolve();
        } catch {
          o.isNull = true;
        }
        o.syncedOnce = true;
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Specs for the parts of the Excel object model the adapter uses

function workbookSpec(ctx: FakeContext): Spec {
  return {
    nav: { worksheets: () => worksheetsSpec(ctx), settings: () => settingsSpec(ctx) },
  };
}

/** workbook.settings (ExcelApi 1.4): stored in the document, shared by every instance of the add-in. */
function settingsSpec(ctx: FakeContext): Spec {
  const m = ctx.model;
  const item = (key: string, orNull: boolean): Spec => ({
    exists: () => {
      if (m.settings.has(key)) return true;
      if (!orNull) throw new OfficeApiError('ItemNotFound', `setting ${key}`);
      return false;
    },
    scalars: { key: () => key, value: () => m.settings.get(key) },
    methods: { delete: () => ctx.enqueue(null, () => m.settings.delete(key)) },
  });
  return {
    nav: { onSettingsChanged: () => eventSpec(ctx, 'settingsChanged') },
    methods: {
      getItemOrNullObject: (key: string) => ctx.wrap(item(key, true)),
      getItem: (key: string) => ctx.wrap(item(key, false)),
      add: (key: string, value: unknown) => {
        const obj = ctx.wrap(item(key, false));
        ctx.enqueue(null, () => m.setSetting(key, value, 'api'));
        return obj;
      },
    },
  };
}

function eventSpec(ctx: FakeContext, kind: keyof FakeWorkbook['handlers']): Spec {
  return {
    methods: {
      add: (h: (a: unknown) => unknown) => {
        ctx.enqueue(null, () => ctx.model.handlers[kind].add(h));
        return { context: ctx, remove: () => ctx.enqueue(null, () => ctx.model.handlers[kind].delete(h)) };
      },
    },
  };
}

function worksheetsSpec(ctx: FakeContext): Spec {
  const m = ctx.model;
  const byKey = (k: string) => () => {
    const s = m.findSheet(k);
    if (!s) throw new OfficeApiError('ItemNotFound', `worksheet ${k}`);
    return s;
  };
  return {
    items: () => m.sheets.map((s) => worksheetSpec(ctx, () => s)),
    nav: {
      onChanged: () => eventSpec(ctx, 'changed'),
      onActivated: () => eventSpec(ctx, 'activated'),
      onSelectionChanged: () => eventSpec(ctx, 'selectionChanged'),
    },
    methods: {
      getItem: (k: string) => ctx.wrap(worksheetSpec(ctx, byKey(k))),
      getItemOrNullObject: (k: string) => ctx.wrap(worksheetSpec(ctx, () => m.findSheet(k) ?? null)),
      getActiveWorksheet: () => ctx.wrap(worksheetSpec(ctx, () => m.sheet(m.activeId))),
      add: (name?: string) => {
        let created: FakeSheet | null = null;
        const obj = ctx.wrap(worksheetSpec(ctx, () => created));
        ctx.enqueue(null, () => {
          created = m.addSheetNamed(name);
        });
        return obj;
      },
    },
  };
}

/** `resolve` returns the sheet, null for a null object, or throws ItemNotFound. */
function worksheetSpec(ctx: FakeContext, resolve: () => FakeSheet | null): Spec {
  const m = ctx.model;
  const sheet = () => {
    const s = resolve();
    if (!s) throw new OfficeApiError('InvalidObjectPath', 'worksheet is a null object');
    return s;
  };
  return {
    exists: () => resolve() !== null,
    scalars: { id: () => sheet().id, name: () => sheet().name, visibility: () => sheet().visibility },
    writable: {
      name: (v) => {
        sheet().name = String(v);
      },
    },
    nav: {
      protection: () => ({ scalars: { protected: () => sheet().protected } }),
      freezePanes: () => ({
        methods: {
          freezeRows: (n: number) =>
            ctx.enqueue(null, () => {
              sheet().frozenRows = n;
            }),
        },
      }),
    },
    methods: {
      getRange: (address?: string) => ctx.wrap(rangeSpec(ctx, sheet, () => (address ? parseAddress(address) : { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 }))),
      getRangeByIndexes: (row: number, col: number, rows: number, cols: number) => ctx.wrap(rangeSpec(ctx, sheet, () => ({ top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 }))),
      getRanges: (address: string) => ctx.wrap(rangeAreasSpec(ctx, sheet, () => parseAreas(address))),
      getUsedRangeOrNullObject: (valuesOnly?: boolean) => {
        if (!valuesOnly) throw new Error('the fake models values-only used ranges; the adapter should ask for those');
        return ctx.wrap(rangeSpec(ctx, sheet, () => m.usedRange(sheet())));
      },
      activate: () => ctx.enqueue(null, () => m.activate(sheet())),
      delete: () =>
        ctx.enqueue(null, () => {
          const s = resolve();
          if (s) m.deleteSheet(s); // delete() on a null object is a no-op
        }),
    },
  };
}

function cellGrid(m: FakeWorkbook, sheet: FakeSheet, r: RangeRef, f: (c: FakeCell | undefined) => unknown): unknown[][] {
  const out: unknown[][] = [];
  for (let row = r.top; row <= r.bottom; row++) {
    const line: unknown[] = [];
    for (let col = r.left; col <= r.right; col++) line.push(f(m.cell(sheet, row, col)));
    out.push(line);
  }
  return out;
}

function rangeSpec(ctx: FakeContext, sheet: () => FakeSheet, area: () => RangeRef | null): Spec {
  const m = ctx.model;
  const a = () => {
    const r = area();
    if (!r) throw new OfficeApiError('InvalidObjectPath', 'range is a null object');
    return r;
  };
  const bounded = () => {
    const r = a();
    if ((r.bottom - r.top + 1) * (r.right - r.left + 1) > 5_000_000) throw new Error('fake: refusing to materialise a whole-sheet range');
    return r;
  };
  return {
    exists: () => area() !== null,
    scalars: {
      address: () => `${quoteSheet(sheet().name)}!${rangeToA1(a())}`,
      rowIndex: () => a().top,
      columnIndex: () => a().left,
      rowCount: () => a().bottom - a().top + 1,
      columnCount: () => a().right - a().left + 1,
      values: () => cellGrid(m, sheet(), bounded(), (c) => (c ? (c.error ?? c.value ?? '') : '')),
      formulas: () => cellGrid(m, sheet(), bounded(), (c) => (c ? (c.formula ?? c.error ?? c.value ?? '') : '')),
      numberFormat: () => cellGrid(m, sheet(), bounded(), (c) => c?.numberFormat ?? 'General'),
      valueTypes: () => cellGrid(m, sheet(), bounded(), valueTypeOf),
      rowHidden: () => {
        const r = a();
        const hidden = sheet().hiddenRows ?? new Set<number>();
        let n = 0;
        for (const row of hidden) if (row >= r.top && row <= r.bottom) n++;
        return n === 0 ? false : n === r.bottom - r.top + 1 ? true : null;
      },
      columnHidden: () => false,
    },
    writable: {
      values: (v) => m.setValues(sheet(), a(), v as unknown[][]),
      numberFormat: (v) => m.setNumberFormats(sheet(), a(), v as unknown[][]),
    },
    nav: {
      format: () => ({
        nav: {
          fill: () => ({ scalars: { color: () => null }, writable: { color: (v) => m.setCellFormat(sheet(), a(), 'fill', v) } }),
          font: () => ({ scalars: { bold: () => null }, writable: { bold: (v) => m.setCellFormat(sheet(), a(), 'bold', v) } }),
        },
        methods: { autofitColumns: () => ctx.enqueue(null, () => m.log.push(`autofit ${sheet().name}`)) },
      }),
      conditionalFormats: () => conditionalFormatsSpec(ctx, sheet, () => [a()]),
    },
    methods: {
      insert: (shift: string) => {
        if (shift !== 'Down') throw new Error('fake: only Down');
        ctx.enqueue(null, () => m.insertRows(sheet(), a()));
        return ctx.wrap(rangeSpec(ctx, sheet, area));
      },
      delete: (shift: string) => {
        if (shift !== 'Up') throw new Error('fake: only Up');
        ctx.enqueue(null, () => m.deleteRows(sheet(), a()));
      },
      copyFrom: (source: any, copyType: string) => {
        if (copyType !== 'Formats') throw new Error('fake: only Formats');
        const src = (source as { __area?: () => RangeRef }).__area ?? (() => parseAddress(String(source)));
        ctx.enqueue(null, () => m.copyFormats(sheet(), a(), src()));
      },
      merge: (across?: boolean) => {
        if (across) throw new Error('fake: no merge across');
        ctx.enqueue(null, () => m.merge(sheet(), a()));
      },
      unmerge: () => ctx.enqueue(null, () => m.unmerge(sheet(), a())),
      clear: (applyTo: string) => {
        if (applyTo !== 'Contents') throw new Error('fake: only Contents');
        ctx.enqueue(null, () => m.clearContents(sheet(), a()));
      },
      select: () => ctx.enqueue(null, () => m.select(sheet(), a())),
      getMergedAreasOrNullObject: () =>
        ctx.wrap(
          rangeAreasSpec(ctx, sheet, () => {
            const r = a();
            // Only areas whose top-left cell lies inside the range, and at most mergedAreasLimit of them.
            const hits = sheet().merges.filter((mm) => mm.top >= r.top && mm.top <= r.bottom && mm.left >= r.left && mm.left <= r.right);
            if (hits.length > m.mergedAreasLimit) throw new OfficeApiError('InvalidOperation', `more than ${m.mergedAreasLimit} merged areas`);
            return hits.length ? hits : null;
          }),
        ),
      getUsedRangeOrNullObject: (valuesOnly?: boolean) => {
        if (!valuesOnly) throw new Error('the fake models values-only used ranges; the adapter should ask for those');
        return ctx.wrap(
          rangeSpec(ctx, sheet, () => {
            const r = a();
            let u: RangeRef | null = null;
            for (const [k, c] of sheet().cells) {
              const row = rowOf(k);
              const col = colOf(k);
              if (row < r.top || row > r.bottom || col < r.left || col > r.right) continue;
              if ((c.value === null || c.value === '') && !c.formula) continue;
              u = u ? { top: Math.min(u.top, row), bottom: Math.max(u.bottom, row), left: Math.min(u.left, col), right: Math.max(u.right, col) } : { top: row, bottom: row, left: col, right: col };
            }
            return u;
          }),
        );
      },
      getRow: (i: number) => ctx.wrap(rangeSpec(ctx, sheet, () => ({ ...a(), top: a().top + i, bottom: a().top + i }))),
      __area: () => a(),
    },
  };
}

function rangeAreasSpec(ctx: FakeContext, sheet: () => FakeSheet, areas: () => RangeRef[] | null): Spec {
  const list = () => {
    const l = areas();
    if (!l) throw new OfficeApiError('InvalidObjectPath', 'range areas is a null object');
    return l;
  };
  return {
    exists: () => areas() !== null,
    scalars: {
      address: () => list().map((r) => `${quoteSheet(sheet().name)}!${rangeToA1(r)}`).join(','),
      areaCount: () => list().length,
    },
    nav: { conditionalFormats: () => conditionalFormatsSpec(ctx, sheet, list) },
  };
}

function conditionalFormatsSpec(ctx: FakeContext, sheet: () => FakeSheet, areas: () => RangeRef[]): Spec {
  const m = ctx.model;
  const intersecting = () => {
    const target = areas();
    return sheet().conditionalFormats.filter((cf) => cf.areas.some((x) => target.some((t) => x.left <= t.right && t.left <= x.right && x.top <= t.bottom && t.top <= x.bottom)));
  };
  return {
    items: () => intersecting().map((cf) => conditionalFormatSpec(ctx, sheet, () => cf)),
    methods: {
      add: (type: string) => {
        let created: FakeConditionalFormat | null = null;
        const obj = ctx.wrap(conditionalFormatSpec(ctx, sheet, () => created));
        ctx.enqueue(null, () => {
          created = m.addConditionalFormat(sheet(), areas(), type);
        });
        return obj;
      },
    },
  };
}

function conditionalFormatSpec(ctx: FakeContext, sheet: () => FakeSheet, resolve: () => FakeConditionalFormat | null): Spec {
  const m = ctx.model;
  const cf = () => {
    const c = resolve();
    if (!c) throw new OfficeApiError('InvalidObjectPath', 'conditional format not created yet');
    return c;
  };
  const custom = (orNull: boolean): Spec => ({
    exists: () => {
      const isCustom = cf().type === 'Custom';
      if (!isCustom && !orNull) throw new OfficeApiError('InvalidOperation', 'not a custom conditional format');
      return isCustom;
    },
    nav: {
      rule: () => ({
        scalars: { formula: () => cf().formula ?? null },
        writable: {
          formula: (v) => {
            cf().formula = String(v);
          },
        },
      }),
      format: () => ({
        nav: {
          fill: () => ({
            scalars: { color: () => cf().fill ?? null },
            writable: {
              color: (v) => {
                cf().fill = String(v);
              },
            },
          }),
        },
      }),
    },
  });
  return {
    scalars: { type: () => cf().type, priority: () => sheet().conditionalFormats.indexOf(cf()), id: () => String(cf().id) },
    writable: { priority: (v) => m.setPriority(sheet(), cf(), Number(v)) },
    nav: { custom: () => custom(false), customOrNullObject: () => custom(true) },
    methods: { delete: () => ctx.enqueue(null, () => m.deleteConditionalFormat(sheet(), cf())) },
  };
}

// ---------------------------------------------------------------------------------------------
// Globals and helpers for tests

export interface FakeSettings {
  store: Map<string, unknown>;
  saves: number;
  failNextSave: boolean;
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(cb?: (r: { status: string; error?: { message: string } }) => void): void;
}

/**
 * Office.context.document.settings as real Office has it: each add-in instance (window, pane,
 * co-author) holds an in-memory copy read when it started, and saveAsync writes that whole copy back
 * to the document, overwriting whatever another instance saved meanwhile. Pass the same `document`
 * map to two instances to see them overwrite each other.
 */
export function fakeSettings(document: Map<string, unknown> = new Map()): FakeSettings {
  const s: FakeSettings = {
    store: new Map(document),
    saves: 0,
    failNextSave: false,
    get: (n) => (s.store.has(n) ? s.store.get(n) : null),
    set: (n, v) => void s.store.set(n, v),
    saveAsync: (cb) => {
      const fail = s.failNextSave;
      s.failNextSave = false;
      if (!fail) {
        s.saves++;
        document.clear();
        for (const [k, v] of s.store) document.set(k, v);
      }
      queueMicrotask(() => cb?.(fail ? { status: 'failed', error: { message: '磁盘已满' } } : { status: 'succeeded' }));
    },
  };
  return s;
}

/**
 * Installs global `Excel` and `Office` built with office-addin-mock, the way its README shows:
 * Excel.run hands our fake context to the batch. Returns an uninstall function.
 */
export function installGlobals(model: FakeWorkbook, settings: FakeSettings = fakeSettings()): () => void {
  const g = globalThis as Record<string, unknown>;
  const before = { Excel: g.Excel, Office: g.Office };
  g.Excel = new OfficeMockObject({
    run: async (...args: unknown[]) => {
      const batch = args[args.length - 1] as (ctx: Excel.RequestContext) => Promise<unknown>;
      if (args.length > 1 && args[0] instanceof FakeContext) return model.runWith(args[0], batch);
      return model.run(batch, args.length > 1 ? (args[0] as Record<string, unknown>) : {});
    },
  });
  // Office's common API (context, settings, requirements) has no load/sync: its properties are plain
  // values, so it is a plain object here rather than a mock that would demand load() first.
  g.Office = {
    context: {
      host: 'Excel',
      platform: 'OfficeOnline',
      requirements: { isSetSupported: (name: string, version: string | number) => name === 'ExcelApi' && minorOf(version) <= 13 },
      document: { settings: { get: settings.get, set: settings.set, saveAsync: settings.saveAsync } },
    },
    onReady: async () => ({ host: 'Excel', platform: 'OfficeOnline' }),
  };
  return () => {
    g.Excel = before.Excel;
    g.Office = before.Office;
  };
}

/** "1.4" -> 4, 1.13 -> 13 (requirement-set versions compare by component, not as decimals). */
function minorOf(version: string | number): number {
  return Number(String(version).split('.')[1] ?? 0);
}

/** Manually driven timers for debounce and echo-window tests. */
export class ManualTimers {
  time = 0;
  private seq = 0;
  private tasks = new Map<number, { at: number; fn: () => void }>();

  setTimeout = (fn: () => void, ms: number): unknown => {
    const id = ++this.seq;
    this.tasks.set(id, { at: this.time + ms, fn });
    return id;
  };

  clearTimeout = (h: unknown): void => {
    this.tasks.delete(h as number);
  };

  now = (): number => this.time;

  get pending(): number {
    return this.tasks.size;
  }

  /** Moves time forward, running due tasks in order (and letting their promises settle). */
  async advance(ms: number): Promise<void> {
    const end = this.time + ms;
    for (;;) {
      const next = [...this.tasks.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!next) break;
      this.tasks.delete(next[0]);
      this.time = next[1].at;
      next[1].fn();
      await drain();
    }
    this.time = end;
    await drain();
  }
}
