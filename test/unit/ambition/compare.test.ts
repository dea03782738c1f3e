// Indicator-level judgements: direction from the 指标性质 column, the value, or the name; units.

import fc from 'fast-check';
import { compareIndicator } from '../../../src/core/rules/ambition';
import { DEFAULT_THRESHOLDS } from '../../../src/core/rules/ambition/schema';
import { indicatorSchema } from '../../../src/core/model-schema';
import { indicator, IndicatorSpec } from './helpers';

const outcome = (spec: IndicatorSpec) => compareIndicator(indicatorSchema.parse(indicator(spec)), DEFAULT_THRESHOLDS)?.outcome;

describe('compareIndicator: floors (≥)', () => {
  it.each<[IndicatorSpec, string]>([
    [{ name: '舆情日报数量', target: '≥200期', result: '432期' }, 'conservative'],
    [{ name: '正面新闻报道量', target: '≥8000篇', result: '11093篇' }, 'met'],
    [{ name: '刊发量', target: '≥50篇', result: '50篇' }, 'met'],
    [{ name: '刊发量', target: '≥50篇', result: '49篇' }, 'missed'],
    [{ name: '满意度', target: '≥90%', result: '88%' }, 'missed'],
    [{ name: '覆盖率', target: '≥60%', result: '100%' }, 'conservative'],
    [{ name: '覆盖率', target: '≥90%', result: '100%' }, 'met'],
    [{ name: '参与人次', target: '≥2万人次', result: '1.2万人次' }, 'missed'],
    [{ name: '参与人次', target: '≥2万人次', result: '35000人次' }, 'conservative'],
    [{ name: '培训场次', target: '不少于1场', result: '2场' }, 'met'],
    [{ name: '培训场次', target: '＞20场', result: '20场' }, 'missed'],
  ])('%o -> %s', (spec, expected) => expect(outcome(spec)).toBe(expected));
});

describe('compareIndicator: reverse indicators (≤) judged the right way round', () => {
  it.each<[IndicatorSpec, string]>([
    [{ name: '活动成本', target: '≤5万元', result: '1.8万元' }, 'conservative'],
    [{ name: '活动成本', target: '≤5万元', result: '4.6万元' }, 'met'],
    [{ name: '活动成本', target: '≤5万元', result: '56,000元' }, 'missed'],
    [{ name: '活动成本', target: '≤5万元', result: '18,000元' }, 'conservative'],
    // No comparator anywhere: the name says less is better.
    [{ name: '安全事故数', target: '3起', result: '5起' }, 'missed'],
    [{ name: '安全事故数', target: '10起', result: '2起' }, 'conservative'],
    [{ name: '安全事故数', target: '3起', result: '2起' }, 'met'],
    [{ name: '群众投诉率', target: '5%', result: '1%' }, 'conservative'],
    [{ name: '群众投诉率', target: '5%', result: '6%' }, 'missed'],
    [{ name: '火灾发生率', target: '0.5‰', result: '0.4‰' }, 'met'],
    // Handling complaints is a floor.
    [{ name: '投诉处理率', target: '95%', result: '90%' }, 'missed'],
    [{ name: '投诉处理率', target: '60%', result: '100%' }, 'conservative'],
    [{ name: '人均成本', target: '低于3元/人次', result: '1元/人次' }, 'conservative'],
  ])('%o -> %s', (spec, expected) => expect(outcome(spec)).toBe(expected));
});

describe('compareIndicator: the 指标性质 / 指标方向 column', () => {
  it.each<[IndicatorSpec, string]>([
    [{ name: '道路养护里程', comparator: '≥', target: '20', unit: '公里', result: '45' }, 'conservative'],
    [{ name: '道路养护里程', comparator: '大于等于', target: '20', unit: '公里', result: '19' }, 'missed'],
    [{ name: '养护单价', comparator: '≤', target: '120', unit: '元/平方米', result: '50' }, 'conservative'],
    [{ name: '养护单价', comparator: '小于等于', target: '120', unit: '元/平方米', result: '130' }, 'missed'],
    [{ name: '完好率', comparator: '＝', target: '100', unit: '%', result: '100' }, 'met'],
    [{ name: '完好率', comparator: '等于', target: '100', unit: '%', result: '98' }, 'missed'],
    [{ name: '返工次数', comparator: '反向', target: '5', unit: '次', result: '1' }, 'conservative'],
    [{ name: '养护面积', comparator: '正向', target: '5', unit: '万平方米', result: '4' }, 'missed'],
    // The column wins over the name: a 成本 indicator written as a floor.
    [{ name: '成本节约额', comparator: '≥', target: '10', unit: '万元', result: '8' }, 'missed'],
  ])('%o -> %s', (spec, expected) => expect(outcome(spec)).toBe(expected));

  it('leaves qualitative indicators alone', () => {
    expect(outcome({ name: '制度建设', comparator: '定性', target: '健全', result: '健全' })).toBeUndefined();
    expect(outcome({ name: '影响力', valueType: '定性', target: '1', result: '9' })).toBeUndefined();
  });
});

