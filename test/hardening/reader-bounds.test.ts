// The bounded reader (issue 16): files that once made exceljs expand whole columns, rows, merged
// areas or rich text into billions of objects, or that slipped past a guard which parsed the XML
// differently from the reader, are now read as a form reader needs them (nothing expanded) or
// refused with one sentence. The same files through the built command, in bounded time and memory:
// cli-hostile.test.ts.

import ExcelJS from 'exceljs';
import { check } from '../../src/core/check';
import { GridData } from '../../src/core/grid/grid';
import { nodeInflate } from '../../src/io/node';
import { DEFAULT_LIMITS, readXlsx, WorkbookError } from '../../src/io/xlsx-read';
import { zipEntries } from '../../src/io/zip';
import { fixture } from '../fixtures/catalog';
import { specToGrid } from '../fixtures/sheet-spec';
import * as H from './hostile-files';
import { xlsx, xlsxEntries, zip } from './zip';

jest.setTimeout(120_000);

const signature = (g: GridData) => check(g).findings.map((f) => `${f.rule}@${f.cell}`);
const seedSignature = signature(specToGrid(fixture('seed-000')));

async function read(bytes: Uint8Array, limits = {}) {
  return readXlsx(bytes, { inflate: nodeInflate, limits });
}

async function refusal(bytes: Uint8Array, limits = {}): Promise<WorkbookError> {
  try {
    await read(bytes, limits);
  } catch (e) {
    if (!(e instanceof WorkbookError)) throw e;
    expect(e.message).not.toMatch(/\n|\bat \S+:\d+/);
    return e;
  }
  throw new Error('the file was accepted');
}

describe('expansions that are never performed: the form is checked as if they were not there', () => {
  it.each([
    ['drop-down lists on five whole columns and on the whole sheet', H.wholeColumnValidations],
    ['a column definition 200 million columns wide', H.hugeColDefinition],
    ['one million empty rows carrying a format', H.millionFormattedRows],
    ['20,000 merged areas below the form', () => H.manyMerges(20_000)],
    ['a zip64 package', H.zip64Workbook],
    ['70,000 zip entries before the workbook (past the 16-bit entry count)', () => H.manyEntries(70_000)],
    ['attributes holding a decoy "ref=" and ">"', H.decoyAttributes],
  ])('%s', async (_name, make) => {
    const sheets = await read(make());
    expect(sheets).toHaveLength(1);
    expect(sheets[0].grid.name).toBe('南沙');
    expect(signature(sheets[0].grid)).toEqual(seedSignature);
  });

  it('20,000 merged areas are all kept, each as one range', async () => {
    const [s] = await read(H.manyMerges(20_000));
    expect(s.grid.merges!.length).toBe(fixture('seed-000').merges.length + 20_000);
  });

  it('a decoy attribute does not move a cell or a merge', async () => {
    const [s] = await read(H.decoyAttributes());
    expect(s.grid.merges).toEqual(fixture('seed-000').merges);
    const [plain] = await read(xlsx([{ name: '南沙', rows: fixture('seed-000').rows }]));
    expect(s.grid.values).toEqual(plain.grid.values);
  });
});

