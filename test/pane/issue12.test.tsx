// The pane's part of issue 12: a sheet that is not a form says what a form needs, and advises
// switching sheets only when the workbook has another; the form's own indicator system is used
// until the user picks one, and a pick always holds.

import { screen } from '@testing-library/react';
import { newHost, renderPane, ready } from './helpers';

beforeEach(() => localStorage.clear());

const NOT_A_FORM = { name: '通讯录', values: [['姓名', '电话'], ['张三', '123']] };
// A 2021-system table: 成本指标 is a 一级 with 经济成本指标 under it.
const MOF2021 = {
  name: '项目目标',
  values: [
    ['一级指标', '二级指标', '三级指标', '指标值'],
    ['产出指标', '数量指标', '培训人次', '≥500人次'],
    ['成本指标', '经济成本指标', '人均培训成本', '≤800元'],
    ['效益指标', '社会效益指标', '持证上岗率', '≥90%'],
    ['满意度指标', '服务对象满意度指标', '参训人员满意度', '≥90%'],
  ],
};

test('a single-sheet workbook that is not a form: what a form needs, no advice to switch sheets', async () => {
  renderPane(newHost(NOT_A_FORM));
  await ready();
  const box = screen.getByTestId('state-no-form');
  expect(box).toHaveTextContent('一级指标');
  expect(box).not.toHaveTextContent('请切换');
});

test('with another sheet in the workbook, the pane also suggests switching', async () => {
  const host = newHost(NOT_A_FORM);
  host.otherSheets = ['申报表'];
  renderPane(host);
  await ready();
  expect(await screen.findByText(/请切换/)).toBeInTheDocument();
});

test('the form decides its indicator system until the user picks one', async () => {
  renderPane(newHost(MOF2021));
  await ready();
  expect(screen.getByTestId('profile-name')).toHaveTextContent('财预〔2021〕101号');
  expect(screen.getByTestId('findings')).not.toHaveTextContent('不是一级指标');
});

test('a system the user picked holds, even the default one', async () => {
  localStorage.setItem('perfcheck.settings', JSON.stringify({ profileId: 'guangdong', customProfileJson: null, highlight: true, profileChosen: true }));
  renderPane(newHost(MOF2021));
  await ready();
  expect(screen.getByTestId('profile-name')).not.toHaveTextContent('财预〔2021〕101号');
  expect(screen.getByTestId('findings')).toHaveTextContent('“成本指标”在广东省/广州市预算绩效指标体系中是“产出指标”下的二级指标，不是一级指标');
});
