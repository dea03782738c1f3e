// Ignored findings: with a reason, listed apart, remembered with the workbook, back on edit, reset.

import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { parseIgnored } from '../../src/taskpane/state/ignored';
import { FakeHost } from './fake-host';
import { ERRORS, newHost, renderPane, syntheticChecker, ready, findingRows, row, openDialog } from './helpers';

beforeEach(() => localStorage.clear());

describe('ignored findings', () => {
  async function ignoreFirstError(host: FakeHost, reason: string) {
    const saves = host.called('saveState').length;
    await userEvent.click(row('D2'));
    await userEvent.click(screen.getByTestId('ignore'));
    const dialog = await openDialog();
    // a reason is required
    await userEvent.click(within(dialog).getByTestId('ignore-confirm'));
    expect(within(dialog).getByText('请填写忽略原因。')).toBeInTheDocument();
    fireEvent.change(within(dialog).getByTestId('ignore-reason'), { target: { value: reason } });
    await userEvent.click(within(dialog).getByTestId('ignore-confirm'));
    await waitFor(() => expect(host.called('saveState')).toHaveLength(saves + 1));
  }

  test('ignore with a reason: listed apart, verdict recounted, stored with the workbook', async () => {
    const host = newHost();
    renderPane(host, { checker: syntheticChecker({ findings: ERRORS }) });
    await ready();
    // marks are painted on request (一键校验); ignoring then takes the finding's mark away too
    await userEvent.click(screen.getByTestId('run-check'));
    await waitFor(() => expect(host.highlights?.findings).toHaveLength(4));
    await ignoreFirstError(host, '已与财政局确认口径');
    expect(findingRows().map((r) => r.getAttribute('data-rule'))).not.toContain('budget-sum');
    expect(screen.getByTestId('verdict-text')).toHaveTextContent('不能提交（1 个错误）');
    expect(screen.getByTestId('verdict')).toHaveTextContent('已忽略 1 个错误');
    expect(screen.getByTestId('count-budget')).toHaveAttribute('data-count', '0');
    // stored with the workbook, keyed by rule + cell + content hash
    const entries = parseIgnored(host.state.get('perfcheck.ignored') ?? null);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ rule: 'budget-sum', cell: 'D2', sheet: '南沙', reason: '已与财政局确认口径' });
    expect(entries[0].hash).toMatch(/^[0-9a-f]{8}$/);
    // listed apart with the reason; the highlight goes too
    await userEvent.click(screen.getByTestId('tab-ignored'));
    const list = screen.getByTestId('ignored-list');
    expect(within(list).getAllByTestId('ignored-finding')).toHaveLength(1);
    expect(list).toHaveTextContent('原因：已与财政局确认口径');
    await waitFor(() => expect(host.highlights?.findings.map((f) => f.rule)).not.toContain('budget-sum'));
  });

  test('remembered: a new pane on the same workbook keeps it ignored', async () => {
    const host = newHost();
    const checker = syntheticChecker({ findings: ERRORS });
    const first = renderPane(host, { checker });
    await ready();
    await ignoreFirstError(host, '口径不同');
    first.unmount();
    renderPane(host, { checker });
    await ready();
    await waitFor(() => expect(screen.getByTestId('tab-ignored')).toHaveTextContent('已忽略（1）'));
    expect(findingRows().map((r) => r.getAttribute('data-rule'))).not.toContain('budget-sum');
  });

  test('comes back when the content of its cells changes; restore and reset', async () => {
    const host = newHost();
    renderPane(host, { checker: syntheticChecker({ findings: ERRORS }) });
    await ready();
    await ignoreFirstError(host, '口径不同');
    expect(screen.getByTestId('tab-ignored')).toHaveTextContent('已忽略（1）');
    // an unrelated cell: still ignored
    act(() => host.edit('A1', '部门整体预算绩效目标申报表（修订）'));
    await waitFor(() => expect(host.reads).toBe(2));
    expect(screen.getByTestId('tab-ignored')).toHaveTextContent('已忽略（1）');
    // one of the finding's cells (B3 is among D2's cells): it comes back
    act(() => host.edit('B3', 5300));
    await waitFor(() => expect(screen.getByTestId('tab-ignored')).toHaveTextContent('已忽略（0）'));
    expect(findingRows().map((r) => r.getAttribute('data-rule'))).toContain('budget-sum');
    expect(screen.getByTestId('verdict-text')).toHaveTextContent('不能提交（2 个错误）');

    // ignore two, restore one, reset the rest
    await ignoreFirstError(host, '原因一');
    await userEvent.click(row('B6'));
    await userEvent.click(screen.getByTestId('ignore'));
    fireEvent.change(within(await openDialog()).getByTestId('ignore-reason'), { target: { value: '原因二' } });
    await userEvent.click(screen.getByTestId('ignore-confirm'));
    await waitFor(() => expect(screen.getByTestId('tab-ignored')).toHaveTextContent('已忽略（2）'));
    expect(screen.getByTestId('verdict-text')).toHaveTextContent('可以提交');
    await userEvent.click(screen.getByTestId('tab-ignored'));
    // (getByRole at once: after ignoring, no dialog may leave the page aria-hidden)
    await userEvent.click(screen.getByRole('button', { name: /恢复：D2/ }));
    await waitFor(() => expect(screen.getByTestId('tab-ignored')).toHaveTextContent('已忽略（1）'));
    await userEvent.click(screen.getByTestId('reset-ignored'));
    await userEvent.click(screen.getByTestId('reset-confirm-yes'));
    await waitFor(() => expect(screen.getByTestId('tab-ignored')).toHaveTextContent('已忽略（0）'));
    expect(parseIgnored(host.state.get('perfcheck.ignored') ?? null)).toEqual([]);
  });
});