describe('what is past every limit is refused with one sentence', () => {
  it('a row numbered three billion', async () => {
    const e = await refusal(H.rowThreeBillion());
    expect(e.code).toBe('too-large');
    expect(e.message).toBe('文件中有超出 Excel 行列范围的单元格（第 3000000000 行），可能是恶意构造的文件，已拒绝读取。');
  });

  it('a cell at column XFE (Excel stops at XFD)', async () => {
    const bytes = xlsx([{ name: 'S', rows: [['a']], extraRows: () => ['<row r="2"><c r="XFE2"><v>1</v></c></row>'] }]);
    expect((await refusal(bytes)).message).toMatch(/^文件中有超出 Excel 行列范围的单元格（XFE2）/);
  });

  it('one shared string of 3 million rich-text runs: read in bounded text (32,767 characters), or refused', async () => {
    const bytes = H.richTextBomb(3_000_000);
    const [s] = await read(bytes);
    expect(signature(s.grid)).toEqual(seedSignature);
    const e = await refusal(bytes, { maxSharedStringChars: 10_000 });
    expect(e.message).toBe('文件中的文字超过 10,000 个字符，超出可校验的上限，已拒绝读取。');
  });

  it('more merged areas than the limit', async () => {
    const e = await refusal(H.manyMerges(2_000), { maxMerges: 1_000 });
    expect(e.message).toBe('文件中有超过 1,000 个合并区域，超出可校验的上限，已拒绝读取。');
  });

  it('a read that runs past its time budget stops with a sentence', async () => {
    let t = 0;
    const e = await readXlsx(H.formOverNoiseXlsx('seed-000', 2_000), { inflate: nodeInflate, now: () => (t += 1_000) }).catch((x: unknown) => x as WorkbookError);
    expect((e as WorkbookError).message).toBe(`文件内容过多，${DEFAULT_LIMITS.maxReadMs / 1000} 秒内未能读完，已停止读取。`);
  });

  it('a DOCTYPE (the start of an entity-expansion bomb) is refused as corrupt', async () => {
    const entries = xlsxEntries([{ name: 'S', rows: [['a']] }]).map((e) =>
      e.name === 'xl/worksheets/sheet1.xml' ? { ...e, data: Buffer.from(e.data.toString().replace('<worksheet', '<!DOCTYPE w [<!ENTITY a "aaaa">]><worksheet')) } : e,
    );
    expect((await refusal(zip(entries))).code).toBe('corrupt');
  });
});

describe('parts found as Excel finds them (item 7)', () => {
  it.each([
    ['under another folder and name', () => H.sheetUnderOtherName('xl/data/Form 1.xml')],
    ['with another case', () => H.sheetUnderOtherName('XL/Worksheets/SHEET1.XML')],
    ['with a leading slash in the zip entry name', () => H.sheetUnderOtherName('xl/worksheets/sheet1.xml', '/xl/worksheets/sheet1.xml')],
  ])('a sheet stored %s is read', async (_name, make) => {
    const sheets = await read(make());
    expect(sheets.map((s) => s.grid.name)).toEqual(['南沙']);
    expect(signature(sheets[0].grid)).toEqual(seedSignature);
  });

  it('the zip64 package lists every entry with its real size', () => {
    const entries = zipEntries(H.zip64Workbook())!;
    expect(entries.map((e) => e.name)).toContain('xl/worksheets/sheet1.xml');
    expect(entries.every((e) => e.uncompressedSize < 1e6)).toBe(true);
  });
});

