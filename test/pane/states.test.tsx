// The pane's states: no workbook, no form, host error, clean form, errors (list, selection,
// next/previous, keyboard, filter, screen reader labels).

import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ERRORS, newHost, renderPane, syntheticChecker, ready, findingRows, row } from './helpers';

beforeEach(() => localStorage.clear());

describe('no workbook / no form', () => {
  test('without a host the pane asks for a workbook', () => {
    renderPane(null);
    expect(screen.getByTestId('state-no-host')).toHaveTextContent('尚未打开工作簿');
    expect(screen.queryByTestId('verdict')).toBeNull();
  });

  test('a sheet that is not a form (real engine): no verdict, says why', async () => {
    const host = newHost({ name: 'Sheet1', values: [['姓名', '电话'], ['张三', '123']] });
    renderPane(host);
    await ready();
    expect(screen.getByTestId('state-no-form')).toHaveTextContent('未识别到绩效目标表');
    expect(screen.getByTestId('state-no-form')).toHaveTextContent('不是可识别的绩效目标表');
    expect(screen.queryByTestId('verdict')).toBeNull();
    expect(screen.queryByTestId('category-counts')).toBeNull();
    expect(host.called('showHighlights')).toHaveLength(0);
  });

  test('a host read failure shows the host error in Chinese, with retry', async () => {
    const host = newHost();
    const { HostError } = await import('../../src/host/types');
    host.failNextRead = new HostError('read-failed', '无法读取工作表。', 'Could not read the sheet.');
    renderPane(host, { checker: syntheticChecker({ findings: [] }) });
    await waitFor(() => expect(screen.getByTestId('state-error')).toHaveTextContent('无法读取工作表。'));
    await userEvent.click(screen.getByRole('button', { name: '重试' }));
    await ready();
    expect(screen.getByTestId('verdict-text')).toHaveTextContent('可以提交');
  });
});

describe('clean form', () => {
  test('verdict 可以提交, form, profile, measurability, zero counts', async () => {
    const host = newHost();
    renderPane(host, { checker: syntheticChecker({ findings: [], measurability: { measurable: 8, total: 10 } }) });
    await ready();
    expect(screen.getByTestId('verdict')).toHaveAttribute('data-pass', 'true');
    expect(screen.getByTestId('verdict-text')).toHaveTextContent('可以提交');
    expect(screen.getByTestId('verdict')).toHaveTextContent('未发现问题');
    expect(screen.getByTestId('form-name')).toHaveTextContent('部门整体预算绩效目标申报表');
    expect(screen.getByTestId('profile-name')).toHaveTextContent('广东');
    expect(screen.getByTestId('measurability')).toHaveTextContent('可衡量指标 80%（8/10）');
    for (const c of ['hierarchy', 'budget', 'vague', 'completeness', 'text', 'structure']) expect(screen.getByTestId(`count-${c}`)).toHaveAttribute('data-count', '0');
    expect(screen.getByTestId('no-findings')).toHaveTextContent('没有发现问题');
    expect(screen.getByTestId('announcer')).toHaveTextContent('可以提交');
  });

  test('warnings alone do not block submission', async () => {
    const host = newHost();
    renderPane(host, { checker: syntheticChecker({ findings: ERRORS.filter((f) => f.severity !== 'error') }) });
    await ready();
    expect(screen.getByTestId('verdict-text')).toHaveTextContent('可以提交');
    expect(screen.getByTestId('verdict')).toHaveTextContent('1 个警告、1 个提示');
  });
});

