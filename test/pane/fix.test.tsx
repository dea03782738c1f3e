// The fix flow with the real engine and planner: a finding's fix (fill an empty category row,
// insert a missing category, append to a packed cell) previews every change, applies through the
// host, re-checks, and 撤销插入 restores the sheet exactly; planner and host failures show their
// Chinese message. The templates tab: offers grouped by table, items chosen, same flow.

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { GridData } from '../../src/core/grid/grid';
import { TemplateError } from '../../src/core/templates';
import { HostError } from '../../src/host/types';
import { planFixWithTemplates } from '../../src/taskpane/fix';
import { fixture } from '../fixtures/catalog';
import { specToGrid } from '../fixtures/sheet-spec';
import { FakeHost } from './fake-host';
import { finding, findingRows, openDialog, ready, renderPane, syntheticChecker } from './helpers';

beforeEach(() => localStorage.clear());

function seedHost(seed: string, rows?: number): { host: FakeHost; original: GridData } {
  const grid = specToGrid(fixture(seed));
  const g: GridData = rows === undefined ? grid : { ...grid, values: grid.values.slice(0, rows), merges: (grid.merges ?? []).filter((m) => Number(m.split(':').pop()!.replace(/\D/g, '')) <= rows) };
  const original = JSON.parse(JSON.stringify(g)) as GridData;
  return { host: new FakeHost(JSON.parse(JSON.stringify(g)) as GridData), original };
}

/** The finding row's button, picked by rule, cell and (optionally) a piece of its message. */
function findingButton(rule: string, cell: string, text?: string): HTMLElement {
  const li = findingRows().find((el) => el.getAttribute('data-rule') === rule && el.getAttribute('data-cell') === cell && (!text || el.textContent?.includes(text)));
  if (!li) throw new Error(`no ${rule} finding on ${cell}`);
  return li.querySelector('button[data-finding-id]') as HTMLElement;
}

const rules = () => findingRows().map((r) => `${r.getAttribute('data-rule')}@${r.getAttribute('data-cell')}`);
const cellOf = (g: GridData, row: number, col: number) => g.values[row]?.[col] ?? null;

