// Issue 14, the Excel host in real-Excel conditions (the stricter fake): typing in a cell while a
// re-check runs, undo records across a pane reload, highlight rules copied around, dropdown choices,
// overlapping reads and hidden rows.

import { ExcelHost } from '../../src/excel/host';
import { editStoreKey, memoryEditStore, storageEditStore } from '../../src/excel/edit-store';
import { isOurFormula } from '../../src/excel/highlights';
import type { Finding } from '../../src/core/report';
import type { EditPlan } from '../../src/host/types';
import { FakeWorkbook, ManualTimers } from './fake-excel';

function workbook(): FakeWorkbook {
  const wb = new FakeWorkbook();
  wb.addSheet({
    name: '指标',
    rows: [
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '培训人次', '≥500人次'],
      [null, '质量指标', '合格率', '≥95%'],
      ['效益指标', '社会效益指标', '知晓率', '显著提升'],
    ],
  });
  wb.addSheet({ name: '项目', rows: [['项目名称', '总计'], ['宣传', 12]] });
  return wb;
}

const finding = (cell: string, severity: Finding['severity'] = 'warning'): Finding => ({ rule: 'vague-value', category: 'vague', severity, cell, cells: [cell], message: '无法衡量' });

const PLAN: EditPlan = { description: '插入时效指标', insertions: [{ beforeRow: 3, rows: [[null, '时效指标', '按时完成率', '【待填】100%']], formatFromRow: 2 }], writes: [] };

async function listening(wb: FakeWorkbook, extra: ConstructorParameters<typeof ExcelHost>[0] = {}) {
  const timers = new ManualTimers();
  const host = new ExcelHost({ runtime: wb.runtime(), timers, changeDebounceMs: 400, selectionDebounceMs: 150, editStore: memoryEditStore(), ...extra });
  const changes: Array<{ sheet: string; reason: string }> = [];
  host.onChange((e) => changes.push(e));
  host.onSelectionChange(() => undefined);
  await host.whenListening();
  return { host, timers, changes };
}

const tagged = (wb: FakeWorkbook) => wb.sheets.flatMap((s) => s.conditionalFormats.filter((cf) => isOurFormula(cf.formula)).map(() => s.name));

describe('issue 14.6: typing straight into the next cell', () => {
  test('a re-check asked for while Excel is in cell-edit mode arrives once the edit ends', async () => {
    const wb = workbook();
    const { host, timers, changes } = await listening(wb);
    wb.userEdit('指标', 'D4', '≥90%');
    await wb.deliverEvents();
    wb.startCellEdit(); // the user pressed Enter and is typing into D5 already
    await timers.advance(400);
    expect(changes).toEqual([]); // waiting, not failed
    wb.endCellEdit();
    await timers.advance(0);
    expect(changes).toEqual([{ sheet: '指标', reason: 'edit' }]);
    const grid = await host.readSheet();
    expect(grid.values[3][3]).toBe('≥90%');
  });

  test('a read during cell-edit mode waits for the edit to end instead of failing', async () => {
    const wb = workbook();
    const host = new ExcelHost({ runtime: wb.runtime(), editStore: memoryEditStore() });
    wb.startCellEdit();
    const read = host.readSheet();
    let done = false;
    void read.then(() => (done = true));
    await new Promise((r) => setTimeout(r, 20));
    expect(done).toBe(false);
    wb.endCellEdit();
    expect((await read).name).toBe('指标');
    expect(wb.runOptions.every((o) => o.delayForCellEdit === true)).toBe(true);
  });
});

describe('issue 14.7: undo records survive a reload of the pane', () => {
  test('a new host (the reloaded pane) lists the edit and undoes it exactly', async () => {
    const wb = workbook();
    const storage = new Map<string, string>();
    const fakeStorage = { getItem: (k: string) => storage.get(k) ?? null, setItem: (k: string, v: string) => void storage.set(k, v), removeItem: (k: string) => void storage.delete(k) };
    const key = editStoreKey('partition-1', 'https://contoso/绩效.xlsx');
    const before = wb.snapshot('指标');
    const first = new ExcelHost({ runtime: wb.runtime(), editStore: storageEditStore(fakeStorage, key) });
    const token = await first.applyEdit('指标', PLAN);
    // the pane reloads: a new page, a new host, the same session storage
    const second = new ExcelHost({ runtime: wb.runtime(), editStore: storageEditStore(fakeStorage, key) });
    expect(await second.pendingEdits()).toEqual([token]);
    await second.undoEdit(token);
    expect(wb.snapshot('指标')).toEqual(before);
    expect(await second.pendingEdits()).toEqual([]);
    // another workbook (another key) has nothing to undo
    expect(await new ExcelHost({ runtime: wb.runtime(), editStore: storageEditStore(fakeStorage, editStoreKey('partition-1', 'other.xlsx')) }).pendingEdits()).toEqual([]);
  });
});

