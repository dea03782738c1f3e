// One file through the page's read path (bench/page.ts runs this in a child of its own): exceljs is
// handed over as a loader that fails, so the figure can only be the bounded reader's.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { check } from '../src/core/check';
import { ExcelJSModule, FileHost } from '../src/host/file/FileHost';

async function main(): Promise<void> {
  const file = process.argv[2];
  const bytes = new Uint8Array(readFileSync(file));
  const noExcel = (() => Promise.reject(new Error('exceljs was loaded'))) as () => Promise<ExcelJSModule>;
  const t0 = performance.now();
  let outcome: string;
  try {
    const host = await FileHost.open(noExcel, bytes, path.basename(file), { storage: null });
    const report = check(await host.readSheet());
    outcome = `${report.formName ?? 'no form'}, ${report.summary.error} errors`;
  } catch (e) {
    outcome = `refused: ${(e as Error).message}`;
  }
  const ms = performance.now() - t0;
  process.stdout.write(`${JSON.stringify({ ms, maxRss: process.resourceUsage().maxRSS, outcome })}\n`);
}

void main();
