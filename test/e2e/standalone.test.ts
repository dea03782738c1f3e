// The standalone page in a real browser (Debian's chromium via playwright-core), against the
// production web build in dist/web: open each seed fixture, check the verdict and the counts
// against the engine run in node, select findings both ways, ignore one and reload, download the
// annotated workbook and re-open it. Screenshots of the pane go to test-artifacts/e2e/.

import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { check } from '../../src/core/check';
import { CATEGORIES, Category, Report } from '../../src/core/report';
import { readWorkbook } from '../../src/io/xlsx';
import { findChromium, IN_CI, launchChromium, MISSING_CHROMIUM_MESSAGE } from './browser';
import { serveStatic, StaticServer } from './server';

jest.setTimeout(90_000);

const ROOT = path.resolve(__dirname, '../..');
const WEB = path.join(ROOT, 'dist/web');
const FIXTURES = path.join(ROOT, 'test/fixtures/xlsx');
const ARTIFACTS = path.join(ROOT, 'test-artifacts/e2e');
const SEEDS = ['seed-000', 'seed-001', 'seed-002', 'seed-003', 'seed-004', 'seed-004-table'];
const SAMPLES = path.join(ROOT, 'assets/samples');

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

interface Expected {
  report: Report;
  errors: number;
  counts: Record<Category, number>;
  total: number;
}

/** What the pane must show for a file: the engine's report on its first visible sheet. */
async function expectedFor(file: string): Promise<Expected> {
  const sheets = await readWorkbook(ExcelJS, new Uint8Array(readFileSync(file)));
  const sheet = sheets.find((s) => !s.hidden) ?? sheets[0];
  const report = check(sheet.grid);
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c, report.findings.filter((f) => f.category === c).length])) as Record<Category, number>;
  return { report, errors: report.summary.error, counts, total: report.findings.length };
}

function verdictText(errors: number): string {
  return errors === 0 ? '可以提交' : `不能提交（${errors} 个错误）`;
}

