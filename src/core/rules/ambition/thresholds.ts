// The ambition family's thresholds at run time: the shipped defaults, a profile's changes merged in.
// No zod here (schemas in schema.ts), so the engine loads without it.

import type { z } from 'zod';
import type { Profile } from '../../profiles';
import { extensionValidators } from '../../extensions';
import type { ambitionExtensionSchema, thresholdsSchema } from './schema';
import defaultsJson from './thresholds.json';
import { Msg, msg } from '../../i18n/text';

export type AmbitionThresholds = z.infer<typeof thresholdsSchema>;
export type AmbitionExtension = z.infer<typeof ambitionExtensionSchema>;

const LIST_KEYS = ['reverseWords', 'forwardWords', 'emptyDeviation', 'completeWords'] as const;

/** Shipped data, read as it is: the unit tests check it against thresholdsSchema. */
export const DEFAULT_THRESHOLDS: AmbitionThresholds = defaultsJson as AmbitionThresholds;

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
  /** The same as a catalogue message (ambition.config), for the finding. */
  errorMessage?: Msg;
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
    // Validated when a profile came from outside (parseProfile registers the schema).
    const validate = extensionValidators.ambition;
    const parsed = validate ? validate(raw) : { success: true as const, data: raw };
    if (parsed.success) result = { thresholds: mergeThresholds(DEFAULT_THRESHOLDS, parsed.data as AmbitionExtension) };
    else {
      const first = parsed.error.issues[0];
      const where = ['extensions', 'ambition', ...first.path].join('.');
      result = {
        thresholds: DEFAULT_THRESHOLDS,
        error: `指标体系文件的目标挑战性阈值格式不正确：${where} ${first.message}；已改用默认阈值。`,
        errorMessage: msg('ambition.config', { where, detail: first.message }),
      };
    }
  }
  cache.set(profile, result);
  return result;
}
