// Each block reader on its own, on layouts the corpus has only in part: the findings come from the
// block, wherever it sits and however its labels are spelled (both directions: a wrong figure is
// found, the right one stays quiet).

import fc from 'fast-check';
import { checkWithModel } from '../../../src/core/check';
import { ComposedForm } from '../../../src/core/model';
import { ScalarValue } from '../../../src/core/grid/grid';
import { shift, SheetSpec, specToGrid } from '../../fixtures/sheet-spec';

const sheet = (rows: ScalarValue[][], merges: string[] = []): SheetSpec => ({ name: '表', rows, merges, numFmts: {} });
const INDICATORS: ScalarValue[][] = [
  ['一级指标', '二级指标', '三级指标', '指标值'],
  ['产出指标', '数量指标', '培训人次', '≥500人次'],
  [null, '质量指标', '培训合格率', '≥95%'],
  ['效益指标', '社会效益指标', '持证上岗率', '≥90%'],
  ['满意度指标', '服务对象满意度指标', '参训人员满意度', '≥90%'],
];
const run = (spec: SheetSpec) => checkWithModel(specToGrid(spec), { profileAuto: true });
const rules = (spec: SheetSpec) => run(spec).report.findings.map((f) => `${f.rule}@${f.cell}`);

describe('department money by source and by use (layouts.md D)', () => {
  const form = (fiscal: number, basic: number): SheetSpec =>
    sheet([
      ['部门（单位）整体支出绩效目标申报表'],
      ['部门（单位）名称', '某县农业农村局'],
      ['资金总额', '按收入性质分', null, null, '按支出性质分', null],
      [null, '一般公共预算拨款', '政府性基金拨款', '其他资金', '基本支出', '项目支出'],
      [1000, fiscal, 100, 100, basic, 400],
      ...INDICATORS,
    ], ['A3:A4', 'B3:D3', 'E3:F3']);

  it('reads both splits and stays quiet when they add up', () => {
    const { model, report } = run(form(800, 600));
    const m = model as ComposedForm;
    expect(m.form).toBe('dept-target');
    expect(m.incomeUse?.sources.map((a) => a.value)).toEqual([800, 100, 100]);
    expect(m.incomeUse?.uses.map((a) => a.value)).toEqual([600, 400]);
    expect(report.findings.filter((f) => f.category === 'budget')).toEqual([]);
    expect(report.blocks?.map((b) => b.kind)).toEqual(expect.arrayContaining(['indicator-table', 'income-use', 'header-fields']));
  });

  it('finds a source total that differs from the total, and a use total that differs', () => {
    expect(rules(form(850, 600))).toContain('budget-sum-mismatch@A5');
    const uses = run(form(800, 650)).report.findings.filter((f) => f.rule === 'budget-sum-mismatch');
    expect(uses.map((f) => f.message).join('')).toContain('按支出性质');
  });
});

describe('numbered free-text indicators, one cell per 一级 (layouts.md D)', () => {
  const spec = sheet([
    ['部门整体支出绩效目标表'],
    ['部门名称', '某市档案馆'],
    ['产出指标', '指标1：档案数字化页数不少于20万页；指标2（质量指标）：数字化验收合格率≥98%'],
    ['效益指标', '指标1（社会效益）：档案查阅服务显著提升'],
    ['满意度指标', '指标1：查档群众满意度≥90%'],
  ]);

  it('reads each item as a 三级 with its 二级 and target, and judges the vague one', () => {
    const { model, report } = run(spec);
    const items = model!.tables.flatMap((t) => t.indicators);
    expect(items.map((i) => [i.level1?.text, i.level2?.text ?? null, i.name?.text, i.values[0]?.text ?? null])).toEqual([
      ['产出指标', null, '档案数字化页数', '不少于20万页'],
      ['产出指标', '质量指标', '数字化验收合格率', '≥98%'],
      ['效益指标', '社会效益', '档案查阅服务显著提升', null],
      ['满意度指标', null, '查档群众满意度', '≥90%'],
    ]);
    expect(report.findings.some((f) => f.category === 'vague' && f.cell === 'B4')).toBe(true);
  });
});

