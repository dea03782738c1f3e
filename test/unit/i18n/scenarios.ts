// The sheets the English test renders: every seed and variant, every real form of the corpus, and
// scenarios for rules none of those trigger (a rule family adds its own below). Each scenario is a
// grid plus check options.

import type { CheckOptions } from '../../../src/core/check';
import type { GridData } from '../../../src/core/grid/grid';
import { SEEDS, VARIANTS, SeedName } from '../../fixtures/catalog';
import { loadCorpus } from '../../fixtures/corpus/load';
import { specToGrid } from '../../fixtures/sheet-spec';
import { parseProfile } from '../../../src/core/profiles/parse';
import guangdong from '../../../src/core/profiles/guangdong.json';

export interface Scenario {
  name: string;
  grid: () => GridData;
  options?: CheckOptions;
}

export function scenarios(): Scenario[] {
  const out: Scenario[] = [];
  for (const name of Object.keys(SEEDS) as SeedName[]) out.push({ name, grid: () => specToGrid(SEEDS[name]()) });
  for (const v of VARIANTS) out.push({ name: v.name, grid: () => specToGrid(v.build()) });
  for (const f of loadCorpus()) out.push({ name: f.id, grid: () => specToGrid(f.sheet) });
  out.push({ name: 'empty sheet', grid: () => specToGrid({ name: '空表', rows: [], merges: [], numFmts: {} }) });
  out.push({ name: 'not a form', grid: () => specToGrid({ name: '说明', rows: [['一级指标', '备注'], ['随便写的', '']], merges: [], numFmts: {} }) });
  out.push(...EXTRA);
  return out;
}

/** Scenarios for rules the fixtures above never trigger (ambition with a baseline, templates…). */
const EXTRA: Scenario[] = [
  ...vagueScenarios(),
];

// vague-target / weak-target: the reasons, suggestions and advice no seed or corpus form reaches
// (a word the organisation lists as vague, a status, a cost without money, three values with two
// vague, a malformed word list…).
function vagueScenarios(): Scenario[] {
  const sheet = (header: string[][], merges: string[], rows: string[][]) => () => specToGrid({ name: '项目绩效目标表', merges, numFmts: {}, rows: [...header, ...rows] });
  // Three value columns: 年度, 中期 and a plain 指标值.
  const table = (rows: string[][]) => sheet([['一级指标', '二级指标', '三级指标', '年度指标值', '中期指标值', '指标值']], [], rows);
  // One merged 指标值 header over 中期 | 年度: both values carry the header 指标值.
  const merged = (rows: string[][]) => sheet([['一级指标', '二级指标', '三级指标', '指标值', ''], ['', '', '', '中期', '年度']], ['D1:E1', 'A1:A2', 'B1:B2', 'C1:C2'], rows);
  const org = (vague: unknown) => parseProfile(JSON.stringify({ ...guangdong, id: 'org-vague', name: '本单位指标体系', extensions: { vague } }));
  const rows = [
    ['产出指标', '数量指标', '宣传活动场次', '100场', '进一步提高', '进一步提高'],
    ['产出指标', '数量指标', '宣传报道篇数', '50篇', '明显增加', '按计划完成'],
    ['产出指标', '质量指标', '宣传资料合格率', '≥95%', '按合格数÷抽检总数计算', ''],
    ['产出指标', '数量指标', '培训覆盖面', '进一步扩大，明显提升，显著增强', '', ''],
    ['产出指标', '数量指标', '宣传资料印发', '。', '', ''],
    ['产出指标', '数量指标', '缩短办事时间', '20%', '', ''],
    ['产出指标', '数量指标', '宣传报道数量', '提高5%', '', ''],
    ['产出指标', '数量指标', '档案管理', '符合相关规定', '', ''],
    ['产出指标', '质量指标', '档案整理工作', '已完成', '', ''],
    ['产出指标', '质量指标', '宣传阵地建设', '较上年提高', '', ''],
    ['产出指标', '质量指标', '网络安全保障', '3', '', ''],
    ['产出指标', '质量指标', '宣传工作开展情况', '达到相关要求', '', ''],
    ['产出指标', '质量指标', '机关各类会议活动组织实施与后勤服务保障工作', '较好', '', ''],
    ['产出指标', '质量指标', '在全市范围内组织开展新时代文明实践中心建设试点工作', '建成', '', ''],
    ['产出指标', '质量指标', '推动社会主义核心价值观深入人心，营造良好的舆论氛围', '50%', '', ''],
    ['产出指标', '成本指标', '设备采购', '100台', '', ''],
    ['产出指标', '成本指标', '各类宣传活动和新闻发布会的组织与实施费用', '较好', '', ''],
    ['效益指标', '社会效益指标', '提升城市文明形象的影响程度', '90%', '', ''],
    ['满意度指标', '服务对象满意度指标', '服务对象认可率', '95%', '', ''],
    ['满意度指标', '服务对象满意度指标', '服务对象满意度', '100人', '', ''],
  ];
  const mergedRows = [
    ['产出指标', '数量指标', '宣传活动场次', '100场', '进一步提高'],
    ['产出指标', '质量指标', '宣传资料合格率', '≥95%', '按合格数÷抽检总数计算'],
  ];
  return [
    { name: 'vague: reasons and advice', grid: table(rows) },
    { name: 'vague: one header over two values', grid: merged(mergedRows) },
    // A target slid into the unit column, the value column left empty.
    { name: 'vague: a target in the unit column', grid: sheet([['一级指标', '二级指标', '三级指标', '指标值', '计量单位']], [], [['产出指标', '数量指标', '宣传册印发', '', '5000'], ['产出指标', '数量指标', '宣传活动', '较多', '场']]) },
    { name: 'vague: a phrase the organisation lists', grid: table(rows), options: { profile: org({ add: { vaguePhrases: ['进一步'] } }) } },
    { name: 'vague: a malformed word list', grid: table(rows.slice(0, 2)), options: { profile: org({ add: { statusPatterns: ['(unclosed'] } }) } },
  ];
}
