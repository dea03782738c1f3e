// `npm run bench:pane`: the pane's initial JS (gzipped, from the production build in dist/web) and
// the time from page load to the first verdict for the largest seed form in headless chromium.
// The engine runs in a Web Worker (check-worker.js) fetched after the page's first script: its size
// and all the JavaScript fetched before the first verdict are printed too, so the initial figure
// is never read as the whole cost.

import { readdirSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import { findChromium, launchChromium, MISSING_CHROMIUM_MESSAGE } from '../test/e2e/browser';
import { serveStatic } from '../test/e2e/server';
import { CHECK_WORKER, gzipKb, INITIAL_JS_BUDGET_KB, initialScripts, WEB } from './pane-size';

export { gzipKb, initialScripts };

const ROOT = path.resolve(__dirname, '..');
const SAMPLES = path.join(ROOT, 'assets/samples');
const FIRST_VERDICT_BUDGET_MS = 1500; // issues 9 and 15: cold, production build, headless chromium
const RUNS = 5;

function line(what: string, value: string, budget: string, ok: boolean): string {
  return `${ok ? 'ok  ' : 'OVER'}  ${what.padEnd(52)} ${value.padStart(12)}   budget ${budget}`;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

interface VerdictRun {
  /** ms from navigation start to the verdict on screen. */
  ms: number;
  /** The .js files of dist/web requested before the verdict appeared (page, chunks and workers). */
  scripts: string[];
  /** ms from navigation start to the pane's marks: sheet read, check answered (usePerfCheck). */
  read?: number;
  checked?: number;
}

async function firstVerdict(sample: string): Promise<VerdictRun[]> {
  const server = await serveStatic(WEB);
  const browser = await launchChromium();
  const runs: VerdictRun[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 860 } });
      // Every script requested, with the wall-clock time (workers' requests included).
      const requested: Array<{ file: string; at: number }> = [];
      context.on('request', (r) => {
        const file = new URL(r.url()).pathname.replace(/^\//, '');
        if (file.endsWith('.js')) requested.push({ file, at: Date.now() });
      });
      const page = await context.newPage();
      // Record, inside the page, when the verdict first appears (ms since navigation start).
      await page.addInitScript(() => {
        const w = window as unknown as { __firstVerdict?: number };
        new MutationObserver((_, obs) => {
          if (document.querySelector('[data-testid="verdict-text"]')) {
            w.__firstVerdict = performance.now();
            obs.disconnect();
          }
        }).observe(document, { childList: true, subtree: true });
      });
      await page.goto(`${server.url}standalone.html?sample=${encodeURIComponent(sample)}`);
      await page.waitForFunction(() => (window as unknown as { __firstVerdict?: number }).__firstVerdict !== undefined, undefined, { timeout: 60_000 });
      // (No helper functions inside evaluate: tsx would wrap them in a helper the page lacks.)
      const { ms, origin, read, checked } = await page.evaluate(() => ({
        ms: (window as unknown as { __firstVerdict: number }).__firstVerdict,
        origin: performance.timeOrigin,
        read: performance.getEntriesByName('perfcheck:sheet-read', 'mark')[0]?.startTime,
        checked: performance.getEntriesByName('perfcheck:checked', 'mark')[0]?.startTime,
      }));
      const at = origin + ms;
      runs.push({ ms, read, checked, scripts: [...new Set(requested.filter((r) => r.at <= at + 1).map((r) => r.file))] });
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return runs;
}

async function main(): Promise<void> {
  if (!existsSync(path.join(WEB, 'standalone.html'))) throw new Error('dist/web is missing: run `npm run build:web` first (npm run bench:pane does).');
  console.log(`PerfCheck pane benchmarks (production build in dist/web; node ${process.version})`);
  for (const page of ['standalone.html', 'taskpane.html']) {
    const scripts = initialScripts(path.join(WEB, page));
    const { raw, gz } = gzipKb(scripts);
    console.log(line(`initial JS of ${page}`, `${gz.toFixed(1)} KB gz`, `≤ ${INITIAL_JS_BUDGET_KB} KB gz`, gz <= INITIAL_JS_BUDGET_KB));
    console.log(`      ${scripts.join(', ')}: ${raw.toFixed(0)} KB minified`);
  }
  const lazy = readdirSync(WEB).filter((f) => /\.chunk\.js$/.test(f));
  const lazyGz = gzipKb(lazy).gz;
  console.log(`      lazy chunks (the file host when a workbook is opened; exceljs on the first edit; pane dialogs and tabs after the first verdict; check-engine only where no worker can start): ${lazy.join(', ')} = ${lazyGz.toFixed(1)} KB gz`);
  if (existsSync(path.join(WEB, CHECK_WORKER))) {
    const worker = gzipKb([CHECK_WORKER]);
    console.log(`info  check worker (the engine, off the page's thread; both pages fetch it before the first verdict)   ${worker.gz.toFixed(1)} KB gz (${worker.raw.toFixed(0)} KB minified)`);
  }

  if (!findChromium()) {
    console.log(`skip  time to first verdict: ${MISSING_CHROMIUM_MESSAGE}`);
    return;
  }
  // The largest seed form is the largest bundled sample (seed 003, 黄埔 项目支出绩效目标表).
  const sample = readdirSync(SAMPLES)
    .filter((f) => f.endsWith('.xlsx'))
    .sort((a, b) => statSync(path.join(SAMPLES, b)).size - statSync(path.join(SAMPLES, a)).size)[0];
  const runs = await firstVerdict(sample);
  const times = runs.map((r) => r.ms);
  const m = median(times);
  console.log(line('page load -> first verdict (largest seed form)', `${m.toFixed(0)} ms`, `≤ ${FIRST_VERDICT_BUDGET_MS} ms`, m <= FIRST_VERDICT_BUDGET_MS));
  console.log(`      ${sample}; median of ${RUNS} runs (${times.map((t) => t.toFixed(0)).join(', ')} ms); headless chromium, fresh profile each run`);
  const reads = runs.map((r) => r.read).filter((x): x is number => x !== undefined);
  const checks = runs.map((r) => r.checked).filter((x): x is number => x !== undefined);
  if (reads.length === RUNS && checks.length === RUNS) {
    console.log(`      medians: sheet read ${median(reads).toFixed(0)} ms, check answered ${median(checks).toFixed(0)} ms, verdict on screen ${m.toFixed(0)} ms after navigation`);
  }
  // All the JavaScript the web page fetched before its first verdict (the last run: a cold profile).
  const fetched = runs[runs.length - 1].scripts.filter((f) => existsSync(path.join(WEB, f)));
  const total = gzipKb(fetched);
  console.log(`info  all JS fetched before the first verdict (standalone.html, with the workbook reader and the check worker)   ${total.gz.toFixed(1)} KB gz`);
  console.log(`      ${fetched.join(', ')}`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