describeBrowser('standalone page in chromium', () => {
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    if (!existsSync(path.join(WEB, 'standalone.html'))) {
      throw new Error(`dist/web/standalone.html is missing: run \`npm run build:web\` (npm test builds it) before the browser tests.`);
    }
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await serveStatic(WEB);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  beforeEach(async () => {
    // A fresh profile per test: no ignored findings or settings left from another test.
    context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 860 }, acceptDownloads: true });
  });

  afterEach(async () => {
    await context?.close();
  });

  async function openPage(query = ''): Promise<Page> {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    (page as unknown as { pageErrors: string[] }).pageErrors = errors;
    await page.goto(`${server.url}standalone.html${query}`);
    return page;
  }

  async function waitForVerdict(page: Page, fileName: string): Promise<void> {
    await page.waitForFunction((name) => document.querySelector('[data-testid="file-name"]')?.textContent === name, fileName, { timeout: 30_000 });
    await page.waitForSelector('[data-testid="verdict-text"]', { timeout: 30_000 });
  }

  async function assertPaneMatches(page: Page, expected: Expected): Promise<void> {
    expect(await page.textContent('[data-testid="verdict-text"]')).toBe(verdictText(expected.errors));
    expect(await page.getAttribute('[data-testid="verdict"]', 'data-pass')).toBe(expected.errors === 0 ? 'true' : 'false');
    expect(await page.textContent('[data-testid="form-name"]')).toBe(expected.report.formName);
    for (const c of CATEGORIES) {
      expect([c, await page.getAttribute(`[data-testid="count-${c}"]`, 'data-count')]).toEqual([c, String(expected.counts[c])]);
    }
    expect(await page.textContent('[data-testid="tab-findings"]')).toContain(`问题（${expected.total}）`);
    // tips are folded with their count shown (issue 15)
    const folded = (await page.locator('[data-testid="info-toggle"]').count()) ? Number(await page.getAttribute('[data-testid="info-toggle"]', 'data-count')) : 0;
    expect((await page.locator('[data-testid="finding"]').count()) + folded).toBe(expected.total);
    const m = expected.report.measurability;
    if (m && m.total > 0) expect(await page.textContent('[data-testid="measurability"]')).toContain(`${Math.round((m.measurable / m.total) * 100)}%`);
  }

  test.each(SEEDS)('%s: verdict and counts match the engine; a finding selects its cell and back', async (seed) => {
    const file = path.join(FIXTURES, `${seed}.xlsx`);
    const expected = await expectedFor(file);
    const page = await openPage();
    await page.setInputFiles('[data-testid="file-input"]', file);
    await waitForVerdict(page, `${seed}.xlsx`);
    await assertPaneMatches(page, expected);

    if (expected.total > 0) {
      // pane -> sheet: clicking the first finding selects its cell in the grid view
      const first = page.locator('[data-testid="finding"]').first();
      const cell = (await first.getAttribute('data-cell'))!;
      await first.locator('button[data-finding-id]').click();
      await page.waitForSelector(`[data-testid="grid-view"][data-selection="${cell}"]`);
      expect(await first.getAttribute('data-selected')).toBe('true');
      await page.waitForSelector('[data-testid="finding-details"]');

      // sheet -> pane: clicking a highlighted cell selects a finding on it
      const last = page.locator('[data-testid="finding"]').last();
      const lastCell = (await last.getAttribute('data-cell'))!;
      const td = page.locator(`td[data-address="${lastCell}"]`);
      if ((await td.count()) > 0) {
        expect(await td.getAttribute('data-highlight')).toBeTruthy();
        await td.click();
        await page.waitForSelector(`[data-testid="finding"][data-cell="${lastCell}"][data-selected="true"]`);
      }
    }
    // the pane as the user sees it (its scroll container), with the selected finding open
    await page.locator('aside').screenshot({ path: path.join(ARTIFACTS, `pane-${seed}.png`) });
    await page.screenshot({ path: path.join(ARTIFACTS, `page-${seed}.png`) });
    expect((page as unknown as { pageErrors: string[] }).pageErrors).toEqual([]);
  });

  test('drag and drop opens a workbook; a bad file gets a Chinese message', async () => {
    const page = await openPage();
    const dropFile = async (name: string, bytes: Buffer) => {
      const dt = await page.evaluateHandle(
        ({ name: n, data }) => {
          const transfer = new DataTransfer();
          transfer.items.add(new File([new Uint8Array(data)], n, { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
          return transfer;
        },
        { name, data: Array.from(bytes) },
      );
      await page.dispatchEvent('[data-testid="standalone"]', 'drop', { dataTransfer: dt });
    };
    await dropFile('bad-encrypted.xlsx', readFileSync(path.join(FIXTURES, 'bad-encrypted.xlsx')));
    await page.waitForSelector('[data-testid="page-error"]');
    expect(await page.textContent('[data-testid="page-error"]')).toContain('加密');

    const file = path.join(FIXTURES, 'seed-002.xlsx');
    await dropFile('seed-002.xlsx', readFileSync(file));
    await waitForVerdict(page, 'seed-002.xlsx');
    await assertPaneMatches(page, await expectedFor(file));
  });

  test('largest sample: ignore one finding, reload, download, re-open the annotated workbook', async () => {
    const sample = '黄埔区委宣传部-项目支出绩效目标表.xlsx';
    const original = path.join(SAMPLES, sample);
    const expected = await expectedFor(original);
    expect(expected.errors).toBeGreaterThan(0);

    const page = await openPage(`?sample=${encodeURIComponent(sample)}`);
    await waitForVerdict(page, sample);
    await assertPaneMatches(page, expected);

    // ignore the first error, with a reason
    const firstError = page.locator('[data-testid="finding"][data-severity="error"]').first();
    const rule = (await firstError.getAttribute('data-rule'))!;
    const cell = (await firstError.getAttribute('data-cell'))!;
    await firstError.locator('button[data-finding-id]').click();
    await page.click('[data-testid="ignore"]');
    await page.fill('[data-testid="ignore-reason"]', '已与财政局确认');
    await page.click('[data-testid="ignore-confirm"]');
    await page.waitForFunction(() => document.querySelector('[data-testid="tab-ignored"]')?.textContent?.includes('已忽略（1）'));
    expect(await page.textContent('[data-testid="verdict-text"]')).toBe(verdictText(expected.errors - 1));

    // reload: the same workbook remembers it
    await page.reload();
    await waitForVerdict(page, sample);
    await page.waitForFunction(() => document.querySelector('[data-testid="tab-ignored"]')?.textContent?.includes('已忽略（1）'));
    expect(await page.textContent('[data-testid="verdict-text"]')).toBe(verdictText(expected.errors - 1));
    await page.click('[data-testid="tab-ignored"]');
    expect(await page.getAttribute('[data-testid="ignored-finding"]', 'data-rule')).toBe(rule);
    expect(await page.textContent('[data-testid="ignored-list"]')).toContain('已与财政局确认');
    await page.locator('aside').screenshot({ path: path.join(ARTIFACTS, 'pane-ignored.png') });
    await page.click('[data-testid="tab-findings"]');

    // 一键校验 with export: the annotated workbook downloads
    await page.check('[data-testid="export-too"]');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="run-check"]')]);
    expect(download.suggestedFilename()).toBe('黄埔区委宣传部-项目支出绩效目标表-校验标注.xlsx');
    const saved = path.join(ARTIFACTS, download.suggestedFilename());
    await download.saveAs(saved);

    // the original cells are untouched; fills on finding cells; 校验报告 and hidden state sheets added
    const before = await readWorkbook(ExcelJS, new Uint8Array(readFileSync(original)));
    const after = await readWorkbook(ExcelJS, new Uint8Array(readFileSync(saved)));
    expect(after.map((s) => [s.grid.name, s.hidden])).toEqual([...before.map((s) => [s.grid.name, s.hidden]), ['校验报告', false], ['_perfcheck_state', true]]);
    expect(after[0].grid).toEqual(before[0].grid);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(saved);
    const reportSheet = wb.getWorksheet('校验报告')!;
    const reportText = JSON.stringify(reportSheet.getSheetValues());
    expect(reportText).toContain(verdictText(expected.errors - 1));
    expect(reportText).toContain('已与财政局确认');
    const painted = expected.report.findings.find((f) => f.severity === 'error' && !(f.rule === rule && f.cell === cell));
    if (painted) {
      const c = wb.getWorksheet(before[0].grid.name)!.getCell(painted.cell);
      const target = c.isMerged ? c.master : c;
      expect((target.style.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb).toBe('FFFFC7CE');
    }

    // re-open the annotated workbook: same verdict, the ignored finding travels with the file
    await page.setInputFiles('[data-testid="file-input"]', saved);
    await waitForVerdict(page, path.basename(saved));
    expect(await page.textContent('[data-testid="verdict-text"]')).toBe(verdictText(expected.errors - 1));
    await page.waitForFunction(() => document.querySelector('[data-testid="tab-ignored"]')?.textContent?.includes('已忽略（1）'));
    expect((page as unknown as { pageErrors: string[] }).pageErrors).toEqual([]);
  });

  test.each([
    ['seed-000', 'empty-category', 'C40'],
    ['seed-002', 'missing-category', 'B18'],
  ])('%s: fix a %s finding — preview, insert (template rows with 【待填】), 撤销插入 restores the grid', async (seed, rule, cell) => {
    const page = await openPage();
    await page.setInputFiles('[data-testid="file-input"]', path.join(FIXTURES, `${seed}.xlsx`));
    await waitForVerdict(page, `${seed}.xlsx`);
    const gridCells = () => page.$$eval('td[data-address]', (tds) => tds.map((td) => `${td.getAttribute('data-address')}=${td.textContent ?? ''}`));
    const findings = () => page.$$eval('[data-testid="finding"]', (els) => els.map((e) => `${e.getAttribute('data-rule')}@${e.getAttribute('data-cell')}`));
    const originalCells = await gridCells();
    const originalFindings = await findings();
    const verdict = await page.textContent('[data-testid="verdict-text"]');
    expect(originalFindings).toContain(`${rule}@${cell}`);
    expect(originalCells.some((c) => c.includes('【待填】'))).toBe(false);

    // the finding's fix: a preview of every change
    const item = page.locator(`[data-testid="finding"][data-rule="${rule}"][data-cell="${cell}"]`).first();
    await item.locator('button[data-finding-id]').click();
    await page.click('[data-testid="fix"]');
    await page.waitForSelector('[data-testid="fix-description"]');
    const lines = await page.$$eval('[data-testid="fix-preview-line"]', (els) => els.map((e) => e.textContent ?? ''));
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.join('\n')).toContain('【待填】');
    await page.waitForFunction(() => {
      const surface = document.querySelector('[role="dialog"]');
      return !!surface && getComputedStyle(surface).opacity === '1';
    });
    await page.screenshot({ path: path.join(ARTIFACTS, `fix-preview-${seed}.png`) });

    // insert: the grid shows the template row, the finding is gone, a placeholder finding appears
    await page.click('[data-testid="fix-apply"]');
    await page.waitForSelector('[data-testid="undo-edit"]');
    await page.waitForFunction(() => Array.from(document.querySelectorAll('td[data-address]')).some((td) => td.textContent?.startsWith('【待填】')));
    await page.waitForSelector('[data-testid="finding"][data-rule="template-placeholder"]');
    const afterCells = await gridCells();
    expect(afterCells.filter((c) => c.includes('=【待填】')).length).toBeGreaterThanOrEqual(2);
    expect(await findings()).not.toContain(`${rule}@${cell}`);
    expect(await page.textContent('[data-testid="edit-description"]')).toContain('已插入');
    // 撤销插入 stays in view at the top of the pane however far down the fixed finding was
    const bar = await page.locator('[data-testid="edit-bar"]').boundingBox();
    const aside = await page.locator('aside').boundingBox();
    expect(bar && aside && bar.y >= aside.y - 1 && bar.y < aside.y + aside.height).toBe(true);
    await page.locator('aside').screenshot({ path: path.join(ARTIFACTS, `fix-inserted-${seed}.png`) });

    // 撤销插入: the grid and the findings are back as they were
    await page.click('[data-testid="undo-edit"]');
    await page.waitForSelector('[data-testid="undo-edit"]', { state: 'detached' });
    await page.waitForFunction(() => !Array.from(document.querySelectorAll('td[data-address]')).some((td) => td.textContent?.includes('【待填】')));
    await page.waitForSelector(`[data-testid="finding"][data-rule="${rule}"][data-cell="${cell}"]`);
    expect(await gridCells()).toEqual(originalCells);
    expect(await findings()).toEqual(originalFindings);
    expect(await page.textContent('[data-testid="verdict-text"]')).toBe(verdict);
    await page.screenshot({ path: path.join(ARTIFACTS, `fix-undone-${seed}.png`) });

    // the templates tab lists the same gap with its reason
    await page.click('[data-testid="tab-templates"]');
    await page.waitForSelector('[data-testid="template-offer"]');
    expect(await page.locator('[data-testid="template-offer"][data-reason="available"]').count()).toBe(0);
    expect(await page.locator('[data-testid="template-offer"]').count()).toBeGreaterThan(0);
    await page.locator('aside').screenshot({ path: path.join(ARTIFACTS, `templates-${seed}.png`) });
    expect((page as unknown as { pageErrors: string[] }).pageErrors).toEqual([]);
  });

  test('the pane at the task pane width (320 px) has no horizontal overflow', async () => {
    await context.close();
    context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 320, height: 900 } });
    const sample = '南沙区委宣传部-部门整体预算绩效目标申报表.xlsx';
    const page = await openPage(`?sample=${encodeURIComponent(sample)}`);
    await waitForVerdict(page, sample);
    const pane = page.locator('[data-testid="pane"]');
    const { scrollWidth, clientWidth } = await pane.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await pane.scrollIntoViewIfNeeded();
    await pane.screenshot({ path: path.join(ARTIFACTS, 'pane-320px.png') });
    // the templates tab, with every category shown, fits too
    await page.click('[data-testid="tab-templates"]');
    await page.click('[data-testid="templates-toggle-available"]');
    await page.waitForSelector('[data-testid="template-offer"][data-reason="available"]');
    const t = await pane.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
    expect(t.scrollWidth).toBeLessThanOrEqual(t.clientWidth);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await pane.screenshot({ path: path.join(ARTIFACTS, 'templates-320px.png') });
    // English by explicit choice (issue 15: never by the browser's locale)
    const en = await browser.newContext({ locale: 'en-US', viewport: { width: 320, height: 900 } });
    const enPage = await en.newPage();
    await enPage.goto(`${server.url}standalone.html?lang=en&sample=${encodeURIComponent(sample)}`);
    await enPage.waitForSelector('[data-testid="verdict-text"]', { timeout: 30_000 });
    expect(await enPage.textContent('[data-testid="run-check"]')).toBe('Check now');
    await en.close();
  });
});
