// The examples of the issue and of domain.md §4, both directions: measurable phrasing passes even
// with relative words in it, and every vague kind the seeds show is found, in the seed fixtures.

import { checkWithModel } from '../../../src/core/check';
import { Finding } from '../../../src/core/report';
import { judgeForm } from '../../../src/core/rules/vague';
import { fixture } from '../../fixtures/catalog';
import { specToGrid } from '../../fixtures/sheet-spec';
import { GUANGDONG, indicator, judge } from './helpers';

describe('measurable phrasing passes, relative words or not', () => {
  it.each([
    // [name, 二级, value] — the list, each under an indicator it fits.
    ['就业困难人员就业率', '社会效益指标', '较上年提高5个百分点'],
    ['新闻报道量', '数量指标', '不少于50篇'],
    ['验收合格率', '质量指标', '≥95%'],
    ['宣讲活动场次', '数量指标', '每月2场'],
    ['项目完成时间', '时效指标', '2024年12月31日前'],
    ['项目完成时间', '时效指标', '12月31日前完成'],
    ['保障视频播出安全', '质量指标', '0停播、0事故'],
    ['单位平均推广成本', '成本指标', '低于3元/人次'],
    ['设备采购单价', '成本指标', '不高于省级集中采购价'],
    ['单位运营成本', '成本指标', '低于全省平均水平'],
    ['群众投诉率', '质量指标', '低于全省平均水平'],
    // With the vague words of domain.md §4 inside them.
    ['网络正面宣传报道篇数', '社会效益指标', '进一步扩大宣传，不少于200篇'],
    ['服务对象满意度', '服务对象满意度指标', '持续提升，≥90%'],
    ['舆情处置率', '质量指标', '按要求处置，处置率达90%'],
    ['开展主题活动次数', '数量指标', '按计划开展，不少于10场'],
  ])('%s (%s): %s', (name, level2, value) => {
    const level1 = level2 === '服务对象满意度指标' ? '满意度指标' : /效益/.test(level2) ? '效益指标' : '产出指标';
    const j = judge({ name, level1, level2, annual: value });
    expect({ value, verdict: j.verdict, reasons: j.reasons }).toEqual({ value, verdict: 'measurable', reasons: [] });
  });
});

