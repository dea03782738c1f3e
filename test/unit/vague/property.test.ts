// Properties of the judge (fast-check): a number with a unit and a comparator turns a vague value
// measurable; wrapping a measurable value in 进一步/有所 without touching its number keeps it so.

import fc from 'fast-check';
import { judge } from './helpers';

/** Indicators paired with units that fit them (a 满意度 wants %, a 成本 wants 元). */
const SLOTS: Array<{ name: string; level1: string; level2: string; units: string[]; max: number }> = [
  { name: '开展主题活动次数', level1: '产出指标', level2: '数量指标', units: ['场', '次', '场次'], max: 100_000 },
  { name: '新闻报道量', level1: '产出指标', level2: '数量指标', units: ['篇', '条', '篇次'], max: 100_000 },
  { name: '困难群众补助人数', level1: '产出指标', level2: '数量指标', units: ['人', '人次', '户'], max: 100_000 },
  { name: '网络正面宣传报道篇数', level1: '效益指标', level2: '社会效益指标', units: ['篇', '万人次'], max: 100_000 },
  { name: '宣传活动', level1: '效益指标', level2: '可持续影响指标', units: ['场', '个', '家'], max: 100_000 },
  { name: '服务对象满意度', level1: '满意度指标', level2: '服务对象满意度指标', units: ['%'], max: 100 },
  { name: '验收合格率', level1: '产出指标', level2: '质量指标', units: ['%'], max: 100 },
  { name: '单位推广成本', level1: '产出指标', level2: '成本指标', units: ['元/人次', '万元', '元'], max: 100_000 },
  { name: '资金拨付及时率', level1: '产出指标', level2: '时效指标', units: ['%'], max: 100 },
  { name: '审核时限', level1: '产出指标', level2: '时效指标', units: ['个工作日', '小时', '天'], max: 365 },
];

const COMPARATORS = ['≥', '≤', '>', '<', '不少于', '不低于', '不高于', '不超过', '大于', '超过', '达到', '控制在', '>='];

// The vague values of domain.md §4 (and their kin).
const VAGUE = ['出圈', '深入人心', '显著提升', '国际显示度持续提升', '按计划完成', '取得良好的社会效益', '进一步提升', '有所提高', '明显', '较好', '逐步推进', '持续', '按要求完成', '良好', '第一时间完成'];
// Appending starts a clause of its own; glued to a change verb ("提升≥5%") a number would read as
// the size of the change, which is a different (and also judged) statement.
const SEPARATORS = ['，', '；', ',', '、', '：', '。'];

const slot = fc.constantFrom(...SLOTS);
const quantity = slot.chain((s) =>
  fc.record({
    slot: fc.constant(s),
    comparator: fc.constantFrom(...COMPARATORS),
    number: fc.oneof(fc.integer({ min: 0, max: s.max }), fc.integer({ min: 1, max: s.max * 10 }).map((n) => n / 10).filter((n) => n <= s.max)),
    unit: fc.constantFrom(...s.units),
  }),
);
const text = (q: { comparator: string; number: number; unit: string }) => `${q.comparator}${q.number}${q.unit}`;

describe('properties', () => {
  it('appending a number with a unit and a comparator to a vague value makes it measurable', () => {
    fc.assert(
      fc.property(fc.constantFrom(...VAGUE), fc.constantFrom(...SEPARATORS), quantity, (vague, sep, q) => {
        const { name, level1, level2 } = q.slot;
        expect(judge({ name, level1, level2, annual: vague }).verdict).not.toBe('measurable');
        const appended = `${vague}${sep}${text(q)}`;
        const j = judge({ name, level1, level2, annual: appended });
        return j.verdict === 'measurable' || fail(`${name}: “${appended}” judged ${j.verdict} [${j.reasons}]`);
      }),
      { numRuns: 500 },
    );
  });

  // Measurable values of several shapes: quantities, dates, schedules, zero-defect, benchmarks.
  const measurable = fc.oneof(
    quantity.map((q) => ({ ...q.slot, value: text(q) })),
    quantity.map((q) => ({ ...q.slot, value: `${q.number}${q.unit}` })),
    fc.constantFrom(
      { name: '项目完成时间', level1: '产出指标', level2: '时效指标', value: '2024年12月31日前' },
      { name: '项目完成时间', level1: '产出指标', level2: '时效指标', value: '12月31日前完成' },
      { name: '宣讲活动场次', level1: '产出指标', level2: '数量指标', value: '每月2场' },
      { name: '视频播出安全', level1: '产出指标', level2: '质量指标', value: '0停播、0事故' },
      { name: '单位运营成本', level1: '产出指标', level2: '成本指标', value: '低于全省平均水平' },
      { name: '设备采购单价', level1: '产出指标', level2: '成本指标', value: '不高于省级集中采购价' },
      { name: '就业率', level1: '效益指标', level2: '社会效益指标', value: '较上年提高5个百分点' },
      { name: '阅读量', level1: '产出指标', level2: '数量指标', value: '年增加5%' },
    ),
  );
  const WRAPS: Array<(v: string) => string> = [
    (v) => `进一步${v}`,
    (v) => `有所${v}`,
    (v) => `${v}，进一步提升`,
    (v) => `${v}，有所提高`,
    (v) => `进一步${v}，有所提高`,
    (v) => `（进一步）${v}`,
  ];

  it('wrapping a measurable value in 进一步/有所 keeps it measurable', () => {
    fc.assert(
      fc.property(measurable, fc.constantFrom(...WRAPS), (m, wrap) => {
        const { name, level1, level2, value } = m;
        const before = judge({ name, level1, level2, annual: value });
        if (before.verdict !== 'measurable') return fail(`${name}: “${value}” should be measurable, judged ${before.verdict} [${before.reasons}]`);
        const wrapped = wrap(value);
        const after = judge({ name, level1, level2, annual: wrapped });
        return after.verdict === 'measurable' || fail(`${name}: “${wrapped}” judged ${after.verdict} [${after.reasons}]`);
      }),
      { numRuns: 500 },
    );
  });
});

function fail(message: string): never {
  throw new Error(message);
}
