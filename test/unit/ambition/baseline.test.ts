// Across years: this year's target form paired with last year's self-evaluation.

import { checkWithModel, check } from '../../../src/core/check';
import { matchIndicators, indicatorNameKey, BaselineInput } from '../../../src/core/baseline';
import { CategoryIndex, getProfile } from '../../../src/core/profiles';
import { FormModel } from '../../../src/core/model';
import { selfEvaluationTable } from '../../fixtures/catalog';
import { specToGrid, SheetSpec } from '../../fixtures/sheet-spec';
import { deptTargetForm, integratedSelfEvaluation, nationalSelfEvaluation } from './layouts';

const modelOf = (spec: SheetSpec): FormModel => checkWithModel(specToGrid(spec)).model!;

const LAST_YEAR = nationalSelfEvaluation([
  { level1: '产出指标', level2: '数量指标', name: '开展文化活动场次', target: '≥20场', result: '45场' },
  { name: '“文化进社区”宣传推送', target: '≥100篇', result: '120篇' },
  { name: '培训文艺骨干人数', target: '≥50人', result: '62人' },
  { level2: '时效指标', name: '完成时限', target: '12月底前', result: '10月' },
  { level2: '成本指标', name: '单场活动成本', target: '≤5000元', result: '0.42万元' },
  { level1: '效益指标', level2: '社会效益指标', name: '群众参与率', target: '≥80%', result: '85%' },
  { name: '活动覆盖率', target: '100%', result: '100%' },
  { level1: '满意度指标', level2: '服务对象满意度指标', name: '群众满意度', target: '≥90%', result: '96%' },
]);

const THIS_YEAR = deptTargetForm([
  { level1: '产出指标', level2: '数量指标', name: '开展文化活动场次', target: '≥20场' }, // below 45
  { name: '文化进社区宣传推送（2023年度）', target: '≥150篇' }, // above 120: fine
  { level2: '时效指标', name: '完成时限', target: '12月底前' }, // later than 10月
  { level2: '成本指标', name: '单场活动成本', target: '≤0.5万元' }, // ceiling above 4,200元
  { level1: '效益指标', level2: '社会效益指标', name: '群众参与率', target: '≥85%' }, // equal
  { name: '活动覆盖率', target: '100%' }, // already at the top
  { level1: '满意度指标', level2: '服务对象满意度', name: '群众满意度', target: '≥95%' }, // 95 < 96
  { level2: '可持续影响指标', name: '群众满意度', target: '≥95%' }, // a second one, unpaired
]);

const baseline: BaselineInput = { model: modelOf(LAST_YEAR), label: '2022年自评表.xlsx' };
const GD = getProfile('guangdong')!;

describe('matchIndicators', () => {
  const match = matchIndicators(modelOf(THIS_YEAR), baseline.model, new CategoryIndex(GD));
  const pairs = match.pairs.map((p) => `${p.current.indicator.name!.cell}<-${p.previous.indicator.name!.cell} ${p.by}`);

  it('pairs by normalised name within the same 二级 category, synonyms of the category included', () => {
    expect(pairs).toEqual([
      'D11<-D12 category',
      'D12<-D13 category', // quotes and the year in the name do not matter
      'D13<-D15 category',
      'D14<-D16 category',
      'D15<-D17 category',
      'D16<-D18 category',
      'D17<-D19 category', // 服务对象满意度 = 服务对象满意度指标
    ]);
  });

  it('reports what vanished and what is new', () => {
    expect(match.dropped.map((d) => d.indicator.name!.text)).toEqual(['培训文艺骨干人数']);
    expect(match.added.map((d) => d.indicator.name!.cell)).toEqual(['D18']);
  });

  it('falls back to the name alone when the category changed', () => {
    const moved = deptTargetForm([{ level1: '产出指标', level2: '质量指标', name: '培训文艺骨干人数', target: '≥50人' }]);
    const m = matchIndicators(modelOf(moved), baseline.model, new CategoryIndex(GD));
    expect(m.pairs.map((p) => [p.current.indicator.name!.cell, p.previous.indicator.name!.cell, p.by])).toEqual([['D11', 'D14', 'name']]);
  });

  it('normalises names', () => {
    expect(indicatorNameKey('“学习强国”全国平台 刊发量')).toBe(indicatorNameKey('学习强国全国平台刊发量'));
    expect(indicatorNameKey('2023年度群众满意度指标')).toBe(indicatorNameKey('群众满意度'));
  });
});

