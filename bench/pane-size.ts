// What the pages load, measured on the production build in dist/web: shared by `npm run bench:pane`
// and the browser test that holds the initial-JS budget (test/e2e/check-worker.test.ts).

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export const WEB = path.resolve(__dirname, '../dist/web');
/** Issue 15: Microsoft's React task-pane template's hello world. */
export const INITIAL_JS_BUDGET_KB = 170;
/** The check's Web Worker bundle (webpack entry "check-worker"), fetched by the page after its first script. */
export const CHECK_WORKER = 'check-worker.js';

/** The scripts a page loads before any user action: its <script src> tags (lazy chunks excluded). */
export function initialScripts(htmlFile: string): string[] {
  const html = readFileSync(htmlFile, 'utf8');
  // The build minifies HTML, so attribute quotes may be gone.
  return [...html.matchAll(/<script[^>]*?\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)].map((m) => m[1] ?? m[2] ?? m[3]).filter((src) => !/^(https?:)?\/\//.test(src));
}

/** Size of files of dist/web, in KB, as served and gzipped at level 9. */
export function gzipKb(files: string[], dir = WEB): { raw: number; gz: number } {
  let raw = 0;
  let gz = 0;
  for (const f of files) {
    const bytes = readFileSync(path.join(dir, f));
    raw += bytes.length;
    gz += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw: raw / 1024, gz: gz / 1024 };
}
