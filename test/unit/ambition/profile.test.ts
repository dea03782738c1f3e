// Thresholds are data: thresholds.json ships the defaults; an organisation's profile changes them
// under `extensions.ambition`, checked by zod; a broken extension is reported, not fatal.

import { parseProfile } from '../../../src/core/profiles/parse';
import { ambitionThresholds, DEFAULT_THRESHOLDS } from '../../../src/core/rules/ambition';
import { thresholdsSchema } from '../../../src/core/rules/ambition/schema';
import guangdong from '../../../src/core/profiles/guangdong.json';
import thresholds from '../../../src/core/rules/ambition/thresholds.json';
import { selfEvaluationTable } from '../../fixtures/catalog';
import { ambitionFindings, summary } from './helpers';
import { nationalSelfEvaluation } from './layouts';

const orgProfile = (ambition: unknown) => parseProfile(JSON.stringify({ ...guangdong, id: 'org-test', name: '本单位指标体系', extensions: { ambition } }));

describe('thresholds as data', () => {
  it('ships a thresholds.json that passes its schema with the documented defaults', () => {
    expect(() => thresholdsSchema.parse(thresholds)).not.toThrow();
    expect(DEFAULT_THRESHOLDS.overAchievementRatio).toBe(1.5);
    expect(DEFAULT_THRESHOLDS.ceilingUseRatio).toBe(0.5);
    expect(DEFAULT_THRESHOLDS.reverseWords).toEqual(expect.arrayContaining(['成本', '事故', '投诉', '发生率']));
  });

  it('an organisation’s ratio changes what counts as conservative', () => {
    expect(summary(ambitionFindings(selfEvaluationTable(), { profile: orgProfile({ overAchievementRatio: 2.5 }) }))).toEqual([]);
    // 正面新闻报道量: 11093 against ≥8000 is 139%.
    expect(summary(ambitionFindings(selfEvaluationTable(), { profile: orgProfile({ overAchievementRatio: 1.3 }) }))).toEqual(['conservative-target F13', 'conservative-target F14']);
  });

  it('an added reverse word turns an indicator into a ceiling', () => {
    const spec = nationalSelfEvaluation([{ level1: '产出指标', level2: '成本指标', name: '办公能耗', target: '100千瓦时', result: '30千瓦时' }]);
    // By default 能耗 reads as a floor: 30 against 100 is a miss.
    expect(summary(ambitionFindings(spec))).toEqual(['unexplained-miss I12']);
    // As a ceiling, using 30% of it means the ceiling was too loose.
    expect(summary(ambitionFindings(spec, { profile: orgProfile({ add: { reverseWords: ['能耗'] } }) }))).toEqual(['conservative-target F12']);
  });

  it('reports a malformed extension once and falls back to the defaults', () => {
    const profile = orgProfile({ overAchievementRatio: 'high', add: { reverseWords: ['能耗'] } });
    expect(ambitionThresholds(profile).error).toMatch(/extensions\.ambition\.overAchievementRatio/);
    const found = ambitionFindings(selfEvaluationTable(), { profile });
    expect(found.filter((f) => f.rule === 'ambition-config').map((f) => f.severity)).toEqual(['error']);
    expect(found.filter((f) => f.rule === 'conservative-target')).toHaveLength(1);
  });

  it('rejects unknown keys', () => {
    expect(ambitionThresholds(orgProfile({ ratio: 2 })).error).toMatch(/extensions\.ambition/);
  });
});
