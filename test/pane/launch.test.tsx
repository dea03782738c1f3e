// The ribbon's 一键校验 (taskpane.html?action=check): the Excel entry consumes the action and the
// pane runs the one-click check at once, reading the sheet once. 清除标注: the highlights come off
// the sheet through the host and stay off until the next 一键校验.

import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { planFixWithTemplates } from '../../src/taskpane/fix';
import { excelPaneProps } from '../../src/taskpane/startup';
import { ERRORS, newHost, ready, renderPane, syntheticChecker } from './helpers';

beforeEach(() => localStorage.clear());

describe('一键校验 from the ribbon', () => {
  test('the Excel entry reads ?action=check without rewriting the address (Office.js nulls history.replaceState)', () => {
    const hist = window.history as unknown as { replaceState: unknown };
    const original = hist.replaceState;
    hist.replaceState = null; // what office.js does in an add-in page
    try {
      const props = excelPaneProps({ search: '?action=check&_host_Info=Excel' }, 'navigate');
      expect(props).toEqual({ launchAction: 'check', planFix: planFixWithTemplates });
      // a reload of the pane (F5, Office reloading it) does not run the check again
      expect(excelPaneProps({ search: '?action=check&_host_Info=Excel' }, 'reload').launchAction).toBeNull();
      // 打开校验助手 (no action): nothing to run
      expect(excelPaneProps({ search: '' }, 'navigate').launchAction).toBeNull();
      // unknown navigation type (older webviews): the press is honoured
      expect(excelPaneProps({ search: '?action=check' }, null).launchAction).toBe('check');
    } finally {
      hist.replaceState = original;
    }
  });

  test('launchAction "check": the pane opens on the verdict after one read, as 一键校验', async () => {
    const host = newHost();
    const onCheckDone = jest.fn();
    renderPane(host, { checker: syntheticChecker({ findings: ERRORS }), launchAction: 'check', onCheckDone });
    await ready();
    await waitFor(() => expect(onCheckDone).toHaveBeenCalledTimes(1));
    expect(onCheckDone.mock.calls[0][0]).toMatchObject({ exported: false, verdict: { pass: false, errors: 2 } });
    expect(host.reads).toBe(1);
    expect(screen.getByTestId('verdict-text')).toHaveTextContent('不能提交（2 个错误）');
    expect(screen.getByTestId('announcer')).toHaveTextContent('不能提交（2 个错误）');
    expect(screen.getByTestId('tab-findings')).toHaveAttribute('aria-selected', 'true');
  });

  test('without a launch action the pane checks once by itself and does not report a one-click check', async () => {
    const host = newHost();
    const onCheckDone = jest.fn();
    renderPane(host, { checker: syntheticChecker({ findings: ERRORS }), onCheckDone });
    await ready();
    expect(host.reads).toBe(1);
    expect(onCheckDone).not.toHaveBeenCalled();
  });
});

describe('清除标注', () => {
  test('clears the highlights through the host, keeps them off while editing, 一键校验 paints them again', async () => {
    const host = newHost();
    const current = { findings: [...ERRORS] };
    renderPane(host, { checker: syntheticChecker(current) });
    await ready();
    await userEvent.click(screen.getByTestId('run-check'));
    await waitFor(() => expect(host.highlights?.findings).toHaveLength(4));
    const button = screen.getByRole('button', { name: '清除标注' });
    expect(button).toHaveAttribute('title', expect.stringContaining('提交前'));
    await userEvent.click(button);
    await waitFor(() => expect(host.called('clearHighlights')).toEqual([['南沙']]));
    expect(host.highlights).toBeNull();
    expect(screen.getByTestId('notice')).toHaveTextContent('已清除表格中的标注');

    // a live re-check after an edit does not paint them back
    const reads = host.reads;
    current.findings = ERRORS.slice(1);
    act(() => host.edit('B2', 1));
    await waitFor(() => expect(host.reads).toBe(reads + 1));
    // three findings left, the tip among them folded
    await waitFor(() => expect(screen.getByTestId('tab-findings')).toHaveTextContent('问题（3）'));
    expect(screen.getAllByTestId('finding')).toHaveLength(2);
    expect(host.highlights).toBeNull();

    await userEvent.click(screen.getByTestId('run-check'));
    await waitFor(() => expect(host.highlights?.findings).toHaveLength(3));
  });

  test('clears marks left in the workbook by an earlier session even when this pane paints none', async () => {
    const host = newHost();
    renderPane(host, { checker: syntheticChecker({ findings: ERRORS }), initialSettings: { highlight: false } });
    await ready();
    expect(host.called('showHighlights')).toEqual([]);
    await userEvent.click(screen.getByTestId('clear-highlights'));
    await waitFor(() => expect(host.called('clearHighlights')).toEqual([['南沙']]));
  });
});
