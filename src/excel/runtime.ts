// What the adapter needs from its surroundings, injectable so tests can run it against
// office-addin-mock and drive time by hand. Production uses the globals Office.js installs.

/**
 * Excel.run's options (Excel.RunOptions). delayForCellEdit: while the user is typing in a cell a
 * batch fails at once unless this is set, in which case Excel holds it until the edit ends
 * ("When true, the batch request is executed immediately if the user is not in cell edit mode, but
 * if the user is in cell edit mode then the batch request is delayed until the user exits cell edit
 * mode", learn.microsoft.com/javascript/api/excel/excel.runoptions). mergeUndoGroup (ExcelApi 1.20):
 * every sync of the run becomes one undo step for the user's Ctrl+Z.
 */
export interface RunOptions {
  delayForCellEdit?: boolean;
  mergeUndoGroup?: boolean;
}

/** Excel.run without and with an existing context (the latter removes event handlers). */
export interface ExcelRuntime {
  run<T>(batch: (ctx: Excel.RequestContext) => Promise<T>, options?: RunOptions): Promise<T>;
  runWith<T>(context: OfficeExtension.ClientRequestContext, batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T>;
}

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  now(): number;
}

export const realTimers: Timers = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (h) => globalThis.clearTimeout(h as ReturnType<typeof setTimeout>),
  now: () => Date.now(),
};

export function globalExcelRuntime(): ExcelRuntime {
  return {
    run: (batch, options) => (options ? Excel.run(options as Excel.RunOptions, batch) : Excel.run(batch)),
    runWith: (context, batch) => Excel.run(context, batch),
  };
}

/** What saveAsync reports (Office.AsyncResult, narrowed): status "succeeded" or "failed". */
export interface SaveResult {
  status: unknown;
  error?: { message?: string } | null;
}

/** The per-workbook settings store (Office.context.document.settings), narrowed to what we use. */
export interface SettingsStore {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: SaveResult) => void): void;
}

export function globalSettings(): SettingsStore {
  return Office.context.document.settings;
}

/** True when the client has undo grouping for add-in edits (ExcelApi 1.20); false outside Office. */
export function supportsUndoGrouping(): boolean {
  try {
    return typeof Office !== 'undefined' && Office.context.requirements.isSetSupported('ExcelApi', '1.20');
  } catch {
    return false;
  }
}