describe('every vague kind of domain.md §4, as written', () => {
  it.each([
    // no measurable value at all
    ['南沙故事出圈传播', '社会效益指标', '出圈', 'no-value'],
    ['反映群众的知晓程度', '社会效益指标', '深入人心', 'no-value'],
    ['市民对文明城市建设满意度', '服务对象满意度指标', '显著提升', 'relative-word'],
    ['提升国际显示度', '社会效益指标', '国际显示度持续提升', 'relative-word'],
    ['提升网络安全意识和风险防范能力', '可持续影响指标', '按计划完成', 'by-plan'],
    ['项目完成情况', '社会效益指标', '取得良好的社会效益', 'relative-word'],
    // the value repeats the name or describes the method
    ['放映场次数量', '数量指标', '放映场次数量', 'repeats-name'],
    ['户外音乐季群众满意度', '服务对象满意度指标', '调查问卷', 'describes-method'],
    // a degree of change as a percentage with no baseline
    ['南沙区美誉度提升程度', '社会效益指标', '≥90%', 'change-no-baseline'],
    ['网络舆情处置能力提升程度', '社会效益指标', '≥90%', 'change-no-baseline'],
    // relative words without a base or number
    ['网络安全防范能力', '可持续影响指标', '进一步提升', 'relative-word'],
    ['服务质量', '质量指标', '有所提高', 'relative-word'],
    ['宣传效果', '社会效益指标', '明显', 'relative-word'],
    ['作用发挥', '社会效益指标', '较好', 'relative-word'],
    ['阵地建设', '质量指标', '逐步完善', 'relative-word'],
    ['宣传教育', '社会效益指标', '持续开展', 'relative-word'],
    // a number with no unit where one is needed
    ['新媒体信息流推广', '数量指标', '1', 'no-unit'],
    ['群众满意度', '服务对象满意度指标', '≥90', 'no-unit'],
    // long prose instead of a value
    ['加大红色革命遗址立体化宣传', '社会效益指标', '发挥红色革命遗址社会教育功能,传播红色文化,提升红色 革命遗址的影响力。', 'prose'],
  ])('%s: %s', (name, level2, value, reason) => {
    const level1 = level2 === '服务对象满意度指标' ? '满意度指标' : /效益|影响/.test(level2) ? '效益指标' : '产出指标';
    const j = judge({ name, level1, level2, annual: value });
    expect(j.verdict).toBe('vague');
    expect(j.reasons).toContain(reason);
    expect(j.why).toContain(name);
  });

  it('a value copied from another indicator of the same table (seed 003, 设备购置)', () => {
    const live = { name: '完成新闻发布厅直播数量', level1: '产出指标', level2: '数量指标', period: '关注民生民情，反映民众呼声', annual: '关注民生民情，反映民众呼声' };
    const other = { name: '关注民生民情，反映民众呼声', level1: '效益指标', level2: '社会效益指标', annual: '保障中心宣传渠道畅通，丰富受众获取信息渠道和形式' };
    const a = indicator(live);
    const b = indicator(other);
    const j = judge(a, [a, b]);
    expect(j.verdict).toBe('vague');
    expect(j.reasons[0]).toBe('copy-paste');
    expect(j.why).toContain('“关注民生民情，反映民众呼声”的文字相同');
  });

  it('a copy is found again when a table with the same names is checked again, and only among other rows', () => {
    const live = { name: '完成新闻发布厅直播数量', level1: '产出指标', level2: '数量指标', annual: '关注民生民情，反映民众呼声' };
    const other = { name: '关注民生民情，反映民众呼声', level1: '效益指标', level2: '社会效益指标', annual: '保障中心宣传渠道畅通，丰富受众获取信息渠道和形式' };
    for (let round = 0; round < 3; round++) {
      // Fresh rows each round, as every re-check reads them anew.
      const a = indicator(live);
      const b = indicator(other);
      expect(judge(a, [a, b]).reasons[0]).toBe('copy-paste');
      expect(judge(a, [b, a]).reasons[0]).toBe('copy-paste');
    }
    // The row named like the copied text is not a copy of itself.
    const b = indicator({ ...other, annual: '关注民生民情，反映民众呼声' });
    const a = indicator({ ...live, annual: '≥12场' });
    expect(judge(b, [a, b]).reasons).not.toContain('copy-paste');
    const alone = indicator({ ...live, name: '直播数量', annual: '关注民生民情，反映民众呼声' });
    expect(judge(alone, [alone, indicator({ ...other, name: '其他指标' })]).reasons).not.toContain('copy-paste');
  });

  it('gives the message of the brief for 南沙区美誉度提升程度', () => {
    const j = judge({ name: '南沙区美誉度提升程度', level1: '效益指标', level2: '社会效益指标', annual: '≥90%' });
    expect(j.why).toBe('“南沙区美誉度提升程度”的年度指标值“≥90%”是提升程度的百分比，但没有基数，年末无法判断是否达成。');
    // Issue 13: no second rewrite about 报道, which the indicator does not name.
    expect(j.suggestion).toBe('可改写为：“南沙区美誉度测评得分 ≥ 85分（第三方测评）”。');
  });

  it('a name written as sentences gets no rewrite for a keyword of a later clause; a short name is read whole', () => {
    // Anhui, Jinzhai 2021 (corpus form anhui-jinzhai-2021-project-target-property-management): the
    // indicator is about residents' living quality; 文明城市 only closes the sentence.
    const prose = judge({ name: '改善安置小区群众生活质量,提升安置小区生活水平。助力全县文明城市创建。', level1: '效益指标', level2: '社会效益指标', annual: '显著改善' });
    expect(prose.verdict).toBe('vague');
    expect(prose.suggestion).not.toMatch(/文明|测评得分/);
    const quality = judge({ name: '完成开发区工委、管委下达的安置小区物业费清算任务,指导小区物业开展文明创建等工作。', level1: '产出指标', level2: '质量指标', annual: '房屋设备、设施的管理到位,环境卫生整洁,车辆停放有序' });
    expect(quality.suggestion).not.toMatch(/文明|测评得分/);
    // The same keyword in the name's own first clause still gets its rewrite.
    expect(judge({ name: '助力全县文明城市创建', level1: '效益指标', level2: '社会效益指标', annual: '显著提升' }).suggestion).toMatch(/文明城市测评得分/);
    // A short name of two clauses is read whole: 节约水电 is what it measures.
    expect(judge({ name: '文明办公，节约水电', level1: '效益指标', level2: '生态效益指标', annual: '绿色环保办公，节约水电' }).suggestion).toMatch(/水电/);
  });
});

