// The pane's check in a Web Worker (webpack entry "check-worker", a fixed file name as the pages
// start it by URL): the engine runs off the page's thread and out of its first JavaScript. One
// request at a time, in arrival order; each reply names its request (seq), and the pane keeps only
// the newest (usePerfCheck drops replies of superseded checks).

import { runCheckJob } from './engine';
import type { CheckReplyMessage, CheckRequestMessage } from './protocol';

const scope = self as unknown as { onmessage: ((e: MessageEvent<CheckRequestMessage>) => void) | null; postMessage: (m: CheckReplyMessage) => void };

scope.onmessage = (e) => {
  const { seq, job } = e.data;
  let reply: CheckReplyMessage;
  try {
    reply = { seq, type: 'done', output: runCheckJob(job) };
  } catch (err) {
    reply = { seq, type: 'error', message: err instanceof Error && err.message ? err.message : '校验失败。' };
  }
  scope.postMessage(reply);
};
