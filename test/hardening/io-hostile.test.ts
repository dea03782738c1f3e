// Hostile .xlsx bytes through readWorkbook (issue 9): zip bombs are refused before anything is
// inflated by exceljs (a fake exceljs proves it is never called), a zip that lies about its sizes
// is caught while inflating under a hard cap, a giant merged area is refused by counting, and a
// sheet whose one stray cell sits at XFD1048576 becomes a ragged grid, not a 17-billion-cell array.

import fc from 'fast-check';
import ExcelJS from 'exceljs';
import { check } from '../../src/core/check';
import { Grid } from '../../src/core/grid/grid';
import { DEFAULT_LIMITS, readWorkbook, WorkbookError } from '../../src/io/xlsx';
import { nodeReadHooks, nodeReadLimits } from '../../src/io/node';
import { entryData, zipEntries } from '../../src/io/zip';
import { fixture } from '../fixtures/catalog';
import { specToGrid } from '../fixtures/sheet-spec';
import * as H from './hostile-files';
import { xlsx, xlsxEntries, zip } from './zip';

jest.setTimeout(60_000);

/** An exceljs stand-in that fails the test if anything reaches it. */
const untouchable = {
  Workbook: class {
    constructor() {
      throw new Error('exceljs was called');
    }
  },
} as unknown as typeof ExcelJS;

async function refusal(bytes: Uint8Array, Excel: typeof ExcelJS = untouchable, hooks = nodeReadHooks): Promise<WorkbookError> {
  try {
    await readWorkbook(Excel, bytes, DEFAULT_LIMITS, hooks);
  } catch (e) {
    if (!(e instanceof WorkbookError)) throw e;
    expect(e.message).not.toMatch(/\n|\bat \S+:\d+/);
    return e;
  }
  throw new Error('the file was accepted');
}

const sheetXml = (bytes: Uint8Array) => {
  const e = zipEntries(bytes)!.find((x) => x.name === 'xl/worksheets/sheet1.xml')!;
  return { entry: e, data: entryData(bytes, e)! };
};

describe('zip bombs', () => {
  const honest = H.zipBomb('honest');
  const lying = H.zipBomb('lying');

  it('a real zip whose sheet inflates to about 1.1 GB from about 1 MB', () => {
    expect(honest.length).toBeLessThan(1.5 * 1024 * 1024);
    const { entry } = sheetXml(honest);
    expect(entry.uncompressedSize).toBeGreaterThan(1024 * 1024 * 1024);
    // The lying copy carries the same stream but declares 20 KB.
    expect(sheetXml(lying).data.length).toBe(sheetXml(honest).data.length);
    expect(sheetXml(lying).entry.uncompressedSize).toBe(20_000);
  });

  it('declared: refused from the central directory alone, before anything is inflated, and before exceljs', async () => {
    const before = process.memoryUsage().rss;
    // No inflater at all, as in a browser: the declared size is enough.
    const e = await refusal(honest, untouchable, {});
    expect(e.code).toBe('too-large');
    expect(e.message).toBe('文件解压后约 1100 MB，超过 300 MB 的上限，已拒绝读取。');
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
  });

  it('lying about its size: caught while inflating under a cap of the declared size, before exceljs', async () => {
    const before = process.memoryUsage().rss;
    const e = await refusal(lying);
    expect(e.code).toBe('too-large');
    expect(e.message).toBe('文件解压后的大小超过了它自己声明的大小（可能是恶意构造的压缩包），已拒绝读取。');
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
  });
});