describe('issue 14.9: no highlight rule is left behind', () => {
  test('an insert copies the tagged rule into the new row; clearing removes every tagged rule', async () => {
    const wb = workbook();
    const host = new ExcelHost({ runtime: wb.runtime(), editStore: memoryEditStore() });
    await host.showHighlights('指标', [finding('D3'), finding('D4', 'error')]);
    await host.applyEdit('指标', PLAN);
    expect(tagged(wb).length).toBeGreaterThan(2); // copyFrom(…, 'Formats') took a tagged rule along
    await host.clearHighlights('指标');
    expect(tagged(wb)).toEqual([]);
  });

  test('tagged rules on other sheets (a copied sheet) go too; protected sheets are left alone', async () => {
    const wb = workbook();
    const host = new ExcelHost({ runtime: wb.runtime(), editStore: memoryEditStore() });
    await host.showHighlights('指标', [finding('D3')]);
    const copy = wb.addSheet({ name: '指标 (2)', rows: [['x']] });
    copy.conditionalFormats.push({ ...wb.sheet('指标').conditionalFormats[0], id: 999 });
    await host.clearHighlights('指标');
    expect(tagged(wb)).toEqual([]);
  });

  test('a rule another window deleted meanwhile does not make painting fail either', async () => {
    const wb = workbook();
    const host = new ExcelHost({ runtime: wb.runtime(), editStore: memoryEditStore() });
    await host.showHighlights('指标', [finding('D3')]);
    let injected = false;
    wb.onSync = (_n, writes) => {
      if (writes > 0 && !injected) {
        injected = true;
        const s = wb.sheet('指标');
        s.conditionalFormats.splice(s.conditionalFormats.findIndex((cf) => isOurFormula(cf.formula)), 1);
      }
    };
    await expect(host.showHighlights('指标', [finding('D4', 'error')])).resolves.toBeUndefined();
    wb.onSync = null;
    expect(injected).toBe(true);
    expect(tagged(wb)).toEqual(['指标']);
  });

  test('a rule another window deleted meanwhile does not make clearing fail', async () => {
    const wb = workbook();
    const host = new ExcelHost({ runtime: wb.runtime(), editStore: memoryEditStore() });
    await host.showHighlights('指标', [finding('D3'), finding('D4', 'error')]);
    let injected = false;
    wb.onSync = (_n, writes) => {
      if (writes > 0 && !injected) {
        injected = true;
        // between reading the rules and deleting them, the other window deletes one
        const s = wb.sheet('指标');
        s.conditionalFormats.splice(s.conditionalFormats.findIndex((cf) => isOurFormula(cf.formula)), 1);
      }
    };
    await expect(host.clearHighlights('指标')).resolves.toBeUndefined();
    wb.onSync = null;
    expect(injected).toBe(true);
    expect(tagged(wb)).toEqual([]);
  });
});

describe('issue 14.10: missed and heavy re-checks', () => {
  test('a selection change re-checks too (a dropdown choice raises no change event on the web)', async () => {
    const wb = workbook();
    const { timers, changes } = await listening(wb, { recheckOnSelection: true });
    wb.sheet('指标').cells.set(3 * 16_384 + 3, { value: '≥90%' }); // chosen from a list: no event
    wb.userSelect('指标', 'D5');
    await wb.deliverEvents();
    await timers.advance(400);
    expect(changes).toEqual([{ sheet: '指标', reason: 'edit' }]);
  });

  test('reads run one at a time: a second read waits for the first', async () => {
    const wb = workbook();
    const host = new ExcelHost({ runtime: wb.runtime(), editStore: memoryEditStore() });
    const [a, b, c] = await Promise.all([host.readSheet(), host.readSheet(), host.readSheet('项目')]);
    expect([a.name, b.name, c.name]).toEqual(['指标', '指标', '项目']);
    expect(wb.maxActiveRuns).toBe(1);
  });

  test('a sheet with hidden or filtered-out rows is read whole, with a notice saying so', async () => {
    const wb = workbook();
    const host = new ExcelHost({ runtime: wb.runtime(), editStore: memoryEditStore() });
    expect((await host.readSheet('指标')).notice).toBeUndefined();
    wb.sheet('指标').hiddenRows = new Set([2]);
    const data = await host.readSheet('指标');
    expect(data.values).toHaveLength(4);
    expect(data.notice?.zh).toMatch(/隐藏或被筛选掉的行.*同样参与了校验/);
  });

  test('going to a finding in a hidden or filtered-out row says so', async () => {
    const wb = workbook();
    wb.sheet('指标').hiddenRows = new Set([3]);
    const host = new ExcelHost({ runtime: wb.runtime(), editStore: memoryEditStore() });
    await expect(host.selectCell('指标', 'D4')).rejects.toThrow(/隐藏或被筛选/);
    await expect(host.selectCell('指标', 'D3')).resolves.toBeUndefined();
  });
});
