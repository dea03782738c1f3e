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
