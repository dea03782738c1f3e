// The standalone page's grid view, drawn from the bounded reader (no exceljs): values as displayed,
// merged areas as spans, the workbook's own fills and bold text, highlights and the selection; and
// the hostile files the CLI answers are drawn too (issue 16, items 3 and 4).

import { Blob } from 'node:buffer';
import { DecompressionStream } from 'node:stream/web';
import { TextDecoder, TextEncoder } from 'node:util';
import { act, fireEvent, render } from '@testing-library/react';
import { ExcelJSModule, FileHost } from '../../src/host/file/FileHost';
import { GridView } from '../../src/standalone/GridView';
import * as H from '../hardening/hostile-files';
import { styledXlsx } from '../helpers/styled-xlsx';
import type { Finding } from '../../src/core/report';

jest.setTimeout(120_000);

// jsdom lacks what the reader streams with (the browser and node have them).
Object.assign(globalThis, { TextDecoder, TextEncoder, Blob, DecompressionStream });

const untouchable = (() => Promise.reject(new Error('exceljs was loaded'))) as () => Promise<ExcelJSModule>;

/** A small workbook written as Excel writes one: a bold font, a solid fill, number and date formats. */
function workbook(): Uint8Array {
  return styledXlsx(
    `<cols><col min="1" max="1" width="30" customWidth="1"/></cols><sheetData><row r="1"><c r="A1" s="1" t="inlineStr"><is><t>项目</t></is></c><c r="B1" t="inlineStr"><is><t>金额</t></is></c><c r="C1" t="inlineStr"><is><t>日期</t></is></c></row><row r="2"><c r="A2" s="2" t="inlineStr"><is><t>宣传经费</t></is></c><c r="B2" s="3"><v>1234.5</v></c><c r="C2" s="4"><v>45418</v></c></row><row r="3"><c r="A3" t="inlineStr"><is><t>合计</t></is></c></row><row r="4"><c r="A4" t="e"><v>#DIV/0!</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="A3:C3"/></mergeCells>`,
  );
}

const F = (cell: string, severity: Finding['severity']): Finding => ({ rule: 'r', category: 'budget', severity, cell, cells: [cell], message: cell });

test('values as displayed, merges, fills, bold, highlights and selection; a click reaches the host', async () => {
  const host = await FileHost.open(untouchable, workbook(), 'a.xlsx', { storage: null });
  const { container } = render(<GridView host={host} label="表一" />);
  const td = (a: string) => container.querySelector<HTMLTableCellElement>(`td[data-address="${a}"]`)!;
  expect(td('B2').textContent).toBe('1,234.50');
  expect(td('C2').textContent).toBe('2024-05-06');
  expect(td('A4').textContent).toBe('#DIV/0!');
  expect(td('A3').colSpan).toBe(3);
  expect(td('B3')).toBeNull();
  expect(td('A2').style.backgroundColor).toBe('rgb(255, 255, 0)');
  expect(td('A1').style.fontWeight).toBe('600');
  expect(td('B1').style.fontWeight).toBe('');

  await act(() => host.showHighlights('表一', [F('B2', 'error')]));
  expect(td('B2').getAttribute('data-highlight')).toBe('error');
  await act(() => host.selectCell('表一', 'C2'));
  expect(td('C2').getAttribute('aria-selected')).toBe('true');
  const seen: string[] = [];
  host.onSelectionChange((e) => seen.push(e.address));
  act(() => {
    fireEvent.click(td('A3'));
  });
  expect(seen).toEqual(['A3']);
});

test.each([
  ['one million empty formatted rows', () => H.millionFormattedRows()],
  ['20,000 merged areas', () => H.manyMerges(20_000)],
  ['one shared string of 3,000,000 rich-text runs', () => H.richTextBomb(3_000_000)],
])('%s: the form is drawn', async (_name, make) => {
  const host = await FileHost.open(untouchable, new Uint8Array(make()), 'h.xlsx', { storage: null });
  const grid = await host.readSheet();
  const { container } = render(<GridView host={host} label="h" />);
  const cells = container.querySelectorAll('td[data-address]');
  expect(cells.length).toBeGreaterThan(100);
  // The form's title cell as the engine reads it.
  expect(container.querySelector('td[data-address="A1"]')!.textContent).toBe(String(grid.values[0][0] ?? ''));
});
