// `perfcheck check THIS_YEAR.xlsx --baseline LAST_YEAR.xlsx`: the across-years findings and the
// pairing in JSON and text, and one clear sentence when the baseline file is unusable.

import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run } from '../../../src/cli/main';
import { parseArgs } from '../../../src/cli/args';
import { specsToXlsx } from '../../fixtures/write-xlsx';
import { selfEvaluationTable } from '../../fixtures/catalog';
import { deptTargetForm } from './layouts';

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), stderrIsTTY: false });
  return { code, stdout, stderr };
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'perfcheck-baseline-'));
const lastYear = path.join(dir, '2022自评表.xlsx');
const thisYear = path.join(dir, '2023目标表.xlsx');

beforeAll(async () => {
  writeFileSync(lastYear, await specsToXlsx([selfEvaluationTable()]));
  const target = deptTargetForm([
    { level1: '产出指标', level2: '数量指标', name: '舆情日报数量', target: '≥250期' },
    { name: '正面新闻报道量', target: '≥12000篇' },
    { name: '“学习强国”全国平台刊发量', target: '≥60篇' },
    { level2: '质量指标', name: '党报党刊征订覆盖区属单位', target: '79个区属单位全覆盖' },
    { level1: '效益指标', level2: '社会效益指标', name: '反映重大主题社会宣传的覆盖面', target: '≥80%' },
  ]);
  writeFileSync(thisYear, await specsToXlsx([target]));
}, 60_000);

describe('perfcheck check --baseline', () => {
  it('parses the option', () => {
    expect(parseArgs(['check', 'a.xlsx', '--baseline', 'b.xlsx'])).toMatchObject({ files: ['a.xlsx'], baseline: 'b.xlsx' });
    expect(parseArgs(['check', 'a.xlsx', '--baseline=b.xlsx'])).toMatchObject({ baseline: 'b.xlsx' });
  });

  it('reports targets below last year’s results and vanished indicators, with the pairing in the JSON', async () => {
    const { code, stdout, stderr } = await cli(['check', thisYear, '--baseline', lastYear, '--format', 'json']);
    expect(stderr).toBe('');
    expect(code).toBe(1); // the minimal target form has budget/structure errors of its own
    const report = JSON.parse(stdout).reports[0];
    const ours = report.findings.filter((f: { rule: string }) => ['target-below-last-year', 'indicator-dropped'].includes(f.rule));
    expect(ours.map((f: { rule: string; cell: string; severity: string }) => `${f.rule} ${f.severity} ${f.cell}`).sort()).toEqual([
      'indicator-dropped info D10', // 市民对文明城市建设满意度: no 满意度 category this year, at the 三级 header
      'target-below-last-year warning F11', // ≥250期 < 432期
      'target-below-last-year warning F15', // ≥80% < 85%
      // ≥12000篇 > 11093篇 and ≥60篇 > 50篇 are progress; 79个区属单位全覆盖 = 79个 already asks for everything.
    ]);
    expect(report.baseline.label).toBe('2022自评表.xlsx');
    expect(report.baseline.pairs).toHaveLength(5);
    expect(report.baseline.pairs[0]).toEqual({
      current: { name: '舆情日报数量', cell: 'D11', category: '数量指标', value: { text: '≥250期', cell: 'F11' } },
      previous: { name: '舆情日报数量', cell: 'D13', category: '数量指标', value: { text: '432期', cell: 'F13' } },
      by: 'category',
    });
    expect(report.baseline.dropped.map((d: { name: string }) => d.name)).toEqual(['市民对文明城市建设满意度']);
  }, 60_000);

  it('prints the pairing under the findings in text', async () => {
    const { stdout } = await cli(['check', thisYear, '--baseline', lastYear]);
    expect(stdout).toContain('与上年《2022自评表.xlsx》配对：5 项指标配对，上年 1 项今年未找到，今年新增 0 项');
    expect(stdout).toContain('D11 舆情日报数量 ↔ 上年 D13 舆情日报数量（上年实际 432期）');
  }, 60_000);

  it('refuses an unusable baseline with one sentence and exit status 2', async () => {
    const { code, stderr, stdout } = await cli(['check', thisYear, '--baseline', path.join(dir, 'missing.xlsx')]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('无法读取上年自评表');
  }, 60_000);
});
