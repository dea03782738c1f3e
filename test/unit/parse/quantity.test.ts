import { parseQuantities } from '../../../src/core/parse/quantity';

const first = (s: string) => parseQuantities(s)[0];

describe('parseQuantities: quantities in target values', () => {
  it.each([
    ['≥90%', { value: 90, comparator: '>=', unit: '%' }],
    ['>=95%', { value: 95, comparator: '>=', unit: '%' }],
    ['不少于2个', { value: 2, comparator: '>=', unit: '个' }],
    ['不少于50篇', { value: 50, comparator: '>=', unit: '篇' }],
    ['2.1万人', { value: 21000, unit: '人' }],
    ['250万', { value: 2_500_000, unit: '' }],
    ['低于3元/人次', { value: 3, comparator: '<', unit: '元/人次' }],
    ['1536场', { value: 1536, unit: '场' }],
    ['5场以上活动', { value: 5, comparator: '>=', unit: '场' }],
    ['≤100%', { value: 100, comparator: '<=', unit: '%' }],
    ['达90%', { value: 90, comparator: '=', unit: '%' }],
    ['１００％', { value: 100, unit: '%' }],
  ])('%s', (text, expected) => {
    expect(first(text)).toMatchObject(expected);
  });

  it('finds every quantity in a sentence', () => {
    const q = parseQuantities('开展1次网络安全检查，检查区属单位40家次');
    expect(q.map((x) => [x.value, x.unit])).toEqual([[1, '次'], [40, '家次']]);
  });

  it('keeps the scale on 万 but not on 万元', () => {
    expect(first('粉丝量超过30万')).toMatchObject({ value: 300000, comparator: '>' });
    expect(first('成本不超过5万元')).toMatchObject({ value: 5, unit: '万元', comparator: '<=' });
  });

  it('returns nothing for words without numbers', () => {
    expect(parseQuantities('出圈')).toEqual([]);
    expect(parseQuantities('显著提升')).toEqual([]);
  });
});

describe('parseQuantities: units and forms from the seeds', () => {
  it.each([
    ['1个季度内', { value: 1, unit: '个季度', comparator: '<=' }],
    ['形式审核时限为5个工作日', { value: 5, unit: '个工作日', comparator: '=' }],
    ['24小时内', { value: 24, unit: '小时', comparator: '<=' }],
    ['较上年提高5个百分点', { value: 5, unit: '个百分点' }],
    ['平均每人次下载成本控制在3元/人次以下', { value: 3, unit: '元/人次', comparator: '<=' }],
    ['大于5100平方米', { value: 5100, unit: '平方米', comparator: '>' }],
    ['18万人次以上', { value: 180000, unit: '人次', comparator: '>=' }],
    ['保证20多个新媒体平台正常运营', { value: 20, unit: '个', comparator: '>=' }],
    ['100余场', { value: 100, unit: '场', comparator: '>=' }],
    ['舆情日报数量 \\geq 200期', { value: 200, unit: '期', comparator: '>=' }],
    ['≤ 100期', { value: 100, unit: '期', comparator: '<=' }],
    ['不少于19 场', { value: 19, unit: '场', comparator: '>=' }],
  ])('%s', (text, expected) => {
    expect(first(text)).toMatchObject(expected);
  });

  it('skips list markers and ordinals', () => {
    const q = parseQuantities('1. 与中央、省市媒体(含网络)合作15家 2. 花都广场大型广告牌设置政治主题宣传画4个');
    expect(q.map((x) => [x.value, x.unit])).toEqual([[15, '家'], [4, '个']]);
    expect(parseQuantities('举办第五届、第5届户外音乐季')).toEqual([]);
  });

  it('reads Chinese numerals only when asked', () => {
    expect(parseQuantities('每月放映一场电影')).toEqual([]);
    expect(parseQuantities('每月放映一场电影', { chineseNumerals: true }).map((x) => [x.value, x.unit])).toEqual([[1, '场']]);
    expect(parseQuantities('十二期、两个季度内、三百五十人', { chineseNumerals: true }).map((x) => [x.value, x.unit])).toEqual([
      [12, '期'],
      [2, '个季度'],
      [350, '人'],
    ]);
  });
});
