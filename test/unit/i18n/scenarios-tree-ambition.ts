// Scenarios for the hierarchy, completeness, text and ambition rules that no seed, variant or corpus
// form triggers: small edits of the seeds (the same plantings as test/unit/hierarchy/*), the layouts
// of the ambition tests, and last year's self-evaluation as a baseline for the across-years rules.

import type { Scenario } from './scenarios';
import type { BaselineInput } from '../../../src/core/baseline';
import { checkWithModel } from '../../../src/core/check';
import { parseProfile } from '../../../src/core/profiles/parse';
import guangdong from '../../../src/core/profiles/guangdong.json';
import { fixture, selfEvaluationTable } from '../../fixtures/catalog';
import { clone, setCells, SheetSpec, specToGrid } from '../../fixtures/sheet-spec';
import { deptTargetForm, integratedSelfEvaluation, nationalSelfEvaluation } from '../ambition/layouts';

const planted = (name: string, seed: string, cells: Record<string, string | number | null>, options?: Scenario['options']): Scenario => ({
  name,
  grid: () => specToGrid(setCells(fixture(seed), cells)),
  ...(options ? { options } : {}),
});

/** seed 003's packed cell with one piece of text replaced. */
function packed(name: string, cell: 'G6' | 'G7', from: string, to: string): Scenario {
  return {
    name,
    grid: () => {
      const s = fixture('seed-003');
      const text = String(s.rows[cell === 'G6' ? 5 : 6][6]);
      return specToGrid(setCells(s, { [cell]: text.replace(from, to) }));
    },
  };
}

const LAST_YEAR = () =>
  nationalSelfEvaluation([
    { level1: '产出指标', level2: '数量指标', name: '开展文化活动场次', target: '≥20场', result: '45场' },
    { name: '“文化进社区”宣传推送', target: '≥100篇', result: '120篇' },
    { name: '培训文艺骨干人数', target: '≥50人', result: '62人' },
    { level2: '时效指标', name: '完成时限', target: '12月底前', result: '10月' },
    { level2: '成本指标', name: '单场活动成本', target: '≤5000元', result: '0.42万元' },
    { level1: '效益指标', level2: '社会效益指标', name: '群众参与率', target: '≥80%', result: '85%' },
    { name: '活动覆盖率', target: '100%', result: '100%' },
    { level1: '满意度指标', level2: '服务对象满意度指标', name: '群众满意度', target: '≥90%', result: '96%' },
  ]);

const THIS_YEAR = () =>
  deptTargetForm([
    { level1: '产出指标', level2: '数量指标', name: '开展文化活动场次', target: '≥20场' },
    { name: '文化进社区宣传推送（2023年度）', target: '≥150篇' },
    { level2: '时效指标', name: '完成时限', target: '12月底前' },
    { level2: '成本指标', name: '单场活动成本', target: '≤0.5万元' },
    { level1: '效益指标', level2: '社会效益指标', name: '群众参与率', target: '≥85%' },
    { name: '活动覆盖率', target: '100%' },
    { level1: '满意度指标', level2: '服务对象满意度', name: '群众满意度', target: '≥95%' },
    { level2: '可持续影响指标', name: '群众满意度', target: '≥95%' },
  ]);

const baselineOf = (spec: SheetSpec, label = ''): BaselineInput => ({ model: checkWithModel(specToGrid(spec)).model!, label });

/** Targets and results that miss, overshoot and score wrongly, in the national template. */
const NATIONAL = () =>
  nationalSelfEvaluation([
    { level1: '产出指标', level2: '数量指标', name: '开展文化活动场次', target: '≥20场', result: '45场', weight: 20, score: 20 },
    { level2: '质量指标', name: '活动验收合格率', target: '≥95%', result: '92%', weight: 10, score: 10 },
    { level2: '时效指标', name: '完成时限', target: '2022年10月31日前', result: '2022年12月20日', weight: 5, score: 5 },
    { level2: '成本指标', name: '单场活动成本', target: '≤5000元', result: '0.18万元', weight: 5, score: 5 },
    { level1: '效益指标', level2: '社会效益指标', name: '群众参与率', target: '≥80%', result: '60%', weight: 20, score: 12, deviation: '无' },
    { name: '安全事故发生次数', target: '≤2次', result: '4次', weight: 10, score: 6 },
    { level1: '满意度指标', level2: '服务对象满意度指标', name: '群众满意度', target: '≥90%', result: '96%', weight: 10, score: 10 },
  ]);

/** Seed 004's table without its 偏差原因分析 column, and with a missed target. */
function withoutDeviationColumn(): SheetSpec {
  const spec = clone(selfEvaluationTable());
  spec.rows[17][5] = '82%';
  const col = spec.rows.findIndex((r) => r.some((c) => typeof c === 'string' && c.includes('偏差原因')));
  if (col >= 0) {
    const at = spec.rows[col].findIndex((c) => typeof c === 'string' && c.includes('偏差原因'));
    for (const r of spec.rows) if (r.length > at) r[at] = null;
  }
  return spec;
}