describe('the vague examples of domain.md §4 are found in the seed fixtures', () => {
  const runs = new Map<string, { findings: Finding[]; model: NonNullable<ReturnType<typeof checkWithModel>['model']> }>();
  const run = (name: string) => {
    if (!runs.has(name)) {
      const r = checkWithModel(specToGrid(fixture(name)), { rules: ['vague-target', 'weak-target'] });
      runs.set(name, { findings: r.report.findings.filter((f) => f.category === 'vague'), model: r.model! });
    }
    return runs.get(name)!;
  };

  it.each([
    ['seed-000', '南沙故事出圈传播', '出圈', 'no-value'],
    ['seed-000', '南沙区美誉度提升程度', '≥90%', 'change-no-baseline'],
    ['seed-000', '网络舆情处置能力提升程度', '≥90%', 'change-no-baseline'],
    ['seed-001', '反映群众的知晓程度', '深入人心', 'no-value'],
    ['seed-001', '市民对文明城市建设满意度', '显著提升', 'relative-word'],
    ['seed-002', '理论政策宣讲', '根据中央及省市相关部署要求', 'prose'],
    ['seed-002', '加大红色革命遗址立体化宣传', '发挥红色革命遗址社会教育功能', 'prose'],
    ['seed-003', '提升国际显示度', '国际显示度持续提升', 'relative-word'],
    ['seed-003', '提升网络安全意识和风险防范能力', '按计划完成', 'by-plan'],
    ['seed-003', '项目完成情况', '取得良好的社会效益', 'relative-word'],
    ['seed-003', '放映场次数量', '放映场次数量', 'repeats-name'],
    ['seed-003', '户外音乐季群众满意度', '调查问卷', 'describes-method'],
    ['seed-003', '提升宣传效应，传播正能量', '进一步提升我区的知名度和美誉度', 'relative-word'],
    ['seed-003', '全社会爱国主义精神得到广泛弘扬', '作用发挥较好', 'relative-word'],
    ['seed-003', '新媒体信息流推广', '1', 'no-unit'],
    ['seed-003', '调查问卷', '≥90', 'no-unit'],
    ['seed-003', '完成新闻发布厅直播数量', '关注民生民情，反映民众呼声', 'copy-paste'],
  ])('%s: “%s” → “%s” (%s)', (seed, name, fragment, reason) => {
    const { findings, model } = run(seed);
    const squash = (s: string) => s.replace(/\s+/g, '');
    const holds = (text: string) => (fragment.length <= 4 ? squash(text) === fragment : squash(text).includes(squash(fragment)));
    const judged = judgeForm(model, GUANGDONG).indicators.find((i) => i.judgement.indicator.name?.text === name && i.judgement.values.some((v) => holds(v.value.text)));
    expect(judged).toBeDefined();
    const value = judged!.judgement.values.find((v) => holds(v.value.text))!;
    expect(value.verdict).toBe('vague');
    expect(value.reasons).toContain(reason);
    // The report carries a finding on that value's cell that names the indicator.
    const finding = findings.find((f) => f.cells.includes(value.value.cell) && f.message.includes(name.replace(/\s+/g, ' ').slice(0, 10)));
    expect(finding).toBeDefined();
    expect(finding!.suggestion).toBeTruthy();
  });
});
