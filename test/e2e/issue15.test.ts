// Issue 15 in a real browser (Debian's chromium, production build in dist/web): a rejected file
// closes the one before, 定位单元格 shows its cell and the verdict is in view at 320 × 480, the grid
// works from the keyboard, the file input is no tab stop, the language follows only ?lang=, the
// title/favicon/download name are right. Screenshots at 320 and 1280 px go to test-artifacts/.

import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { findChromium, launchChromium } from './browser';
import { readXlsx } from '../../src/io/xlsx-read';
import { serveStatic, StaticServer } from './server';

jest.setTimeout(120_000);

const ROOT = path.resolve(__dirname, '../..');
const WEB = path.join(ROOT, 'dist/web');
const FIXTURES = path.join(ROOT, 'test/fixtures/xlsx');
const ARTIFACTS = path.join(ROOT, 'test-artifacts/issue15');
const HUANGPU = '黄埔区委宣传部-项目支出绩效目标表.xlsx';

const describeBrowser = findChromium() ? describe : describe.skip;

describeBrowser('issue 15 in chromium', () => {
  let server: StaticServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    if (!existsSync(path.join(WEB, 'standalone.html'))) throw new Error('dist/web/standalone.html is missing: run `npm run build:web` first.');
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await serveStatic(WEB);
    browser = await launchChromium();
  });

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await server?.close();
  });

  async function open(width: number, height: number, query = '', locale = 'zh-CN'): Promise<Page> {
    const context = await browser.newContext({ locale, viewport: { width, height }, acceptDownloads: true });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${server.url}standalone.html${query}`);
    return page;
  }

  async function verdict(page: Page, fileName: string): Promise<void> {
    await page.waitForFunction((name) => document.querySelector('[data-testid="file-name"]')?.textContent === name, fileName, { timeout: 60_000 });
    await page.waitForSelector('[data-testid="verdict-text"]', { timeout: 60_000 });
  }

  /** Is the element's box inside the window's viewport (what the user sees without scrolling)? */
  async function inViewport(page: Page, selector: string): Promise<boolean> {
    return page.$eval(selector, (el) => {
      const r = el.getBoundingClientRect();
      return r.bottom > 0 && r.right > 0 && r.top < window.innerHeight && r.left < window.innerWidth && r.height > 0;
    });
  }

  test('item 1: a rejected file closes the file before — no old grid, verdict or download, and the message names it', async () => {
    const page = await open(1280, 860);
    await page.setInputFiles('[data-testid="file-input"]', path.join(FIXTURES, 'seed-002.xlsx'));
    await verdict(page, 'seed-002.xlsx');
    expect(await page.isEnabled('[data-testid="download"]')).toBe(true);

    await page.setInputFiles('[data-testid="file-input"]', { name: '损坏的表.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from('not a zip at all') });
    await page.waitForSelector('[data-testid="page-error"]');
    expect(await page.textContent('[data-testid="page-error"]')).toContain('损坏的表.xlsx');
    expect(await page.locator('[data-testid="grid-view"]').count()).toBe(0);
    expect(await page.locator('[data-testid="verdict"]').count()).toBe(0);
    expect(await page.isDisabled('[data-testid="download"]')).toBe(true);

    // a .txt file too
    await page.setInputFiles('[data-testid="file-input"]', path.join(FIXTURES, 'seed-002.xlsx'));
    await verdict(page, 'seed-002.xlsx');
    await page.setInputFiles('[data-testid="file-input"]', { name: '说明.txt', mimeType: 'text/plain', buffer: Buffer.from('你好') });
    await page.waitForFunction(() => document.querySelector('[data-testid="page-error"]')?.textContent?.includes('说明.txt'));
    expect(await page.locator('[data-testid="verdict"]').count()).toBe(0);
    expect(await page.isDisabled('[data-testid="download"]')).toBe(true);
    await page.screenshot({ path: path.join(ARTIFACTS, 'rejected-1280.png') });
  });

  test.each([
    [320, 480],
    [400, 700],
  ])('items 2 and 3 at %i × %i: the verdict is in view on opening; 定位单元格 brings the cell on screen', async (width, height) => {
    const page = await open(width, height, `?sample=${encodeURIComponent(HUANGPU)}`);
    await verdict(page, HUANGPU);
    expect(await inViewport(page, '[data-testid="verdict-text"]')).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await page.screenshot({ path: path.join(ARTIFACTS, `verdict-${width}x${height}.png`) });

    // the last finding's cell lies far down the sheet: 定位单元格 must show it
    const last = page.locator('[data-testid="finding"]').last();
    const cell = (await last.getAttribute('data-cell'))!;
    await last.locator('button[data-finding-id]').click();
    await page.click('[data-testid="go-to-cell"]');
    await page.waitForSelector(`[data-testid="grid-view"][data-selection="${cell}"]`);
    await page.waitForTimeout(100);
    expect(await inViewport(page, `td[data-address="${cell}"]`)).toBe(true);
    // and the finding it belongs to is still on screen too
    expect(await inViewport(page, '[data-testid="finding"][data-selected="true"]')).toBe(true);
    await page.screenshot({ path: path.join(ARTIFACTS, `go-to-cell-${width}x${height}.png`) });
  });

  test('item 4 at 1280: the Huangpu sample lists entries per indicator, tips folded; repeated clicks on a packed cell cycle', async () => {
    const page = await open(1280, 860, `?sample=${encodeURIComponent(HUANGPU)}`);
    await verdict(page, HUANGPU);
    const total = Number((await page.textContent('[data-testid="tab-findings"]'))!.replace(/\D/g, ''));
    const entries = await page.locator('[data-testid="indicator-group"]').count();
    expect(entries).toBeLessThan(total);
    expect(await page.getAttribute('[data-testid="indicator-group"] >> nth=0', 'data-severity')).toBe('error');
    expect(Number(await page.getAttribute('[data-testid="info-toggle"]', 'data-count'))).toBeGreaterThan(0);
    await page.locator('aside').screenshot({ path: path.join(ARTIFACTS, 'grouped-1280.png') });

    const packed = 'G18';
    const picked: string[] = [];
    for (let i = 0; i < 3; i++) {
      await page.click(`td[data-address="${packed}"]`);
      await page.waitForSelector(`[data-testid="finding"][data-cell="${packed}"][data-selected="true"]`);
      picked.push((await page.getAttribute('[data-testid="finding"][data-selected="true"] button', 'data-finding-id'))!);
    }
    expect(new Set(picked).size).toBe(3);
    // item 5: the packed item in full beside its finding
    expect((await page.textContent('[data-testid="full-text"]'))!.length).toBeGreaterThan(10);
    await page.screenshot({ path: path.join(ARTIFACTS, 'packed-cycle-1280.png') });
    // item 8: a cell with no finding clears the selection
    await page.click('td[data-address="A1"]');
    await page.waitForFunction(() => !document.querySelector('[data-testid="finding"][data-selected="true"]'));
  });

  test('item 9: the grid is reachable and usable from the keyboard; the hidden file input is no tab stop', async () => {
    const page = await open(1280, 860, `?sample=${encodeURIComponent(HUANGPU)}`);
    await verdict(page, HUANGPU);
    expect(await page.getAttribute('[data-testid="file-input"]', 'tabindex')).toBe('-1');
    // tab from the page start: the open button, never the invisible input
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('open-file');
    // one tab stop in the grid; arrows move the selection; Enter selects the cell's finding
    expect(await page.locator('td[data-address][tabindex="0"]').count()).toBe(1);
    await page.focus('td[data-address][tabindex="0"]');
    for (let i = 0; i < 17; i++) await page.keyboard.press('ArrowDown');
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
    const sel = await page.getAttribute('[data-testid="grid-view"]', 'data-selection');
    expect(sel).toBe('G18');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.address)).toBe('G18');
    await page.waitForSelector('[data-testid="finding"][data-cell="G18"][data-selected="true"]');
  });

  test('item 10: the browser locale does not switch the language; ?lang=en does, and <html lang> follows', async () => {
    const en = await open(1280, 860, `?sample=${encodeURIComponent(HUANGPU)}`, 'en-US');
    await verdict(en, HUANGPU);
    expect(await en.textContent('[data-testid="run-check"]')).toBe('一键校验');
    expect(await en.getAttribute('html', 'lang')).toBe('zh-CN');
    const chosen = await open(320, 480, `?lang=en&sample=${encodeURIComponent(HUANGPU)}`, 'zh-CN');
    await verdict(chosen, HUANGPU);
    expect(await chosen.textContent('[data-testid="run-check"]')).toBe('Check now');
    expect(await chosen.getAttribute('html', 'lang')).toBe('en');
    await chosen.screenshot({ path: path.join(ARTIFACTS, 'english-320x480.png') });
  });

  test('item 10: with ?lang=en every finding is in English, the form\'s own words quoted; the download\'s 校验报告 stays Chinese', async () => {
    const page = await open(1280, 860, `?lang=en&sample=${encodeURIComponent(HUANGPU)}`);
    await verdict(page, HUANGPU);
    const rows = await page.$$eval('[data-testid="finding"]', (els) => els.map((e) => e.textContent ?? ''));
    expect(rows.length).toBeGreaterThan(5);
    // Quoted text is the form's own (it may hold quotes itself: strip them balanced).
    const unquoted = (t: string) => {
      let depth = 0;
      let out = '';
      for (const ch of t) {
        if (ch === '“') depth++;
        else if (ch === '”') depth = Math.max(0, depth - 1);
        else if (depth === 0) out += ch;
      }
      return out;
    };
    const untranslated = rows.filter((t) => /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/.test(unquoted(t)));
    expect(untranslated).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, 'english-findings-1280.png') });

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="download"]')]);
    const saved = path.join(ARTIFACTS, `english-${download.suggestedFilename()}`);
    await download.saveAs(saved);
    const sheets = await readXlsx(new Uint8Array(readFileSync(saved)));
    const report = sheets.find((x) => x.grid.name === '校验报告');
    expect(report).toBeDefined();
    const texts = report!.grid.values.flat().filter((v): v is string => typeof v === 'string');
    expect(texts).toContain('结论');
    // The problems are the Chinese sentences (the sheet goes to the finance bureau), none English.
    expect(texts.some((t) => /^In “/.test(t) || /which has no measurable figure/.test(t))).toBe(false);
    expect(texts.filter((t) => /年末无法判断是否达成/.test(t)).length).toBeGreaterThan(0);
  });

  test('item 11: title matches the header, the favicon loads, re-downloading does not stack the suffix', async () => {
    const page = await open(1280, 860);
    const missing: string[] = [];
    page.on('response', (r) => {
      if (r.status() === 404) missing.push(r.url());
    });
    await page.reload();
    await page.waitForSelector('[data-testid="standalone"]');
    expect(await page.title()).toBe(await page.textContent('h1'));
    const icon = await page.getAttribute('link[rel="icon"]', 'href');
    expect(icon).toBeTruthy();
    const res = await page.request.get(new URL(icon!, page.url()).toString());
    expect(res.status()).toBe(200);

    await page.setInputFiles('[data-testid="file-input"]', path.join(FIXTURES, 'seed-002.xlsx'));
    await verdict(page, 'seed-002.xlsx');
    const [first] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="download"]')]);
    expect(first.suggestedFilename()).toBe('seed-002-校验标注.xlsx');
    const saved = path.join(ARTIFACTS, first.suggestedFilename());
    await first.saveAs(saved);
    await page.setInputFiles('[data-testid="file-input"]', { name: first.suggestedFilename(), mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: readFileSync(saved) });
    await verdict(page, 'seed-002-校验标注.xlsx');
    const [second] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="download"]')]);
    expect(second.suggestedFilename()).toBe('seed-002-校验标注.xlsx');
    expect(missing).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, 'page-1280.png') });
  });
});
