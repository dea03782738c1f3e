// The zod schemas of the ambition family's data: thresholds.json (checked by the unit tests) and an
// organisation's `extensions.ambition` (checked when parseProfile registers this schema), so a typo
// in a profile is reported instead of silently ignored. The runtime side is thresholds.ts, no zod.

import { z } from 'zod';

export * from './thresholds';

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