describe('target-below-last-year and indicator-dropped', () => {
  const findings = check(specToGrid(THIS_YEAR), { baseline }).findings.filter((f) => ['target-below-last-year', 'indicator-dropped'].includes(f.rule));
  const lines = findings.map((f) => `${f.rule} ${f.severity} ${f.cell}`).sort();

  it('finds this year’s targets at or below last year’s results, in the right direction', () => {
    expect(lines).toEqual([
      'indicator-dropped info C11', // 培训文艺骨干人数, under 数量指标
      'target-below-last-year info F15', // 群众参与率 ≥85% = last year's 85%
      'target-below-last-year warning F11', // ≥20场 < 45场
      'target-below-last-year warning F13', // 12月底前 later than 10月
      'target-below-last-year warning F14', // ≤0.5万元 above 4,200元
      'target-below-last-year warning F17', // ≥95% < 96%
    ]);
  });

  it('names the paired cells of both files', () => {
    const f = findings.find((x) => x.cell === 'F11')!;
    expect(f.message).toContain('“≥20场”');
    expect(f.message).toContain('“45场”');
    expect(f.message).toContain('（上年《2022年自评表.xlsx》F12）');
    expect(f.message).toContain('今年 D11“开展文化活动场次” ↔ 上年 D12“开展文化活动场次”');
    expect(f.suggestion).toContain('“≥45场”');
    const cost = findings.find((x) => x.cell === 'F14')!;
    expect(cost.message).toContain('上限');
    expect(cost.suggestion).toContain('“≤0.42万元”');
    const dropped = findings.find((x) => x.rule === 'indicator-dropped')!;
    expect(dropped.message).toContain('“培训文艺骨干人数”（D14，上年实际完成值“62人”）');
  });

  it('stays silent without a baseline', () => {
    expect(check(specToGrid(THIS_YEAR)).findings.filter((f) => ['target-below-last-year', 'indicator-dropped'].includes(f.rule))).toEqual([]);
  });

  it('works with any layout on either side: seed 004’s table and an 一体化 export as last year', () => {
    const seed = { model: modelOf(selfEvaluationTable()), label: '荔湾2022' };
    const thisYear = deptTargetForm([
      { level1: '产出指标', level2: '数量指标', name: '舆情日报数量', target: '≥250期' },
      { name: '正面新闻报道量', target: '≥12000篇' },
    ]);
    const got = check(specToGrid(thisYear), { baseline: seed }).findings.filter((f) => f.rule === 'target-below-last-year' || f.rule === 'indicator-dropped');
    expect(got.map((f) => `${f.rule} ${f.cell}`).sort()).toEqual([
      'indicator-dropped C11', // “学习强国”全国平台刊发量: at this year's 数量指标
      'indicator-dropped D10', // 质量指标, 社会效益指标, 满意度: categories absent this year, at the 三级 header
      'indicator-dropped D10',
      'indicator-dropped D10',
      'target-below-last-year F11', // ≥250期 < 432期; ≥12000篇 > 11093篇 is fine
    ]);
    expect(got.find((f) => f.cell === 'F11')?.message).toContain('“432期”');
    expect(got.find((f) => f.cell === 'F11')?.suggestion).toContain('“≥432期”');
    expect(got.some((f) => f.rule === 'target-below-last-year' && f.message.includes('正面新闻报道量'))).toBe(false);

    const integrated = {
      model: modelOf(integratedSelfEvaluation([{ level1: '产出指标', level2: '数量指标', name: '道路养护里程', comparator: '≥', target: '20', unit: '公里', result: '46' }])),
      label: '一体化',
    };
    const next = deptTargetForm([{ level1: '产出指标', level2: '数量指标', name: '道路养护里程', target: '≥30公里' }]);
    const below = check(specToGrid(next), { baseline: integrated }).findings.filter((f) => f.rule === 'target-below-last-year');
    expect(below.map((f) => f.cell)).toEqual(['F11']);
    expect(below[0].message).toContain('“46”');
  });
});