export function treeAndAmbitionScenarios(): Scenario[] {
  const org = parseProfile(JSON.stringify({ ...guangdong, id: 'org-test', name: '本单位指标体系', extensions: { ambition: { overAchievementRatio: 'high' } } }));
  return [
    // hierarchy
    planted('blank 一级 under a known 二级', 'seed-000', { B21: null }),
    planted('blank 一级 and an unknown 二级', 'seed-000', { B21: null, C21: '随便写的' }),
    planted('一级 typo', 'seed-000', { B42: '效溢指标' }),
    planted('unknown 一级', 'seed-000', { B42: '乱七八糟' }),
    planted('unknown 二级', 'seed-000', { C43: '乱七八糟' }),
    planted('二级 with the 一级 name', 'seed-004-table', { C18: '满意度指标' }),
    planted('repeated 三级', 'seed-000', { D33: '短视频平台总发布量' }),
    planted('成本 as a 二级 under mof2021', 'seed-000', {}, { profile: 'mof2021' }),
    packed('packed: 二级 code of another 一级', 'G6', '1、2-效益指标；22-社会效益', '1、1-产出指标；22-社会效益'),
    packed('packed: 二级 code of another 二级', 'G7', '2-效益指标；22-社会效益', '2-效益指标；21-社会效益'),
    packed('packed: 一级 code of another 一级', 'G7', '1、1-产出指标', '1、2-产出指标'),
    packed('packed: unknown code', 'G7', '2-效益指标；22-社会效益', '2-效益指标；29-社会效益'),
    packed('packed: unknown 一级 name with a code', 'G7', '1、1-产出指标', '1、1-乱写'),
    packed('packed: unknown 二级 name with a code', 'G7', '2-效益指标；22-社会效益', '2-效益指标；22-乱写'),
    packed('packed: repeated 三级', 'G7', '提升重点群体理论素养', '报刊征订任务'),
    packed('packed: both codes contradict their names', 'G7', '2-效益指标；22-社会效益', '1-效益指标；21-社会效益'),
    planted('一级 of an evaluation system (决策/过程)', 'seed-000', { B42: '过程' }),
    planted('一级 of the department evaluation system', 'seed-000', { B42: '履职效能' }),
    planted('bundled 二级 under mof2021', 'seed-001', {}, { profile: 'mof2021' }),
    // completeness
    planted('value without a name', 'seed-000', { D30: null }),
    planted('value under a "-" name', 'seed-000', { D30: '-' }),
    planted('empty 一级 row', 'seed-004-table', { C18: null, D18: null, E18: null, F18: null }),
    planted('no 效益 rows', 'seed-004-table', { B16: null, C16: null, D16: null, E16: null, F16: null, B17: null, C17: null, D17: null, E17: null, F17: null }),
    // text
    {
      name: 'date serial and fill-in hint',
      grid: () => specToGrid(nationalSelfEvaluation([{ level1: '产出指标', level2: '时效指标', name: '完成时限', target: '44561', result: '44500' }, { level2: '数量指标', name: '活动场次(≥**场)', target: '≥10场', result: '12场' }])),
    },
    planted('task without content and goal', 'seed-002', { C12: null, E12: null }),
    planted('task without content', 'seed-002', { C13: null }),
    planted('task of the task form without a goal', 'seed-001', { C21: null }),
    planted('project without a goal', 'seed-003', { F6: null }),
    planted('project without a name', 'seed-003', { A6: null }),
    planted('task without a name', 'seed-001', { A21: null }),
    // ambition
    { name: 'national self-evaluation: misses, overshoots, full score on a miss', grid: () => specToGrid(NATIONAL()) },
    {
      name: 'self-evaluation with a long result header',
      grid: () => {
        const spec = NATIONAL();
        spec.rows[10][5] = '实际完成值及完成情况说明';
        return specToGrid(spec);
      },
    },
    { name: 'self-evaluation without a 偏差原因 column', grid: () => specToGrid(withoutDeviationColumn()) },
    { name: '一体化 self-evaluation', grid: () => specToGrid(integratedSelfEvaluation([{ level1: '产出指标', level2: '成本指标', name: '养护成本', comparator: '≤', target: '100', unit: '万元', result: '30', weight: 10, score: 10 }])) },
    { name: 'malformed ambition thresholds', grid: () => specToGrid(selfEvaluationTable()), options: { profile: org } },
    { name: 'baseline with a file name', grid: () => specToGrid(THIS_YEAR()), options: { baseline: baselineOf(LAST_YEAR(), '2022年自评表.xlsx') } },
    { name: 'baseline without a file name', grid: () => specToGrid(THIS_YEAR()), options: { baseline: baselineOf(LAST_YEAR()) } },
    {
      name: 'baseline: seed 004 as last year',
      grid: () => specToGrid(deptTargetForm([{ level1: '产出指标', level2: '数量指标', name: '舆情日报数量', target: '≥250期' }, { name: '正面新闻报道量', target: '≥12000篇' }])),
      options: { baseline: baselineOf(selfEvaluationTable(), '荔湾2022') },
    },
    {
      name: 'baseline: paired by name across categories',
      grid: () => specToGrid(deptTargetForm([{ level1: '效益指标', level2: '经济效益指标', name: '群众参与率', target: '≥80%' }])),
      options: { baseline: baselineOf(LAST_YEAR()) },
    },
    {
      name: 'baseline: a deadline later than last year',
      grid: () => specToGrid(deptTargetForm([{ level1: '产出指标', level2: '时效指标', name: '完成时限', target: '2023年12月31日前' }])),
      options: { baseline: baselineOf(nationalSelfEvaluation([{ level1: '产出指标', level2: '时效指标', name: '完成时限', target: '2022年12月31日前', result: '2022年10月15日' }])) },
    },
  ];
}
