// The error classes of issue 13, each in both directions, on rows built the way the readers build
// them (comparator, value, unit and 指标值类型 in their own columns), with properties where a class
// allows: the unit elsewhere in the row, a percentage on something uncountable, a change without
// a baseline, a status instead of a target, 定性 targets, and weak-target noise on rates.

import fc from 'fast-check';
import { getProfile } from '../../../src/core/profiles';
import { categoryKind, IndicatorJudgement, judgeIndicator } from '../../../src/core/rules/vague';
import { CategoryIndex } from '../../../src/core/profiles';
import { parseProfile } from '../../../src/core/profiles/parse';
import guangdong from '../../../src/core/profiles/guangdong.json';
import { vagueConfig, DEFAULT_WORDS } from '../../../src/core/rules/vague/schema';
import { CorpusRow, rowToIndicator } from './corpus-measure';

const PROFILE = getProfile()!;
const CATEGORIES = new CategoryIndex(PROFILE);
const CONFIG = vagueConfig(PROFILE).config;

interface RowSpec {
  name: string;
  level2?: string;
  comparator?: string;
  value: string;
  unit?: string;
  valueType?: string;
}

const LEVEL1: Record<string, string> = { 数量指标: '产出指标', 质量指标: '产出指标', 时效指标: '产出指标', 成本指标: '产出指标', 社会效益指标: '效益指标', 经济效益指标: '效益指标', 可持续影响指标: '效益指标', 服务对象满意度指标: '满意度指标' };

let n = 0;
function judgeRow(spec: RowSpec): IndicatorJudgement {
  const level2 = spec.level2 ?? '数量指标';
  const row: CorpusRow = {
    id: String(n++), doc: 'classes', level1: LEVEL1[level2] ?? '产出指标', level2, name: spec.name, comparator: spec.comparator ?? '', value: spec.value,
    unit: spec.unit ?? '', valueType: spec.valueType ?? '', actual: '', label: 'measurable', why: '',
  };
  const ind = rowToIndicator(row, n);
  return judgeIndicator(ind, { config: CONFIG, category: categoryKind(ind, CATEGORIES), siblings: [ind] });
}

const vague = (j: IndicatorJudgement) => j.groups.some((g) => g.verdict === 'vague');
const quiet = (j: IndicatorJudgement) => j.groups.length === 0;
const show = (j: IndicatorJudgement) => `${j.indicator.name?.text} → ${j.indicator.values.map((v) => v.text).join('|')}: ${j.groups.map((g) => `${g.verdict}[${g.reasons}]`).join(' ') || 'quiet'}`;

