// Issue 14, the pane's side: live re-checks write nothing (with the real Excel host on the strict
// fake Excel), a preview closes when a re-check lands and Apply carries the plan's sheet and guard,
// a failed live re-check keeps the results, undo records outlive the pane, ignored findings merge
// with another window's.

import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ExcelHost } from '../../src/excel/host';
import { memoryEditStore } from '../../src/excel/edit-store';
import { HostError } from '../../src/host/types';
import type { EditGuard, EditPlan, UndoToken, Unsubscribe } from '../../src/host/types';
import { parseIgnored, serializeIgnored } from '../../src/taskpane/state/ignored';
import { FakeWorkbook } from '../excel/fake-excel';
import { FakeHost } from './fake-host';
import { ERRORS, FORM_GRID, openDialog, ready, renderPane, row, syntheticChecker } from './helpers';

// jsdom has no setImmediate; the fake Excel's round trips use it.
(globalThis as { setImmediate?: unknown }).setImmediate ??= (fn: () => void) => setTimeout(fn, 0);

beforeEach(() => localStorage.clear());

/** FakeHost with what the Excel host adds: guards, kept undo records, shared state. */
class ExcelLikeHost extends FakeHost {
  guards: Array<EditGuard | undefined> = [];
  kept: UndoToken[] = [];
  stateSubs = new Set<() => void>();
  override async applyEdit(sheet: string, plan: EditPlan, guard?: EditGuard): Promise<UndoToken> {
    this.guards.push(guard);
    return super.applyEdit(sheet, plan);
  }
  async pendingEdits(): Promise<UndoToken[]> {
    return this.kept;
  }
  async updateState(key: string, update: (current: string | null) => string): Promise<string> {
    this.calls.push(['saveState', key]);
    const next = update(this.state.get(key) ?? null);
    this.state.set(key, next);
    return next;
  }
  onStateChange(cb: () => void): Unsubscribe {
    this.stateSubs.add(cb);
    return () => this.stateSubs.delete(cb);
  }
}

/** ERRORS with a fix offered on D5. */
const FIXABLE = ERRORS.map((f) => (f.cell === 'D5' ? { ...f, fix: { kind: 'template', label: '插入模板' } } : f));

const PLAN: EditPlan = { description: '在第 5 行后插入 1 行', insertions: [{ beforeRow: 5, rows: [[null, '时效指标', '按时完成率', '100%']] }], writes: [] };

describe('issue 14.5: live re-checks write nothing to the workbook', () => {
  test('edits and sheet switches re-check with zero writes; 一键校验 paints', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet({ name: '南沙', rows: FORM_GRID.values });
    wb.addSheet({ name: '其他', rows: FORM_GRID.values });
    const host = new ExcelHost({ runtime: wb.runtime(), editStore: memoryEditStore(), changeDebounceMs: 5, selectionDebounceMs: 5, settings: { get: () => null, set: () => undefined, saveAsync: () => undefined } });
    const checker = syntheticChecker({ findings: ERRORS });
    renderPane(null as never, { host: host as never, checker, debounceMs: 0 });
    await ready();
    await host.whenListening();
    const calls = () => checker.mock.calls.length;
    let before = calls();
    await act(async () => {
      wb.userEdit('南沙', 'D5', '≥50篇');
      await wb.deliverEvents();
    });
    await waitFor(() => expect(calls()).toBeGreaterThan(before));
    before = calls();
    await act(async () => {
      wb.userActivate('其他');
      await wb.deliverEvents();
    });
    await waitFor(() => expect(calls()).toBeGreaterThan(before));
    expect(wb.writes).toEqual([]);
    expect(screen.queryByTestId('highlights-note')).toBeNull();
    await userEvent.click(screen.getByTestId('run-check'));
    await waitFor(() => expect(wb.writes.some((w) => w.startsWith('conditionalFormats.add'))).toBe(true));
    // the pane says the marks stay in the workbook until cleared
    expect(await screen.findByTestId('highlights-note')).toHaveTextContent('随工作簿一起保存');
  });
});