describe('indicator tables', () => {
  it('without a header row: a column of 一级 names is a table', () => {
    const spec = sheet(INDICATORS.slice(1).map((r) => [...r]));
    const { model } = run(spec);
    expect(model?.form).toBe('indicator-form');
    expect(model!.tables[0].indicators.map((i) => i.name?.text)).toEqual(['培训人次', '培训合格率', '持证上岗率', '参训人员满意度']);
  });

  it('with a two-row header: 实际完成值 / 分值 / 得分 merged down beside 指标性质 / 指标值 / 度量单位', () => {
    const spec = sheet(
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
    const { model, report } = run(spec);
    const t = model!.tables[0];
    expect(t.columns).toMatchObject({ level1: 0, level2: 1, name: 2, comparator: 3, expected: 4, unit: 5, actual: 6, weight: 7, score: 8 });
    expect(t.indicators[0]).toMatchObject({ comparator: { text: '≥' }, unit: { text: '人次' }, weight: { text: '50' }, score: { text: '50' } });
    expect(report.findings.filter((f) => f.rule === 'score-exceeds-weight').map((f) => f.cell)).toEqual(['I7']);
  });

  it('ends at closing rows and reports template placeholder rows once', () => {
    const spec = sheet([
      ...INDICATORS,
      [null, null, '指标2：', null],
      [null, null, '……', null],
      ['合计', null, null, null],
      ['评价结论', '良好'],
      ['填表人：', '张三', '联系电话：', '12345'],
    ]);
    const { model, report } = run(spec);
    expect(model!.tables[0].indicators).toHaveLength(4);
    expect(model!.tables[0].placeholders).toEqual(['C6', 'C7']);
    expect(report.findings.filter((f) => f.rule === 'template-unfinished')).toHaveLength(1);
    expect(report.findings.some((f) => ['A8', 'A9', 'A10'].includes(f.cell) && f.category === 'hierarchy')).toBe(false);
  });

  it('reads category names with their score, and says which system 投入 / 过程 belong to', () => {
    const scored = sheet(INDICATORS.map((r, i) => (i === 1 ? ['产出指标(50分)', ...r.slice(1)] : i === 3 ? ['效益指标（0-30）分', ...r.slice(1)] : r)));
    expect(run(scored).report.findings.filter((f) => f.category === 'hierarchy')).toEqual([]);
    const evaluation = sheet([...INDICATORS, ['投入指标', '预算执行', '预算执行率', '≥90%']]);
    const f = run(evaluation).report.findings.find((x) => x.rule === 'unknown-level1')!;
    expect(f.severity).toBe('info');
    expect(f.message).toContain('绩效评价指标体系');
  });

  it('checks a 成本指标 一级 with 经济/社会/生态环境成本 against mof2021, unless the user chose', () => {
    const spec = sheet([...INDICATORS, ['成本指标', '经济成本指标', '人均培训成本', '≤800元']]);
    const auto = run(spec).report;
    expect(auto.profile).toBe('mof2021');
    expect(auto.findings.find((f) => f.rule === 'profile-from-form')?.cell).toBe('A6');
    const chosen = checkWithModel(specToGrid(spec), { profile: 'guangdong' }).report;
    expect(chosen.profile).toBe('guangdong');
  });
});

describe('self-evaluation money table (layouts.md C)', () => {
  const form = (rate: string, score: number): SheetSpec =>
    sheet([
      ['项目支出绩效自评表'],
      ['项目名称', '某培训项目'],
      ['项目资金（万元）', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
      [null, '年度资金总额', 100, 116, 100, 10, rate, score],
      [null, '其中：当年财政拨款', 100, 116, 100, null, null, null],
      [null, '其他资金', 0, 0, 0, null, null, null],
      ...INDICATORS.map((r, i) => (i === 0 ? [...r, '实际完成值'] : [...r, r[3]])),
    ]);

  it('takes 执行率 against 全年预算数 at the precision shown: 86% and 86.21% are right', () => {
    for (const rate of ['86%', '86.2%', '86.21%']) expect(rules(form(rate, 8.62))).not.toContain('rate-mismatch@G4');
  });

  it('finds a rate taken against 年初预算数, with the right value in the message', () => {
    const f = run(form('100%', 8.62)).report.findings.find((x) => x.rule === 'rate-mismatch')!;
    expect(f.cell).toBe('G4');
    expect(f.message).toContain('86.21%');
    expect(f.message).toContain('全年预算数');
  });

  it('finds a 预算执行 score that does not follow from the rate, and a score above its weight', () => {
    expect(rules(form('86%', 10))).toContain('budget-score-mismatch@H4');
    expect(rules(form('86%', 12))).toContain('score-exceeds-weight@H4');
    expect(rules(form('86%', 8.62)).filter((r) => /score/.test(r))).toEqual([]);
  });

  it('reports results that restate the target once per table', () => {
    const f = run(form('86%', 8.62)).report.findings.filter((x) => x.rule === 'actual-not-a-result');
    expect(f).toHaveLength(1);
    expect(f[0].cells).toHaveLength(4);
  });

  it('reads the same wherever the form sits on the sheet', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 3 }), (dr, dc) => {
        const moved = run(shift(form('100%', 8.62), dr, dc)).report.findings.map((f) => f.rule).sort();
        expect(moved).toEqual(run(form('100%', 8.62)).report.findings.map((f) => f.rule).sort());
      }),
      { numRuns: 15, seed: 7 },
    );
  });
});

describe('columns by their cells, where provinces swap the headers', () => {
  const exportSheet = (swap: boolean): SheetSpec => {
    const head = swap ? ['指标方向', '指标性质'] : ['指标性质', '指标方向'];
    const pair = (cmp: string, dir: string) => (swap ? [dir, cmp] : [cmp, dir]);
    return sheet([
      ['一级指标', '二级指标', '三级指标', ...head, '指标值', '计量单位'],
      ['产出指标', '数量指标', '出差人次', ...pair('=', '正向'), '24', '人次'],
      [null, '时效指标', '资金到位时间', ...pair('≤', '反向'), '44,561', '44,561'],
      ['效益指标', '社会效益指标', '回收率', ...pair('≥', '正向'), '90', '%'],
      ['满意度指标', '服务对象满意度指标', '商户满意度', ...pair('≥', '正向'), '90', '%'],
    ]);
  };

  it('takes the comparator from the column whose cells are comparators (指标性质 or 指标方向)', () => {
    for (const swap of [false, true]) {
      const ind = run(exportSheet(swap)).model!.tables[0].indicators;
      expect(ind.map((i) => i.comparator?.text)).toEqual(['=', '≤', '≥', '≥']);
    }
  });

  it('says a deadline shown as a date serial is 2021年12月31日, once per row', () => {
    const f = run(exportSheet(false)).report.findings.filter((x) => x.rule === 'date-as-serial');
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('2021年12月31日');
    expect(f[0].cells).toEqual(['F3', 'G3']);
  });
});
