// The pairing as plain data for reports: every pair with the cells of both years, so a user can see
// (in the pane, the CLI's JSON or its text) which of last year's indicators each of this year's was
// compared with, and correct a wrong pairing by renaming.

import { z } from 'zod';
import { resultValueOf, targetValueOf } from '../rules/ambition/compare';
import { BaselineMatch, IndicatorRef } from './match';

export const pairSideSchema = z.object({
  name: z.string(),
  /** The 三级 name's cell. */
  cell: z.string(),
  category: z.string(),
  /** This year: the target; last year: the result (实际完成值), when there is one. */
  value: z.object({ text: z.string(), cell: z.string() }).optional(),
});
export type PairSide = z.infer<typeof pairSideSchema>;

export const baselineSummarySchema = z.object({
  /** Last year's file (and sheet) as messages name it. */
  label: z.string(),
  pairs: z.array(z.object({ current: pairSideSchema, previous: pairSideSchema, by: z.enum(['category', 'name']) })),
  dropped: z.array(pairSideSchema),
  added: z.array(pairSideSchema),
});
export type BaselineSummary = z.infer<typeof baselineSummarySchema>;

function side(ref: IndicatorRef, which: 'current' | 'previous'): PairSide {
  const v = which === 'current' ? targetValueOf(ref.indicator) : resultValueOf(ref.indicator);
  return {
    name: ref.indicator.name!.text,
    cell: ref.indicator.name!.cell,
    category: ref.categoryName,
    ...(v ? { value: { text: v.text, cell: v.cell } } : {}),
  };
}

export function summarizeMatch(match: BaselineMatch, label: string): BaselineSummary {
  return {
    label,
    pairs: match.pairs.map((p) => ({ current: side(p.current, 'current'), previous: side(p.previous, 'previous'), by: p.by })),
    dropped: match.dropped.map((r) => side(r, 'previous')),
    added: match.added.map((r) => side(r, 'current')),
  };
}
