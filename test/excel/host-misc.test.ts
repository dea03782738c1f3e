// The rest of the Host contract in Excel: sheet list, state kept with the workbook, the report
// sheet, and the small parsers the adapter relies on.

import { ExcelHost, STATE_PREFIX } from '../../src/excel/host';
import { parseArea, parseAreas, splitAreas } from '../../src/excel/a1';
import { detectExcel } from '../../src/excel/detect';
import { REPORT_SHEET_NAME } from '../../src/excel/messages';
import { EchoGuard, mergeChangeSignals } from '../../src/excel/events';
import { HostError } from '../../src/host/types';
import { consumeLaunchAction, launchUrl, parseLaunchAction } from '../../src/commands/launch';
import { fakeSettings, FakeWorkbook, installGlobals, ManualTimers } from './fake-excel';

function workbook(): FakeWorkbook {
  const wb = new FakeWorkbook();
  wb.addSheet({ name: '封面', rows: [['2024年预算']] });
  wb.addSheet({ name: '指标', rows: [['一级指标']], protected: true });
  wb.addSheet({ name: '辅助', rows: [['x']], visibility: 'Hidden' });
  wb.userActivate('指标');
  wb.pendingEvents.length = 0;
  return wb;
}

describe('ExcelHost: sheets, state, report', () => {
  let uninstall: (() => void) | undefined;
  afterEach(() => uninstall?.());

  test('listSheets: visible sheets, the active one and protection, in one sync', async () => {
    const wb = workbook();
    const sheets = await new ExcelHost({ runtime: wb.runtime() }).listSheets();
    expect(sheets).toEqual([
      { name: '封面', active: false },
      { name: '指标', active: true, protected: true },
    ]);
    expect(wb.syncCount).toBe(1);
  });

  test('activateSheet activates in one sync', async () => {
    const wb = workbook();
    await new ExcelHost({ runtime: wb.runtime() }).activateSheet('封面');
    expect(wb.activeId).toBe(wb.sheet('封面').id);
    expect(wb.syncCount).toBe(1);
  });

  test('state is kept in workbook.settings (the document itself), prefixed once', async () => {
    const wb = new FakeWorkbook();
    const host = new ExcelHost({ runtime: wb.runtime(), settings: fakeSettings() });
    expect(await host.loadState('ignored')).toBeNull();
    await host.saveState('ignored', JSON.stringify(['vague-value:C5']));
    expect(wb.settings.get(`${STATE_PREFIX}ignored`)).toBe('["vague-value:C5"]');
    // the pane's key already carries the prefix: it is not prefixed twice (issue 14.8)
    await host.saveState('perfcheck.ignored', 'x');
    expect([...wb.settings.keys()]).toEqual(['perfcheck.ignored']);
    expect(await host.loadState('ignored')).toBe('x');
  });

  test('state saved by earlier versions under the doubly prefixed key is still read', async () => {
    const wb = new FakeWorkbook();
    const legacy = fakeSettings(new Map([['perfcheck.perfcheck.ignored', 'old']]));
    const host = new ExcelHost({ runtime: wb.runtime(), settings: legacy });
    expect(await host.loadState('perfcheck.ignored')).toBe('old');
    expect(await host.updateState('perfcheck.ignored', (cur) => `${cur}+new`)).toBe('old+new');
    expect(wb.settings.get('perfcheck.ignored')).toBe('old+new');
  });

  test('issue 14.8: two windows on one workbook both keep their ignored findings (read, merge, save)', async () => {
    const wb = new FakeWorkbook();
    const document = new Map<string, unknown>();
    const a = new ExcelHost({ runtime: wb.runtime(), settings: fakeSettings(document) });
    const b = new ExcelHost({ runtime: wb.runtime(), settings: fakeSettings(document) });
    const add = (item: string) => (cur: string | null) => JSON.stringify([...(cur ? (JSON.parse(cur) as string[]) : []), item]);
    // both panes loaded the (empty) state first, then each ignores one finding
    expect([await a.loadState('perfcheck.ignored'), await b.loadState('perfcheck.ignored')]).toEqual([null, null]);
    await a.updateState('perfcheck.ignored', add('A'));
    await b.updateState('perfcheck.ignored', add('B'));
    expect(JSON.parse(wb.settings.get('perfcheck.ignored') as string)).toEqual(['A', 'B']);
  });

  test('issue 14.8: another window\'s change is announced through the settings change event', async () => {
    const wb = new FakeWorkbook();
    const host = new ExcelHost({ runtime: wb.runtime(), settings: fakeSettings() });
    const heard = jest.fn();
    host.onStateChange(heard);
    await new Promise((r) => setImmediate(r));
    await new Promise((r) => setImmediate(r));
    wb.setSetting('perfcheck.ignored', '[]');
    await wb.deliverEvents();
    expect(heard).toHaveBeenCalledTimes(1);
  });

  test('exportReport adds 校验报告 (replacing an old one), writes the rows as text, and activates it, in 2 syncs', async () => {
    const wb = workbook();
    wb.addSheet({ name: REPORT_SHEET_NAME, rows: [['旧内容'], ['旧'], ['旧']] });
    uninstall = installGlobals(wb);
    const rows = [
      ['严重程度', '单元格', '问题', '金额'],
      ['错误', 'C12', '=合计不等于各项之和', 150],
      ['警告', 'D20', '001', 0.5],
    ];
    await new ExcelHost({ runtime: wb.runtime(), timers: new ManualTimers() }).exportReport(rows);
    expect(wb.syncCount).toBe(2);
    const report = wb.sheets.filter((s) => s.name === REPORT_SHEET_NAME);
    expect(report).toHaveLength(1);
    expect(wb.activeId).toBe(report[0].id);
    expect(wb.valueAt(REPORT_SHEET_NAME, 'A1')).toBe('严重程度');
    expect(wb.valueAt(REPORT_SHEET_NAME, 'C2')).toBe('=合计不等于各项之和'); // text, not a formula
    expect(wb.valueAt(REPORT_SHEET_NAME, 'C3')).toBe('001');
    expect(wb.valueAt(REPORT_SHEET_NAME, 'D2')).toBe(150);
    expect(wb.valueAt(REPORT_SHEET_NAME, 'A4')).toBeNull(); // old content gone
    expect(report[0].frozenRows).toBe(1);
    expect(wb.sheet('封面')).toBeDefined();
  });

  test('exportReport on a workbook whose structure is protected gives a clear message', async () => {
    const wb = workbook();
    wb.workbookStructureProtected = true;
    uninstall = installGlobals(wb);
    const err = await new ExcelHost({ runtime: wb.runtime() }).exportReport([['a']]).catch((e) => e);
    expect(err).toBeInstanceOf(HostError);
    expect(err.messageZh).toContain('无法新建“校验报告”工作表');
  });

  test('detectExcel (office-js-helpers) reports Excel on the web and the required API set', () => {
    const wb = new FakeWorkbook();
    uninstall = installGlobals(wb);
    const g = globalThis as Record<string, unknown>;
    g.window = globalThis; // office-js-helpers looks for window.Office
    try {
      expect(detectExcel()).toEqual({ inExcel: true, platform: 'OFFICE_ONLINE', supported: true });
    } finally {
      delete g.window;
    }
    uninstall();
    uninstall = undefined;
    expect(detectExcel()).toEqual({ inExcel: false, platform: null, supported: false });
  });
});

