// `perfcheck check … --report review.xlsx --letters DIR`: collects every checked form while the
// ordinary check runs, then writes the reviewer's workbook and the return letters.

import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { CheckResult } from '../../core/check';
import type { RuleMeta } from '../../core/rules/types';
import { writeFileAtomic } from './atomic';
import { formFacts } from './facts';
import { letters } from './letters';
import { findingsSheet, ReviewData, RuleLookup, rulesSheet, summarySheet } from './rows';
import type { ReviewOptions } from './options';

export { takeReviewOptions, assertReportIsNotAnInput } from './options';
export type { ReviewOptions } from './options';
export { expandInputs } from './inputs';

export class ReviewCollector {
  readonly data: ReviewData = { forms: [], failures: [] };

  /** Form sheets only: a sheet that is not a form has nothing for the reviewer. */
  addFile(file: string, checked: readonly CheckResult[]): void {
    for (const { report, model } of checked) if (report.form) this.data.forms.push({ file, report, facts: formFacts(model) });
  }

  addFailure(file: string, message: string): void {
    this.data.failures.push({ file, message });
  }
}

interface ReviewIo {
  stderr: (s: string) => void;
}

/**
 * Writes what the options ask for. Returns the sentences of what could not be written (empty when
 * all went well): the check's own result stands, the caller turns these into exit status 2.
 */
export async function writeReview(collector: ReviewCollector, options: ReviewOptions, rules: readonly RuleMeta[], io: ReviewIo): Promise<string[]> {
  const problems: string[] = [];
  const { data } = collector;
  const findings = data.forms.reduce((n, f) => n + f.report.findings.length, 0);
  if (options.report) {
    io.stderr(`正在写入审核汇总 ${options.report}（${data.forms.length} 张表单，${findings} 条问题${data.failures.length ? `，${data.failures.length} 个文件无法读取` : ''}）…\n`);
    try {
      // exceljs is loaded only when a report is asked for.
      const { default: ExcelJS } = await import('exceljs');
      const { workbookBytes } = await import('./workbook');
      const { fixInternalLinks } = await import('./internal-links');
      const lookup = new RuleLookup(rules);
      const sheets = [summarySheet(data, options.report), findingsSheet(data, options.report, lookup), rulesSheet(data, lookup)];
      const bytes = await fixInternalLinks(await workbookBytes(ExcelJS, sheets));
      await writeFileAtomic(options.report, bytes);
      io.stderr(`已写入审核汇总：${options.report}\n`);
    } catch (e) {
      problems.push(`无法写入审核汇总“${options.report}”：${reason(e)}`);
    }
  }
  if (options.letters) {
    const list = letters(data.forms);
    try {
      mkdirSync(options.letters, { recursive: true });
      for (const l of list) await writeFileAtomic(path.join(options.letters, l.name), l.text);
      io.stderr(`已写入 ${list.length} 份退回意见：${options.letters}\n`);
    } catch (e) {
      problems.push(`无法写入退回意见到“${options.letters}”：${reason(e)}`);
    }
  }
  return problems;
}

/** One sentence for what the file system said. */
function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return '所在文件夹不存在。';
    case 'EACCES':
    case 'EPERM':
      return '没有写入权限。';
    case 'EISDIR':
      return '同名的文件夹已存在。';
    case 'ENOTDIR':
      return '路径中有一段是文件而不是文件夹。';
    case 'ENOSPC':
      return '磁盘空间不足。';
    case 'EROFS':
      return '文件系统是只读的。';
    case 'EBUSY':
      return '文件正被其他程序占用（可能在 Excel 或 WPS 中打开着），请关闭后重试。';
    default:
      return `${String((e as Error)?.message ?? e).replace(/\s+/g, ' ').slice(0, 160)}。`;
  }
}
