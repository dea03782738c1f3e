// Nearest-name suggestions and bundled labels, over the profile's names and synonyms only.

import fc from 'fast-check';
import { BUILTIN_PROFILES, CategoryIndex } from '../../../src/core/profiles';
import { bareKey, levenshtein, matchName, namedCategories, nearestCategory, similarity } from '../../../src/core/rules/hierarchy/suggest';

const gd = new CategoryIndex(BUILTIN_PROFILES.guangdong);
const mof = new CategoryIndex(BUILTIN_PROFILES.mof2021);
const nearest = (t: string, level: 1 | 2, index = gd) => {
  const n = nearestCategory(t, index, level);
  return n && matchName(n.match);
};

describe('nearestCategory', () => {
  it.each([
    ['社会效应指标', 2, '社会效益指标'],
    ['服务对象满意指标', 2, '服务对象满意度指标'],
    ['质量方面指标', 2, '质量指标'],
    ['数量指数', 2, '数量指标'],
    ['满意指标', 1, '满意度指标'],
    ['产品指标', 1, '产出指标'],
  ] as const)('%s -> %s', (text, level, expected) => {
    expect(nearest(text, level)).toBe(expected);
  });

  it('offers nothing for unrelated text', () => {
    for (const t of ['舆情', '大大大大大大', '-', '']) expect(nearest(t, 2)).toBeUndefined();
  });

  it('returns the canonical name for any exact spelling (synonyms included)', () => {
    for (const s of gd.spellings()) expect(nearest(s.text, s.match.level)).toBe(matchName(s.match));
  });
});

describe('namedCategories (bundled labels)', () => {
  it('finds the four 产出 二级 of seed 001, in profile order', () => {
    const b = namedCategories('时效、数量、质量、成本方面的指标', gd, 'output');
    expect(b.level2.map((m) => m.level2.name)).toEqual(['数量指标', '质量指标', '时效指标', '成本指标']);
    expect(b.level1).toEqual([]);
  });

  it('maps synonyms and does not count 效益 inside 社会效益 as the 一级', () => {
    const b = namedCategories('经济效益、社会效益、环境效益、可持续影响等方面的指标', gd, 'benefit');
    expect(b.level2.map((m) => m.level2.key)).toEqual(['economic', 'social', 'ecological', 'sustainable']);
    expect(b.level1).toEqual([]);
  });

  it('under mof2021, 成本 in a 产出 bundle is a separate 一级', () => {
    const b = namedCategories('数量、质量、时效、成本方面的指标', mof, 'output');
    expect(b.level2.map((m) => m.level2.name)).toEqual(['数量指标', '质量指标', '时效指标']);
    expect(b.level1.map((l) => l.name)).toEqual(['成本指标']);
  });
});

describe('string measures', () => {
  it('bareKey drops codes, 指标 and "方面的指标"', () => {
    expect(bareKey('22-社会效益指标')).toBe('社会效益');
    expect(bareKey('数量、质量方面的指标')).toBe('数量、质量');
    expect(bareKey('（服务对象）满意度 指标')).toBe('(服务对象)满意度');
  });

  it('levenshtein is a metric on short strings; similarity is symmetric and 1 on equal keys', () => {
    const s = fc.string({ unit: fc.constantFrom('数', '量', '质', '效', '益', '社', '会', '满', '意', '度'), maxLength: 6 });
    fc.assert(
      fc.property(s, s, s, (a, b, c) => {
        expect(levenshtein(a, b)).toBe(levenshtein(b, a));
        expect(levenshtein(a, c)).toBeLessThanOrEqual(levenshtein(a, b) + levenshtein(b, c));
        expect(similarity(a, b)).toBeCloseTo(similarity(b, a), 10);
        if (a.length > 0) expect(similarity(a, a)).toBe(1);
      }),
    );
  });
});