describe('adapter helpers', () => {
  test('Office.js addresses: whole rows, whole columns, sheet prefixes, quoted names with commas', () => {
    expect(parseArea('5:7')).toEqual({ top: 4, bottom: 6, left: 0, right: 16_383 });
    expect(parseArea('B:D')).toMatchObject({ left: 1, right: 3, top: 0 });
    expect(parseArea("'预算, 2024'!$A$1:$C$3")).toEqual({ top: 0, left: 0, bottom: 2, right: 2 });
    expect(splitAreas("'a,b'!A1:B2, 'a,b'!D4")).toEqual(["'a,b'!A1:B2", "'a,b'!D4"]);
    expect(parseAreas('Sheet1!A1:B2,Sheet1!C3')).toHaveLength(2);
    expect(parseArea('#REF!')).toBeUndefined();
  });

  test('echo guard: in-flight writes match any sheet, settled ones only their sheet, areas and grace period', () => {
    const timers = new ManualTimers();
    const guard = new EchoGuard(timers, 1_000);
    const settle = guard.expect('*', 'change', [parseArea('A5:C5')!]);
    expect(guard.isEcho('change', 'any-id', 'B5')).toBe(true);
    expect(guard.isEcho('change', 'any-id', 'B6')).toBe(false);
    settle('sheet-1');
    expect(guard.isEcho('change', 'sheet-2', 'B5')).toBe(false);
    expect(guard.isEcho('change', 'sheet-1', '5:5')).toBe(true);
    expect(guard.isEcho('activate', 'sheet-1')).toBe(false);
    timers.time = 1_001;
    expect(guard.isEcho('change', 'sheet-1', 'B5')).toBe(false);
  });

  test('a sheet switch outranks edits in the same burst', () => {
    expect(mergeChangeSignals({ sheetId: 'a', reason: 'sheet-switch' }, { sheetId: 'a', reason: 'edit' })).toEqual({ sheetId: 'a', reason: 'sheet-switch' });
    expect(mergeChangeSignals({ sheetId: 'a', reason: 'edit' }, { sheetId: 'b', reason: 'sheet-switch' })).toEqual({ sheetId: 'b', reason: 'sheet-switch' });
  });

  test('launch action: 一键校验 opens the pane with ?action=check; a reload does not run it again', () => {
    expect(parseLaunchAction('?action=check')).toBe('check');
    expect(parseLaunchAction('?action=other')).toBeNull();
    expect(parseLaunchAction('')).toBeNull();
    expect(launchUrl('https://localhost:3000/taskpane.html', 'check')).toBe('https://localhost:3000/taskpane.html?action=check');
    expect(consumeLaunchAction({ search: '?action=check&_host_Info=Excel' }, 'navigate')).toBe('check');
    expect(consumeLaunchAction({ search: '?action=check&_host_Info=Excel' }, 'reload')).toBeNull();
  });
});