describe('the unit is stated elsewhere in the row', () => {
  it.each<RowSpec>([
    { name: '营造林总面积(亩)', value: '80000' },
    { name: '修建作业道长度（公里）', comparator: '≥', value: '30' },
    { name: '抽验批次', comparator: '≥', value: '3' },
    { name: '人均培训学时', comparator: '≥', value: '90' },
    { name: '新建村级文化室', comparator: '＝', value: '12', unit: '个' },
    { name: '项目验收合格率', comparator: '≥', value: '95', unit: '%', level2: '质量指标' },
    { name: '资金到位率', comparator: '＝', value: '100', unit: '百分比', level2: '质量指标' },
    { name: '配套电力设施1250KVA变压器3台', value: '3' },
    { name: '补助成本(≤**元/株)', comparator: '≤', value: '28.40', level2: '成本指标' },
  ])('quiet: $name → $value', (spec) => {
    const j = judgeRow(spec);
    expect(quiet(j) || show(j)).toBe(true);
  });

  it.each<RowSpec>([
    { name: '新媒体信息流推广', value: '1' },
    { name: '配套烘干杀菌设备及包装设备购置及安装', value: '550' },
    { name: '新建堤防、护岸长度', value: '公里' },
    { name: '农村饮水工程覆盖服务人口数', value: '万人' },
  ])('vague: $name $value (no number or no unit anywhere)', (spec) => {
    const j = judgeRow(spec);
    expect(vague(j) || show(j)).toBe(true);
  });

  it('a rewrite keeps the unit the row gives and invents none', () => {
    const area = judgeRow({ name: '灌区节水改造面积', value: '万亩' });
    expect(area.suggestion).toContain('万亩');
    expect(area.suggestion).not.toMatch(/平方米/);
    const bare = judgeRow({ name: '配套烘干杀菌设备及包装设备购置及安装', value: '550' });
    expect(bare.suggestion).not.toMatch(/550[个篇场次]/);
    expect(bare.suggestion).toContain('计量单位');
  });

  const nameUnits = DEFAULT_WORDS.nameUnits.map(([ending]) => ending);
  const comparators = ['', '≥', '≤', '＝', '>', '大于等于'];
  it('property: a count noun ending the name, any comparator and number: quiet', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('培训', '检查', '新建', '发放补助', '抽验', '服务', '改造'),
        fc.constantFrom(...nameUnits),
        fc.constantFrom(...comparators),
        fc.integer({ min: 1, max: 1_000_000 }),
        (what, ending, comparator, value) => {
          const j = judgeRow({ name: `${what}${ending}`, comparator, value: String(value) });
          return quiet(j) || fail(show(j));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('property: a bracketed unit in the name or a unit column gives a bare number its meaning', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('营造林总面积', '修建作业道长度', '新建校舍', '完成道路硬化', '发放物资'),
        fc.constantFrom('亩', '公里', '平方米', '套', '吨', '座'),
        fc.boolean(),
        fc.integer({ min: 1, max: 100_000 }),
        (what, unit, inName, value) => {
          const j = judgeRow(inName ? { name: `${what}(${unit})`, value: String(value) } : { name: what, value: String(value), unit });
          return quiet(j) || fail(show(j));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('a percentage on something that cannot be counted', () => {
  it.each<RowSpec>([
    { name: '维护社会稳定', comparator: '≥', value: '95', unit: '%', level2: '社会效益指标' },
    { name: '促进村集体经济发展', value: '≥95%', level2: '经济效益指标' },
    { name: '促进学校教育事业健康发展', comparator: '≧', value: '100', unit: '%', level2: '可持续影响指标' },
    { name: '形成部门联动、齐抓共管', value: '100%', level2: '社会效益指标' },
    { name: '经费有效使用情况', value: '=100%', level2: '经济效益指标' },
  ])('vague: $name $value', (spec) => {
    const j = judgeRow(spec);
    expect(vague(j) || show(j)).toBe(true);
    expect(j.why).toMatch(/缺少|没有/);
  });

  it.each<RowSpec>([
    { name: '项目验收合格率', value: '100%', level2: '质量指标' },
    { name: '宣传任务完成', value: '100%' },
    { name: '建档立卡学生全面覆盖', value: '100%', level2: '质量指标' },
    { name: '项目受益人满意程度', value: '≥90%', level2: '服务对象满意度指标' },
    { name: '资金使用合规性', value: '100%', level2: '质量指标' },
    { name: '工资发放准确性(%)', comparator: '≥', value: '95', unit: '%', level2: '质量指标' },
    { name: '对美沙酮维持患者及时给予治疗', value: '100%', level2: '时效指标' },
  ])('quiet: $name $value', (spec) => {
    const j = judgeRow(spec);
    expect(quiet(j) || show(j)).toBe(true);
  });

  it('quotes the target whole when the row splits it over columns', () => {
    const j = judgeRow({ name: '维护社会稳定', comparator: '≥', value: '95', unit: '%', level2: '社会效益指标' });
    expect(j.why).toContain('“≥95%”');
  });

  it('property: 促进/维护/推动 X + any percentage is vague', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('促进', '维护', '推动', '助力', '营造'),
        fc.constantFrom('社会稳定', '乡村振兴', '经济高质量发展', '文化事业繁荣', '良好营商环境', '社会和谐', '产业融合发展'),
        fc.constantFrom('≥', '', '＝'),
        fc.integer({ min: 1, max: 100 }),
        fc.constantFrom('社会效益指标', '经济效益指标', '可持续影响指标'),
        (verb, what, comparator, value, level2) => {
          const j = judgeRow({ name: `${verb}${what}`, comparator, value: String(value), unit: '%', level2 });
          return vague(j) || fail(show(j));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('a change with no baseline', () => {
  it.each<RowSpec>([
    { name: '降低农村留守儿童意外伤害发生', value: '40%', level2: '社会效益指标' },
    { name: '农民人均收入', value: '增长10%', level2: '经济效益指标' },
    { name: '南沙区美誉度提升程度', value: '≥90%', level2: '社会效益指标' },
  ])('vague: $name $value', (spec) => {
    const j = judgeRow(spec);
    expect(vague(j) || show(j)).toBe(true);
    expect(j.why).toContain('基数');
  });

  it.each<RowSpec>([
    { name: '农民人均收入', value: '较上年增长10%', level2: '经济效益指标' },
    { name: '就业困难人员就业率', value: '较上年提高5个百分点', level2: '社会效益指标' },
    { name: '提高就业率', value: '≥95%', level2: '社会效益指标' },
  ])('quiet: $name $value', (spec) => {
    const j = judgeRow(spec);
    expect(quiet(j) || show(j)).toBe(true);
  });
});

describe('a status instead of a target; 定性 targets', () => {
  it.each<RowSpec>([
    { name: '食品安全监管人员培训', value: '已完成', level2: '质量指标' },
    { name: '项目实施', value: '达成预期指标', level2: '数量指标' },
    { name: '示范演练', value: '完成', valueType: '定性' },
    { name: '生态环境', value: '显著改善', valueType: '定性', level2: '可持续影响指标' },
    { name: '社会成本指标', comparator: '＝', value: '100', unit: '%', level2: '成本指标' },
  ])('vague: $name $value', (spec) => {
    const j = judgeRow(spec);
    expect(vague(j) || show(j)).toBe(true);
  });

  it.each<RowSpec>([
    { name: '工程验收', value: '验收合格', valueType: '定性', level2: '质量指标' },
    { name: '出水水质', value: '达到《地表水环境质量标准》Ⅲ类标准', valueType: '定性', level2: '质量指标' },
    { name: '是否建立长效管护机制', value: '是', valueType: '定性', level2: '可持续影响指标' },
    { name: '饮用水水质', comparator: '定性', value: '符合GB 5749-2022', level2: '质量指标' },
    { name: '本项目不适用此指标', value: '无', level2: '生态效益指标' },
    { name: '已建工程是否存在质量问题', comparator: '是/否', value: '否', level2: '质量指标' },
    { name: '是否发生重大安全事故', value: '无', valueType: '定性', level2: '质量指标' },
    { name: '竣工验收', value: '通过', valueType: '定性', level2: '质量指标' },
    { name: '场馆建设', value: '建成并投入使用', valueType: '定性', level2: '质量指标' },
  ])('quiet: $name $value', (spec) => {
    const j = judgeRow(spec);
    expect(quiet(j) || show(j)).toBe(true);
  });
});

describe('no weak-target noise on plainly measurable rows', () => {
  it.each<RowSpec>([
    { name: '服务周期内,市民对空气质量改善的满意程度', value: '≥85%', level2: '社会效益指标' },
    { name: '服务周期', value: '2023.07-2024.01', level2: '时效指标' },
    { name: '项目完成时间', value: '第四季度完成', level2: '时效指标' },
    { name: '资金拨付时间', value: '当年完成', level2: '时效指标' },
    { name: '环境卫生专项考核', value: '1次/月', level2: '时效指标' },
    { name: '控制在预算成本内', value: '250万', level2: '成本指标' },
    { name: '项目建设周期', comparator: '≤', value: '1', unit: '年', level2: '时效指标' },
    // A zero-defect target filed under 数量指标 is still checkable: no category-mismatch note.
    { name: '安全生产', value: '无重大安全事故', level2: '数量指标' },
    // An amount that looks like a year and a month is still an amount.
    { name: '单位推广成本', comparator: '≤', value: '2019.5', unit: '元/人次', level2: '成本指标' },
    { name: '单位推广成本', value: '≥1900.1元/人次', level2: '成本指标' },
  ])('quiet: $name $value', (spec) => {
    const j = judgeRow(spec);
    expect(quiet(j) || show(j)).toBe(true);
  });
});

describe('every finding says in one sentence what is missing, and offers a fitting suggestion', () => {
  const flagged: RowSpec[] = [
    { name: '维护社会稳定', value: '≥95%', level2: '社会效益指标' },
    { name: '食品安全监管人员培训', value: '已完成', level2: '质量指标' },
    { name: '新媒体信息流推广', value: '1' },
    { name: '降低农村留守儿童意外伤害发生', value: '40%', level2: '社会效益指标' },
    { name: '经费支出合规性', value: '严格执行相关制度规定', level2: '质量指标' },
    { name: '减轻贫困学生家庭经济负担', value: '有效', level2: '经济效益指标' },
    { name: '造林补助', value: '每亩300', level2: '成本指标' },
    { name: '提高村(社区)干部工作积极性的影响程度', value: '效果明显', level2: '社会效益指标' },
    { name: '农村留守儿童关爱服务期限', value: '长期', level2: '可持续影响指标' },
    { name: '推动项目管理制度健全和落实', value: '效果明显', level2: '可持续影响指标' },
    { name: '促进学前教育普及普惠发展', value: '显著促进', level2: '社会效益指标' },
    { name: '按政策给予贴息支持', value: '按政策给予贴息支持', level2: '质量指标' },
    { name: '困难群众生活水平', value: '提高', level2: '社会效益指标' },
  ];
  it.each(flagged)('$name $value', (spec) => {
    const j = judgeRow(spec);
    for (const g of j.groups) {
      expect(g.why).toMatch(/。$/);
      expect(g.why.slice(0, -1)).not.toContain('。');
      expect(g.suggestion).toBeTruthy();
      // No canned example about something else.
      expect(g.suggestion).not.toMatch(/相关活动覆盖人次|相关正面报道|停播/);
      for (const r of g.rewrites) {
        // The rewrite's subject comes from the indicator: it shares a two-character word with the name.
        const pairs = [...spec.name].slice(0, -1).map((c, i) => c + spec.name[i + 1]);
        expect(pairs.some((p) => r.name.includes(p)) || `${r.name} shares nothing with ${spec.name}`).toBe(true);
        // And the checker itself accepts it.
        const again = judgeRow({ name: r.name, value: r.note ? `${r.value}（${r.note}）` : r.value, level2: spec.level2 });
        expect(quiet(again) || show(again)).toBe(true);
      }
    }
  });
});

function fail(message: string): never {
  throw new Error(message);
}

describe('a percentage on a countable action or on conformity to a named standard is a rate; rewrites keep the rate and the noun', () => {
  it.each<RowSpec>([
    { name: '困难群众救助资金发放', value: '100%', level2: '质量指标' },
    { name: '保障性住房分配', value: '100%' },
    { name: '问题整改', value: '100%', level2: '质量指标' },
    { name: '食品经营单位监督检查', value: '100%', level2: '质量指标' },
    { name: '美沙酮药物治疗符合国家标准', value: '100%', level2: '质量指标' },
    { name: '按照物价部门定价标准采购', value: '100%', level2: '成本指标' },
  ])('quiet: $name $value', (spec) => {
    const j = judgeRow(spec);
    expect(quiet(j) || show(j)).toBe(true);
  });

  it('a rate without its "%" gets "%", not the unit of another word in the name', () => {
    const j = judgeRow({ name: '培训合格率', value: '≥90', level2: '质量指标' });
    expect(j.suggestion).toContain('≥90%');
  });

  it('a production capacity is not offered staff training', () => {
    const j = judgeRow({ name: '提高农业综合生产能力', value: '显著提高', level2: '经济效益指标' });
    expect(vague(j)).toBe(true);
    expect(j.suggestion).not.toContain('培训');
  });
});

describe('the new word lists and rewrite patterns are data an organisation extends', () => {
  const withVague = (vague: unknown) => parseProfile(JSON.stringify({ ...guangdong, id: 'org', name: '本单位', extensions: { vague } }));
  const judgeWith = (spec: RowSpec, profile: ReturnType<typeof withVague>) => {
    const row: CorpusRow = { id: 'x', doc: 'x', level1: '产出指标', level2: spec.level2 ?? '数量指标', name: spec.name, comparator: spec.comparator ?? '', value: spec.value, unit: spec.unit ?? '', valueType: spec.valueType ?? '', actual: '', label: 'measurable', why: '' };
    const ind = rowToIndicator(row, 900);
    return judgeIndicator(ind, { config: vagueConfig(profile).config, category: categoryKind(ind, new CategoryIndex(profile)), siblings: [ind] });
  };

  it('a status pattern and a name unit added by the profile', () => {
    const spec = { name: '整治河道', value: '已整治' };
    expect(vague(judgeRow(spec))).toBe(true);
    const profile = withVague({ add: { statusPatterns: ['^已整治$'] }, nameUnits: [['河道', '条']] });
    expect(judgeWith(spec, profile).reasons).toContain('status');
    expect(quiet(judgeWith({ name: '整治河道', value: '12' }, profile))).toBe(true);
  });

  it('a measure pattern replaced by the profile', () => {
    const profile = withVague({ measurePatterns: { quality: [{ name: '{subject}抽检合格率', value: '≥ 98%', note: '抽检合格批次 ÷ 抽检总批次' }] } });
    const j = judgeWith({ name: '农产品', value: '质量较好', level2: '质量指标' }, profile);
    expect(j.suggestion).toContain('农产品抽检合格率 ≥ 98%');
  });

  it('a malformed pattern is reported, not fatal', () => {
    const { error } = vagueConfig(withVague({ add: { statusPatterns: ['(unclosed'] } }));
    expect(error).toMatch(/statusPatterns/);
  });
});
