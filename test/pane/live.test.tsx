// Live update, 一键校验 with export, settings, English, fixes.

import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ERRORS, finding, newHost, renderPane, syntheticChecker, ready, findingRows, row, openDialog } from './helpers';

beforeEach(() => localStorage.clear());

describe('live update', () => {
  test('edits re-run the check (debounced) and the selection stays on the same finding', async () => {
    const host = newHost();
    const current = { findings: [...ERRORS] };
    const checker = syntheticChecker(current);
    renderPane(host, { checker, debounceMs: 60 });
    await ready();
    await userEvent.click(row('D5'));
    expect(screen.getByTestId('position')).toHaveTextContent('第 3 / 4 个');
    const readsBefore = host.reads;

    // a burst of edits becomes one re-check; a new finding appears before the selected one
    current.findings = [finding({ rule: 'budget-new', cell: 'B2', category: 'budget', severity: 'error' }), ...ERRORS];
    act(() => {
      host.edit('B2', 1);
      host.edit('B2', 12);
      host.edit('B2', 123);
    });
    // (the tip on D7 stays folded: four rows shown of five findings)
    await waitFor(() => expect(findingRows()).toHaveLength(4));
    expect(host.reads).toBe(readsBefore + 1);
    expect(row('D5')).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByTestId('position')).toHaveTextContent('第 4 / 5 个');
    expect(screen.getByTestId('verdict-text')).toHaveTextContent('不能提交（3 个错误）');
    expect(screen.getByTestId('announcer')).toHaveTextContent('已重新校验：3 个错误');

    // the selected finding is fixed: the selection moves to what is now at its place
    current.findings = current.findings.filter((f) => f.rule !== 'vague-value');
    act(() => host.edit('D5', '≥50篇'));
    await waitFor(() => expect(findingRows()).toHaveLength(4));
    await waitFor(() => expect(row('D7')).toHaveAttribute('aria-expanded', 'true'));
  });
});

describe('一键校验 and export', () => {
  test('runs at once, shows the verdict and exports the 校验报告 rows when asked', async () => {
    const host = newHost();
    const onCheckDone = jest.fn();
    renderPane(host, { checker: syntheticChecker({ findings: ERRORS, measurability: { measurable: 3, total: 4 } }), onCheckDone });
    await ready();
    const reads = host.reads;
    await userEvent.click(screen.getByTestId('run-check'));
    await waitFor(() => expect(onCheckDone).toHaveBeenCalledTimes(1));
    expect(host.reads).toBe(reads + 1);
    expect(host.exported).toBeNull();
    expect(onCheckDone.mock.calls[0][0]).toMatchObject({ exported: false, verdict: { pass: false, errors: 2 } });

    await userEvent.click(screen.getByRole('checkbox', { name: /同时导出/ }));
    await userEvent.click(screen.getByTestId('run-check'));
    await waitFor(() => expect(host.exported).not.toBeNull());
    const rows = host.exported!;
    expect(rows[0]).toEqual(['绩效目标校验报告']);
    expect(rows).toContainEqual(['结论', '不能提交（2 个错误）']);
    expect(rows).toContainEqual(['可衡量指标', '75%（3/4）']);
    const header = rows.findIndex((r) => r[0] === '序号');
    expect(rows.slice(header + 1).map((r) => r[1])).toEqual(['B6', 'D2', 'D5', 'D7']);
    expect(screen.getByTestId('notice')).toHaveTextContent('已导出“校验报告”工作表');
  });
});