describe('issue 14.3: a preview belongs to its sheet and check', () => {
  test('a re-check landing while the preview is open closes it; nothing is applied', async () => {
    const host = new ExcelLikeHost(JSON.parse(JSON.stringify(FORM_GRID)));
    renderPane(host, { checker: syntheticChecker({ findings: FIXABLE }), planFix: () => PLAN });
    await ready();
    await userEvent.click(row('D5'));
    await userEvent.click(screen.getByTestId('fix'));
    await openDialog();
    act(() => host.edit('B2', 1)); // the user edits (or switches sheets) while the preview is open
    await waitFor(() => expect(screen.queryByTestId('fix-description')).toBeNull());
    expect(screen.getByTestId('fix-error')).toHaveTextContent('预览已关闭');
    expect(host.called('applyEdit')).toEqual([]);
  });

  test('Apply sends the sheet the plan was made on and a guard of the rows around the insertion point', async () => {
    const host = new ExcelLikeHost(JSON.parse(JSON.stringify(FORM_GRID)));
    renderPane(host, { checker: syntheticChecker({ findings: FIXABLE }), planFix: () => PLAN });
    await ready();
    await userEvent.click(row('D5'));
    await userEvent.click(screen.getByTestId('fix'));
    const dialog = await openDialog();
    await userEvent.click(within(dialog).getByTestId('fix-apply'));
    await waitFor(() => expect(host.called('applyEdit')).toEqual([['南沙', PLAN.description]]));
    expect(host.guards[0]!.rows.map((r) => r.row)).toEqual([4, 5]);
    expect(host.guards[0]!.rows[0].values.slice(0, 4)).toEqual(['产出指标', '数量指标', '宣传报道', '显著提升']);
  });
});

describe('issue 14.6: a failed live re-check keeps the last results', () => {
  test('cell-edit mode during a live re-check: the list stays, a notice says why', async () => {
    const host = new ExcelLikeHost(JSON.parse(JSON.stringify(FORM_GRID)));
    renderPane(host, { checker: syntheticChecker({ findings: ERRORS }) });
    await ready();
    host.failNextRead = new HostError('cell-edit', 'Excel 正处于单元格编辑状态。', 'Excel is editing a cell.');
    const reads = host.reads;
    act(() => host.edit('B2', 1));
    await waitFor(() => expect(host.reads).toBe(reads + 1));
    await waitFor(() => expect(screen.getByTestId('notice')).toHaveTextContent('下方仍是上一次的结果'));
    expect(screen.getByTestId('pane')).toHaveAttribute('data-status', 'ready');
    // the four findings are still listed: three entries and the tip folded (issue 15)
    expect(screen.getAllByTestId('finding')).toHaveLength(3);
    expect(screen.getByTestId('info-toggle')).toHaveTextContent('（1）');
  });
});

describe('issue 14.7: 撤销插入 after the pane reloaded', () => {
  test('the edits the host still keeps are offered again', async () => {
    const host = new ExcelLikeHost(JSON.parse(JSON.stringify(FORM_GRID)));
    host.kept = [{ id: 'edit-1', description: '在第 5 行后插入 1 行' }];
    renderPane(host, { checker: syntheticChecker({ findings: ERRORS }) });
    await ready();
    expect(await screen.findByTestId('edit-description')).toHaveTextContent('在第 5 行后插入 1 行');
  });
});

describe('issue 14.8: ignored findings merge with another window', () => {
  test('ignoring keeps what another window stored meanwhile, and its changes show up here', async () => {
    const host = new ExcelLikeHost(JSON.parse(JSON.stringify(FORM_GRID)));
    renderPane(host, { checker: syntheticChecker({ findings: ERRORS }) });
    await ready();
    // another window ignores D7 after this pane loaded the (empty) list
    const other = { key: '南沙|unit-missing|D7|00000000', sheet: '南沙', rule: 'unit-missing', cell: 'D7', hash: '00000000', reason: '别处忽略', message: 'm', severity: 'info' as const, category: 'vague', at: '2026-01-01T00:00:00.000Z' };
    host.state.set('perfcheck.ignored', serializeIgnored([other]));
    await userEvent.click(row('D2'));
    await userEvent.click(screen.getByTestId('ignore'));
    const dialog = await openDialog();
    fireEvent.change(within(dialog).getByTestId('ignore-reason'), { target: { value: '已确认' } });
    await userEvent.click(within(dialog).getByTestId('ignore-confirm'));
    await waitFor(() => expect(parseIgnored(host.state.get('perfcheck.ignored') ?? null).map((e) => e.cell)).toEqual(['D7', 'D2']));
    // and the change event reloads the list
    host.state.set('perfcheck.ignored', serializeIgnored([]));
    act(() => host.stateSubs.forEach((cb) => cb()));
    // D2 is back among the findings: three entries and the tip folded (issue 15)
    await waitFor(() => expect(screen.getAllByTestId('finding')).toHaveLength(3));
    expect(screen.getByTestId('info-toggle')).toHaveTextContent('（1）');
  });
});

