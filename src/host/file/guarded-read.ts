// Reading an .xlsx for the web page within the CLI's limits: in a Web Worker where the page can
// start one (progress reported, the page never freezes), or on this thread otherwise (tests,
// node). Same grids, same refusals, same sentences as `perfcheck check`.

import { DEFAULT_LIMITS, ReadLimits, readXlsx, SheetGrid, ViewWindow, WorkbookError, WorkbookErrorCode } from '../../io/xlsx-read';

export interface ReadRequest {
  bytes: Uint8Array;
  limits?: Partial<ReadLimits>;
  /** The grid view's window: its fills, bold cells and column widths come back with the grids. */
  view?: ViewWindow;
}

export type ReadReply = { type: 'progress'; fraction: number } | { type: 'done'; sheets: SheetGrid[] } | { type: 'error'; code: WorkbookErrorCode; message: string };

export interface GuardedReadOptions {
  /** URL of the read-worker bundle; without it (or without Worker) the read runs on this thread. */
  workerUrl?: string;
  onProgress?: (fraction: number) => void;
  limits?: Partial<ReadLimits>;
  view?: ViewWindow;
}

export function readGuarded(bytes: Uint8Array, options: GuardedReadOptions = {}): Promise<SheetGrid[]> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  if (!options.workerUrl || typeof Worker === 'undefined') return readXlsx(bytes, { limits, view: options.view, onProgress: options.onProgress });
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(options.workerUrl!);
    } catch {
      // A page that may not start workers (CSP, file://): read here instead.
      readXlsx(bytes, { limits, view: options.view, onProgress: options.onProgress }).then(resolve, reject);
      return;
    }
    worker.onmessage = (e: MessageEvent<ReadReply>) => {
      const m = e.data;
      if (m.type === 'progress') options.onProgress?.(m.fraction);
      else {
        worker.terminate();
        if (m.type === 'done') resolve(m.sheets);
        else reject(new WorkbookError(m.code, m.message));
      }
    };
    worker.onerror = () => {
      worker.terminate();
      readXlsx(bytes, { limits, view: options.view, onProgress: options.onProgress }).then(resolve, reject);
    };
    const request: ReadRequest = { bytes, limits, ...(options.view ? { view: options.view } : {}) };
    worker.postMessage(request);
  });
}
