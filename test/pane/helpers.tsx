// Shared pieces of the pane tests: synthetic reports and a render helper.

import { render, screen, waitFor } from '@testing-library/react';
import type { GridData } from '../../src/core/grid/grid';
import type { Grid } from '../../src/core/grid/grid';
import type { CheckOptions } from '../../src/core/check';
import { Finding, Report, summarize } from '../../src/core/report';
import { App, AppProps } from '../../src/taskpane/App';
import { FakeHost } from './fake-host';

export const FORM_GRID: GridData = {
  name: '南沙',
  values: [
    ['部门整体预算绩效目标申报表', null, null, null, null],
    ['基本支出', 1561.17, '财政拨款', 7093.89, null],
    ['项目支出', 5200, '其他资金', 0, null],
    ['一级指标', '二级指标', '三级指标', '年度指标值', null],
    ['产出指标', '数量指标', '宣传报道', '显著提升', null],
    ['效益指标', '社会效益指标', '影响力', '≥90%', null],
    ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90', null],
  ],
};

export function finding(partial: Partial<Finding> & Pick<Finding, 'rule' | 'cell'>): Finding {
  return {
    category: 'hierarchy',
    severity: 'warning',
    cells: [partial.cell],
    message: `问题 ${partial.rule} ${partial.cell}`,
    why: `原因 ${partial.rule}`,
    ...partial,
  };
}

export const ERRORS: Finding[] = [
  finding({ rule: 'budget-sum', cell: 'D2', cells: ['D2', 'B2', 'B3'], category: 'budget', severity: 'error', message: '财政拨款 7,093.89 ≠ 支出合计 6,761.17（相差 332.72）', suggestion: '核对各项支出', why: '收支不平衡的表会被退回。' }),
  finding({ rule: 'vague-value', cell: 'D5', category: 'vague', severity: 'warning', message: '“显著提升”无法衡量', suggestion: '改为具体数值，如“≥50篇”' }),
  finding({ rule: 'unit-missing', cell: 'D7', category: 'vague', severity: 'info', message: '“≥90”缺少单位' }),
  finding({ rule: 'level2-unknown', cell: 'B6', category: 'hierarchy', severity: 'error', message: '二级指标名称不规范' }),
];

/** A checker returning whatever `current.findings` holds, on a recognised form. */
export function syntheticChecker(current: { findings: Finding[]; form?: Report['form']; measurability?: Report['measurability'] }) {
  return jest.fn((grid: Grid, options: CheckOptions): Report => {
    const findings = current.findings.map((f) => ({ ...f }));
    const form = current.form === undefined ? 'dept-overall' : current.form;
    return {
      sheet: grid.name,
      form,
      formName: form ? '部门整体预算绩效目标申报表' : null,
      profile: typeof options.profile === 'object' ? options.profile.id : options.profile ?? 'guangdong',
      findings,
      summary: summarize(findings),
      ...(current.measurability ? { measurability: current.measurability } : {}),
    };
  });
}

export function renderPane(host: FakeHost | null, props: Partial<AppProps> = {}) {
  return render(<App host={host} lang="zh" debounceMs={20} {...props} />);
}

export function newHost(grid: GridData = FORM_GRID): FakeHost {
  return new FakeHost(JSON.parse(JSON.stringify(grid)) as GridData);
}

export async function ready() {
  await waitFor(() => expect(screen.getByTestId('pane')).toHaveAttribute('data-status', 'ready'));
}

export function findingRows() {
  return screen.queryAllByTestId('finding');
}

/** The button of the finding on a cell (getByRole is slow on Fluent's DOM; one test checks names). */
export function row(cell: string): HTMLElement {
  const li = screen.getAllByTestId('finding').find((el) => el.getAttribute('data-cell') === cell);
  if (!li) throw new Error(`no finding on ${cell}`);
  return li.querySelector('button[data-finding-id]') as HTMLElement;
}

export async function openDialog(): Promise<HTMLElement> {
  const el = await screen.findByTestId(/ignore-reason|fix-description/);
  return el.closest('[role="dialog"]') as HTMLElement;
}