describe('other containers dressed as .xlsx', () => {
  it.each([
    ['an empty file', new Uint8Array(0), 'empty', '文件是空的（0 字节），不是 Excel 工作簿。'],
    ['a .csv renamed', H.csvRenamed(), 'not-a-workbook', '文件不是 Excel 工作簿（.xlsx），可能是改了扩展名的其他文件。'],
    ['a .xls renamed', H.xlsRenamed(), 'legacy-xls', '这是旧版 .xls 格式的文件，请在 Excel 中另存为 .xlsx 后再校验。'],
    ['a .docx renamed', H.docxRenamed(), 'not-a-workbook', '文件是压缩包，但不是 Excel 工作簿（.xlsx）：里面没有工作簿内容。'],
    ['a truncated download', H.truncatedXlsx(), 'corrupt', '文件已损坏或不完整，无法作为 Excel 工作簿打开。'],
    ['a zip with a password', H.zipPasswordFlag(), 'encrypted', '文件已加密（设置了打开密码），请在 Excel 中取消密码后再校验。'],
  ])('%s: refused with one sentence, exceljs never called', async (_name, bytes, code, message) => {
    const e = await refusal(bytes);
    expect([e.code, e.message]).toEqual([code, message]);
  });

  it('a stream cut inside a sheet (central directory intact) is corrupt, found while inflating', async () => {
    const whole = xlsx([{ name: 'S', rows: fixture('seed-003').rows }]);
    const { entry } = sheetXml(whole);
    const damaged = Buffer.from(whole);
    // Zero the second half of the sheet's deflate stream.
    const start = entry.localHeaderOffset + 30 + entry.name.length;
    damaged.fill(0, start + Math.floor(entry.compressedSize / 2), start + entry.compressedSize);
    const e = await refusal(damaged);
    expect(e.code).toBe('corrupt');
  });
});

