// Last year's self-evaluation as another sheet of the workbook: chosen in 设置, it turns on the
// across-years findings with the real engine; the checked sheet itself is never offered.

import { screen, waitFor, fireEvent } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { GridData } from '../../src/core/grid/grid';
import type { SheetInfo } from '../../src/host/types';
import { specToGrid } from '../fixtures/sheet-spec';
import { selfEvaluationTable } from '../fixtures/catalog';
import { deptTargetForm } from '../unit/ambition/layouts';
import { FakeHost } from './fake-host';
import { findingRows, ready, renderPane } from './helpers';

beforeEach(() => localStorage.clear());

/** A workbook of two sheets: this year's target form (active) and last year's self-evaluation. */
class TwoSheetHost extends FakeHost {
  constructor(
    grid: GridData,
    readonly other: GridData,
  ) {
    super(grid);
  }
  override async listSheets(): Promise<SheetInfo[]> {
    return [{ name: this.grid.name, active: true }, { name: this.other.name, active: false }];
  }
  override async readSheet(name?: string): Promise<GridData> {
    if (name && name === this.other.name) return JSON.parse(JSON.stringify(this.other)) as GridData;
    return super.readSheet();
  }
}

test('choosing last year’s sheet adds the across-years findings, and choosing none removes them', async () => {
  const thisYear = specToGrid(deptTargetForm([
    { level1: '产出指标', level2: '数量指标', name: '舆情日报数量', target: '≥250期' },
    { name: '正面新闻报道量', target: '≥12000篇' },
  ]));
  const lastYear = { ...specToGrid(selfEvaluationTable()), name: '2022自评' };
  const host = new TwoSheetHost(thisYear, lastYear);
  renderPane(host);
  await ready();
  const before = findingRows().length;
  expect(findingRows().some((el) => el.getAttribute('data-cell') === 'F11')).toBe(false);

  await userEvent.click(screen.getByTestId('tab-settings'));
  const select = await screen.findByTestId('baseline-select');
  expect([...select.querySelectorAll('option')].map((o) => o.textContent)).toEqual(['不对比', '2022自评']);
  fireEvent.change(select, { target: { value: '2022自评' } });

  await userEvent.click(screen.getByTestId('tab-findings'));
  await waitFor(() => expect(findingRows().some((el) => el.getAttribute('data-cell') === 'F11')).toBe(true));
  expect(screen.getByTestId('pane')).toHaveTextContent('低于上年实际完成值“432期”（上年《2022自评》F13）');
  expect(findingRows().length).toBeGreaterThan(before);

  await userEvent.click(screen.getByTestId('tab-settings'));
  fireEvent.change(await screen.findByTestId('baseline-select'), { target: { value: '' } });
  await userEvent.click(screen.getByTestId('tab-findings'));
  await waitFor(() => expect(findingRows()).toHaveLength(before));
}, 30_000);
