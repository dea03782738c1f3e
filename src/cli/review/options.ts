// The two review options of `perfcheck check`: --report FILE.xlsx and --letters DIR. They are taken
// out of argv before the ordinary argument parser sees it, so the check options stay in one place.

import path from 'node:path';
import { UsageError } from '../args';

export interface ReviewOptions {
  /** Where the review workbook goes (.xlsx). */
  report?: string;
  /** Folder for the return letters, one .txt per failing form. */
  letters?: string;
}

/** Removes --report/--letters (with their values) from a `check` command line. */
export function takeReviewOptions(argv: string[]): { argv: string[]; review: ReviewOptions } {
  const review: ReviewOptions = {};
  if (argv[0] !== 'check') return { argv, review };
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const name = a === '--report' || a.startsWith('--report=') ? 'report' : a === '--letters' || a.startsWith('--letters=') ? 'letters' : undefined;
    if (!name) {
      rest.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const value = eq > 0 ? a.slice(eq + 1) : argv[++i];
    if (value === undefined || value === '' || value.startsWith('--')) throw new UsageError(`选项 --${name} 需要一个值。`);
    review[name] = value;
  }
  if (review.report !== undefined && !/\.xlsx$/i.test(review.report)) {
    throw new UsageError(`--report 的文件名须以 .xlsx 结尾（而不是“${path.basename(review.report)}”）。`);
  }
  return { argv: rest, review };
}

/** The report must never overwrite a workbook being checked. */
export function assertReportIsNotAnInput(report: string, inputs: readonly string[]): void {
  const target = path.resolve(report);
  if (inputs.some((f) => path.resolve(f) === target)) {
    throw new UsageError(`--report 指向了一个待检查的文件“${report}”，为免覆盖原表单，请换一个文件名。`);
  }
}
