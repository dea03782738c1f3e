// The built perfcheck command against whatever arrives by mail (issue 9): every unusable input is
// refused with exit 2 and exactly one line on stderr (no stack trace), within a time limit and a
// memory limit measured on the child process; odd but usable workbooks are checked.
//
// Runs the built command (npm test builds it first), as a reviewer would.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { check } from '../../src/core/check';
import { fixture } from '../fixtures/catalog';
import { specToGrid } from '../fixtures/sheet-spec';
import * as H from './hostile-files';

const root = path.resolve(__dirname, '../..');
const built = path.join(root, 'dist/cli/main.js');
const fx = (name: string) => path.join(root, 'test/fixtures/xlsx', name);

jest.setTimeout(180_000);

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  ms: number;
  maxRssMb: number;
  timedOut: boolean;
}

let dir = '';
let hook = '';

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'perfcheck-hostile-'));
  // Preloaded into the child: records its peak memory when it exits, without touching stdout/stderr.
  hook = path.join(dir, 'rss-hook.js');
  writeFileSync(hook, "process.on('exit', () => require('fs').writeFileSync(process.env.PERFCHECK_RSS_FILE, String(process.resourceUsage().maxRSS)));\n");
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function perfcheck(args: string[], timeoutMs = 30_000): Run {
  const rssFile = path.join(dir, `rss-${Math.random().toString(36).slice(2)}`);
  const t0 = Date.now();
  const r = spawnSync(process.execPath, ['--require', hook, built, ...args], {
    encoding: 'utf8',
    timeout: timeoutMs,
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, PERFCHECK_RSS_FILE: rssFile, PERFCHECK_DEBUG: '' },
  });
  const ms = Date.now() - t0;
  const maxRssMb = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) / 1024 : NaN;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, ms, maxRssMb, timedOut: r.error !== undefined };
}

function file(name: string, bytes: Uint8Array): string {
  const f = path.join(dir, name);
  writeFileSync(f, bytes);
  return f;
}

const signature = (findings: Array<{ rule: string; cell: string }>) => findings.map((f) => `${f.rule}@${f.cell}`);

