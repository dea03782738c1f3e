// Issue 15, the pane as a finance officer uses it: findings grouped by indicator (errors first, tips
// folded with their count), a cell with several findings cycles on repeated clicks and a cell with
// none clears the selection, the packed item shown in full, the inserted rows selected and the
// 【待填】 warning before inserting, focus back on 忽略 after the dialog, 全部恢复 asks and can be
// undone, and the language follows only an explicit choice.

import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { GridData } from '../../src/core/grid/grid';
import { planFixWithTemplates } from '../../src/taskpane/fix';
import { fixture } from '../fixtures/catalog';
import { specToGrid } from '../fixtures/sheet-spec';
import { FakeHost } from './fake-host';
import { ERRORS, finding, findingRows, newHost, openDialog, ready, renderPane, row, syntheticChecker } from './helpers';

beforeEach(() => localStorage.clear());

const groups = () => screen.queryAllByTestId('indicator-group');
const selectedCell = () => findingRows().find((r) => r.getAttribute('data-selected') === 'true')?.getAttribute('data-cell') ?? null;
const selectedRule = () => findingRows().find((r) => r.getAttribute('data-selected') === 'true')?.getAttribute('data-rule') ?? null;

/** Three findings on D5 (one row: one indicator), one on C5, an error on D2, tips on D7 and D5. */
const MANY = [
  finding({ rule: 'vague-value', cell: 'D5', category: 'vague', severity: 'warning', message: '“显著提升”无法衡量' }),
  finding({ rule: 'unit-missing', cell: 'D7', category: 'vague', severity: 'info', message: '“≥90”缺少单位' }),
  finding({ rule: 'weak-target', cell: 'D5', category: 'vague', severity: 'warning', message: '“显著提升”没有基数' }),
  finding({ rule: 'name-vague', cell: 'C5', category: 'text', severity: 'warning', message: '“宣传报道”太笼统' }),
  finding({ rule: 'budget-sum', cell: 'D2', cells: ['D2', 'B2', 'B3'], category: 'budget', severity: 'error', message: '财政拨款与支出不符' }),
  finding({ rule: 'note-only', cell: 'D5', category: 'vague', severity: 'info', message: '仅提示' }),
];

