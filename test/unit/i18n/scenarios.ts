// The sheets the English test renders: every seed and variant, every real form of the corpus, and
// scenarios for rules none of those trigger (a rule family adds its own below). Each scenario is a
// grid plus check options.

import type { CheckOptions } from '../../../src/core/check';
import type { GridData } from '../../../src/core/grid/grid';
import { fixture, SEEDS, VARIANTS, SeedName } from '../../fixtures/catalog';
import { loadCorpus } from '../../fixtures/corpus/load';
import { parseProfile } from '../../../src/core/profiles/parse';
import guangdong from '../../../src/core/profiles/guangdong.json';
import { setCells, SheetSpec, specToGrid } from '../../fixtures/sheet-spec';
import type { ScalarValue } from '../../../src/core/grid/grid';
import { treeAndAmbitionScenarios } from './scenarios-tree-ambition';

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
  out.push(...treeAndAmbitionScenarios());
  return out;
}

/** Scenarios for rules the fixtures above never trigger (ambition with a baseline, templates…). */
const EXTRA: Scenario[] = [
  ...vagueScenarios(),
  ...budgetScenarios(),
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

/** Budget rules, reader issues and template placeholders: one sheet per kind of sentence. */
function budgetScenarios(): Scenario[] {
  const spec = (name: string, build: () => SheetSpec, options?: CheckOptions): Scenario => ({ name: `budget: ${name}`, grid: () => specToGrid(build()), ...(options ? { options } : {}) });
  const withError = (base: SheetSpec, cell: string, code: string): SheetSpec => ({ ...setCells(base, { [cell]: null }), errors: { ...(base.errors ?? {}), [cell]: code } });
  // Seed 003 with its one real error corrected, so each scenario shows only what it changes.
  const huangpu = () => setCells(fixture('seed-003'), { B5: 5955.56, C5: 5955.56, B4: 8927.2, C4: 8927.2 });
  const table = () => fixture('seed-004-table');
  const sheet = (rows: ScalarValue[][], merges: string[] = []): SheetSpec => ({ name: '表', rows, merges, numFmts: {} });
  const indicators: ScalarValue[][] = [
    ['一级指标', '二级指标', '三级指标', '指标值'],
    ['产出指标', '数量指标', '培训人次', '≥500人次'],
    [null, '质量指标', '培训合格率', '≥95%'],
    ['效益指标', '社会效益指标', '持证上岗率', '≥90%'],
    ['满意度指标', '服务对象满意度指标', '参训人员满意度', '≥90%'],
  ];
  const selfEval = (rate: string, score: number): SheetSpec =>
    sheet([
      ['项目支出绩效自评表'],
      ['项目名称', '某培训项目'],
      ['项目资金（万元）', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
      [null, '年度资金总额', 100, 116, 100, 10, rate, score],
      [null, '其中：当年财政拨款', 100, 116, 100, null, null, null],
      [null, '其他资金', 0, 0, 0, null, null, null],
      ...indicators.map((r, i) => (i === 0 ? [...r, '实际完成值'] : [...r, r[3]])),
    ]);
  const scored = sheet(
    [
      ['项目支出绩效自评表'],
      ['项目名称', '某项目'],
      ['绩效指标', null, null, '年度指标值', null, null, '实际完成值', '分值', '得分'],
      ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', null, null, null],
      ['产出指标', '数量指标', '培训人次', '≥', 500, '人次', 520, 50, 50],
      ['效益指标', '社会效益指标', '持证上岗率', '≥', 90, '%', 92, 30, 30],
      ['满意度指标', '服务对象满意度指标', '满意度', '≥', 90, '%', 95, 10, 12],
    ],
    ['A3:C3', 'D3:F3', 'G3:G4', 'H3:H4', 'I3:I4'],
  );
  const incomeUse = (fiscal: number, basic: number, withTotal: boolean): SheetSpec =>
    withTotal
      ? sheet(
          [
            ['部门（单位）整体支出绩效目标申报表'],
            ['部门（单位）名称', '某县农业农村局'],
            ['资金总额', '按收入性质分', null, null, '按支出性质分', null],
            [null, '一般公共预算拨款', '政府性基金拨款', '其他资金', '基本支出', '项目支出'],
            [1000, fiscal, 100, 100, basic, 400],
            ...indicators,
          ],
          ['A3:A4', 'B3:D3', 'E3:F3'],
        )
      : sheet(
          [
            ['部门（单位）整体支出绩效目标申报表'],
            ['部门（单位）名称', '某县农业农村局'],
            ['按收入性质分', null, null, '按支出性质分', null],
            ['一般公共预算拨款', '政府性基金拨款', '其他资金', '基本支出', '项目支出'],
            [fiscal, 100, 100, basic, 400],
            ...indicators,
          ],
          ['A3:C3', 'D3:E3'],
        );
  return [
    spec('text in an amount cell', () => setCells(fixture('seed-000'), { C5: 'abc' })),
    spec('text in a project amount', () => setCells(huangpu(), { C7: '九十八' })),
    spec('text in a rate cell', () => setCells(table(), { E4: '约七成' })),
    spec('Excel error value', () => withError(fixture('seed-000'), 'C5', '#REF!')),
    spec('unknown Excel error value', () => withError(fixture('seed-000'), 'C5', '#SPILL!')),
    spec('negative amount', () => setCells(fixture('seed-000'), { C5: -5 })),
    spec('rate above 100%', () => setCells(table(), { E4: 1.2 })),
    spec('rate below 0%', () => setCells(table(), { E4: -0.2 })),
    spec('rate typed as a fraction', () => setCells(table(), { E4: 0.72 })),
    spec('rate formula on the wrong cells', () => setCells(table(), {}, { E4: '=C4/D4' })),
    spec('rate with its budget blank', () => setCells(table(), { C4: null })),
    spec('executed total off in both splits', () => setCells(table(), { D4: 3700, D5: 3310.41, D10: 2501.75, E4: 3700 / 3663.27 })),
    spec('executed part off', () => setCells(table(), { D6: 380 })),
    spec('total formula leaving out a part', () => setCells(table(), {}, { D4: '=SUM(D5:D7)' })),
    spec('budget block off', () => setCells(fixture('seed-000'), { C5: 1600 })),
    spec('budget levels off', () => setCells(fixture('seed-000'), { E9: 10 })),
    spec('key task funds above development spending', () => setCells(fixture('seed-000'), { D16: 3300 })),
    spec('budget part blank', () => setCells(fixture('seed-000'), { E6: null })),
    spec('income block off', () => setCells(fixture('seed-001'), { B6: '总额(元)：28,036,302.00' })),
    spec('income total blank', () => setCells(fixture('seed-001'), { B6: '总额(元)：' })),
    spec('project row off', () => setCells(huangpu(), { C7: 88 })),
    spec('project total off', () => setCells(huangpu(), { B4: 8900 })),
    spec('project without amounts', () => setCells(huangpu(), { B7: null, C7: null })),
    spec('project total blank', () => setCells(huangpu(), { B7: null })),
    spec('subtotal formula short, amounts off', () => setCells(huangpu(), { B5: 5934.36, C5: 5934.36, B4: 8906, C4: 8906 }, { B5: '=SUM(B6:B24)' })),
    spec('subtotal formula adds another unit', () => setCells(huangpu(), { B5: 8771.2 }, { B5: '=SUM(B6:B26)' })),
    spec('subtotal formula short, amounts agree', () => setCells(huangpu(), { B25: 0, C25: 0, B5: 5934.36, C5: 5934.36, B4: 8906, C4: 8906 }, { B5: '=SUM(B6:B24)' })),
    spec('subtotal formula counts a cell twice', () => setCells(huangpu(), { B6: 0, C6: 0, B5: 5745.56, C5: 5745.56, B4: 8717.2, C4: 8717.2 }, { B5: '=SUM(B6:B25)+B6' })),
    spec('row formula leaves out a used column', () => setCells(huangpu(), { E7: 0, E5: 0, E26: 0, E33: 0, E4: 0 }, { B7: '=C7+D7' })),
    spec('column used by some rows only', () => setCells(huangpu(), { E7: 5, B7: 103 })),
    spec('money table rate against the wrong budget', () => selfEval('100%', 8.62)),
    spec('budget-execution score off the rate', () => selfEval('86%', 10)),
    spec('budget-execution score above its weight', () => selfEval('86%', 12)),
    spec('indicator score above its weight', () => scored),
    spec('template placeholder left in', () => setCells(fixture('seed-000'), { A40: '【待填】按时完成率' })),
    spec('budget item label missing', () => setCells(fixture('seed-000'), { B9: null, C9: null })),
    spec('key task without a name', () => setCells(fixture('seed-000'), { B13: null })),
    spec('key task table missing', () => setCells(fixture('seed-000'), { A11: null, B11: null, C11: null, D11: null, E11: null })),
    spec('no indicator table', () => ({ ...fixture('seed-000'), rows: fixture('seed-000').rows.slice(0, 19) })),
    spec('project without a name', () => setCells(huangpu(), { A7: null })),
    spec('packed indicators that do not split', () => setCells(huangpu(), { G7: '1、报刊征订任务完成；2、提升影响力' })),
    spec('packed indicators after an introduction', () => setCells(huangpu(), { G7: '说明文字：1、1-产出指标；11-数量指标；报刊征订任务；实施周期指标值：100%；年度指标值：100%。' })),
    spec('task without an indicator table', () => setCells(fixture('seed-001'), Object.fromEntries(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'].flatMap((c) => [22, 23, 24, 25, 26].map((r) => [`${c}${r}`, null]))))),
    spec('indicator table without value or level-3 column', () =>
      sheet([['项目支出绩效目标表'], ['项目名称', '某项目'], ['资金总额（万元）', 100], ['一级指标', '二级指标', '三级指标'], ['产出指标', '数量指标', '培训人次']]),
    ),
    spec('indicator table without a level-3 column', () =>
      sheet([['项目支出绩效目标表'], ['项目名称', '某项目'], ['资金总额（万元）', 100], ['一级指标', '二级指标', '指标值'], ['产出指标', '数量指标', '≥500人次']]),
    ),
    spec('executed total off in both splits by the same amount', () => setCells(table(), { D4: 2700 })),
    spec('rate of a part above 100%', () => setCells(table(), { C9: 1000, E9: 1.5 })),
    spec('rate formula on the wrong cells, value off', () => setCells(table(), { E4: 0.5 }, { E4: '=C4/D4' })),
    spec('rate with budget and executed blank', () => setCells(table(), { C4: null, D4: null })),
    spec('subtotal formula circular and short', () => setCells(huangpu(), { B25: 0, C25: 0, B5: 5934.36, C5: 5934.36, B4: 8906, C4: 8906 }, { B5: '=SUM(B5:B24)' })),
    spec('subtotal off although its formula covers every project', () => setCells(huangpu(), { B5: 5000 }, { B5: '=SUM(B6:B25)' })),
    spec('several project rows off', () => setCells(huangpu(), { C7: 88, C8: 200, C9: 60, C10: 500 })),
    spec('unnamed project row off', () => setCells(huangpu(), { A7: null, C7: 88 })),
    spec('project total without unit rows', () => {
      const base = huangpu();
      const unitRows = new Set([4, 25, 32]); // zero-based rows of the three units' subtotals
      return setCells({ ...base, rows: base.rows.filter((_, i) => !unitRows.has(i)) }, { B4: 8900 });
    }),
    spec('template placeholder in an indicator row', () => setCells(fixture('seed-000'), { D22: '【待填】公共文明志愿活动工作完成率' })),
    spec('template placeholder in packed indicators', () => setCells(huangpu(), { G7: '1、1-产出指标；11-数量指标；【待填】报刊征订任务；实施周期指标值：【待填】100%；年度指标值：100%。' })),
    spec('budget overview missing', () => setCells(fixture('seed-000'), Object.fromEntries(['A', 'B', 'C', 'D', 'E'].flatMap((c) => [4, 5, 6, 7, 8, 9].map((r) => [`${c}${r}`, null]))))),
    spec('income block missing', () => setCells(fixture('seed-001'), { A6: null, B6: null, B7: null, B8: null, B9: null })),
    spec('income by source off the total', () => incomeUse(850, 600, true)),
    spec('spending by nature off the total', () => incomeUse(800, 650, true)),
    spec('income and spending splits differ, no total', () => incomeUse(800, 650, false)),
    spec('the same form twice on one sheet', () => {
      const a = fixture('seed-000');
      return { ...a, rows: [...a.rows, [], ...a.rows] };
    }),
  ];
}
