// Highlights: conditional formats tagged as ours, painted and cleared in a fixed number of round
// trips, leaving the user's own formatting (fills, fonts, their own conditional formats, merges)
// exactly as it was.

import { ExcelHost } from '../../src/excel/host';
import { chunkAddresses, HIGHLIGHT_COLORS, highlightFormula, isOurFormula, planHighlights } from '../../src/excel/highlights';
import { HostError } from '../../src/host/types';
import type { Finding } from '../../src/core/report';
import { toA1 } from '../../src/core/grid/address';
import { FakeWorkbook } from './fake-excel';

function finding(cell: string, severity: Finding['severity'], cells: string[] = [cell]): Finding {
  return { rule: 'budget-sum', category: 'budget', severity, cell, cells, message: '合计不等于各项之和' };
}

function formattedSheet(): FakeWorkbook {
  const wb = new FakeWorkbook();
  const rows = Array.from({ length: 60 }, (_, i) => [`指标${i + 1}`, i * 10, '≥90%', null, i % 7 === 0 ? '备注' : null]);
  wb.addSheet({
    name: '指标表',
    rows,
    merges: ['A1:B1', 'D2:D9'],
    numFmts: { B2: '#,##0.00' },
    formats: { A1: { fill: '#FFFF00', bold: true }, B3: { fill: '#C6EFCE' }, C5: { italic: true, border: 'thin' } },
    // The user's own conditional formats must survive untouched, in their order.
    conditionalFormats: [
      { type: 'CellValue', address: 'B2:B60', fill: '#FFC000' },
      { type: 'Custom', address: 'C2:C60', formula: '=C2=""', fill: '#D9D9D9' },
    ],
  });
  return wb;
}

