// Text output: one line per finding, grouped by file and sheet, readable in a terminal.

import { Report, severityNames } from '../core/report';
import type { RuleMeta } from '../core/rules/types';

export interface FileResult {
  file: string;
  reports: Report[];
}

const SEVERITY_ZH = severityNames('zh');

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

export function formatFileText(result: FileResult, profileName: string): string {
  const lines: string[] = [];
  const file = terminalSafe(result.file);
  for (const r of result.reports) {
    const sheet = terminalSafe(r.sheet);
    if (!r.form) {
      lines.push(`${file} · 工作表“${sheet}”：不是绩效目标表，已跳过。`);
      continue;
    }
    // The form may have chosen its own system (成本指标 as a 一级 → mof2021) when none was given.
    lines.push(`${file} · 工作表“${sheet}” — ${terminalSafe(r.formName ?? '')}（指标体系：${terminalSafe(r.profile ?? profileName)}）`);
    if (r.blocks?.length) lines.push(`  识别到：${[...new Set(r.blocks.map((b) => BLOCK_NAMES[b.kind]))].join('、')}`);
    const width = Math.max(4, ...r.findings.map((f) => f.cell.length));
    for (const f of r.findings) {
      lines.push(`  ${f.cell.padEnd(width)}  ${SEVERITY_ZH[f.severity]}  ${terminalSafe(f.message)}${f.suggestion ? `\n  ${' '.repeat(width)}        建议：${terminalSafe(f.suggestion)}` : ''}`);
    }
    const m = r.measurability && r.measurability.total > 0 ? `；可衡量指标 ${r.measurability.measurable}/${r.measurability.total}（${Math.round((r.measurability.measurable / r.measurability.total) * 100)}%）` : '';
    lines.push(`  小计：错误 ${r.summary.error}，警告 ${r.summary.warning}，提示 ${r.summary.info}${m}`);
  }
  return lines.join('\n');
}

export function formatTotals(results: FileResult[], failures: number): string {
  const forms = results.flatMap((r) => r.reports.filter((x) => x.form));
  const sum = { error: 0, warning: 0, info: 0 };
  for (const r of forms) for (const k of ['error', 'warning', 'info'] as const) sum[k] += r.summary[k];
  const verdict = failures > 0 ? '有文件无法读取' : sum.error > 0 ? '未通过（存在错误）' : '通过';
  return `共 ${results.length + failures} 个文件、${forms.length} 张表单：错误 ${sum.error}，警告 ${sum.warning}，提示 ${sum.info}${failures ? `，无法读取 ${failures} 个文件` : ''}。结论：${verdict}。`;
}

/** The rule table for the README: the one place severities are documented, generated from RULES. */
export function rulesMarkdown(rules: RuleMeta[]): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  const rows = rules.map((m) => `| \`${m.id}\` | ${m.category} | ${m.severity} | ${esc(m.title)} / ${esc(m.titleEn)} | ${esc(m.why)}${m.severityNote ? ` 严重程度说明：${esc(m.severityNote)}` : ''} |`);
  return ['| rule | category | default severity | 名称 / name | 为什么 / why |', '| --- | --- | --- | --- | --- |', ...rows].join('\n') + '\n';
}
