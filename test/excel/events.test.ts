// Live re-check: Excel's change / activation / selection events, debounced, with the echo of the
// add-in's own writes ignored. Time is driven by hand (ManualTimers), so the assertions are exact.

import { ExcelHost } from '../../src/excel/host';
import type { EditPlan } from '../../src/host/types';
import { drain, FakeWorkbook, installGlobals, ManualTimers } from './fake-excel';

function workbook(): FakeWorkbook {
  const wb = new FakeWorkbook();
  wb.addSheet({ name: '指标', rows: [['一级指标', '二级指标', '三级指标'], ['产出指标', '数量指标', '培训人次'], ['效益指标', '社会效益指标', '知晓率']] });
  wb.addSheet({ name: '项目', rows: [['项目名称', '总计'], ['宣传', 12]] });
  return wb;
}

async function listening(wb: FakeWorkbook) {
  const timers = new ManualTimers();
  const host = new ExcelHost({ runtime: wb.runtime(), timers, changeDebounceMs: 400, selectionDebounceMs: 150, echoGraceMs: 2_000 });
  const changes: Array<{ sheet: string; reason: string }> = [];
  const selections: Array<{ sheet: string; address: string }> = [];
  const offChange = host.onChange((e) => changes.push(e));
  const offSelect = host.onSelectionChange((e) => selections.push(e));
  await host.whenListening();
  return { host, timers, changes, selections, offChange, offSelect };
}

describe('live re-check events', () => {
  let uninstall: (() => void) | undefined;
  afterEach(() => uninstall?.());

  test('handlers are registered workbook-wide in one sync', async () => {
    const wb = workbook();
    await listening(wb);
    expect(wb.syncCount).toBe(1);
    expect([wb.handlers.changed.size, wb.handlers.activated.size, wb.handlers.selectionChanged.size]).toEqual([1, 1, 1]);
  });

  test('a burst of 50 edits (a paste) gives exactly one re-check, 400 ms after the last event', async () => {
    const wb = workbook();
    const { timers, changes } = await listening(wb);
    for (let i = 0; i < 50; i++) {
      await timers.advance(10); // 10 ms apart: each event restarts the quiet period
      wb.userEdit('指标', `D${i + 1}`, i);
      await wb.deliverEvents();
    }
    await timers.advance(399);
    expect(changes).toEqual([]);
    await timers.advance(1);
    expect(changes).toEqual([{ sheet: '指标', reason: 'edit' }]);
    await timers.advance(5_000);
    expect(changes).toHaveLength(1);
  });

  test('our own writes (template rows, report sheet) do not trigger a re-check; a user edit elsewhere meanwhile does', async () => {
    const wb = workbook();
    uninstall = installGlobals(wb); // office-js-helpers (report sheet) reads the global Office
    const { host, timers, changes } = await listening(wb);
    const plan: EditPlan = { description: '插入', insertions: [{ beforeRow: 2, rows: [[null, '时效指标', '按时完成率']], formatFromRow: 1 }], writes: [{ address: 'D1', value: '备注' }] };
    const token = await host.applyEdit('指标', plan);
    expect(wb.pendingEvents.length).toBeGreaterThan(0); // Excel did raise change events for our edit
    await wb.deliverEvents();
    await timers.advance(1_000);
    expect(changes).toEqual([]);

    wb.userEdit('指标', 'C10', '用户输入'); // outside what we touched, inside the grace period
    await wb.deliverEvents();
    await timers.advance(400);
    expect(changes).toEqual([{ sheet: '指标', reason: 'edit' }]);

    await host.undoEdit(token);
    await wb.deliverEvents();
    await host.exportReport([['规则', '单元格', '说明'], ['budget-sum', 'B2', '合计不等']]);
    await wb.deliverEvents();
    await timers.advance(1_000);
    expect(changes).toHaveLength(1);
  });

  test('after the grace period, an edit of the cells we wrote counts again', async () => {
    const wb = workbook();
    const { host, timers, changes } = await listening(wb);
    await host.applyEdit('指标', { description: 'x', insertions: [], writes: [{ address: 'D2', value: '备注' }] });
    await wb.deliverEvents();
    await timers.advance(2_500);
    wb.userEdit('指标', 'D2', '改了');
    await wb.deliverEvents();
    await timers.advance(400);
    expect(changes).toEqual([{ sheet: '指标', reason: 'edit' }]);
  });

  test('events Excel marks as ours (triggerSource ThisLocalAddin, ExcelApi 1.14) are ignored', async () => {
    const wb = workbook();
    const { timers, changes } = await listening(wb);
    wb.pendingEvents.push({ kind: 'changed', args: { worksheetId: wb.sheet('指标').id, address: 'Z99', changeType: 'RangeEdited', triggerSource: 'ThisLocalAddin' } });
    await wb.deliverEvents();
    await timers.advance(1_000);
    expect(changes).toEqual([]);
  });

  test('switching sheets re-checks the newly active sheet; a switch plus edits is still one re-check', async () => {
    const wb = workbook();
    const { timers, changes } = await listening(wb);
    wb.userActivate('项目');
    await wb.deliverEvents();
    await timers.advance(400);
    expect(changes).toEqual([{ sheet: '项目', reason: 'sheet-switch' }]);

    wb.userActivate('指标');
    for (let i = 0; i < 10; i++) wb.userEdit('指标', `A${i + 5}`, i);
    await wb.deliverEvents();
    await timers.advance(400);
    expect(changes).toEqual([
      { sheet: '项目', reason: 'sheet-switch' },
      { sheet: '指标', reason: 'sheet-switch' },
    ]);
  });

  test('clicking a finding selects its cell and activates its sheet in one sync, without echoing back as a switch or a selection', async () => {
    const wb = workbook();
    const { host, timers, changes, selections } = await listening(wb);
    wb.syncCount = 0;
    await host.selectCell('项目', 'B2');
    expect(wb.syncCount).toBe(1);
    expect(wb.activeId).toBe(wb.sheet('项目').id);
    expect(wb.selection).toEqual({ sheetId: wb.sheet('项目').id, address: 'B2' });
    await wb.deliverEvents();
    await timers.advance(1_000);
    expect(changes).toEqual([]);
    expect(selections).toEqual([]);
  });

  test('the user\'s selection changes reach the pane (debounced) to highlight the matching finding', async () => {
    const wb = workbook();
    const { timers, selections } = await listening(wb);
    for (const a of ['A1', 'A2', 'A3', 'C3']) {
      wb.userSelect('指标', a);
      await wb.deliverEvents();
      await timers.advance(50);
    }
    await timers.advance(150);
    expect(selections).toEqual([{ sheet: '指标', address: 'C3' }]);
  });

  test('unsubscribing everything removes Excel\'s handlers; nothing fires afterwards', async () => {
    const wb = workbook();
    const { timers, changes, offChange, offSelect } = await listening(wb);
    offChange();
    offSelect();
    await drain();
    expect([wb.handlers.changed.size, wb.handlers.activated.size, wb.handlers.selectionChanged.size]).toEqual([0, 0, 0]);
    wb.userEdit('指标', 'A1', 'x');
    await wb.deliverEvents();
    await timers.advance(1_000);
    expect(changes).toEqual([]);
  });
});
