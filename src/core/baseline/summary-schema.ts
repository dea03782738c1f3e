// The zod schema of the baseline pairing in reports (the CLI's JSON is checked against it in tests);
// kept apart from summary.ts so the runtime path does not load zod.

import { z } from 'zod';

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

