// Issue 16, items 3 and 4, in a real browser (Debian's chromium, production build in dist/web): the
// hostile files the CLI answers within its limits — a million empty formatted rows, 20,000 merged
// areas, one shared string of 3 million rich-text runs — are opened, drawn and checked by the page
// without exceljs (its chunk is never fetched), with the CLI's verdict. Timing figures are in
// bench/ (`npm run bench`, page lines); here the waits only bound a hang.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { check } from '../../src/core/check';
import { readXlsx } from '../../src/io/xlsx-read';
import * as H from '../hardening/hostile-files';
import { findChromium, launchChromium } from './browser';
import { serveStatic, StaticServer } from './server';

jest.setTimeout(240_000);

const ROOT = path.resolve(__dirname, '../..');
const WEB = path.join(ROOT, 'dist/web');

const describeBrowser = findChromium() ? describe : describe.skip;

describeBrowser('the page reads hostile files with the bounded reader, in chromium', () => {
  let server: StaticServer;
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    if (!existsSync(path.join(WEB, 'standalone.html'))) throw new Error('dist/web/standalone.html is missing: run `npm run build:web` first.');
    dir = mkdtempSync(path.join(os.tmpdir(), 'perfcheck-page-reader-'));
    server = await serveStatic(WEB);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test.each([
    ['million-formatted-rows.xlsx', () => H.millionFormattedRows()],
    ['merges-20000.xlsx', () => H.manyMerges(20_000)],
    ['rich-text-3m-runs.xlsx', () => H.richTextBomb(3_000_000)],
  ])('%s: checked with the CLI verdict, the form drawn, exceljs never fetched', async (name, make) => {
    const bytes = make();
    const file = path.join(dir, name);
    writeFileSync(file, bytes);
    const sheets = await readXlsx(new Uint8Array(bytes));
    const report = check(sheets.find((s) => !s.hidden)!.grid);
    const expected = report.summary.error === 0 ? '可以提交' : `不能提交（${report.summary.error} 个错误）`;

    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 860 } });
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      const fetched: string[] = [];
      page.on('request', (r) => fetched.push(r.url()));
      await page.goto(`${server.url}standalone.html`);
      await page.setInputFiles('[data-testid="file-input"]', file);
      // Bounds a hang (exceljs took 41 s on the merges and minutes on the others); figures: bench/.
      await page.waitForFunction((n) => document.querySelector('[data-testid="file-name"]')?.textContent === n, name, { timeout: 30_000 });
      await page.waitForSelector('[data-testid="verdict-text"]', { timeout: 30_000 });
      expect(await page.textContent('[data-testid="verdict-text"]')).toBe(expected);
      expect(await page.textContent('[data-testid="form-name"]')).toBe(report.formName);
      expect(await page.locator('td[data-address="A1"]').count()).toBe(1);
      expect(fetched.filter((u) => /exceljs/i.test(u))).toEqual([]);
      expect(fetched.some((u) => /read-worker\.js(\?|$)/.test(u))).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