describe('settings', () => {
  test('profile select re-checks with the chosen profile; a bad custom file gets a Chinese error', async () => {
    const host = newHost();
    const checker = syntheticChecker({ findings: [] });
    renderPane(host, { checker });
    await ready();
    await userEvent.click(screen.getByTestId('tab-settings'));
    await userEvent.selectOptions(screen.getByTestId('profile-select'), 'mof2021');
    await waitFor(() => expect(checker.mock.calls.at(-1)![1].profile).toBe('mof2021'));
    await waitFor(() => expect(screen.getByTestId('profile-name')).toHaveTextContent('财政部'));
    expect(JSON.parse(localStorage.getItem('perfcheck.settings')!)).toMatchObject({ profileId: 'mof2021' });

    const input = screen.getByTestId('profile-file') as HTMLInputElement;
    const bad = new File(['{"id": "x", '], 'bad.json', { type: 'application/json' });
    fireEvent.change(input, { target: { files: [bad] } });
    await waitFor(() => expect(screen.getByTestId('settings')).toHaveTextContent('指标体系文件不是有效的 JSON。'));

    const { BUILTIN_PROFILES } = await import('../../src/core/profiles');
    const custom = { ...BUILTIN_PROFILES.guangdong, id: 'my-org', name: '本单位指标体系' };
    fireEvent.change(input, { target: { files: [new File([JSON.stringify(custom)], 'org.json', { type: 'application/json' })] } });
    await waitFor(() => expect(screen.getByTestId('settings')).toHaveTextContent('已加载指标体系“本单位指标体系”'));
    await waitFor(() => expect((checker.mock.calls.at(-1)![1].profile as { id: string }).id).toBe('my-org'));
    expect(screen.getByTestId('profile-name')).toHaveTextContent('本单位指标体系');
  });

  test('highlight off clears the marks, on paints them again', async () => {
    const host = newHost();
    renderPane(host, { checker: syntheticChecker({ findings: ERRORS }) });
    await ready();
    expect(host.highlights).toBeNull(); // opening the pane writes nothing
    await userEvent.click(screen.getByTestId('run-check'));
    await waitFor(() => expect(host.highlights).not.toBeNull());
    await userEvent.click(screen.getByTestId('tab-settings'));
    await userEvent.click(screen.getByRole('switch', { name: '在表格中标出问题单元格' }));
    await waitFor(() => expect(host.called('clearHighlights')).toEqual([['南沙']]));
    expect(host.highlights).toBeNull();
    await userEvent.click(screen.getByRole('switch', { name: '在表格中标出问题单元格' }));
    await waitFor(() => expect(host.highlights?.findings).toHaveLength(4));
  });
});

describe('English', () => {
  test('an explicit choice of English switches the strings', async () => {
    const host = newHost();
    renderPane(host, { lang: 'en', checker: syntheticChecker({ findings: ERRORS }) });
    await ready();
    expect(screen.getByTestId('verdict-text')).toHaveTextContent('Not ready to submit (2 errors)');
    expect(screen.getByRole('button', { name: 'Check now' })).toBeInTheDocument();
    expect(screen.getByTestId('profile-name')).toHaveTextContent('Guangdong');
  });
});

describe('fixes', () => {
  test('a finding with a fix: preview the plan, apply through the host, undo', async () => {
    const host = newHost();
    const withFix = [finding({ rule: 'missing-level2', cell: 'B5', category: 'completeness', severity: 'error', fix: { kind: 'insert-template', label: '插入时效指标', data: { level2: 'timeliness' } } })];
    const planFix = jest.fn(() => ({ description: '在第 6 行前插入 1 行（时效指标）', writes: [], insertions: [{ beforeRow: 5, rows: [[null, '时效指标', '按时完成率', '100%']] }] }));
    renderPane(host, { checker: syntheticChecker({ findings: withFix }), planFix });
    await ready();
    await userEvent.click(row('B5'));
    await userEvent.click(screen.getByTestId('fix'));
    expect(planFix).toHaveBeenCalledWith(withFix[0], expect.objectContaining({ report: expect.anything(), grid: expect.anything() }));
    const dialog = await openDialog();
    expect(within(dialog).getByTestId('fix-description')).toHaveTextContent('在第 6 行前插入 1 行（时效指标）');
    expect(dialog).toHaveTextContent('按时完成率');
    await userEvent.click(within(dialog).getByTestId('fix-apply'));
    await waitFor(() => expect(host.called('applyEdit')).toEqual([['南沙', '在第 6 行前插入 1 行（时效指标）']]));
    await userEvent.click(await screen.findByRole('button', { name: '撤销插入：在第 6 行前插入 1 行（时效指标）' }));
    await waitFor(() => expect(host.called('undoEdit')).toEqual([['u1']]));
  });
});