describe('cell content as Excel means it (item 7)', () => {
  const sheetWith = (rowsXml: string, styles?: string) => {
    const entries = xlsxEntries([{ name: 'S', rows: [], extraRows: () => [rowsXml] }]);
    if (!styles) return zip(entries);
    return zip([
      ...entries.map((e) =>
        e.name === 'xl/_rels/workbook.xml.rels'
          ? { ...e, data: Buffer.from(e.data.toString().replace('</Relationships>', '<Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>')) }
          : e,
      ),
      { name: 'xl/styles.xml', data: Buffer.from(styles) },
    ]);
  };

  it('t="d" cells are dates, not amounts', async () => {
    const [s] = await read(sheetWith('<row r="1"><c r="A1" t="d"><v>2024-03-01T00:00:00Z</v></c><c r="B1" t="d"><v>2024-12-31</v></c></row>'));
    expect(s.grid.values[0]).toEqual(['2024-03-01', '2024-12-31']);
  });

  it('date serials under a date format (also the zh-CN built-in 31) are dates', async () => {
    const styles = '<styleSheet><numFmts count="1"><numFmt numFmtId="200" formatCode="yyyy/m/d"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="200"/><xf numFmtId="31"/></cellXfs></styleSheet>';
    const [s] = await read(sheetWith('<row r="1"><c r="A1" s="1"><v>45352</v></c><c r="B1" s="2"><v>45352</v></c><c r="C1"><v>45352</v></c></row>', styles));
    expect(s.grid.values[0]).toEqual(['2024-03-01', '2024-03-01', 45352]);
  });

  it('a shared formula whose master is missing keeps its cached value and gives no formula', async () => {
    const [s] = await read(sheetWith('<row r="1"><c r="A1"><f t="shared" si="7"/><v>12.5</v></c></row>'));
    expect(s.grid.values[0]).toEqual([12.5]);
    expect(s.grid.formulas).toBeUndefined();
    expect(check(s.grid).findings.map((f) => f.message).join('')).not.toContain('[object Object]');
  });

  it('shared formula copies are translated from their master, as exceljs does', async () => {
    const xml = '<row r="1"><c r="C1"><f t="shared" ref="C1:C3" si="0">A1+B1</f><v>3</v></c></row><row r="2"><c r="C2"><f t="shared" si="0"/><v>4</v></c></row><row r="3"><c r="C3"><f t="shared" si="0"/><v>5</v></c></row>';
    const [s] = await read(sheetWith(xml));
    expect(s.grid.formulas).toEqual({ C1: '=A1+B1', C2: '=A2+B2', C3: '=A3+B3' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(sheetWith(xml) as never);
    expect(wb.worksheets[0].getCell('C3').formula).toBe('A3+B3');
  });

  it('a value stored in a merged tail is not part of the form (Excel shows the top-left only)', async () => {
    const bytes = xlsx([{ name: 'S', rows: [['top', 'hidden']], merges: ['A1:B1'] }]);
    const [s] = await read(bytes);
    expect(s.grid.values).toEqual([['top']]);
  });

  it('the same grids as exceljs gave, over every fixture', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const path = await import('node:path');
    const dir = path.join(__dirname, '../fixtures/xlsx');
    const { worksheetToGrid } = await import('../../src/io/xlsx');
    for (const f of readdirSync(dir).filter((x) => !x.startsWith('bad-'))) {
      const bytes = readFileSync(path.join(dir, f));
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(bytes as never);
      const viaExceljs = wb.worksheets.map((ws) => worksheetToGrid(ws));
      const viaReader = (await read(bytes)).map((s) => s.grid);
      expect([f, viaReader]).toEqual([f, viaExceljs]);
    }
  });
});

describe('the view formatting (ReadOptions.view), for the window only', () => {
  const { styledXlsx } = require('../helpers/styled-xlsx') as typeof import('../helpers/styled-xlsx');
  const cell = (r: string, s?: number) => `<c r="${r}"${s === undefined ? '' : ` s="${s}"`} t="inlineStr"><is><t>x</t></is></c>`;

  it('a cell its own format; a cell not stored its row format (customFormat), else its column format, as Excel shows them', async () => {
    const bytes = styledXlsx(
      `<cols><col min="2" max="2" width="20" style="2"/><col min="4" max="200000000" width="5"/></cols><sheetData>` +
        `<row r="1">${cell('A1', 1)}${cell('B1', 0)}${cell('C1')}</row>` +
        `<row r="2" s="5" customFormat="1">${cell('A2')}</row>` +
        `<row r="3">${cell('A3')}</row>` +
        `<row r="5000" s="5" customFormat="1">${cell('C5000', 2)}</row></sheetData>`,
    );
    const [s] = await readXlsx(bytes, { view: { rows: 10, cols: 4 } });
    const v = s.view!;
    // B1 is stored with format 0: its column's fill does not apply. B3..B10 are not stored (the
    // sheet's used rows run to 5000, the window to 10): they take it.
    const column = Object.fromEntries([3, 4, 5, 6, 7, 8, 9, 10].map((r) => [`B${r}`, '#FFFF00']));
    expect(v.fills).toEqual({ B2: '#00B0F0', C2: '#00B0F0', D2: '#00B0F0', ...column });
    expect(v.bold.sort()).toEqual(['A1', 'B2', 'C2', 'D2']);
    expect(v.widths).toEqual([null, 20, null, 5]);
    // Outside the window nothing is collected; without a window, nothing at all.
    expect(Object.keys(v.fills).some((a) => a.endsWith('5000'))).toBe(false);
    expect((await readXlsx(bytes))[0].view).toBeUndefined();
  });
});
