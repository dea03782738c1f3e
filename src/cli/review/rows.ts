// The review workbook as plain rows: what each sheet says, before any styling. Kept apart from the
// exceljs writer so the tests can compare it with the JSON output, and so each column is defined once.

import path from 'node:path';
import { CATEGORIES, Category, CATEGORY_LABELS, Report, SEVERITIES, Severity, SEVERITY_LABELS } from '../../core/report';
import type { RuleMeta } from '../../core/rules/types';
import type { FormFacts } from './facts';

export interface FormEntry {
  file: string;
  report: Report;
  facts: FormFacts;
}

export interface FileFailure {
  file: string;
  message: string;
}

export interface ReviewData {
  forms: FormEntry[];
  failures: FileFailure[];
}

/** A cell: text, a number (with its Excel number format), or text that links somewhere. */
export type CellValue = string | number | null | { number: number; format: string } | { text: string; link: string };

export interface SheetRows {
  name: string;
  /** Header rows (the last one carries the filter); a group label spans `span` columns. */
  headers: Array<Array<{ label: string; span?: number }>>;
  rows: CellValue[][];
  /** Columns whose text wraps (long messages): width capped, rows grow instead. */
  wrap: number[];
}

export const SHEET_NAMES = { summary: '汇总', findings: '问题清单', rules: '规则统计' } as const;

export const VERDICT = { pass: '通过', fail: '未通过', unreadable: '无法读取' } as const;

export const verdictOf = (report: Report) => (report.summary.error > 0 ? VERDICT.fail : VERDICT.pass);

/** The path of `file` as a link from the report's folder, with forward slashes (Excel and WPS both follow these). */
export function linkFromReport(reportPath: string, file: string): string {
  const rel = path.relative(path.dirname(path.resolve(reportPath)), path.resolve(file));
  const escaped = rel.split(path.sep).join('/').replace(/%/g, '%25').replace(/#/g, '%23').replace(/ /g, '%20');
  // On another drive (Windows) there is no relative path: an absolute file URL still opens it.
  return path.isAbsolute(rel) ? `file:///${escaped.replace(/^\/+/, '')}` : escaped;
}

/** The path as the reviewer reads it (not escaped). */
export function displayPath(reportPath: string, file: string): string {
  return path.relative(path.dirname(path.resolve(reportPath)), path.resolve(file)).split(path.sep).join('/');
}

/** The file's cell: its path as the reviewer reads it, a link that opens it. */
const fileLink = (reportPath: string, file: string) => ({ text: displayPath(reportPath, file), link: linkFromReport(reportPath, file) });

/** Where a sheet name goes in a link or a formula-free reference: always quoted, quotes doubled. */
export const sheetRef = (name: string, cell: string) => `#'${name.replace(/'/g, "''")}'!${cell}`;

const FIXED_SUMMARY_COLUMNS = ['文件', '工作表', '部门', '项目', '表头标题', '表单类型', '指标体系', '结论'];
const TAIL_SUMMARY_COLUMNS = ['可衡量指标比例', '金额', '金额单位', '金额来源', '问题清单', '说明'];

/** Rows of 问题清单 start below its single header row. */
const FINDINGS_FIRST_ROW = 2;

export function summarySheet(data: ReviewData, reportPath: string): SheetRows {
  const groups = [{ label: '合计' }, ...CATEGORIES.map((c) => ({ label: CATEGORY_LABELS[c].zh }))];
  const headers: SheetRows['headers'] = [
    [...FIXED_SUMMARY_COLUMNS.map((label) => ({ label })), ...groups.map((g) => ({ label: g.label, span: SEVERITIES.length })), ...TAIL_SUMMARY_COLUMNS.map((label) => ({ label }))],
    [...FIXED_SUMMARY_COLUMNS.map(() => ({ label: '' })), ...groups.flatMap(() => SEVERITIES.map((s) => ({ label: SEVERITY_LABELS[s].zh }))), ...TAIL_SUMMARY_COLUMNS.map(() => ({ label: '' }))],
  ];
  const rows: CellValue[][] = [];
  let findingRow = FINDINGS_FIRST_ROW;
  for (const { file, report, facts } of data.forms) {
    const counts = countBy(report);
    const m = report.measurability;
    const n = report.findings.length;
    rows.push([
      fileLink(reportPath, file),
      report.sheet,
      facts.department ?? null,
      facts.project ?? null,
      facts.title ?? null,
      report.formName,
      report.profile,
      verdictOf(report),
      ...SEVERITIES.map((s) => report.summary[s]),
      ...CATEGORIES.flatMap((c) => SEVERITIES.map((s) => counts[c][s])),
      m && m.total > 0 ? { number: m.measurable / m.total, format: '0%' } : null,
      facts.total ? { number: facts.total.value, format: '#,##0.00' } : null,
      facts.total?.unit ?? null,
      facts.total ? `${facts.total.label}（${facts.total.cell}）` : null,
      n > 0 ? { text: `共 ${n} 条（第 ${findingRow} 行起）`, link: sheetRef(SHEET_NAMES.findings, `A${findingRow}`) } : '无',
      null,
    ]);
    findingRow += n;
  }
  const width = headers[0].reduce((w, h) => w + (h.span ?? 1), 0);
  for (const f of data.failures) {
    const row: CellValue[] = new Array(width).fill(null);
    row[0] = fileLink(reportPath, f.file);
    row[7] = VERDICT.unreadable;
    row[width - 1] = f.message;
    rows.push(row);
  }
  return { name: SHEET_NAMES.summary, headers, rows, wrap: [] };
}

function countBy(report: Report): Record<Category, Record<Severity, number>> {
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c, { error: 0, warning: 0, info: 0 }])) as Record<Category, Record<Severity, number>>;
  for (const f of report.findings) counts[f.category][f.severity]++;
  return counts;
}

