// The web page's guard (issue 16, item 4): FileHost.open reads with the CLI's bounded reader first
// (in a Web Worker on the page, on this thread here), so a file the command refuses is refused with
// the very same sentence before exceljs builds anything, and progress is reported while it reads.

import ExcelJS from 'exceljs';
import { FileHost } from '../../src/host/file/FileHost';
import { readGuarded, ReadReply, ReadRequest } from '../../src/host/file/guarded-read';
import { readXlsx, WorkbookError } from '../../src/io/xlsx-read';
import * as H from '../hardening/hostile-files';
import { inflateRawSync } from 'node:zlib';
import { entryData, zipEntries } from '../../src/io/zip';
import { clampSqref } from '../../src/host/file/viewer-copy';

jest.setTimeout(60_000);

/** exceljs that fails the test if the page hands it a refused file. */
const untouchable = {
  Workbook: class {
    constructor() {
      throw new Error('exceljs was called');
    }
  },
} as unknown as typeof ExcelJS;

async function cliSentence(bytes: Uint8Array): Promise<string> {
  try {
    await readXlsx(bytes);
  } catch (e) {
    return (e as WorkbookError).message;
  }
  throw new Error('the reader accepted the file');
}

describe('FileHost.open refuses what the CLI refuses, with the same sentence, before exceljs', () => {
  it.each([
    ['a row numbered three billion', H.rowThreeBillion],
    ['a zip bomb that lies about its size', () => H.zipBomb('lying')],
    ['a zip bomb (1.1 GB declared)', () => H.zipBomb('honest')],
    ['a truncated download', H.truncatedXlsx],
  ])('%s', async (_name, make) => {
    const bytes = new Uint8Array(make());
    const sentence = await cliSentence(bytes);
    await expect(FileHost.open(untouchable, bytes, 'x.xlsx', { storage: null })).rejects.toMatchObject({ message: sentence });
  });

  it('reports progress up to 1 while it reads, then opens the workbook', async () => {
    const seen: number[] = [];
    const host = await FileHost.open(ExcelJS, new Uint8Array(H.manyMerges(2_000)), 'm.xlsx', { storage: null, onProgress: (f) => seen.push(f) });
    expect(host.activeSheet).toBe('南沙');
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.at(-1)).toBe(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });
});

describe('what exceljs would expand cell by cell is clamped in the copy it gets, never in the download', () => {
  it.each([
    ['drop-down lists on whole columns and the whole sheet', H.wholeColumnValidations],
    ['a <col> 200 million columns wide', H.hugeColDefinition],
  ])('%s: the page opens it; the download keeps the original ranges', async (_name, make) => {
    const bytes = new Uint8Array(make());
    const host = await FileHost.open(ExcelJS, bytes, 'v.xlsx', { storage: null });
    expect(host.activeSheet).toBe('南沙');
    const { bytes: out } = await host.download({ sheet: host.activeSheet, findings: [] });
    const sheetXml = (b: Uint8Array) => {
      const e = zipEntries(b)!.find((x) => x.name === 'xl/worksheets/sheet1.xml')!;
      return inflateRawSync(entryData(b, e)!).toString('utf8');
    };
    expect(sheetXml(out)).toBe(sheetXml(bytes));
  });

  it('clampSqref keeps small ranges and clamps whole columns and sheets to the used area plus a margin', () => {
    expect(clampSqref('B2:B10 A:A 3:4 A1:XFD1048576', 50, 6)).toBe('B2:B10 A1:A1050 3:4 A1:BD1050');
  });
});

describe('in a worker: the reply protocol carries grids, progress and the sentence', () => {
  /** A stand-in Worker that runs the worker script's handler in this process. */
  function installWorker() {
    const original = (globalThis as { Worker?: unknown }).Worker;
    (globalThis as { Worker?: unknown }).Worker = class {
      onmessage: ((e: { data: ReadReply }) => void) | null = null;
      onerror: (() => void) | null = null;
      terminated = false;
      postMessage(req: ReadRequest) {
        const scope = globalThis as unknown as { self?: unknown };
        const post = (m: ReadReply) => !this.terminated && this.onmessage?.({ data: m });
        scope.self = { postMessage: post, onmessage: null };
        jest.isolateModules(() => {
          require('../../src/host/file/read-worker');
        });
        (scope.self as { onmessage: (e: { data: ReadRequest }) => void }).onmessage({ data: req });
      }
      terminate() {
        this.terminated = true;
      }
    };
    return () => {
      (globalThis as { Worker?: unknown }).Worker = original;
    };
  }

  it('a good file: the grids; a refused one: the CLI sentence', async () => {
    const restore = installWorker();
    try {
      const progress: number[] = [];
      const sheets = await readGuarded(new Uint8Array(H.manyMerges(100)), { workerUrl: 'read-worker.js', onProgress: (f) => progress.push(f) });
      expect(sheets.map((s) => s.grid.name)).toEqual(['南沙']);
      expect(progress.at(-1)).toBe(1);
      const bad = new Uint8Array(H.rowThreeBillion());
      const sentence = await cliSentence(bad);
      const e = await readGuarded(bad, { workerUrl: 'read-worker.js' }).then(
        () => null,
        (x: unknown) => x as WorkbookError,
      );
      expect(e).toBeInstanceOf(WorkbookError);
      expect([e!.code, e!.message]).toEqual(['too-large', sentence]);
    } finally {
      restore();
    }
  });
});