describe('ExcelHost.showHighlights / clearHighlights', () => {
  test('painting takes 2 syncs for 3 findings and for 500 findings alike', async () => {
    for (const n of [3, 500]) {
      const wb = formattedSheet();
      const host = new ExcelHost({ runtime: wb.runtime() });
      const findings = Array.from({ length: n }, (_, i) => finding(toA1(1 + (i % 59), i % 5), (['error', 'warning', 'info'] as const)[i % 3]));
      await host.showHighlights('指标表', findings);
      expect(wb.syncCount).toBe(2);
      const ours = wb.sheet('指标表').conditionalFormats.filter((cf) => isOurFormula(cf.formula));
      expect(ours.length).toBeGreaterThan(0);
      expect(ours.length).toBeLessThanOrEqual(12); // a few multi-area rules, not one per cell
    }
  });

  test('colours follow severity, the most severe wins per cell, involved cells get the related colour, ours on top', async () => {
    const wb = formattedSheet();
    const host = new ExcelHost({ runtime: wb.runtime() });
    await host.showHighlights('指标表', [finding('B5', 'warning'), finding('B5', 'error', ['B5', 'B2', 'B3']), finding('C7', 'info')]);
    const cfs = wb.sheet('指标表').conditionalFormats;
    const byFill = (fill: string) => cfs.filter((cf) => cf.fill === fill && isOurFormula(cf.formula)).flatMap((cf) => cf.areas.map((a) => toA1(a.top, a.left)));
    expect(byFill(HIGHLIGHT_COLORS.error)).toEqual(['B5']);
    expect(byFill(HIGHLIGHT_COLORS.warning)).toEqual([]);
    expect(byFill(HIGHLIGHT_COLORS.info)).toEqual(['C7']);
    expect(byFill(HIGHLIGHT_COLORS.related).sort()).toEqual(['B2', 'B3']);
    // Our rules sit above the user's, error first.
    expect(isOurFormula(cfs[0].formula)).toBe(true);
    expect(cfs[0].formula).toBe(highlightFormula('error'));
    expect(cfs.slice(-2).map((cf) => cf.origin)).toEqual(['user', 'user']);
  });

  test('clearing restores the sheet exactly: cell formats, number formats, merges, the user\'s conditional formats and their order', async () => {
    const wb = formattedSheet();
    const before = wb.snapshot('指标表');
    const host = new ExcelHost({ runtime: wb.runtime() });
    await host.showHighlights('指标表', [finding('A1', 'error'), finding('B3', 'warning', ['B3', 'C5']), finding('D4', 'info')]);
    expect(wb.snapshot('指标表')).not.toEqual(before);
    // Cell formatting is never touched, even while highlights are shown.
    expect((wb.snapshot('指标表') as { cells: unknown }).cells).toEqual((before as { cells: unknown }).cells);
    wb.syncCount = 0;
    await host.clearHighlights('指标表');
    expect(wb.syncCount).toBe(3) // the sheets, their rules, the deletes (every sheet: copies of our rules travel);
    expect(wb.snapshot('指标表')).toEqual(before);
  });

  test('repainting replaces our previous marks instead of piling them up', async () => {
    const wb = formattedSheet();
    const host = new ExcelHost({ runtime: wb.runtime() });
    await host.showHighlights('指标表', [finding('B5', 'error')]);
    await host.showHighlights('指标表', [finding('C6', 'warning')]);
    const ours = wb.sheet('指标表').conditionalFormats.filter((cf) => isOurFormula(cf.formula));
    expect(ours).toHaveLength(1);
    expect(ours[0].fill).toBe(HIGHLIGHT_COLORS.warning);
  });

  test('a reopened pane (new host instance) finds and clears marks painted earlier', async () => {
    const wb = formattedSheet();
    const before = wb.snapshot('指标表');
    await new ExcelHost({ runtime: wb.runtime() }).showHighlights('指标表', [finding('B5', 'error')]);
    await new ExcelHost({ runtime: wb.runtime() }).clearHighlights('指标表');
    expect(wb.snapshot('指标表')).toEqual(before);
  });

  test('clearing a workbook without our marks is two syncs (sheets, rules) and changes nothing', async () => {
    const wb = formattedSheet();
    const before = wb.snapshot('指标表');
    await new ExcelHost({ runtime: wb.runtime() }).clearHighlights('指标表');
    expect(wb.syncCount).toBe(2);
    expect(wb.snapshot('指标表')).toEqual(before);
  });

  test('a protected sheet gets a clear message and is left untouched', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet({ name: '受保护', rows: [['a', 1]], protected: true });
    const before = wb.snapshot('受保护');
    const err = await new ExcelHost({ runtime: wb.runtime() }).showHighlights('受保护', [finding('B1', 'error')]).catch((e) => e);
    expect(err).toBeInstanceOf(HostError);
    expect(err.code).toBe('protected');
    expect(err.messageZh).toContain('工作表“受保护”受保护');
    expect(err.messageZh).toContain('撤消工作表保护');
    expect(wb.snapshot('受保护')).toEqual(before);
    // Nothing of ours to remove: clearing a protected sheet is not an error.
    await expect(new ExcelHost({ runtime: wb.runtime() }).clearHighlights('受保护')).resolves.toBeUndefined();
  });
});

describe('highlight planning', () => {
  test('each cell once, at its most severe kind; ranges and bad addresses handled', () => {
    const plan = planHighlights([finding('B2', 'info'), finding('B2', 'error'), finding('C3:C4', 'warning', ['C3:C4', 'B2']), finding('not-a-cell', 'error')]);
    expect(plan.get('error')).toEqual(['B2']);
    expect(plan.get('warning')).toEqual(['C3:C4']);
    expect(plan.get('related')).toBeUndefined();
  });

  test('long address lists are split into chunks under the length cap', () => {
    const addresses = Array.from({ length: 400 }, (_, i) => `B${i + 1}`);
    const chunks = chunkAddresses(addresses, 100);
    expect(chunks.every((c) => c.length <= 100)).toBe(true);
    expect(chunks.join(',').split(',')).toEqual(addresses);
  });
});