export const FINDING_COLUMNS = ['序号', '文件', '工作表', '部门', '单元格', '规则', '规则名称', '类别', '严重程度', '问题', '修改建议'];

/** Excel keeps at most 65,530 hyperlinks in a worksheet and drops the rest with a repair message. */
export const MAX_LINKS_PER_SHEET = 65_530;

export function findingsSheet(data: ReviewData, reportPath: string, rules: RuleLookup): SheetRows {
  const rows: CellValue[][] = [];
  const total = data.forms.reduce((n, f) => n + f.report.findings.length, 0);
  // Past Excel's limit, only each form's first row links to its file (the rest name it).
  const linkEveryRow = total <= MAX_LINKS_PER_SHEET;
  for (const { file, report, facts } of data.forms) {
    const link = fileLink(reportPath, file);
    for (const [i, f] of report.findings.entries()) {
      rows.push([
        rows.length + 1,
        linkEveryRow || i === 0 ? link : link.text,
        report.sheet,
        facts.department ?? null,
        f.cell,
        f.rule,
        rules.title(f.rule, f.category),
        CATEGORY_LABELS[f.category].zh,
        SEVERITY_LABELS[f.severity].zh,
        f.message,
        f.suggestion ?? null,
      ]);
    }
  }
  return { name: SHEET_NAMES.findings, headers: [FINDING_COLUMNS.map((label) => ({ label }))], rows, wrap: [9, 10] };
}

export const RULE_COLUMNS = ['规则', '规则名称', '类别', '默认严重程度', '出现次数', '涉及表单数', '其中错误', '其中警告', '其中提示', '依据'];

export function rulesSheet(data: ReviewData, rules: RuleLookup): SheetRows {
  const stats = new Map<string, { fired: number; forms: number; bySeverity: Record<Severity, number>; category: Category }>();
  for (const meta of rules.all) stats.set(meta.id, { fired: 0, forms: 0, bySeverity: { error: 0, warning: 0, info: 0 }, category: meta.category });
  for (const { report } of data.forms) {
    const seen = new Set<string>();
    for (const f of report.findings) {
      let s = stats.get(f.rule);
      if (!s) stats.set(f.rule, (s = { fired: 0, forms: 0, bySeverity: { error: 0, warning: 0, info: 0 }, category: f.category }));
      s.fired++;
      s.bySeverity[f.severity]++;
      if (!seen.has(f.rule)) {
        seen.add(f.rule);
        s.forms++;
      }
    }
  }
  const ordered = [...stats.entries()].sort((a, b) => b[1].fired - a[1].fired || b[1].forms - a[1].forms || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const rows: CellValue[][] = ordered.map(([id, s]) => {
    const meta = rules.meta(id, s.category);
    return [
      id,
      rules.title(id, s.category),
      CATEGORY_LABELS[s.category].zh,
      meta ? SEVERITY_LABELS[meta.severity].zh : null,
      s.fired,
      s.forms,
      s.bySeverity.error,
      s.bySeverity.warning,
      s.bySeverity.info,
      meta?.why ?? null,
    ];
  });
  return { name: SHEET_NAMES.rules, headers: [RULE_COLUMNS.map((label) => ({ label }))], rows, wrap: [9] };
}

/**
 * Rule titles from the rule list (`perfcheck rules`). The reader's structure findings carry sub-ids
 * (a missing block's code) under the one structure rule, whose title they share.
 */
export class RuleLookup {
  private readonly byId: Map<string, RuleMeta>;
  constructor(readonly all: readonly RuleMeta[]) {
    this.byId = new Map(all.map((m) => [m.id, m]));
  }
  meta(id: string, category: Category): RuleMeta | undefined {
    return this.byId.get(id) ?? (category === 'structure' ? this.all.find((m) => m.category === 'structure') : undefined);
  }
  title(id: string, category: Category): string {
    return this.meta(id, category)?.title ?? id;
  }
}