describe('fix flow (real planner)', () => {
  test('seed 000: filling an empty category row — preview lists the filled cells; insert, re-check, 撤销插入 restores exactly', async () => {
    const { host, original } = seedHost('seed-000');
    renderPane(host, { planFix: planFixWithTemplates });
    await ready();
    expect(rules()).toContain('empty-category@C40');
    await userEvent.click(findingButton('empty-category', 'C40'));
    await userEvent.click(screen.getByTestId('fix'));
    const dialog = await openDialog();
    expect(within(dialog).getByTestId('fix-description')).toHaveTextContent('在第 40 行填写空白的时效指标行（部门整体：产出指标 / 时效指标）');
    const lines = within(dialog).getAllByTestId('fix-preview-line').map((l) => l.textContent);
    expect(lines).toEqual(['第 40 行（填写空白单元格）：时效指标 | 【待填】按时完成率 | 【待填】100% | 【待填】100%']);
    expect(dialog).toHaveTextContent('撤销插入');
    await userEvent.click(within(dialog).getByTestId('fix-apply'));

    await waitFor(() => expect(host.called('applyEdit')).toHaveLength(1));
    expect([3, 4, 5].map((c) => cellOf(host.grid, 39, c))).toEqual(['【待填】按时完成率', '【待填】100%', '【待填】100%']);
    await waitFor(() => expect(rules()).not.toContain('empty-category@C40'));
    expect(rules().some((r) => r.startsWith('template-placeholder@'))).toBe(true);
    expect(screen.getByTestId('edit-description')).toHaveTextContent('已插入：在第 40 行填写空白的时效指标行');
    expect(screen.getByTestId('announcer')).toHaveTextContent(/^已插入：在第 40 行填写空白的时效指标行.*已重新校验：/);

    await userEvent.click(screen.getByTestId('undo-edit'));
    await waitFor(() => expect(host.called('undoEdit')).toHaveLength(1));
    expect(host.grid).toEqual(original);
    await waitFor(() => expect(rules()).toContain('empty-category@C40'));
    expect(rules().some((r) => r.startsWith('template-placeholder@'))).toBe(false);
    expect(screen.queryByTestId('edit-bar')).toBeNull();
    expect(screen.getByTestId('notice')).toHaveTextContent('已撤销：在第 40 行填写空白的时效指标行');
  });

  test('seed 002: a missing category inserted as a new row; the preview shows the new row', async () => {
    const { host, original } = seedHost('seed-002');
    renderPane(host, { planFix: planFixWithTemplates });
    await ready();
    await userEvent.click(findingButton('missing-category', 'B18'));
    await userEvent.click(screen.getByTestId('fix'));
    const dialog = await openDialog();
    expect(within(dialog).getByTestId('fix-description')).toHaveTextContent('在第 24 行之后插入 1 行');
    expect(within(dialog).getAllByTestId('fix-preview-line').map((l) => l.textContent)).toEqual(['新第 25 行：满意度指标 | 服务对象满意度指标 | 【待填】服务对象满意度 | 【待填】≥90% | 【待填】≥90%']);
    await userEvent.click(within(dialog).getByTestId('fix-apply'));
    await waitFor(() => expect(host.grid.values.length).toBe(original.values.length + 1));
    await waitFor(() => expect(rules()).not.toContain('missing-category@B18'));
    await userEvent.click(screen.getByTestId('undo-edit'));
    await waitFor(() => expect(rules()).toContain('missing-category@B18'));
    expect(host.grid).toEqual(original);
  });

  test('seed 003 (first project): a packed append — the preview shows the text appended to the cell', async () => {
    const { host, original } = seedHost('seed-003', 6);
    renderPane(host, { planFix: planFixWithTemplates });
    await ready();
    await userEvent.click(findingButton('missing-category', 'G6', '满意度'));
    await userEvent.click(screen.getByTestId('fix'));
    const dialog = await openDialog();
    expect(within(dialog).getByTestId('fix-description')).toHaveTextContent('在 G6（理论学习经费）末尾追加 1 项指标：满意度指标 / 服务对象满意度指标');
    const [line] = within(dialog).getAllByTestId('fix-preview-line').map((l) => l.textContent!);
    expect(line).toMatch(/^G6 追加：5、3-满意度指标；31-服务对象满意度(指标)?；【待填】服务对象满意度；.*年度指标值：【待填】≥90%。$/);
    await userEvent.click(within(dialog).getByTestId('fix-apply'));
    await waitFor(() => expect(String(cellOf(host.grid, 5, 6))).toContain('【待填】服务对象满意度'));
    expect(String(cellOf(host.grid, 5, 6)).startsWith(String(cellOf(original, 5, 6)))).toBe(true);
    await waitFor(() => expect(findingRows().filter((r) => r.getAttribute('data-rule') === 'missing-category')).toHaveLength(1));
    await userEvent.click(screen.getByTestId('undo-edit'));
    await waitFor(() => expect(findingRows().filter((r) => r.getAttribute('data-rule') === 'missing-category')).toHaveLength(2));
    expect(host.grid).toEqual(original);
  });

  test('cancel leaves the sheet alone', async () => {
    const { host } = seedHost('seed-000');
    renderPane(host, { planFix: planFixWithTemplates });
    await ready();
    await userEvent.click(findingButton('empty-category', 'C41'));
    await userEvent.click(screen.getByTestId('fix'));
    const dialog = await openDialog();
    await userEvent.click(within(dialog).getByTestId('fix-cancel'));
    await waitFor(() => expect(screen.queryByTestId('fix-description')).toBeNull());
    expect(host.called('applyEdit')).toEqual([]);
  });

  test('a TemplateError from the planner shows its Chinese message, no dialog, nothing applied', async () => {
    const { host } = seedHost('seed-000');
    host.grid.protected = true;
    renderPane(host, { planFix: planFixWithTemplates });
    await ready();
    await userEvent.click(findingButton('empty-category', 'C40'));
    await userEvent.click(screen.getByTestId('fix'));
    expect(await screen.findByTestId('fix-error')).toHaveTextContent('无法修复：工作表受保护，无法插入模板行。');
    expect(screen.getByTestId('fix-error')).toHaveAttribute('role', 'alert');
    expect(screen.queryByTestId('fix-description')).toBeNull();
    expect(host.called('applyEdit')).toEqual([]);

  });

  test('a substituted planner’s TemplateError and a plan of null get Chinese messages', async () => {
    const { host } = seedHost('seed-000');
    const withFix = [finding({ rule: 'missing-category', cell: 'B5', category: 'completeness', severity: 'error', fix: { kind: 'insert-template', label: '插入模板行', data: { tableId: 'dept', level1Key: 'output' } } })];
    let result: 'throw' | 'null' = 'throw';
    const planFix = jest.fn(() => {
      if (result === 'null') return null;
      throw new TemplateError('找不到指标表“dept”，请重新校验后再插入。');
    });
    renderPane(host, { planFix, checker: syntheticChecker({ findings: withFix }) });
    await ready();
    await userEvent.click(findingButton('missing-category', 'B5'));
    await userEvent.click(screen.getByTestId('fix'));
    expect(await screen.findByTestId('fix-error')).toHaveTextContent('无法修复：找不到指标表“dept”，请重新校验后再插入。');
    result = 'null';
    await userEvent.click(screen.getByTestId('fix'));
    await waitFor(() => expect(screen.getByTestId('fix-error')).toHaveTextContent('这个问题没有可插入的模板行'));
    expect(host.called('applyEdit')).toEqual([]);
  });

  test('a host failure while applying shows the host’s Chinese message; nothing to undo', async () => {
    const { host } = seedHost('seed-000');
    host.failNextEdit = new HostError('protected', '工作表“南沙”受保护，无法修改。', 'Sheet is protected.');
    renderPane(host, { planFix: planFixWithTemplates });
    await ready();
    await userEvent.click(findingButton('empty-category', 'C40'));
    await userEvent.click(screen.getByTestId('fix'));
    await userEvent.click(within(await openDialog()).getByTestId('fix-apply'));
    expect(await screen.findByTestId('fix-error')).toHaveTextContent('无法修复：工作表“南沙”受保护，无法修改。');
    expect(screen.queryByTestId('undo-edit')).toBeNull();
  });
});

