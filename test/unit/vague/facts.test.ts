// The text facts the verdicts rest on.

import { analyse, isQuantitative, normalizeValue } from '../../../src/core/rules/vague/facts';
import { DEFAULT_WORDS, compileConfig } from '../../../src/core/rules/vague/schema';

const cfg = compileConfig(DEFAULT_WORDS);
const facts = (s: string) => analyse(s, cfg);

describe('analyse', () => {
  it('normalises what PDF extraction leaves behind', () => {
    expect(normalizeValue(' \\geq 200期 。')).toBe('≥200期');
    expect(facts('开展区级活动不少于19 场, 区级文明村镇获评率90%以 上').quantities.map((q) => [q.value, q.unit])).toEqual([[19, '场'], [90, '%']]);
  });

  it.each([
    ['2024年12月31日前', 'date'],
    ['2023年12月底前完成', 'date'],
    ['每年12月中旬举办', 'date'],
    ['2023年内播出', 'date'],
    ['1个季度内', 'timeLimit'],
    ['形式审核时限为5个工作日', 'timeLimit'],
    ['接报后48小时内处置完毕', 'timeLimit'],
    ['每月推荐自学书目', 'schedule'],
    ['每周一、周三（法定节假日除外）按时出版', 'schedule'],
    ['《每日快讯》手机报工作日每日定时推送', 'schedule'],
    ['内容无政治错误，无重大差错', 'zeroDefect'],
    ['零投诉', 'zeroDefect'],
  ] as const)('%s has %s', (text, key) => {
    expect(facts(text)[key]).toBe(true);
    expect(isQuantitative(facts(text))).toBe(true);
  });

  it('does not take years, ordinals, titles or set phrases for targets', () => {
    for (const text of ['圆满完成2022年对口帮扶、支援合作工作', '举办第5届户外音乐季', '增强四个意识', '推动《2023年工作要点》落实', '展现科学城五年发展新貌', '如因疫情等不可抗力因素导致年会无法如期举办']) {
      expect({ text, quantitative: isQuantitative(facts(text)) }).toEqual({ text, quantitative: false });
    }
  });

  it('reads Chinese numerals in short values only', () => {
    expect(facts('每季度一册，全年精选一册').quantities.map((q) => [q.value, q.unit])).toEqual([[1, '册'], [1, '册']]);
    const prose = '建立健全统一的扁平化、联动化、共享化的运行机制，真正实现“一次采集、多种产品、全媒体传播”的融媒体矩阵化运作';
    expect(facts(prose).quantities).toEqual([]);
  });

  it('tells a named benchmark from a vague one', () => {
    expect(facts('低于全省平均水平').benchmark).toBe('named');
    expect(facts('不高于省级集中采购价').benchmark).toBe('named');
    expect(facts('单位平均推广成本低于行业平均水平').benchmark).toBe('named');
    expect(facts('控制在预算范围内').benchmark).toBe('named');
    expect(facts('报纸和刊物差错率均达到相关出版要求').benchmark).toBe('vague');
    expect(facts('根据中央及省市相关部署要求开展宣讲').benchmark).toBeUndefined();
  });

  it('sees baselines, change amounts and ratios', () => {
    expect(facts('较上年提高5个百分点')).toMatchObject({ baseline: true, changeAmount: true, percent: true });
    expect(facts('年增加5%')).toMatchObject({ baseline: true, changeAmount: true });
    expect(facts('提升10%')).toMatchObject({ baseline: false, changeAmount: true });
    expect(facts('创文重点本底工地围挡公益广告上画率达95%以上').rateNamed).toBe(true);
    expect(facts('确保每次及时做好主题宣传效率100%').rateNamed).toBe(false);
    expect(facts('参加民意测评感到满意人数÷调查总人数*100%')).toMatchObject({ formula: true, quantities: [] });
  });

  it('keeps slogans apart from relative words', () => {
    expect(facts('深入人心')).toMatchObject({ slogans: ['深入人心'], relative: [] });
    expect(facts('进一步提升我区的知名度和美誉度').relative).toEqual(['进一步']);
  });
});