describe('compareIndicator: dates and things that cannot be compared', () => {
  it.each<[IndicatorSpec, string | undefined]>([
    [{ name: '完成时限', target: '12月底前', result: '11月' }, 'met'],
    [{ name: '完成时限', target: '12月', result: '12月' }, 'met'],
    [{ name: '完成时限', target: '2023年6月30日前', result: '2023年8月' }, 'missed'],
    [{ name: '完成时限', target: '年底前', result: '12月20日' }, 'met'],
    [{ name: '完成时限', target: '2023年12月底前', result: '11月' }, undefined],
    [{ name: '场次', target: '≥20场', result: '45篇' }, undefined],
    [{ name: '宣传效果', target: '显著提升', result: '明显提升' }, undefined],
    [{ name: '场次', target: '≥20场', result: '' }, undefined],
  ])('%o -> %s', (spec, expected) => expect(outcome(spec)).toBe(expected));

  it('judges the quantities a target and result share by unit', () => {
    expect(outcome({ name: '网络安全检查', target: '开展1次检查，检查区属单位40家次', result: '开展1次检查，检查区属单位100家次' })).toBe('conservative');
    expect(outcome({ name: '网络安全检查', target: '开展1次检查，检查区属单位40家次', result: '开展1次检查，检查区属单位30家次' })).toBe('missed');
  });

  it('ignores tiny counts that only look like big ratios', () => {
    expect(outcome({ name: '专题会议', target: '≥1次', result: '2次' })).toBe('met');
    expect(outcome({ name: '专题会议', target: '≥1次', result: '3次' })).toBe('conservative');
    expect(outcome({ name: '安全事故', target: '≤1起', result: '0起' })).toBe('met');
  });
});

describe('properties of the judgement', () => {
  const count = fc.integer({ min: 1, max: 100_000 });

  it('a ≥ target is missed exactly when the result is below it, and conservative only at 150% or more', () => {
    fc.assert(
      fc.property(count, count, (t, r) => {
        const got = outcome({ name: '服务人次', target: `≥${t}人次`, result: `${r}人次` });
        expect(got === 'missed').toBe(r < t);
        if (got === 'conservative') expect(r).toBeGreaterThanOrEqual(1.5 * t);
      }),
    );
  });

  it('a ≤ target mirrors it: missed above the ceiling, conservative only at 50% of it or less', () => {
    fc.assert(
      fc.property(count, count, (t, r) => {
        const got = outcome({ name: '运行成本', target: `≤${t}元`, result: `${r}元` });
        expect(got === 'missed').toBe(r > t);
        if (got === 'conservative') expect(r).toBeLessThanOrEqual(0.5 * t);
      }),
    );
  });

  it('the same amount written in 元 or in 万元 gets the same verdict', () => {
    fc.assert(
      fc.property(count, count, (t, r) => {
        const yuan = outcome({ name: '运行成本', target: `≤${t * 100}元`, result: `${r * 100}元` });
        const wan = outcome({ name: '运行成本', target: `≤${(t * 100) / 10_000}万元`, result: `${r * 100}元` });
        expect(wan).toBe(yuan);
      }),
    );
  });

  it('never throws on arbitrary cells', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.string({ maxLength: 30 }), fc.string({ maxLength: 4 }), fc.string({ maxLength: 4 }), (target, result, comparator, unit) => {
        outcome({ name: '指标', target, result, comparator, unit });
      }),
    );
  });
});
