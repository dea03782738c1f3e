// The pane's way to the engine: the check runs in a Web Worker (check-worker.ts) where the page can
// start one, else on this thread with the engine loaded as a separate chunk (tests in jsdom, a page
// whose CSP or file:// origin refuses workers, a worker that fails to load). Either way the engine
// is not in the page's first JavaScript, and both ways give the same report.
//
// Office task panes are ordinary web pages: an iframe in Office on the web and a webview control
// on the desktop (WebView2, Chromium-based Edge, on Windows; WKWebView on Mac), see "Browsers and
// webview controls used by Office Add-ins",
// https://learn.microsoft.com/office/dev/add-ins/concepts/browsers-used-by-office-web-add-ins, and
// the task pane runs in the "browser runtime" (https://learn.microsoft.com/office/dev/add-ins/testing/runtimes).
// Both support dedicated workers from the page's own origin; the pages' CSP allows them with
// worker-src 'self' (https://developer.mozilla.org/docs/Web/HTTP/Headers/Content-Security-Policy/worker-src).
// Older webviews that cannot start it (Trident) end up on the in-thread path below.

import { workerScriptUrl } from '../../host/worker-url';
import type { CheckJob, CheckOutput, CheckReplyMessage, CheckRequestMessage } from './protocol';

/** Where the pages find the worker bundle (webpack entry "check-worker", next to the pages). */
export const CHECK_WORKER_URL = workerScriptUrl('check-worker.js');

export interface CheckEngine {
  /** Checks one job. Replies belong to their own request, whatever order they arrive in. */
  check(job: CheckJob): Promise<CheckOutput>;
  /** Starts the worker (or fetches the in-thread engine) ahead of the first check. */
  warm(): void;
  /** 'worker' while checks go to a worker, 'thread' once they run here; 'idle' before either. */
  readonly mode: 'idle' | 'worker' | 'thread';
}

export type EngineModule = typeof import('./engine');

let engineModule: Promise<EngineModule> | null = null;

/** The engine on this thread, loaded once as its own chunk ("check-engine"). */
export function loadEngine(): Promise<EngineModule> {
  engineModule ??= import(/* webpackChunkName: "check-engine" */ './engine');
  return engineModule;
}

/** The part of a Worker the client uses (tests substitute it). */
export interface WorkerLike {
  onmessage: ((e: MessageEvent<CheckReplyMessage>) => void) | null;
  onerror: ((e: Event) => void) | null;
  onmessageerror: ((e: MessageEvent) => void) | null;
  postMessage(message: CheckRequestMessage): void;
  terminate(): void;
}

export interface CheckEngineOptions {
  /** The worker bundle's URL; null: always on this thread. */
  workerUrl?: string | null;
  /** How a worker is made (default: new Worker(url)); returning null or throwing means "cannot". */
  createWorker?: (url: string) => WorkerLike | null;
}

function defaultCreateWorker(url: string): WorkerLike | null {
  return typeof Worker === 'undefined' ? null : (new Worker(url) as unknown as WorkerLike);
}

interface Pending {
  job: CheckJob;
  resolve(output: CheckOutput): void;
  reject(error: unknown): void;
}

export function createCheckEngine(options: CheckEngineOptions = {}): CheckEngine {
  const { workerUrl = CHECK_WORKER_URL, createWorker = defaultCreateWorker } = options;
  let worker: WorkerLike | null = null;
  let broken = !workerUrl;
  let mode: CheckEngine['mode'] = 'idle';
  let seq = 0;
  const pending = new Map<number, Pending>();

  const inThread = (job: CheckJob): Promise<CheckOutput> => loadEngine().then((m) => m.runCheckJob(job));

  /** The worker could not start or died: what it still owed is checked here, and so is all that follows. */
  const giveUp = () => {
    broken = true;
    mode = 'thread';
    worker?.terminate();
    worker = null;
    const owed = [...pending.values()];
    pending.clear();
    for (const p of owed) inThread(p.job).then(p.resolve, p.reject);
    // Fetch the engine now, not when the first check comes (usually still reading the workbook).
    if (!owed.length) void loadEngine().catch(() => undefined);
  };

  const start = (): WorkerLike | null => {
    if (worker || broken) return worker;
    try {
      worker = createWorker(workerUrl!);
    } catch {
      worker = null; // a CSP or a file:// page may refuse it at once
    }
    if (!worker) {
      broken = true;
      return null;
    }
    mode = 'worker';
    worker.onmessage = (e) => {
      const reply = e.data;
      const p = pending.get(reply.seq);
      if (!p) return;
      pending.delete(reply.seq);
      if (reply.type === 'done') p.resolve(reply.output);
      else p.reject(new Error(reply.message));
    };
    // The script failed to load (404, CSP) or threw outside a check, or a reply could not be read.
    worker.onerror = (e) => {
      e.preventDefault?.();
      giveUp();
    };
    worker.onmessageerror = () => giveUp();
    return worker;
  };

  return {
    get mode() {
      return mode;
    },
    warm() {
      if (!start()) void loadEngine().catch(() => undefined);
    },
    check(job) {
      const w = start();
      if (!w) {
        mode = 'thread';
        return inThread(job);
      }
      const id = ++seq;
      return new Promise<CheckOutput>((resolve, reject) => {
        pending.set(id, { job, resolve, reject });
        try {
          w.postMessage({ seq: id, job });
        } catch {
          // Not cloneable (a profile carrying a function, say): this one is checked here.
          pending.delete(id);
          inThread(job).then(resolve, reject);
        }
      });
    },
  };
}

let shared: CheckEngine | null = null;

/** The pages' engine: one worker for the page's lifetime, started on first use or by warm(). */
export function paneCheckEngine(): CheckEngine {
  shared ??= createCheckEngine();
  return shared;
}
