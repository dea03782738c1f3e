// The ambition rules over whole sheets: seed 004's table, the 2020 national 自评表 template and a
// 预算管理一体化 export with 指标性质 / 度量单位 columns.

import { selfEvaluationTable } from '../../fixtures/catalog';
import { clone } from '../../fixtures/sheet-spec';
import { check } from '../../../src/core/check';
import { specToGrid } from '../../fixtures/sheet-spec';
import { RULES } from '../../../src/core/rules';
import { findingSchema } from '../../../src/core/report-schema';
import { ambitionFindings, summary } from './helpers';
import { integratedSelfEvaluation, nationalSelfEvaluation, Row } from './layouts';

describe("seed 004's table (部门整体支出绩效自评表)", () => {
  it('finds the conservative target the department itself admitted, and nothing else', () => {
    const found = ambitionFindings(selfEvaluationTable());
    expect(summary(found)).toEqual(['conservative-target F13']);
    const f = found[0];
    expect(f.severity).toBe('warning');
    expect(f.cells).toEqual(['F13', 'E13', 'D13']);
    expect(f.message).toContain('“≥200期”');
    expect(f.message).toContain('“432期”');
    expect(f.message).toContain('216%');
    expect(f.suggestion).toContain('“≥430期”');
  });

  it('reports a miss without a 偏差原因, and stops when a reason is written', () => {
    const spec = clone(selfEvaluationTable());
    spec.rows[17][5] = '82%'; // 市民对文明城市建设满意度: ≥85% -> 82%
    expect(summary(ambitionFindings(spec))).toEqual(['conservative-target F13', 'unexplained-miss G18']);
    expect(ambitionFindings(spec).find((f) => f.rule === 'unexplained-miss')!.message).toMatch(/“≥85%”.*“82%”.*96%.*偏差原因分析为空/);
    spec.rows[17][6] = '受疫情影响，部分创建活动延期，下一年度加强线上宣传。';
    expect(summary(ambitionFindings(spec))).toEqual(['conservative-target F13']);
    spec.rows[17][6] = '无';
    expect(summary(ambitionFindings(spec))).toEqual(['conservative-target F13', 'unexplained-miss G18']);
  });
});

const NATIONAL: Row[] = [
  { level1: '产出指标', level2: '数量指标', name: '开展文化活动场次', target: '≥20场', result: '45场', weight: 20, score: 20 },
  { name: '惠及群众人次', target: '≥2万人次', result: '2.3万人次', weight: 10, score: 10 },
  { level2: '质量指标', name: '活动验收合格率', target: '≥95%', result: '92%', weight: 10, score: 10 },
  { level2: '时效指标', name: '完成时限', target: '12月底前', result: '11月', weight: 5, score: 5 },
  { level2: '成本指标', name: '单场活动成本', target: '≤5000元', result: '0.18万元', weight: 5, score: 5 },
  { level1: '效益指标', level2: '社会效益指标', name: '群众参与率', target: '≥80%', result: '60%', weight: 20, score: 12, deviation: '部分社区场地改造，活动参与受限。' },
  { name: '安全事故发生次数', target: '≤2次', result: '4次', weight: 10, score: 6 },
  { level1: '满意度指标', level2: '服务对象满意度指标', name: '群众满意度', target: '≥90%', result: '96%', weight: 10, score: 10 },
];

