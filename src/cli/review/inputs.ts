// Folder arguments: a bureau receives a folder per department, so `check` reads folders recursively
// for .xlsx / .xlsm workbooks, in a stable (sorted) order.

import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const WORKBOOK = /\.(xlsx|xlsm)$/i;
/** Excel's lock files (~$name.xlsx) and our own half-written reports are never forms. */
const NOT_A_FORM = /^(~\$|\.~|\..*\.tmp-)/;

export interface ExpandedInputs {
  files: string[];
  /** Folders with no workbook in them, each with its sentence. */
  empty: Array<{ file: string; message: string }>;
}

/**
 * Files stay as given (missing ones are reported by the checker); each folder becomes the workbooks
 * under it. `skip` holds absolute paths never to pick up from a folder (the report being written).
 */
export function expandInputs(args: readonly string[], skip: readonly string[] = []): ExpandedInputs {
  const skipped = new Set(skip.map((p) => path.resolve(p)));
  const files: string[] = [];
  const empty: ExpandedInputs['empty'] = [];
  for (const arg of args) {
    let isDir = false;
    try {
      isDir = statSync(arg).isDirectory();
    } catch {
      isDir = false;
    }
    if (!isDir) {
      files.push(arg);
      continue;
    }
    const found = workbooksUnder(arg, skipped);
    if (found.length === 0) empty.push({ file: arg, message: '文件夹中没有 .xlsx 或 .xlsm 工作簿。' });
    files.push(...found);
  }
  return { files, empty };
}

function workbooksUnder(dir: string, skipped: Set<string>): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const p = path.join(d, e.name);
      // Dirents do not follow symbolic links, so a link loop cannot make this walk forever.
      if (e.isDirectory()) {
        walk(p);
      } else if ((e.isFile() || e.isSymbolicLink()) && WORKBOOK.test(e.name) && !NOT_A_FORM.test(e.name) && !skipped.has(path.resolve(p))) {
        out.push(p);
      }
    }
  };
  walk(dir);
  return out;
}
