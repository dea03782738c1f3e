// Loading for the standalone page: exceljs's browser build on the first edit (a separate chunk: a
// workbook is read, shown and checked without it), and the list of bundled samples served from samples/.

import type { ExcelJSModule, FileHost } from '../host/file/FileHost';
import { workerScriptUrl } from '../host/worker-url';

let excel: Promise<ExcelJSModule> | null = null;

/** exceljs's prebuilt browser bundle (no node polyfills needed), fetched once, on demand. */
export function loadExcelJS(): Promise<ExcelJSModule> {
  excel ??= import(/* webpackChunkName: "exceljs" */ 'exceljs/dist/exceljs.min.js').then((m: unknown) => {
    const mod = m as { default?: ExcelJSModule } & ExcelJSModule;
    return (mod.default && 'Workbook' in mod.default ? mod.default : mod) as ExcelJSModule;
  });
  return excel;
}

/**
 * Opens a workbook; the bounded read runs in the read-worker bundle, reporting progress (0..1).
 * exceljs is handed over as a loader: only an edit fetches it.
 */
export async function openFileHost(bytes: Uint8Array, fileName: string, onProgress?: (fraction: number) => void): Promise<FileHost> {
  const { FileHost } = await import(/* webpackChunkName: "file-host" */ '../host/file/FileHost');
  return FileHost.open(loadExcelJS, bytes, fileName, { workerUrl: workerScriptUrl('read-worker.js'), onProgress });
}

export interface SampleInfo {
  file: string;
  label: string;
}

/** samples/index.json lists the bundled sample forms (written by the web build). */
export async function loadSampleList(): Promise<SampleInfo[]> {
  try {
    const res = await fetch('samples/index.json');
    if (!res.ok) return [];
    const list = (await res.json()) as unknown;
    if (!Array.isArray(list)) return [];
    return list
      .map((x): SampleInfo | null => {
        if (typeof x === 'string') return { file: x, label: x.replace(/\.xlsx$/i, '') };
        if (x && typeof x === 'object' && typeof (x as SampleInfo).file === 'string') {
          const s = x as SampleInfo;
          return { file: s.file, label: typeof s.label === 'string' ? s.label : s.file.replace(/\.xlsx$/i, '') };
        }
        return null;
      })
      .filter((x): x is SampleInfo => x !== null);
  } catch {
    return [];
  }
}
