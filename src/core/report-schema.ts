// The zod schemas of findings and reports (the CLI's JSON output and the tests check against them).
// Runtime code imports the types from report.ts, which does not load zod.

import { z } from 'zod';
import { blockSchema, formIdSchema } from './model-schema';
import { baselineSummarySchema } from './baseline/summary-schema';
import { CATEGORIES, SEVERITIES } from './report';

export const categorySchema = z.enum(CATEGORIES);
export const severitySchema = z.enum(SEVERITIES);
/** A fix the pane can offer, e.g. inserting a template for a missing category. */
export const fixSchema = z.object({
  kind: z.string(),
  label: z.string(),
  data: z.record(z.string(), z.unknown()).optional(),
});

export const findingSchema = z.object({
  /** Stable kebab-case id of the rule. */
  rule: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  category: categorySchema,
  severity: severitySchema,
  /** Primary A1 address (no sheet name). */
  cell: z.string(),
  /** Every cell involved, primary first. */
  cells: z.array(z.string()).min(1),
  /** Plain sentences with the numbers involved, in the language the check was asked for (Chinese by default). */
  message: z.string().min(1),
  /** The message's catalogue id and parameters (core/i18n): a host renders it again in another language. */
  messageId: z.string().optional(),
  params: z.record(z.string(), z.unknown()).optional(),
  suggestion: z.string().optional(),
  /** One sentence on why this matters (from the rule's meta unless the finding says more). */
  why: z.string().optional(),
  fix: fixSchema.optional(),
  /**
   * Checked in another language: the Chinese sentences too, for what always goes to the finance
   * bureau in Chinese (the 校验报告 sheet, the annotated copy).
   */
  zh: z.object({ message: z.string(), why: z.string().optional(), suggestion: z.string().optional() }).optional(),
});
export type Finding = z.infer<typeof findingSchema>;

export const summarySchema = z.object({ error: z.number().int(), warning: z.number().int(), info: z.number().int() });
export type Summary = z.infer<typeof summarySchema>;

export const reportSchema = z.object({
  sheet: z.string(),
  form: formIdSchema.nullable(),
  formName: z.string().nullable(),
  profile: z.string(),
  findings: z.array(findingSchema),
  summary: summarySchema,
  /** Share of 三级 indicators judged measurable (filled in by the vague rules). */
  measurability: z.object({ measurable: z.number().int(), total: z.number().int() }).optional(),
  /** The blocks a composed form was read from (layouts outside the seed layouts). */
  blocks: z.array(blockSchema).optional(),
  /** How this year's indicators were paired with last year's, when a baseline was given. */
  baseline: baselineSummarySchema.optional(),
});
export type Report = z.infer<typeof reportSchema>;