describe('the 2020 national 项目支出绩效自评表', () => {
  const found = ambitionFindings(nationalSelfEvaluation(NATIONAL));

  it('reads the sheet as a self-evaluation', () => {
    expect(check(specToGrid(nationalSelfEvaluation(NATIONAL))).form).toBe('project-self-evaluation');
  });

  it('finds over-achievement (a floor and a cost ceiling in another unit), misses and full scores on misses', () => {
    expect(summary(found)).toEqual([
      'conservative-target F12', // 45场 against ≥20场
      'conservative-target F16', // 0.18万元 = 1,800元 against ≤5,000元
      'full-score-on-miss H14', // 92% against ≥95%, 10 of 10
      'unexplained-miss I14',
      'unexplained-miss I18', // 4 incidents against ≤2: a reverse indicator missed
    ]);
  });

  it('leaves sensible results alone: 2.3万 against 2万, 11月 against 12月底前, 96% against 90%, an explained miss scored down', () => {
    const cells = found.flatMap((f) => f.cells);
    for (const cell of ['F13', 'F15', 'F19', 'I17', 'H17']) expect(cells).not.toContain(cell);
  });

  it('writes the ceiling finding in the cost’s own terms', () => {
    const f = found.find((x) => x.cell === 'F16')!;
    expect(f.message).toContain('上限');
    expect(f.message).toContain('36%');
    expect(f.suggestion).toContain('“≤0.18万元”');
  });

  it('makes the full-score finding an error naming the score, the weight and both values', () => {
    const f = found.find((x) => x.rule === 'full-score-on-miss')!;
    expect(f.severity).toBe('error');
    expect(f.cells).toEqual(['H14', 'G14', 'F14', 'E14', 'D14']);
    expect(f.message).toMatch(/“≥95%”.*“92%”.*满分 10 分（分值 10 分）/);
  });

  it('produces findings that satisfy the schema', () => {
    for (const f of found) expect(findingSchema.safeParse(f).success).toBe(true);
  });
});

const INTEGRATED: Row[] = [
  { level1: '产出指标', level2: '数量指标', name: '道路养护里程', comparator: '≥', target: '20', unit: '公里', result: '46', weight: 20, score: 20 },
  { name: '路面修补面积', comparator: '≥', target: '1.5', unit: '万平方米', result: '1.6', weight: 10, score: 10 },
  { level2: '质量指标', name: '道路完好率', comparator: '＝', target: '100', unit: '%', result: '97', weight: 10, score: 10 },
  { level2: '成本指标', name: '养护成本', comparator: '≤', target: '500', unit: '万元', result: '480', weight: 10, score: 10 },
  { name: '应急抢修单价', comparator: '小于等于', target: '2000', unit: '元/处', result: '800', weight: 5, score: 5 },
  { level1: '效益指标', level2: '社会效益指标', name: '群众投诉率', comparator: '反向', target: '5', unit: '%', result: '2', weight: 15, score: 15 },
  { name: '道路交通事故发生率', comparator: '≤', target: '3', unit: '%', result: '2.5', weight: 10, score: 10 },
  { name: '道路通行能力', comparator: '定性', target: '有效提升', unit: null as unknown as string, result: '明显提升', weight: 10, score: 10 },
  { level1: '满意度指标', level2: '服务对象满意度指标', name: '市民满意度', comparator: '≥', target: '85', unit: '%', result: '80', weight: 10, score: 8, deviation: '' },
];

describe('a 预算管理一体化 export (指标性质 and 度量单位 columns)', () => {
  const found = ambitionFindings(integratedSelfEvaluation(INTEGRATED));

  it('reads the comparator and unit columns', () => {
    expect(check(specToGrid(integratedSelfEvaluation(INTEGRATED))).form).toBe('project-self-evaluation');
  });

  it('judges bare numbers with the comparator and unit columns', () => {
    expect(summary(found)).toEqual([
      'conservative-target G13', // 800 元/处 against ≤2000
      'conservative-target G14', // 投诉率 2% against a 反向 5%
      'conservative-target G9', // 46 公里 against ≥20
      'full-score-on-miss I11', // 完好率 97 against ＝100, with full marks
      'unexplained-miss J11', // …and no 偏差原因
      'unexplained-miss J17', // 满意度 80 against ≥85, an empty reason
    ]);
  });

  it('says which unit it assumed for a bare number', () => {
    const f = found.find((x) => x.cell === 'G9')!;
    expect(f.message).toContain('“20（公里）”');
    expect(f.message).toContain('“46（公里）”');
    expect(f.suggestion).toContain('“≥46公里”');
  });

  it('leaves 定性 rows and results within range alone', () => {
    const cells = found.flatMap((f) => f.cells);
    for (const cell of ['G10', 'G12', 'G15', 'G16']) expect(cells).not.toContain(cell);
  });
});

