// Word lists are data: an organisation's profile adds words and accepts phrases through
// `extensions.vague`, checked by zod; a broken extension is reported, not fatal.

import { check } from '../../../src/core/check';
import { parseProfile } from '../../../src/core/profiles/parse';
import { DEFAULT_WORDS } from '../../../src/core/rules/vague';
import { vagueExtensionSchema } from '../../../src/core/rules/vague/schema';
import { vagueConfig, wordsSchema } from '../../../src/core/rules/vague/schema';
import { fixture } from '../../fixtures/catalog';
import { specToGrid } from '../../fixtures/sheet-spec';
import guangdong from '../../../src/core/profiles/guangdong.json';
import words from '../../../src/core/rules/vague/words.json';
import { verdictOf } from './helpers';

function orgProfile(vague: unknown): string {
  return JSON.stringify({ ...guangdong, id: 'org-test', name: '本单位指标体系', extensions: { vague } });
}

describe('word lists as data', () => {
  it('ships a words.json that passes its schema and stays small', () => {
    expect(() => wordsSchema.parse(words)).not.toThrow();
    expect(JSON.stringify(words).length).toBeLessThan(20_000);
    expect(DEFAULT_WORDS.relativeWords).toEqual(expect.arrayContaining(['进一步', '有所', '明显', '显著', '较好', '逐步', '持续', '不断', '积极', '良好']));
    expect(DEFAULT_WORDS.completionPhrases).toEqual(expect.arrayContaining(['按计划', '按要求']));
  });

  it('an added word makes a value vague, numbers or not', () => {
    const profile = parseProfile(orgProfile({ add: { vaguePhrases: ['左右'] } }));
    expect(verdictOf('开展主题活动次数', '100场左右')).toBe('measurable');
    expect(verdictOf('开展主题活动次数', '100场左右', '数量指标', '产出指标', profile)).toBe('vague');
    const report = check(specToGrid(fixture('seed-001')), { profile, rules: ['vague-target', 'weak-target'] });
    expect(report.profile).toBe('org-test');
  });

  it('an accepted phrase makes a value pass', () => {
    const value = '按省委宣传部年度考核细则完成';
    expect(verdictOf('理论宣讲工作', value)).toBe('vague');
    const profile = parseProfile(orgProfile({ add: { acceptedPhrases: ['年度考核细则'] } }));
    expect(verdictOf('理论宣讲工作', value, '数量指标', '产出指标', profile)).toBe('measurable');
    const byPattern = parseProfile(orgProfile({ add: { acceptedPatterns: ['^按省委宣传部.+细则完成$'] } }));
    expect(verdictOf('理论宣讲工作', value, '数量指标', '产出指标', byPattern)).toBe('measurable');
  });

  it('a removed word no longer counts', () => {
    // "力争" is a relative word by default; an organisation that uses it for firm targets can drop it.
    const profile = parseProfile(orgProfile({ remove: { relativeWords: ['力争'] } }));
    expect(vagueConfig(profile).config.relativeWords).not.toContain('力争');
    expect(vagueConfig(profile).config.relativeWords).toContain('进一步');
  });

  it('reports a malformed extension and falls back to the defaults', () => {
    expect(vagueExtensionSchema.safeParse({ add: { relativWords: ['x'] } }).success).toBe(false);
    expect(vagueExtensionSchema.safeParse({ add: { acceptedPatterns: ['(unclosed'] } }).success).toBe(false);
    const profile = parseProfile(orgProfile({ add: { relativWords: ['稳中有进'] } }));
    const report = check(specToGrid(fixture('seed-000')), { profile, rules: ['vague-target', 'weak-target'] });
    const config = report.findings.filter((f) => f.rule === 'vague-config');
    expect(config).toHaveLength(1);
    expect(config[0].severity).toBe('error');
    expect(config[0].message).toContain('extensions.vague.add');
    // The defaults still judge the form.
    expect(report.findings.some((f) => f.rule === 'vague-target')).toBe(true);
  });
});
