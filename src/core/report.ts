// Findings and reports: the one shape the pane, the CLI and the tests share.

import { z } from 'zod';
import { blockSchema, formIdSchema } from './model';
import { baselineSummarySchema } from './baseline/summary';

export const CATEGORIES = ['hierarchy', 'budget', 'vague', 'completeness', 'text', 'structure'] as const;
export const categorySchema = z.enum(CATEGORIES);
export type Category = z.infer<typeof categorySchema>;

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export const severitySchema = z.enum(SEVERITIES);
export type Severity = z.infer<typeof severitySchema>;

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
  /** Plain Chinese, with the numbers involved. */
  message: z.string().min(1),
  suggestion: z.string().optional(),
  /** One sentence on why this matters (from the rule's meta unless the finding says more). */
  why: z.string().optional(),
  fix: fixSchema.optional(),
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

/** Names users see for categories and severities (the pane, the CLI and the 校验报告 sheet share them). */
export const CATEGORY_LABELS: Record<Category, { zh: string; en: string }> = {
  hierarchy: { zh: '指标层级', en: 'Indicator hierarchy' },
  budget: { zh: '预算金额', en: 'Budget amounts' },
  vague: { zh: '指标可衡量性', en: 'Measurability' },
  completeness: { zh: '完整性', en: 'Completeness' },
  text: { zh: '文字', en: 'Text' },
  structure: { zh: '表单结构', en: 'Form structure' },
};

export const SEVERITY_LABELS: Record<Severity, { zh: string; en: string }> = {
  error: { zh: '错误', en: 'Error' },
  warning: { zh: '警告', en: 'Warning' },
  info: { zh: '提示', en: 'Tip' },
};

const labelsIn = <K extends string>(labels: Record<K, { zh: string; en: string }>, lang: 'zh' | 'en') =>
  Object.fromEntries(Object.entries(labels).map(([k, v]) => [k, (v as { zh: string; en: string })[lang]])) as Record<K, string>;

export const categoryNames = (lang: 'zh' | 'en') => labelsIn(CATEGORY_LABELS, lang);
export const severityNames = (lang: 'zh' | 'en') => labelsIn(SEVERITY_LABELS, lang);

export function summarize(findings: readonly Finding[]): Summary {
  const s: Summary = { error: 0, warning: 0, info: 0 };
  for (const f of findings) s[f.severity]++;
  return s;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Findings in reading order: by row, then column, then severity. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i, pos: cellOrder(f.cell) }))
    .sort((a, b) => a.pos - b.pos || SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || a.i - b.i)
    .map((x) => x.f);
}

function cellOrder(a1: string): number {
  const m = /^([A-Z]+)(\d+)$/.exec(a1);
  if (!m) return 0;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return Number(m[2]) * 20_000 + col;
}
