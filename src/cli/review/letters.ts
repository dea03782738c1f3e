// Return letters (退回意见): one plain-text letter per failing form, in the words a reviewer writes to
// the department — each problem with its basis (the rule's why) and what to change.

import { Finding, SEVERITY_LABELS } from '../../core/report';
import type { FormEntry } from './rows';

const NUMERALS = ['一', '二', '三'];

export interface Letter {
  /** File name inside the letters folder. */
  name: string;
  text: string;
}

export function letterText(entry: FormEntry): string {
  const { report, facts, file } = entry;
  const errors = report.findings.filter((f) => f.severity === 'error');
  const warnings = report.findings.filter((f) => f.severity === 'warning');
  const infos = report.findings.length - errors.length - warnings.length;
  const name = facts.project && !facts.project.startsWith('共 ') ? facts.project : facts.title ?? report.formName ?? report.sheet;
  const lines: string[] = [];
  lines.push(`关于${facts.department ?? ''}《${name}》的退回意见`, '');
  lines.push(`文件：${file.replace(/^.*[\\/]/, '')}（工作表“${report.sheet}”）`);
  lines.push(`表单：${report.formName ?? '—'}；指标体系：${report.profile}`);
  if (facts.department) lines.push(`部门：${facts.department}`);
  if (facts.project) lines.push(`项目：${facts.project}`);
  lines.push('');
  lines.push(`${facts.department ?? '报送单位'}：`);
  lines.push(`  经审核，你单位报送的《${report.formName ?? name}》存在以下 ${errors.length} 个须修改的问题，现予退回，请逐项修改后重新报送。`);
  let section = 0;
  const block = (heading: string, findings: Finding[]) => {
    lines.push('', `${NUMERALS[section++]}、${heading}`);
    findings.forEach((f, i) => {
      lines.push(`${i + 1}. 问题：${f.message}（单元格 ${f.cell}）`);
      lines.push(`   依据：${f.why ?? '—'}`);
      lines.push(`   修改建议：${f.suggestion ?? '请按上述依据修改。'}`);
    });
  };
  block(`须修改的问题（${SEVERITY_LABELS.error.zh}，共 ${errors.length} 个）`, errors);
  if (warnings.length > 0) block(`建议一并完善的问题（${SEVERITY_LABELS.warning.zh}，共 ${warnings.length} 个，不影响本次审核结论）`, warnings);
  lines.push('');
  if (infos > 0) lines.push(`另有 ${infos} 条提示，未列入本意见。`);
  lines.push('审核结论：未通过。');
  // CRLF and a byte-order mark: the letters are opened in Notepad and WPS on Windows, which guess
  // GBK for UTF-8 text without a mark.
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** One letter per failing form; file names from the workbook and sheet, made unique and safe. */
export function letters(forms: readonly FormEntry[]): Letter[] {
  const used = new Set<string>();
  const out: Letter[] = [];
  for (const entry of forms) {
    if (entry.report.summary.error === 0) continue;
    const stem = safeName(`${baseName(entry.file)}-${entry.report.sheet}`);
    let name = `${stem}-退回意见.txt`;
    for (let i = 2; used.has(name.toLowerCase()); i++) name = `${stem}-${i}-退回意见.txt`;
    used.add(name.toLowerCase());
    out.push({ name, text: letterText(entry) });
  }
  return out;
}

const baseName = (file: string) => file.replace(/^.*[\\/]/, '').replace(/\.(xlsx|xlsm)$/i, '');

/** Characters Windows refuses in file names, and names kept short enough for its path limit. */
function safeName(s: string): string {
  // eslint-disable-next-line no-control-regex
  const t = s.replace(/[\\/:*?"<>|\u0000-\u001F]/g, '_').replace(/[. ]+$/, '').trim();
  return [...t].slice(0, 80).join('') || '表单';
}
