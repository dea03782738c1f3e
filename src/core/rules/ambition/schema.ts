// The thresholds and word lists of the ambition family are data: thresholds.json ships the defaults,
// and an organisation's profile may change them under `extensions.ambition`, checked by zod here so a
// typo in a profile is reported instead of silently ignored (as the vague family does).

import { z } from 'zod';
import { Profile } from '../../profiles';
import defaultsJson from './thresholds.json';

const word = z.string().min(1).max(40);
const list = z.array(word);

export const thresholdsSchema = z
  .object({
    /** A ≥ target is conservative when the result reaches this multiple of it (1.5 = 150%). */
    overAchievementRatio: z.number().min(1.01).max(100),
    /** A ≤ target (a ceiling: cost, incidents) is too loose when the result stays at or under this share of it. */
    ceilingUseRatio: z.number().min(0).max(0.99),
    /** Counts (not % or money) must differ by at least this much: "≥1次" against "2次" is no finding. */
    minimumCountExcess: z.number().min(0).max(1e9),
    /** Indicator names holding one of these are ceilings when no comparator says otherwise (成本, 事故, 投诉率). */
    reverseWords: list,
    /** …unless they also hold one of these ("投诉处理率", "成本节约率" are floors). */
    forwardWords: list,
    /** 偏差原因 cells that explain nothing ("无", "/"). */
    emptyDeviation: list,
    /** Targets that already ask for everything ("79个区属单位全覆盖"): never "below last year" when equal. */
    completeWords: list,
  })
  .strict();
export type AmbitionThresholds = z.infer<typeof thresholdsSchema>;

const LIST_KEYS = ['reverseWords', 'forwardWords', 'emptyDeviation', 'completeWords'] as const;
const listsPatch = z.object({ reverseWords: list, forwardWords: list, emptyDeviation: list, completeWords: list }).partial().strict();

/**
 * `extensions.ambition` in a profile, for example
 * `{ "overAchievementRatio": 1.3, "add": { "reverseWords": ["能耗"] }, "remove": { "forwardWords": ["完成"] } }`.
 */
export const ambitionExtensionSchema = z
  .object({
    overAchievementRatio: thresholdsSchema.shape.overAchievementRatio.optional(),
    ceilingUseRatio: thresholdsSchema.shape.ceilingUseRatio.optional(),
    minimumCountExcess: thresholdsSchema.shape.minimumCountExcess.optional(),
    add: listsPatch.optional(),
    remove: listsPatch.optional(),
  })
  .strict();
export type AmbitionExtension = z.infer<typeof ambitionExtensionSchema>;

/** Parsed once at load: a broken thresholds.json is a build error, caught by the unit tests. */
export const DEFAULT_THRESHOLDS: AmbitionThresholds = thresholdsSchema.parse(defaultsJson);

export function mergeThresholds(base: AmbitionThresholds, ext: AmbitionExtension): AmbitionThresholds {
  const out: AmbitionThresholds = { ...base };
  if (ext.overAchievementRatio !== undefined) out.overAchievementRatio = ext.overAchievementRatio;
  if (ext.ceilingUseRatio !== undefined) out.ceilingUseRatio = ext.ceilingUseRatio;
  if (ext.minimumCountExcess !== undefined) out.minimumCountExcess = ext.minimumCountExcess;
  for (const key of LIST_KEYS) {
    const remove = new Set(ext.remove?.[key] ?? []);
    out[key] = [...new Set([...base[key], ...(ext.add?.[key] ?? [])])].filter((w) => !remove.has(w));
  }
  return out;
}

export interface ThresholdsResult {
  thresholds: AmbitionThresholds;
  /** Chinese message when the profile's `extensions.ambition` is malformed; defaults are used then. */
  error?: string;
}

const cache = new WeakMap<Profile, ThresholdsResult>();

/** The thresholds for a profile: defaults merged with its `extensions.ambition`, cached per profile. */
export function ambitionThresholds(profile: Profile | undefined): ThresholdsResult {
  if (!profile) return { thresholds: DEFAULT_THRESHOLDS };
  const hit = cache.get(profile);
  if (hit) return hit;
  let result: ThresholdsResult;
  const raw = profile.extensions?.ambition;
  if (raw === undefined) result = { thresholds: DEFAULT_THRESHOLDS };
  else {
    const parsed = ambitionExtensionSchema.safeParse(raw);
    if (parsed.success) result = { thresholds: mergeThresholds(DEFAULT_THRESHOLDS, parsed.data) };
    else {
      const first = parsed.error.issues[0];
      const where = ['extensions', 'ambition', ...first.path].join('.');
      result = { thresholds: DEFAULT_THRESHOLDS, error: `指标体系文件的目标挑战性阈值格式不正确：${where} ${first.message}；已改用默认阈值。` };
    }
  }
  cache.set(profile, result);
  return result;
}