describe('the rule list', () => {
  it('lists the three rules under the vague category with Chinese titles', () => {
    for (const id of ['conservative-target', 'unexplained-miss', 'full-score-on-miss', 'target-below-last-year', 'indicator-dropped']) {
      const rule = RULES.find((r) => r.meta.id === id);
      expect(rule?.meta.category).toBe('vague');
      expect(rule?.meta.title).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

// A published form: 项目支出绩效自评表（2022年度）, 委托业务项目, 池州市贵池区棠溪镇人民政府 (Anhui), as
// published at http://www.anthempetcare.com/upload_cz/download?id=502364&siteId=2 (a mirror of the
// township's 决算公开 attachment). Rows transcribed as printed: bare results beside unit-bearing
// targets ("≥50个" / "50", "≥100百分比" / "100", "≤90万元" / "90"), qualitative rows answered
// "达成预期指标", scores in the 一级 names.
const CHIZHOU: Row[] = [
  { level1: '产出指标(50分)', level2: '数量指标', name: '基建工程委托业务项目数量', target: '≥50个', result: '50', weight: 8, score: 8 },
  { level2: '质量指标', name: '委托业务报告合格率', target: '≥100百分比', result: '100', weight: 8, score: 8 },
  { name: '经费支出合规性', target: '严格执行相关制度规定', result: '达成预期指标', weight: 8, score: 8 },
  { level2: '时效指标', name: '提交报告及时性', target: '在项目计划完成时间内完成', result: '达成预期指标', weight: 8, score: 8 },
  { level2: '成本指标', name: '项目总成本', target: '≤90万元', result: '90', weight: 8, score: 8 },
  { name: '单项业务成本', target: '符合相关规定', result: '达成预期指标', weight: 10, score: 10 },
  { level1: '效益指标(30分)', level2: '社会效益指标', name: '对维护基建市场公平的影响程度', target: '效果明显', result: '达成预期指标', weight: 10, score: 10 },
];

describe('a published 2022 national 自评表 (池州市贵池区棠溪镇)', () => {
  it('leaves its met targets alone: bare results take the target’s unit, 百分比 is a percentage', () => {
    expect(ambitionFindings(nationalSelfEvaluation(CHIZHOU, '项目支出绩效自评表（2022年度）'))).toEqual([]);
  });

  it('would catch a miss scored at full marks, and a cost over its ceiling', () => {
    const rows = CHIZHOU.map((r) => ({ ...r }));
    rows[0].result = '45'; // 45 of ≥50个, still 8 of 8
    rows[4].result = '95'; // 95万元 against ≤90万元, scored down, no reason
    rows[4].score = 6;
    expect(summary(ambitionFindings(nationalSelfEvaluation(rows)))).toEqual(['full-score-on-miss H12', 'unexplained-miss I12', 'unexplained-miss I16']);
  });
});

describe('a 偏差原因 merged down over several rows', () => {
  it('explains every row it covers', () => {
    const rows: Row[] = [
      { level1: '产出指标', level2: '数量指标', name: '开展文化活动场次', target: '≥20场', result: '18场', weight: 20, score: 15, deviation: '受场地改造影响，两项活动均顺延至次年。' },
      { name: '惠及群众人次', target: '≥2万人次', result: '1.6万人次', weight: 10, score: 8 },
      { name: '培训人数', target: '≥50人', result: '40人', weight: 10, score: 8 },
    ];
    const spec = nationalSelfEvaluation(rows);
    expect(summary(ambitionFindings(spec))).toEqual(['unexplained-miss I13', 'unexplained-miss I14']);
    spec.merges.push('I12:I13');
    expect(summary(ambitionFindings(spec))).toEqual(['unexplained-miss I14']);
  });
});