describe('sheets too big to build', () => {
  it('a merged area over the rest of the sheet is kept as one range, never expanded: the form is checked', async () => {
    const [sheet] = await readWorkbook(untouchable, H.giantMerge(), DEFAULT_LIMITS, nodeReadHooks);
    expect(sheet.grid.merges).toContain(`A${fixture('seed-000').rows.length + 3}:XFD1048576`);
    expect(check(sheet.grid).form).toBe('dept-overall');
  });

  it('the cell cap follows the heap, and a workbook past it is refused, not crashed on', async () => {
    expect(nodeReadLimits(4 * 1024 ** 3).maxCells).toBe(4_000_000);
    expect(nodeReadLimits(256 * 1024 ** 2).maxCells).toBeLessThan(600_000);
    const many = xlsx([{ name: 'S', rows: 2_000, row: () => Array.from({ length: 10 }, (_, i) => i) }]);
    await expect(readWorkbook(untouchable, many, { ...DEFAULT_LIMITS, maxCells: 19_999 }, nodeReadHooks)).rejects.toThrow('文件中有超过 19,999 个非空单元格，超出可校验的上限，已拒绝读取。');
    await expect(readWorkbook(untouchable, many, { ...DEFAULT_LIMITS, maxCells: 20_000 }, nodeReadHooks)).resolves.toHaveLength(1);
  });

  it('one stray cell at XFD1048576 makes a ragged grid, and the form is still checked', async () => {
    const [sheet] = await readWorkbook(untouchable, H.farCell(), DEFAULT_LIMITS, nodeReadHooks);
    const values = sheet.grid.values;
    expect(values.length).toBe(1_048_576);
    expect(values[1_048_575].length).toBe(16_384);
    expect(values[1_048_575][16_383]).toBe('末');
    // Rows are as long as their last cell, not padded to the widest row.
    expect(values.reduce((n, r) => n + r.length, 0)).toBeLessThan(20_000);
    const g = new Grid(sheet.grid);
    expect([g.rowCount, g.colCount]).toEqual([1_048_576, 16_384]);
    const seed = check(specToGrid(fixture('seed-000')));
    const report = check(sheet.grid);
    expect(report.form).toBe('dept-overall');
    expect(report.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual(seed.findings.map((f) => `${f.rule}@${f.cell}`));
  });
});

describe('odd content that must still be read', () => {
  it('two forms on two sheets of one workbook: each sheet gets its own report', async () => {
    const sheets = await readWorkbook(ExcelJS, H.twoFormsTwoSheets(), DEFAULT_LIMITS, nodeReadHooks);
    const reports = sheets.map((s) => check(s.grid));
    expect(reports.map((r) => [r.sheet, r.form])).toEqual([
      ['南沙', 'dept-overall'],
      ['黄埔', 'project-expenditure'],
    ]);
    for (const [i, seed] of (['seed-000', 'seed-003'] as const).entries()) {
      expect(reports[i].findings.map((f) => `${f.rule}@${f.cell}`)).toEqual(check(specToGrid(fixture(seed))).findings.map((f) => `${f.rule}@${f.cell}`));
    }
  });

  it('control characters, emoji, right-to-left text and 32,767-character cells survive the round trip through .xlsx', async () => {
    const odd = ['a\u0001b\u001Fc', '😀👨‍👩‍👧‍👦', 'مرحبا\u202Eabc', 'x'.repeat(32_767), '\uD800lone'];
    const [sheet] = await readWorkbook(ExcelJS, xlsx([{ name: 'S', rows: [odd] }]), DEFAULT_LIMITS, nodeReadHooks);
    const got = sheet.grid.values[0];
    expect(got[1]).toBe(odd[1]);
    expect(got[2]).toBe(odd[2]);
    expect(got[3]).toBe(odd[3]);
    expect(typeof got[0]).toBe('string'); // control characters come back as Excel's _x0001_ escapes or themselves
    expect(check(sheet.grid).form).toBeNull();
  });

  it('error values and dates in amount cells come through as errors and dates', async () => {
    const spec = fixture('seed-000');
    const rows = spec.rows.map((r) => [...r]);
    rows[4][2] = null;
    rows[5][4] = '2023-01-01';
    const bytes = xlsx([{ name: spec.name, rows, merges: spec.merges, errors: { C5: '#REF!' }, formulas: { C5: '=#REF!' } }]);
    const [sheet] = await readWorkbook(ExcelJS, bytes, DEFAULT_LIMITS, nodeReadHooks);
    expect(sheet.grid.errors).toEqual({ C5: '#REF!' });
    const report = check(sheet.grid);
    expect(report.findings.find((f) => f.cell === 'C5')?.rule).toBe('amount-error-value');
    expect(report.findings.find((f) => f.cell === 'E6')?.rule).toBe('amount-not-a-number');
  });
});

describe('fuzzing readWorkbook (fixed seed, bounded runs)', () => {
  const spec = fixture('seed-000');
  const entries = xlsxEntries([{ name: spec.name, rows: spec.rows, merges: spec.merges }]);
  const whole = zip(entries);

  /** Reads and checks; anything but a WorkbookError (or a hang, caught by the jest timeout) fails. */
  async function readOrRefuse(bytes: Uint8Array): Promise<string> {
    try {
      const sheets = await readWorkbook(ExcelJS, bytes, DEFAULT_LIMITS, nodeReadHooks);
      for (const s of sheets) check(s.grid);
      return 'read';
    } catch (e) {
      if (e instanceof WorkbookError) return e.code;
      throw e;
    }
  }

  it('bytes flipped and files cut short anywhere: read, or refused with one sentence', async () => {
    const outcomes = new Set<string>();
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(), fc.nat(255)), { minLength: 1, maxLength: 8 }), fc.option(fc.nat(), { nil: undefined }), async (flips, cut) => {
        const b = Buffer.from(whole);
        for (const [p, v] of flips) b[p % b.length] = v;
        outcomes.add(await readOrRefuse(cut === undefined ? b : b.subarray(0, cut % b.length)));
      }),
      { seed: 20_230_104, numRuns: 300 },
    );
    expect(outcomes).toContain('corrupt');
  });

  it('XML mangled inside a well-formed zip (exceljs parses it): read, or refused with one sentence', async () => {
    const marks = ['<', '>', '"', '/', '&', ' ', '=', 'x', '\u0000', '1', '-', ':'].map((c) => c.charCodeAt(0));
    const outcomes = new Set<string>();
    await fc.assert(
      fc.asyncProperty(fc.nat(entries.length - 1), fc.array(fc.tuple(fc.nat(), fc.constantFrom(...marks)), { minLength: 1, maxLength: 6 }), fc.option(fc.nat(), { nil: undefined }), async (which, flips, cut) => {
        const damaged = entries.map((e, i) => {
          if (i !== which) return e;
          const d = Buffer.from(e.data);
          for (const [p, v] of flips) d[p % d.length] = v;
          return { ...e, data: cut === undefined ? d : d.subarray(0, cut % d.length) };
        });
        outcomes.add(await readOrRefuse(zip(damaged)));
      }),
      { seed: 20_230_104, numRuns: 300 },
    );
    expect(outcomes).toContain('read');
    expect(outcomes).toContain('corrupt');
  });
});
