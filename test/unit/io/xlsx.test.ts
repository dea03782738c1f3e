// The committed .xlsx fixtures read back into exactly the grids their specs describe, and bad
// files are refused with one clear sentence.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { readWorkbook, sniff, WorkbookError, zipUncompressedSize } from '../../../src/io/xlsx';
import { Grid } from '../../../src/core/grid/grid';
import { SEEDS, SeedName } from '../../fixtures/catalog';
import { specToGrid } from '../../fixtures/sheet-spec';
import { specsToXlsx } from '../../fixtures/write-xlsx';

const xlsx = (name: string) => new Uint8Array(readFileSync(path.join(__dirname, '../../fixtures/xlsx', name)));

function sameCells(a: Grid, b: Grid): void {
  const rows = Math.max(a.rowCount, b.rowCount);
  const cols = Math.max(a.colCount, b.colCount);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      expect([a.address(r, c), a.value(r, c)]).toEqual([a.address(r, c), b.value(r, c)]);
    }
  }
  expect([...a.merges].map((m) => JSON.stringify(m)).sort()).toEqual([...b.merges].map((m) => JSON.stringify(m)).sort());
}

describe('reading .xlsx fixtures', () => {
  it.each(Object.keys(SEEDS) as SeedName[])('%s.xlsx holds the spec: values, merges, number formats', async (name) => {
    const [sheet] = await readWorkbook(ExcelJS, xlsx(`${name}.xlsx`));
    const spec = SEEDS[name]();
    const read = new Grid(sheet.grid);
    sameCells(read, new Grid(specToGrid(spec)));
    for (const [a, fmt] of Object.entries(spec.numFmts)) expect(sheet.grid.numFmts?.[a]).toBe(fmt);
  });

  it('keeps formulas with their cached values and Excel error values', async () => {
    const spec = SEEDS['seed-004-table']();
    spec.errors = { D6: '#REF!' };
    spec.rows[5][3] = null;
    const [sheet] = await readWorkbook(ExcelJS, new Uint8Array(await specsToXlsx([spec])));
    expect(sheet.grid.formulas).toEqual({ E4: '=D4/C4' });
    const g = new Grid(sheet.grid);
    expect(g.value(3, 4)).toBeCloseTo(0.726);
    expect(g.text(3, 4)).toBe('72.60%');
    expect(g.error(5, 3)).toBe('#REF!');
  });

  it('reads a shared formula as each cell\'s own formula, not its master\'s address', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('s');
    ws.getCell('A1').value = 1;
    ws.getCell('A2').value = 2;
    ws.getCell('B1').value = { formula: 'A1*2', result: 2, shareType: 'shared', ref: 'B1:B2' } as never;
    ws.getCell('B2').value = { sharedFormula: 'B1', result: 4 } as never;
    const [sheet] = await readWorkbook(ExcelJS, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    expect(sheet.grid.formulas).toEqual({ B1: '=A1*2', B2: '=A2*2' });
    expect(new Grid(sheet.grid).value(1, 1)).toBe(4);
  });

  it('reads every sheet of a workbook, in order', async () => {
    const sheets = await readWorkbook(ExcelJS, xlsx('multi-sheet.xlsx'));
    expect(sheets.map((s) => s.grid.name)).toEqual(['封面', '南沙', '黄埔']);
  });
});

describe('refusing files that are not usable workbooks', () => {
  const refuse = async (bytes: Uint8Array) => {
    try {
      await readWorkbook(ExcelJS, bytes);
    } catch (e) {
      expect(e).toBeInstanceOf(WorkbookError);
      return e as WorkbookError;
    }
    throw new Error('accepted a bad file');
  };

  it.each([
    ['bad-truncated.xlsx', 'corrupt', /已损坏/],
    ['bad-encrypted.xlsx', 'encrypted', /已加密/],
    ['bad-csv-renamed.xlsx', 'not-a-workbook', /不是 Excel 工作簿/],
  ])('%s', async (file, code, message) => {
    const e = await refuse(xlsx(file));
    expect(e.code).toBe(code);
    expect(e.message).toMatch(message);
    expect(e.message).not.toMatch(/\n|at .*\.js/);
  });

  it('refuses an empty file and a legacy .xls', async () => {
    expect((await refuse(new Uint8Array())).code).toBe('empty');
    const xls = new Uint8Array(1024);
    xls.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect((await refuse(xls)).code).toBe('legacy-xls');
  });

  it('measures a zip before inflating it, and refuses one that inflates beyond the limit', async () => {
    const bytes = xlsx('seed-000.xlsx');
    expect(sniff(bytes)).toBe('zip');
    const size = zipUncompressedSize(bytes)!;
    expect(size).toBeGreaterThan(bytes.length);
    const e = await (async () => {
      try {
        await readWorkbook(ExcelJS, bytes, { maxUncompressedBytes: 1_000 });
      } catch (err) {
        return err as WorkbookError;
      }
      throw new Error('accepted');
    })();
    expect(e.code).toBe('too-large');
  });
});