describe('templates tab', () => {
  test('seed 002: offers grouped by table with their reason; choose two items; insert, re-check, undo', async () => {
    const { host, original } = seedHost('seed-002');
    renderPane(host, { planFix: planFixWithTemplates });
    await ready();
    // the planner loads after the first verdict; its offers appear then
    await waitFor(() => expect(screen.getByTestId('tab-templates')).toHaveTextContent('模板（2）'));
    await userEvent.click(screen.getByTestId('tab-templates'));
    const panel = screen.getByTestId('templates');
    const groups = within(panel).getAllByTestId('template-group');
    expect(groups.map((g) => g.getAttribute('data-table'))).toEqual(['dept']);
    expect(within(groups[0]).getByRole('heading')).toHaveTextContent('部门整体指标表');
    const offers = () => within(panel).getAllByTestId('template-offer');
    expect(offers().map((o) => [o.getAttribute('data-offer-id'), o.getAttribute('data-reason')])).toEqual([
      ['dept|output|cost', 'missing'],
      ['dept|satisfaction|', 'missing'],
    ]);
    expect(within(offers()[1]).getByTestId('template-reason')).toHaveTextContent('缺少');

    // the other categories on demand
    await userEvent.click(within(groups[0]).getByTestId('templates-toggle-available'));
    expect(offers().filter((o) => o.getAttribute('data-reason') === 'available').length).toBeGreaterThan(0);
    expect(within(offers().find((o) => o.getAttribute('data-reason') === 'available')!).getByTestId('template-reason')).toHaveTextContent('可添加');
    await userEvent.click(within(groups[0]).getByTestId('templates-toggle-available'));

    // satisfaction: the first catalogue item is chosen; add the second
    const sat = offers()[1];
    const items = within(sat).getAllByRole('checkbox');
    expect(items.length).toBeGreaterThanOrEqual(2);
    expect(items[0]).toBeChecked();
    expect(items[1]).not.toBeChecked();
    await userEvent.click(items[1]);
    await userEvent.click(within(sat).getByRole('button', { name: /预览并插入模板：部门整体 · 满意度指标/ }));
    const dialog = await openDialog();
    const lines = within(dialog).getAllByTestId('fix-preview-line').map((l) => l.textContent);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^新第 25 行：满意度指标 \| 服务对象满意度指标 \| 【待填】服务对象满意度/);
    await userEvent.click(within(dialog).getByTestId('fix-apply'));
    await waitFor(() => expect(host.grid.values.length).toBe(original.values.length + 2));
    await waitFor(() => expect(screen.getByTestId('tab-templates')).toHaveTextContent('模板（1）'));
    expect(within(screen.getByTestId('templates')).getAllByTestId('template-offer').map((o) => o.getAttribute('data-offer-id'))).toEqual(['dept|output|cost']);

    await userEvent.click(screen.getByTestId('undo-edit'));
    await waitFor(() => expect(screen.getByTestId('tab-templates')).toHaveTextContent('模板（2）'));
    expect(host.grid).toEqual(original);
  });

  test('no item chosen: insert is disabled with a hint; a planner error shows its message', async () => {
    const { host } = seedHost('seed-002');
    host.grid.protected = true;
    renderPane(host, { planFix: planFixWithTemplates });
    await ready();
    await userEvent.click(screen.getByTestId('tab-templates'));
    const cost = within(screen.getByTestId('templates')).getAllByTestId('template-offer')[0];
    const [first] = within(cost).getAllByRole('checkbox');
    await userEvent.click(first);
    expect(within(cost).getByTestId('template-insert')).toBeDisabled();
    expect(cost).toHaveTextContent('请至少选择一项模板行。');
    await userEvent.click(first);
    await userEvent.click(within(cost).getByTestId('template-insert'));
    expect(await screen.findByTestId('fix-error')).toHaveTextContent('无法插入模板：工作表受保护，无法插入模板行。');
  });

  test('without a planner the pane shows no templates tab', async () => {
    const { host } = seedHost('seed-002');
    renderPane(host);
    await ready();
    expect(screen.queryByTestId('tab-templates')).toBeNull();
  });
});
