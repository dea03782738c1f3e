// The check off the page's thread (issue 15, "Lighter"), against the production web build: both
// pages' first scripts stay within the budget; the web page reaches its verdict through the check
// worker (the engine chunk is never fetched), with the same figures as the engine run in node; and
// a page whose worker cannot load still reaches the same verdict on its own thread.

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { check } from '../../src/core/check';
import type { Report } from '../../src/core/report';
import { readWorkbook } from '../../src/io/xlsx';
import { CHECK_WORKER, gzipKb, INITIAL_JS_BUDGET_KB, initialScripts, WEB } from '../../bench/pane-size';
import { findChromium, IN_CI, launchChromium, MISSING_CHROMIUM_MESSAGE } from './browser';
import { serveStatic, StaticServer } from './server';

jest.setTimeout(90_000);

const SAMPLES = path.resolve(__dirname, '../../assets/samples');
const SAMPLE = '黄埔区委宣传部-项目支出绩效目标表.xlsx'; // the largest bundled sample

function requireBuild(): void {
  if (!existsSync(path.join(WEB, 'standalone.html'))) throw new Error('dist/web/standalone.html is missing: run `npm run build:web` (npm test builds it) before the browser tests.');
}

describe('initial JavaScript of the pages (production build)', () => {
  test.each(['standalone.html', 'taskpane.html'])(`%s: its first scripts are within ${INITIAL_JS_BUDGET_KB} KB gzipped and hold no engine`, (html) => {
    requireBuild();
    const scripts = initialScripts(path.join(WEB, html));
    expect(scripts.length).toBeGreaterThan(0);
    expect(gzipKb(scripts).gz).toBeLessThanOrEqual(INITIAL_JS_BUDGET_KB);
    // A rule's message is in the worker, not in the page's first script.
    const marker = '此工作表不是可识别的绩效目标表';
    expect(scripts.some((s) => readFileSync(path.join(WEB, s), 'utf8').includes(marker))).toBe(false);
    expect(readFileSync(path.join(WEB, CHECK_WORKER), 'utf8')).toContain(marker);
  });
});

const chromiumPath = findChromium();
const describeBrowser = chromiumPath ? describe : describe.skip;
if (!chromiumPath) {
  if (IN_CI) {
    test('chromium is installed (required in CI)', () => {
      throw new Error(MISSING_CHROMIUM_MESSAGE);
    });
  } else {
    test.skip(`browser tests skipped locally: ${MISSING_CHROMIUM_MESSAGE}`, () => undefined);
  }
}

async function expectedReport(): Promise<Report> {
  const sheets = await readWorkbook(ExcelJS, new Uint8Array(readFileSync(path.join(SAMPLES, SAMPLE))));
  return check((sheets.find((s) => !s.hidden) ?? sheets[0]).grid);
}

describeBrowser('the web page checks in a Web Worker', () => {
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  let expected: Report;

  beforeAll(async () => {
    requireBuild();
    server = await serveStatic(WEB);
    browser = await launchChromium();
    expected = await expectedReport();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  beforeEach(async () => {
    context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 860 } });
  });
  afterEach(async () => {
    await context?.close();
  });

  /** Opens the sample; returns the page, the scripts it requested and what went wrong on it. */
  let workerUrls: string[] = [];

  async function openSample(): Promise<{ page: Page; scripts: string[]; problems: string[] }> {
    const scripts: string[] = [];
    workerUrls = [];
    const problems: string[] = [];
    context.on('request', (r) => {
      const file = new URL(r.url()).pathname.replace(/^\//, '');
      if (file.endsWith('.js')) scripts.push(file);
      if (/-worker\.js/.test(file)) workerUrls.push(r.url());
    });
    const page = await context.newPage();
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy|Refused/i.test(m.text())) problems.push(m.text());
    });
    await page.goto(`${server.url}standalone.html?sample=${encodeURIComponent(SAMPLE)}`);
    await page.waitForSelector('[data-testid="verdict-text"]', { timeout: 30_000 });
    return { page, scripts, problems };
  }

  async function assertVerdict(page: Page): Promise<void> {
    const errors = expected.summary.error;
    expect(await page.textContent('[data-testid="verdict-text"]')).toBe(errors === 0 ? '可以提交' : `不能提交（${errors} 个错误）`);
    expect(await page.textContent('[data-testid="form-name"]')).toBe(expected.formName);
    expect(await page.textContent('[data-testid="tab-findings"]')).toContain(`问题（${expected.findings.length}）`);
  }

  test('the verdict comes from the check worker; the engine chunk is never fetched; no CSP refusal', async () => {
    const { page, scripts, problems } = await openSample();
    await assertVerdict(page);
    expect(scripts).toContain(CHECK_WORKER);
    // The worker's URL carries the build's hash: a deploy never meets an older cached worker.
    expect(workerUrls.some((u) => /check-worker\.js\?v=[0-9a-f]{8,}$/.test(u))).toBe(true);
    expect(scripts.filter((s) => s.startsWith('check-engine'))).toEqual([]);
    expect(problems).toEqual([]);
  });

  test('a worker that cannot load (404): the same verdict, checked on the page', async () => {
    await context.route(`**/${CHECK_WORKER}?*`, (route) => route.fulfill({ status: 404, body: 'not found' }));
    const { page, scripts } = await openSample();
    await assertVerdict(page);
    expect(scripts.some((s) => s.startsWith('check-engine'))).toBe(true);
  });
});
