// Text output: one line per finding, grouped by file and sheet, readable in a terminal.

import { Report, severityNames } from '../core/report';
import type { RuleMeta } from '../core/rules/types';
import type { Lang } from '../core/i18n/text';

export interface FileResult {
  file: string;
  reports: Report[];
}

/** How the text output names the blocks a composed form was read from. */
export const BLOCK_NAMES: Record<string, string> = {
  'indicator-table': '绩效指标表',
  'free-text-indicators': '编号文字指标',
  'header-fields': '表头字段',
  'money-pairs': '资金情况',
  'money-table': '资金执行表',
  'income-use': '收入与支出构成',
  duties: '年度履职目标',
  targets: '绩效目标',
  closing: '合计与签字行',
  'template-leftovers': '模板说明或占位行',
};

const BLOCK_NAMES_EN: Record<string, string> = {
  'indicator-table': 'indicator table',
  'free-text-indicators': 'numbered text indicators',
  'header-fields': 'header fields',
  'money-pairs': 'funding',
  'money-table': 'budget execution table',
  'income-use': 'income and spending breakdown',
  duties: 'annual duty targets',
  targets: 'performance targets',
  closing: 'totals and signature rows',
  'template-leftovers': 'template instructions or placeholder rows',
};

/** "1 error", "2 errors". */
const n = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** The text output's own words, per language (the findings come rendered from the engine). */
export const CLI_TEXT = {
  zh: {
    notAForm: (file: string, sheet: string) => `${file} · 工作表“${sheet}”：不是绩效目标表，已跳过。`,
    heading: (file: string, sheet: string, form: string, profile: string) => `${file} · 工作表“${sheet}” — ${form}（指标体系：${profile}）`,
    blocks: (names: string[]) => `  识别到：${names.join('、')}`,
    suggestion: '建议：',
    measurable: (m: number, t: number) => `；可衡量指标 ${m}/${t}（${Math.round((m / t) * 100)}%）`,
    subtotal: (e: number, w: number, i: number, m: string) => `  小计：错误 ${e}，警告 ${w}，提示 ${i}${m}`,
    verdict: { unreadable: '有文件无法读取', fail: '未通过（存在错误）', pass: '通过' },
    totals: (files: number, forms: number, e: number, w: number, i: number, failures: number, verdict: string) =>
      `共 ${files} 个文件、${forms} 张表单：错误 ${e}，警告 ${w}，提示 ${i}${failures ? `，无法读取 ${failures} 个文件` : ''}。结论：${verdict}。`,
    blockNames: BLOCK_NAMES,
  },
  en: {
    notAForm: (file: string, sheet: string) => `${file} · sheet “${sheet}”: not a performance target form, skipped.`,
    heading: (file: string, sheet: string, form: string, profile: string) => `${file} · sheet “${sheet}” — ${form} (indicator system: ${profile})`,
    blocks: (names: string[]) => `  Read: ${names.join(', ')}`,
    suggestion: 'Suggestion: ',
    measurable: (m: number, t: number) => `; measurable indicators ${m}/${t} (${Math.round((m / t) * 100)}%)`,
    subtotal: (e: number, w: number, i: number, m: string) => `  Subtotal: ${n(e, 'error')}, ${n(w, 'warning')}, ${n(i, 'tip')}${m}`,
    verdict: { unreadable: 'some files could not be read', fail: 'FAIL (errors found)', pass: 'PASS' },
    totals: (files: number, forms: number, e: number, w: number, i: number, failures: number, verdict: string) =>
      `${n(files, 'file')}, ${n(forms, 'form')}: ${n(e, 'error')}, ${n(w, 'warning')}, ${n(i, 'tip')}${failures ? `, ${n(failures, 'file')} unreadable` : ''}. Verdict: ${verdict}.`,
    blockNames: BLOCK_NAMES_EN,
  },
} satisfies Record<Lang, unknown>;

/**
 * Text bound for a terminal, with every character that could drive it shown as an escape: C0 and
 * C1 controls (ESC starts cursor moves, screen clears, colours), DEL, line and paragraph
 * separators, and bidirectional overrides that reorder what is shown. A cell holding "\x1b[2J结论：通过"
 * prints as exactly that text, not as a cleared screen with a fake verdict.
 */
export function terminalSafe(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
  });
}

export function formatFileText(result: FileResult, profileName: string, lang: Lang = 'zh'): string {
  const t = CLI_TEXT[lang];
  const severity = severityNames(lang);
  const lines: string[] = [];
  const file = terminalSafe(result.file);
  for (const r of result.reports) {
    const sheet = terminalSafe(r.sheet);
    if (!r.form) {
      lines.push(t.notAForm(file, sheet));
      continue;
    }
    // The form may have chosen its own system (成本指标 as a 一级 → mof2021) when none was given.
    lines.push(t.heading(file, sheet, terminalSafe(r.formName ?? ''), terminalSafe(r.profile ?? profileName)));
    if (r.blocks?.length) lines.push(t.blocks([...new Set(r.blocks.map((b) => t.blockNames[b.kind]))]));
    const width = Math.max(4, ...r.findings.map((f) => f.cell.length));
    for (const f of r.findings) {
      lines.push(`  ${f.cell.padEnd(width)}  ${severity[f.severity]}  ${terminalSafe(f.message)}${f.suggestion ? `\n  ${' '.repeat(width)}        ${t.suggestion}${terminalSafe(f.suggestion)}` : ''}`);
    }
    const m = r.measurability && r.measurability.total > 0 ? t.measurable(r.measurability.measurable, r.measurability.total) : '';
    lines.push(t.subtotal(r.summary.error, r.summary.warning, r.summary.info, m));
  }
  return lines.join('\n');
}

export function formatTotals(results: FileResult[], failures: number, lang: Lang = 'zh'): string {
  const t = CLI_TEXT[lang];
  const forms = results.flatMap((r) => r.reports.filter((x) => x.form));
  const sum = { error: 0, warning: 0, info: 0 };
  for (const r of forms) for (const k of ['error', 'warning', 'info'] as const) sum[k] += r.summary[k];
  const verdict = failures > 0 ? t.verdict.unreadable : sum.error > 0 ? t.verdict.fail : t.verdict.pass;
  return t.totals(results.length + failures, forms.length, sum.error, sum.warning, sum.info, failures, verdict);
}

/** `perfcheck rules` as text, one rule a line, in the language asked for. */
export function rulesText(rules: RuleMeta[], lang: Lang = 'zh'): string {
  return rules.map((m) => `${m.id.padEnd(28)} ${m.category.padEnd(12)} ${m.severity.padEnd(8)} ${lang === 'en' ? m.titleEn : m.title} — ${lang === 'en' ? m.whyEn ?? m.why : m.why}`).join('\n');
}

/** The rule table for the README: the one place severities are documented, generated from RULES. */
export function rulesMarkdown(rules: RuleMeta[]): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  const rows = rules.map((m) => `| \`${m.id}\` | ${m.category} | ${m.severity} | ${esc(m.title)} / ${esc(m.titleEn)} | ${esc(m.why)}${m.whyEn ? ` / ${esc(m.whyEn)}` : ''}${m.severityNote ? ` 严重程度说明：${esc(m.severityNote)}` : ''} |`);
  return ['| rule | category | default severity | 名称 / name | 为什么 / why |', '| --- | --- | --- | --- | --- |', ...rows].join('\n') + '\n';
}