describe('findings grouped by indicator (item 4)', () => {
  test('one entry per indicator row with its reasons inside; errors first; tips folded with their count', async () => {
    const host = newHost();
    renderPane(host, { checker: syntheticChecker({ findings: MANY }) });
    await ready();
    // D5 and C5 are on row 5: one entry with three reasons; the error entry (row 2) comes first.
    expect(groups().map((g) => [g.getAttribute('data-severity'), g.getAttribute('data-count')])).toEqual([
      ['error', '1'],
      ['warning', '3'],
    ]);
    expect(within(groups()[1]).getAllByTestId('finding').map((r) => r.getAttribute('data-rule'))).toEqual(['vague-value', 'weak-target', 'name-vague']);
    // the two tips are folded, their count shown; unfolding shows them
    expect(findingRows().some((r) => r.getAttribute('data-severity') === 'info')).toBe(false);
    const toggle = screen.getByTestId('info-toggle');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveTextContent('提示（2）');
    await userEvent.click(toggle);
    expect(findingRows().filter((r) => r.getAttribute('data-severity') === 'info')).toHaveLength(2);
    // the tab still counts every active finding
    expect(screen.getByTestId('tab-findings')).toHaveTextContent('问题（6）');
  });

  test('packed cell: findings are grouped per packed item, named by the item (real engine, seed with packed indicators)', async () => {
    const host = new FakeHost(JSON.parse(JSON.stringify(specToGrid(fixture('seed-003')))) as GridData);
    renderPane(host);
    await ready();
    const packed = groups().filter((g) => /#/.test(g.getAttribute('data-key') ?? ''));
    expect(packed.length).toBeGreaterThan(0);
    // an entry on a packed item carries the item number and name, and all its findings share the cell
    const g = packed[0];
    expect(g).toHaveTextContent(/第 \d+ 项“.+”/);
    const cells = new Set(within(g).getAllByTestId('finding').map((r) => r.getAttribute('data-cell')));
    expect(cells.size).toBe(1);
  });
});

describe('clicking cells in the sheet (items 4 and 8)', () => {
  test('repeated clicks on a cell with several findings cycle through them', async () => {
    const host = newHost();
    renderPane(host, { checker: syntheticChecker({ findings: MANY }) });
    await ready();
    const seen: Array<string | null> = [];
    for (let i = 0; i < 4; i++) {
      act(() => host.clickCell('D5'));
      await waitFor(() => expect(selectedCell()).toBe('D5'));
      seen.push(selectedRule());
    }
    // D5 carries vague-value, weak-target and (a tip) note-only: each once, then around again
    expect(seen).toEqual(['vague-value', 'weak-target', 'note-only', 'vague-value']);
  });

  test('a cell with no finding clears the selected finding', async () => {
    const host = newHost();
    renderPane(host, { checker: syntheticChecker({ findings: ERRORS }) });
    await ready();
    act(() => host.clickCell('D2'));
    await waitFor(() => expect(selectedCell()).toBe('D2'));
    act(() => host.clickCell('A1'));
    await waitFor(() => expect(selectedCell()).toBeNull());
    expect(screen.queryByTestId('finding-details')).toBeNull();
  });
});

describe('packed items in full (item 5)', () => {
  test('the selected finding on a packed cell shows its packed item as written', async () => {
    const host = new FakeHost(JSON.parse(JSON.stringify(specToGrid(fixture('seed-003')))) as GridData);
    renderPane(host);
    await ready();
    const g = groups().find((el) => /#/.test(el.getAttribute('data-key') ?? ''))!;
    await userEvent.click(within(g).getAllByTestId('finding')[0].querySelector('button')!);
    const full = await screen.findByTestId('full-text');
    // the packed item as written: its number, its level names and its values, uncut
    expect(full.textContent).toMatch(/^\d+[、.．]/);
    expect(full.textContent!.length).toBeGreaterThan(20);
    expect(screen.getByTestId('finding-details')).toHaveTextContent(/第 \d+ 项原文/);
  });

  test('a long table cell the grid cuts is shown whole beside its finding', async () => {
    const long = '通过宣传品的投放与传播，加深外界对我区正面形象的认知，持续优化区域品牌形象，并在全年分季度开展主题宣传活动，扩大覆盖面和影响力。';
    const grid = JSON.parse(JSON.stringify(newHost().grid)) as GridData;
    grid.values[4][3] = long;
    const host = new FakeHost(grid);
    renderPane(host, { checker: syntheticChecker({ findings: [finding({ rule: 'vague-value', cell: 'D5', category: 'vague' })] }) });
    await ready();
    await userEvent.click(row('D5'));
    expect(await screen.findByTestId('full-text')).toHaveTextContent(long);
  });
});

describe('template insertion (item 6)', () => {
  function seedHost(seed: string): FakeHost {
    return new FakeHost(JSON.parse(JSON.stringify(specToGrid(fixture(seed)))) as GridData);
  }

  test('the preview says 【待填】 counts as an error; after inserting, the new row is selected', async () => {
    const host = seedHost('seed-002');
    renderPane(host, { planFix: planFixWithTemplates });
    await ready();
    const li = findingRows().find((el) => el.getAttribute('data-rule') === 'missing-category' && el.getAttribute('data-cell') === 'B18')!;
    await userEvent.click(li.querySelector('button')!);
    await userEvent.click(screen.getByTestId('fix'));
    const dialog = await openDialog();
    expect(within(dialog).getByTestId('placeholder-note')).toHaveTextContent('每个“【待填】”都算一个错误');
    await userEvent.click(within(dialog).getByTestId('fix-apply'));
    // 在第 24 行之后插入 1 行 -> the new row is sheet row 25 (zero-based 24): selected
    await waitFor(() => expect(host.called('selectCell').some(([, a]) => /^[A-Z]+25$/.test(String(a)))).toBe(true));
  });
});

describe('dialogs: focus and safety (item 7)', () => {
  test('closing the ignore dialog returns focus to 忽略', async () => {
    const host = newHost();
    renderPane(host, { checker: syntheticChecker({ findings: ERRORS }) });
    await ready();
    await userEvent.click(row('D2'));
    const ignore = screen.getByTestId('ignore');
    await userEvent.click(ignore);
    const dialog = await openDialog();
    await userEvent.click(within(dialog).getByText('取消'));
    await waitFor(() => expect(screen.queryByTestId('ignore-reason')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('ignore')));
  });

  test('全部恢复 asks first, and 撤销 brings every reason back', async () => {
    const host = newHost();
    renderPane(host, { checker: syntheticChecker({ findings: ERRORS }) });
    await ready();
    for (const cell of ['D2', 'B6']) {
      await userEvent.click(row(cell));
      await userEvent.click(screen.getByTestId('ignore'));
      const dialog = await openDialog();
      fireEvent.change(within(dialog).getByTestId('ignore-reason'), { target: { value: `理由 ${cell}` } });
      await userEvent.click(within(dialog).getByTestId('ignore-confirm'));
      await waitFor(() => expect(screen.queryByTestId('ignore-reason')).toBeNull());
    }
    await userEvent.click(screen.getByTestId('tab-ignored'));
    expect(screen.getAllByTestId('ignored-finding')).toHaveLength(2);
    // asks first: cancel keeps everything
    await userEvent.click(screen.getByTestId('reset-ignored'));
    expect(screen.getByTestId('reset-confirm')).toHaveTextContent('恢复全部 2 个已忽略的问题');
    await userEvent.click(screen.getByTestId('reset-confirm-no'));
    expect(screen.getAllByTestId('ignored-finding')).toHaveLength(2);
    // confirm: all restored, then 撤销 puts them back with their reasons
    await userEvent.click(screen.getByTestId('reset-ignored'));
    await userEvent.click(screen.getByTestId('reset-confirm-yes'));
    await waitFor(() => expect(screen.queryAllByTestId('ignored-finding')).toHaveLength(0));
    await userEvent.click(screen.getByTestId('reset-undo'));
    await waitFor(() => expect(screen.getAllByTestId('ignored-finding')).toHaveLength(2));
    expect(screen.getByTestId('ignored-list')).toHaveTextContent('理由 D2');
    expect(screen.getByTestId('ignored-list')).toHaveTextContent('理由 B6');
  });
});

describe('language (item 10, minimal)', () => {
  test('no explicit choice: Chinese whatever the display language, and <html lang> is zh-CN', async () => {
    const host = newHost();
    renderPane(host, { lang: undefined, displayLanguage: 'en-US', checker: syntheticChecker({ findings: ERRORS }) });
    await ready();
    expect(screen.getByTestId('run-check')).toHaveTextContent('一键校验');
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  test('the language setting switches the pane to English and <html lang> to en; the choice is kept', async () => {
    const host = newHost();
    const view = renderPane(host, { lang: undefined, checker: syntheticChecker({ findings: ERRORS }) });
    await ready();
    await userEvent.click(screen.getByTestId('tab-settings'));
    fireEvent.change(screen.getByTestId('lang-select'), { target: { value: 'en' } });
    await waitFor(() => expect(screen.getByTestId('run-check')).toHaveTextContent('Check now'));
    expect(document.documentElement.lang).toBe('en');
    view.unmount();
    renderPane(newHost(), { lang: undefined, checker: syntheticChecker({ findings: ERRORS }) });
    await ready();
    expect(screen.getByTestId('run-check')).toHaveTextContent('Check now');
  });
});

describe('findings in English (item 10)', () => {
  const cjkOutsideQuotes = (s: string) => /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/.test(s.replace(/“[^”]*”/g, ''));

  test('switching to English re-checks and every finding reads in English; back to Chinese likewise', async () => {
    const host = new FakeHost(JSON.parse(JSON.stringify(specToGrid(fixture('seed-001')))) as GridData);
    renderPane(host, { lang: undefined });
    await ready();
    const zhTexts = findingRows().map((r) => r.textContent ?? '');
    expect(zhTexts.length).toBeGreaterThan(0);
    expect(zhTexts.some(cjkOutsideQuotes)).toBe(true);
    await userEvent.click(screen.getByTestId('tab-settings'));
    fireEvent.change(screen.getByTestId('lang-select'), { target: { value: 'en' } });
    await waitFor(() => expect(screen.getByTestId('run-check')).toHaveTextContent('Check now'));
    await userEvent.click(screen.getByTestId('tab-findings'));
    await waitFor(() => expect(findingRows().length).toBe(zhTexts.length));
    await waitFor(() => expect(findingRows().map((r) => r.textContent ?? '').filter(cjkOutsideQuotes)).toEqual([]));
    await userEvent.click(screen.getByTestId('tab-settings'));
    fireEvent.change(screen.getByTestId('lang-select'), { target: { value: 'zh' } });
    await userEvent.click(screen.getByTestId('tab-findings'));
    await waitFor(() => expect(findingRows().map((r) => r.textContent ?? '')).toEqual(zhTexts));
  }, 30_000);
});
