// The web page's reader, off the main thread: the same bounded reader, limits and sentences as the
// CLI (io/xlsx-read.ts), so a file the command refuses is refused here with the same sentence, and
// the page stays responsive (with progress) while a large file is read. Built as its own bundle
// (webpack entry "read-worker"); guarded-read.ts starts it.

import { readXlsx, WorkbookError } from '../../io/xlsx-read';
import type { ReadReply, ReadRequest } from './guarded-read';

const scope = self as unknown as { onmessage: ((e: MessageEvent<ReadRequest>) => void) | null; postMessage: (m: ReadReply) => void };

scope.onmessage = (e) => {
  let last = -1;
  readXlsx(e.data.bytes, {
    limits: e.data.limits,
    view: e.data.view,
    onProgress: (f) => {
      const pct = Math.floor(f * 100);
      if (pct !== last) scope.postMessage({ type: 'progress', fraction: f });
      last = pct;
    },
  }).then(
    (sheets) => scope.postMessage({ type: 'done', sheets }),
    (err: unknown) =>
      scope.postMessage(
        err instanceof WorkbookError ? { type: 'error', code: err.code, message: err.message } : { type: 'error', code: 'corrupt', message: '文件已损坏或不完整，无法作为 Excel 工作簿打开。' },
      ),
  );
};
