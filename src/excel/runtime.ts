// What the adapter needs from its surroundings, injectable so tests can run it against
// office-addin-mock and drive time by hand. Production uses the globals Office.js installs.

/** Excel.run without and with an existing context (the latter removes event handlers). */
export interface ExcelRuntime {
  run<T>(batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T>;
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
    run: (batch) => Excel.run(batch),
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
