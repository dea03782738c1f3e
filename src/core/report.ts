// Findings and reports: the one shape the pane, the CLI and the tests share. The zod schemas are in
// report-schema.ts, off the runtime path.

export const CATEGORIES = ['hierarchy', 'budget', 'vague', 'completeness', 'text', 'structure'] as const;
export type Category = (typeof CATEGORIES)[number];

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export type { Finding, Summary, Report } from './report-schema';
import type { Finding, Summary } from './report-schema';

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