describe('errors', () => {
  test('verdict, counts per category, list by indicator: errors first, tips folded', async () => {
    const host = newHost();
    renderPane(host, { checker: syntheticChecker({ findings: ERRORS }) });
    await ready();
    expect(screen.getByTestId('verdict')).toHaveAttribute('data-pass', 'false');
    expect(screen.getByTestId('verdict-text')).toHaveTextContent('不能提交（2 个错误）');
    expect(screen.getByTestId('count-budget')).toHaveAttribute('data-count', '1');
    expect(screen.getByTestId('count-budget')).toHaveAttribute('data-errors', '1');
    expect(screen.getByTestId('count-vague')).toHaveAttribute('data-count', '2');
    expect(screen.getByTestId('count-hierarchy')).toHaveAttribute('data-count', '1');
    // one entry per indicator (row): the error entries first in sheet order, then the warning; the tip folded
    expect(findingRows().map((r) => r.getAttribute('data-rule'))).toEqual(['budget-sum', 'level2-unknown', 'vague-value']);
    const groups = screen.getAllByTestId('indicator-group');
    expect(groups.map((g) => `${g.getAttribute('data-severity')}@${g.getAttribute('data-cell')}`)).toEqual(['error@D2', 'error@B6', 'warning@D5']);
    expect(within(screen.getByTestId('info-fold')).getByTestId('info-toggle')).toHaveTextContent('提示（1）');
    // the automatic first check writes nothing; 一键校验 paints the active findings
    expect(host.called('showHighlights')).toEqual([]);
    await userEvent.click(screen.getByTestId('run-check'));
    await waitFor(() => expect(host.highlights?.findings).toHaveLength(4));
  });

  test('clicking a finding selects its cell and shows why and the suggestion', async () => {
    const host = newHost();
    renderPane(host, { checker: syntheticChecker({ findings: ERRORS }) });
    await ready();
    await userEvent.click(row('D2'));
    expect(host.called('selectCell')).toEqual([['南沙', 'D2']]);
    const details = screen.getByTestId('finding-details');
    expect(details).toHaveTextContent('原因：收支不平衡的表会被退回。');
    expect(details).toHaveTextContent('建议：核对各项支出');
    expect(details).toHaveTextContent('涉及单元格：D2、B2、B3');
    expect(screen.getByTestId('position')).toHaveTextContent('第 1 / 4 个');
  });

  test('next / previous walk the list in display order and wrap', async () => {
    const host = newHost();
    renderPane(host, { checker: syntheticChecker({ findings: ERRORS }) });
    await ready();
    expect(screen.getByTestId('next')).toHaveAttribute('aria-label', '下一个问题');
    const next = screen.getByTestId('next');
    const prev = screen.getByTestId('previous');
    await userEvent.click(next);
    await userEvent.click(next);
    expect(host.called('selectCell').map((c) => c[1])).toEqual(['D2', 'B6']);
    await userEvent.click(prev);
    await userEvent.click(prev);
    // wrapping back onto the folded tip unfolds it
    expect(host.called('selectCell').map((c) => c[1])).toEqual(['D2', 'B6', 'D2', 'D7']);
    expect(row('D7')).toHaveAttribute('aria-expanded', 'true');
  });

  test('keyboard: arrow keys move through the findings and select the cell', async () => {
    const host = newHost();
    renderPane(host, { checker: syntheticChecker({ findings: ERRORS }) });
    await ready();
    const first = row('D2');
    // one tab stop for the whole list
    expect(first).toHaveAttribute('tabindex', '0');
    expect(row('B6')).toHaveAttribute('tabindex', '-1');
    first.focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(row('B6')).toHaveFocus();
    await userEvent.keyboard('{End}');
    expect(row('D5')).toHaveFocus();
    expect(host.called('selectCell').map((c) => c[1])).toEqual(['B6', 'D5']);
    expect(row('D5')).toHaveAttribute('aria-expanded', 'true');
  });

  test('filter by category from the counts; clicking the cell in the sheet selects its finding', async () => {
    const host = newHost();
    renderPane(host, { checker: syntheticChecker({ findings: ERRORS }) });
    await ready();
    await userEvent.click(screen.getByTestId('count-vague'));
    expect(findingRows().map((r) => r.getAttribute('data-rule'))).toEqual(['vague-value']);
    expect(screen.getByTestId('info-toggle')).toHaveTextContent('提示（1）');
    expect(screen.getByTestId('count-vague')).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(screen.getByTestId('clear-filter'));
    expect(findingRows()).toHaveLength(3);
    act(() => host.clickCell('D5'));
    await waitFor(() => expect(row('D5')).toHaveAttribute('aria-expanded', 'true'));
    expect(host.called('selectCell')).toHaveLength(0); // the sheet moved already; no echo back
  });

  test('screen reader labels: verdict announced, findings labelled with severity and cell', async () => {
    const host = newHost();
    renderPane(host, { checker: syntheticChecker({ findings: ERRORS }) });
    await ready();
    expect(screen.getByTestId('announcer')).toHaveTextContent('不能提交（2 个错误）');
    expect(screen.getByRole('button', { name: '错误，单元格 D2：财政拨款 7,093.89 ≠ 支出合计 6,761.17（相差 332.72）' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /预算金额：1 个问题，其中 1 个错误/ })).toBeInTheDocument();
    expect(screen.getByTestId('pane')).toHaveAttribute('role', 'region');
    expect(screen.getByTestId('pane')).toHaveAttribute('aria-label', '绩效目标校验助手');
  });
});
