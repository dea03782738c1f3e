// `npm run bench:pane`: the pane's initial JS (gzipped, from the production build in dist/web) and
// the time from page load to the first verdict for the largest seed form in headless chromium.

import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { findChromium, launchChromium, MISSING_CHROMIUM_MESSAGE } from '../test/e2e/browser';
import { serveStatic } from '../test/e2e/server';

const ROOT = path.resolve(__dirname, '..');
const WEB = path.join(ROOT, 'dist/web');
const SAMPLES = path.join(ROOT, 'assets/samples');
const INITIAL_JS_BUDGET_KB = 170; // issue 15: Microsoft's React task-pane template's hello world
const FIRST_VERDICT_BUDGET_MS = 1500; // issues 9 and 15: cold, production build, headless chromium
const RUNS = 5;

function line(what: string, value: string, budget: string, ok: boolean): string {
  return `${ok ? 'ok  ' : 'OVER'}  ${what.padEnd(52)} ${value.padStart(12)}   budget ${budget}`;
}

/** The scripts a page loads before any user action: its <script src> tags (lazy chunks excluded). */
export function initialScripts(htmlFile: string): string[] {
  const html = readFileSync(htmlFile, 'utf8');
  // The build minifies HTML, so attribute quotes may be gone.
  return [...html.matchAll(/<script[^>]*?\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)].map((m) => m[1] ?? m[2] ?? m[3]).filter((src) => !/^(https?:)?\/\//.test(src));
}

export function gzipKb(files: string[]): { raw: number; gz: number } {
  let raw = 0;
  let gz = 0;
  for (const f of files) {
    const bytes = readFileSync(path.join(WEB, f));
    raw += bytes.length;
    gz += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw: raw / 1024, gz: gz / 1024 };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function firstVerdict(sample: string): Promise<number[]> {
  const server = await serveStatic(WEB);
  const browser = await launchChromium();
  const times: number[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 860 } });
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
      times.push(await page.evaluate(() => (window as unknown as { __firstVerdict: number }).__firstVerdict));
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return times;
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
  console.log(`      lazy chunks (the file host when a workbook is opened; exceljs on the first edit; pane dialogs and tabs after the first verdict): ${lazy.join(', ')} = ${lazyGz.toFixed(1)} KB gz`);

  if (!findChromium()) {
    console.log(`skip  time to first verdict: ${MISSING_CHROMIUM_MESSAGE}`);
    return;
  }
  // The largest seed form is the largest bundled sample (seed 003, 黄埔 项目支出绩效目标表).
  const sample = readdirSync(SAMPLES)
    .filter((f) => f.endsWith('.xlsx'))
    .sort((a, b) => statSync(path.join(SAMPLES, b)).size - statSync(path.join(SAMPLES, a)).size)[0];
  const times = await firstVerdict(sample);
  const m = median(times);
  console.log(line('page load -> first verdict (largest seed form)', `${m.toFixed(0)} ms`, `≤ ${FIRST_VERDICT_BUDGET_MS} ms`, m <= FIRST_VERDICT_BUDGET_MS));
  console.log(`      ${sample}; median of ${RUNS} runs (${times.map((t) => t.toFixed(0)).join(', ')} ms); headless chromium, fresh profile each run`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