(existsSync(built) ? describe : describe.skip)('perfcheck check on hostile files (built command)', () => {
  const refusals: Array<[string, () => string, RegExp]> = [
    ['a truncated download', () => file('truncated.xlsx', H.truncatedXlsx()), /^文件已损坏或不完整，无法作为 Excel 工作簿打开。$/],
    ['a truncated fixture', () => fx('bad-truncated.xlsx'), /^文件已损坏或不完整，无法作为 Excel 工作簿打开。$/],
    ['a zip bomb (1.1 GB declared)', () => file('bomb.xlsx', H.zipBomb('honest')), /^文件解压后约 1100 MB，超过 300 MB 的上限，已拒绝读取。$/],
    ['a zip bomb that lies about its size', () => file('bomb-lying.xlsx', H.zipBomb('lying')), /^文件解压后的大小超过了它自己声明的大小/],
    ['a row numbered three billion', () => file('row-3e9.xlsx', H.rowThreeBillion()), /^文件中有超出 Excel 行列范围的单元格（第 3000000000 行），可能是恶意构造的文件，已拒绝读取。$/],
    ['an encrypted workbook', () => fx('bad-encrypted.xlsx'), /^文件已加密（设置了打开密码），请在 Excel 中取消密码后再校验。$/],
    ['a zip with a password', () => file('zip-password.xlsx', H.zipPasswordFlag()), /^文件已加密/],
    ['a .xls renamed to .xlsx', () => file('legacy.xlsx', H.xlsRenamed()), /^这是旧版 \.xls 格式的文件，请在 Excel 中另存为 \.xlsx 后再校验。$/],
    ['a .csv renamed to .xlsx', () => fx('bad-csv-renamed.xlsx'), /^文件不是 Excel 工作簿（\.xlsx），可能是改了扩展名的其他文件。$/],
    ['a .docx renamed to .xlsx', () => file('letter.xlsx', H.docxRenamed()), /^文件是压缩包，但不是 Excel 工作簿/],
    ['an empty file', () => file('empty.xlsx', new Uint8Array(0)), /^文件是空的（0 字节），不是 Excel 工作簿。$/],
    // Folders are read recursively (issue 18); one without a workbook is refused like a bad file.
    ['a folder without workbooks', () => {
      const d = path.join(dir, 'forms');
      mkdirSync(d, { recursive: true });
      return d;
    }, /^文件夹中没有 \.xlsx 或 \.xlsm 工作簿。$/],
    ['a device that never ends (/dev/zero)', () => '/dev/zero', /^这不是普通文件（可能是设备或管道），无法作为 Excel 工作簿读取。$/],
    ['a workbook with no form in it', () => fx('bad-not-a-form.xlsx'), /^文件中没有可识别的绩效目标表/],
    ['a missing file', () => path.join(dir, 'nowhere.xlsx'), /^文件不存在或无法访问。$/],
  ];

  it.each(refusals)('%s: exit 2, one sentence on stderr, in bounded time and memory', (_name, make, sentence) => {
    const f = make();
    for (const format of ['text', 'json']) {
      const r = perfcheck(['check', '--format', format, f]);
      expect(r.timedOut).toBe(false);
      expect(r.status).toBe(2);
      const lines = r.stderr.split('\n').filter(Boolean);
      expect(lines).toHaveLength(1);
      expect(lines[0].startsWith(`perfcheck: ${f}：`)).toBe(true);
      expect(lines[0].slice(`perfcheck: ${f}：`.length)).toMatch(sentence);
      expect(r.stderr).not.toMatch(/\bat \S+:\d+|Error:/);
      if (format === 'json') expect(JSON.parse(r.stdout).failures).toHaveLength(1);
      // A refusal never inflates the bomb or builds the sheet.
      expect(r.maxRssMb).toBeLessThan(300);
    }
  });

  it('all of them in one run: one line each, and the good file between them is still checked', () => {
    const bad = refusals.map(([, make]) => make());
    const r = perfcheck(['check', '--format', 'json', ...bad.slice(0, 7), fx('seed-000.xlsx'), ...bad.slice(7)], 60_000);
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(bad.length);
    const doc = JSON.parse(r.stdout) as { reports: Array<{ sheet: string; form: string }>; failures: unknown[] };
    expect(doc.reports.map((x) => [x.sheet, x.form])).toEqual([['南沙', 'dept-overall']]);
    expect(doc.failures).toHaveLength(bad.length);
  });

  // Issue 16: each of these once cost exceljs gigabytes or minutes (or crashed the batch). Every
  // input up to 50 MB must be answered within 10 s and 500 MB: here, checked like the form alone.
  const expansions: Array<[string, () => Uint8Array]> = [
    ['drop-down lists on whole columns and the whole sheet', H.wholeColumnValidations],
    ['a <col> 200 million columns wide', H.hugeColDefinition],
    ['one million empty formatted rows', H.millionFormattedRows],
    ['20,000 merged areas', () => H.manyMerges(20_000)],
    ['one shared string of 3 million rich-text runs', () => H.richTextBomb(3_000_000)],
    ['a merged area over the rest of the sheet', H.giantMerge],
    ['a zip64 package', H.zip64Workbook],
    ['a sheet stored under another part name', () => H.sheetUnderOtherName('xl/data/Form 1.xml')],
    ['a sheet entry named with a leading slash', () => H.sheetUnderOtherName('xl/worksheets/sheet1.xml', '/xl/worksheets/sheet1.xml')],
    ['70,000 zip entries before the workbook', () => H.manyEntries(70_000)],
    ['decoy attributes', H.decoyAttributes],
  ];

  it.each(expansions)('%s: checked like the form alone, within 10 s and 500 MB', (name, make) => {
    const f = file(`${name.replace(/\W+/g, '-')}.xlsx`, make());
    const r = perfcheck(['check', '--format', 'json', f], 10_000);
    expect(r.timedOut).toBe(false);
    expect(r.stderr).toBe('');
    const doc = JSON.parse(r.stdout);
    expect(doc.reports.map((x: { form: string }) => x.form)).toEqual(['dept-overall']);
    expect(signature(doc.reports[0].findings)).toEqual(signature(check(specToGrid(fixture('seed-000'))).findings));
    expect(r.maxRssMb).toBeLessThan(500);
  });

  it('all of them in one batch with the refusals: every good file checked, every bad one a sentence', () => {
    const good = expansions.map(([name]) => path.join(dir, `${name.replace(/\W+/g, '-')}.xlsx`)).filter((f) => existsSync(f));
    const bad = [file('row-3e9.xlsx', H.rowThreeBillion()), file('bomb-lying.xlsx', H.zipBomb('lying'))];
    const r = perfcheck(['check', '--format', 'json', bad[0], ...good, bad[1]], 120_000);
    expect(r.status).toBe(2);
    const doc = JSON.parse(r.stdout);
    expect(doc.reports).toHaveLength(good.length);
    expect(doc.failures.map((x: { file: string }) => x.file)).toEqual(bad);
  });

  it('a cell at XFD1048576: checked like the form alone, in little memory', () => {
    const r = perfcheck(['check', '--format', 'json', file('far-cell.xlsx', H.farCell())]);
    expect(r.stderr).toBe('');
    const doc = JSON.parse(r.stdout);
    expect(doc.reports[0].form).toBe('dept-overall');
    expect(signature(doc.reports[0].findings)).toEqual(signature(check(specToGrid(fixture('seed-000'))).findings));
    expect(r.maxRssMb).toBeLessThan(500);
  });

  it('32,767-character cells: checked, the amount quoted by its opening only', () => {
    const r = perfcheck(['check', file('huge-cells.xlsx', H.hugeCellsXlsx())]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('');
    const line = r.stdout.split('\n').find((l) => l.includes('基本支出（C5）'))!;
    expect(line.length).toBeLessThan(250);
  });

  it('two forms on two sheets, and one form pasted twice on a sheet', () => {
    const two = JSON.parse(perfcheck(['check', '--format', 'json', file('two.xlsx', H.twoFormsTwoSheets())]).stdout);
    expect(two.reports.map((x: { sheet: string; form: string }) => [x.sheet, x.form])).toEqual([
      ['南沙', 'dept-overall'],
      ['黄埔', 'project-expenditure'],
    ]);
    const twice = perfcheck(['check', file('twice.xlsx', H.formTwiceXlsx())]);
    expect(twice.stdout).toMatch(/有 2 份“部门整体预算绩效目标申报表”/);
  });

  it('a real form above 100,000 rows x 30 columns of noise: found, with exactly its own findings', () => {
    const f = file('noise.xlsx', H.formOverNoiseXlsx('seed-000', 100_000));
    const r = perfcheck(['check', '--format', 'json', f], 150_000);
    expect(r.timedOut).toBe(false);
    expect(r.stderr).toBe('');
    const doc = JSON.parse(r.stdout);
    expect(doc.reports.map((x: { form: string }) => x.form)).toEqual(['dept-overall']);
    expect(signature(doc.reports[0].findings)).toEqual(signature(check(specToGrid(fixture('seed-000'))).findings));
    // The reader keeps values only (no cell objects): the budget is 300 MB (bench/ prints the figure).
    expect(r.maxRssMb).toBeLessThan(500);
  });
});
