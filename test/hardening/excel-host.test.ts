// The Excel host's round trips (issue 9): reading a 500-row form, checking it and painting its
// findings takes a fixed number of context.sync() calls, counted through office-addin-mock (see
// test/excel/fake-excel.ts), however many findings there are; the re-check after one edit costs
// the same. Engine time for that re-check is measured in bench/ (npm run bench), not here.

import { ExcelHost } from '../../src/excel/host';
import { expectedReadSyncs } from '../../src/excel/read';
import { MAX_COLS } from '../../src/excel/a1';
import { check } from '../../src/core/check';
import { reportSchema } from '../../src/core/report-schema';
import { generatedForm } from '../../bench/generate';
import { FakeWorkbook } from '../excel/fake-excel';
import type { ScalarValue } from '../../src/core/grid/grid';

jest.setTimeout(60_000);

const READ_SYNCS_500 = 2; // sheet + bounds, then one slice: 514 rows x 6 columns fit one slice
const PAINT_SYNCS = 2; // existing formats, then delete ours and add the new ones

/** A 500-indicator-row form; `vague` makes every target a slogan, so every row has a finding. */
function form(vague: boolean): ScalarValue[][] {
  const rows = generatedForm(500).values.map((r) => [...r]);
  if (vague) for (let i = 14; i < rows.length; i++) rows[i][4] = rows[i][5] = '进一步提升';
  return rows;
}

async function readCheckPaint(wb: FakeWorkbook, host: ExcelHost): Promise<{ syncs: number; findings: number }> {
  const before = wb.syncCount;
  const grid = await host.readSheet();
  const report = check(grid);
  reportSchema.parse(report);
  await host.showHighlights(grid.name, report.findings);
  return { syncs: wb.syncCount - before, findings: report.findings.length };
}

describe('Excel host: read + check + paint a 500-row form', () => {
  it('takes 4 round trips, with a handful of findings or with 500', async () => {
    const seen: Array<{ syncs: number; findings: number }> = [];
    for (const vague of [false, true]) {
      const wb = new FakeWorkbook();
      const rows = form(vague);
      wb.addSheet({ name: '部门整体', rows });
      const host = new ExcelHost({ runtime: wb.runtime() });
      seen.push(await readCheckPaint(wb, host));
      expect(expectedReadSyncs(rows.length, 6)).toBe(READ_SYNCS_500);
    }
    expect(seen.map((s) => s.syncs)).toEqual([READ_SYNCS_500 + PAINT_SYNCS, READ_SYNCS_500 + PAINT_SYNCS]);
    expect(seen[1].findings).toBeGreaterThanOrEqual(500);
    expect(seen[1].findings).toBeGreaterThan(10 * Math.max(1, seen[0].findings));
  });

  it('the re-check after one edit costs the same round trips, and sees the edit', async () => {
    const wb = new FakeWorkbook();
    const sheet = wb.addSheet({ name: '部门整体', rows: form(false) });
    const host = new ExcelHost({ runtime: wb.runtime() });
    const first = await readCheckPaint(wb, host);
    // The user types a slogan over one target (F300).
    sheet.cells.set(299 * MAX_COLS + 5, { value: '显著提升' });
    const again = await readCheckPaint(wb, host);
    expect(again.syncs).toBe(first.syncs);
    expect(again.findings).toBe(first.findings + 1);
  });
});
