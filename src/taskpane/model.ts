// Pure view-model functions of the pane: ids, grouping, verdict, counts, the report sheet's rows.
// No React here, so they are tested directly and shared by every host.

import { Grid } from '../core/grid/grid';
import { FORM_NAMES } from '../core/model';
import { CATEGORIES, Category, categoryNames, Finding, Report, SEVERITIES, Severity, severityNames } from '../core/report';
import { contentHash, IgnoredEntry, ignoreKey } from './state/ignored';

export interface ViewFinding {
  /** Stable across re-checks while the finding exists: rule@cell (#n for repeats). */
  id: string;
  finding: Finding;
  /** Key under which it is (or would be) ignored. */
  ignoreKey: string;
  ignored?: IgnoredEntry;
}

export interface SeverityGroup {
  severity: Severity;
  items: ViewFinding[];
}

export interface CategoryGroup {
  category: Category;
  count: number;
  severities: SeverityGroup[];
}

export interface Verdict {
  pass: boolean;
  errors: number;
  warnings: number;
  infos: number;
  ignoredErrors: number;
}

export type CategoryCounts = Record<Category, Record<Severity | 'total', number>>;

export function findingIds(findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const base = `${f.rule}@${f.cell}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return n ? `${base}#${n + 1}` : base;
  });
}

/** Splits a report's findings into active and ignored, using the ignored entries of its sheet. */
export function partitionFindings(report: Report, grid: Grid | null, ignored: readonly IgnoredEntry[]): { active: ViewFinding[]; ignored: ViewFinding[] } {
  const byKey = new Map(ignored.map((e) => [e.key, e]));
  const ids = findingIds(report.findings);
  const active: ViewFinding[] = [];
  const gone: ViewFinding[] = [];
  report.findings.forEach((finding, i) => {
    const hash = grid ? contentHash(grid, finding) : '0';
    const key = ignoreKey(report.sheet, finding, hash);
    const entry = byKey.get(key);
    const vf: ViewFinding = { id: ids[i], finding, ignoreKey: key, ...(entry ? { ignored: entry } : {}) };
    (entry ? gone : active).push(vf);
  });
  return { active, ignored: gone };
}

/** Category -> severity groups, in the fixed category order; filter keeps one category. */
export function groupFindings(items: readonly ViewFinding[], filter: Category | null = null): CategoryGroup[] {
  const groups: CategoryGroup[] = [];
  for (const category of CATEGORIES) {
    if (filter && filter !== category) continue;
    const inCat = items.filter((v) => v.finding.category === category);
    if (!inCat.length) continue;
    const severities: SeverityGroup[] = [];
    for (const severity of SEVERITIES) {
      const list = inCat.filter((v) => v.finding.severity === severity);
      if (list.length) severities.push({ severity, items: list });
    }
    groups.push({ category, count: inCat.length, severities });
  }
  return groups;
}

/** The list in display order: what next/previous walk through. */
export function flattenGroups(groups: readonly CategoryGroup[]): ViewFinding[] {
  return groups.flatMap((g) => g.severities.flatMap((s) => s.items));
}

/** Errors block submission; warnings and tips do not. Ignored findings do not count. */
export function computeVerdict(active: readonly ViewFinding[], ignored: readonly ViewFinding[]): Verdict {
  const count = (list: readonly ViewFinding[], s: Severity) => list.filter((v) => v.finding.severity === s).length;
  const errors = count(active, 'error');
  return { pass: errors === 0, errors, warnings: count(active, 'warning'), infos: count(active, 'info'), ignoredErrors: count(ignored, 'error') };
}

export function categoryCounts(active: readonly ViewFinding[]): CategoryCounts {
  const out = {} as CategoryCounts;
  for (const c of CATEGORIES) out[c] = { total: 0, error: 0, warning: 0, info: 0 };
  for (const v of active) {
    const c = out[v.finding.category];
    c.total++;
    c[v.finding.severity]++;
  }
  return out;
}

export function measurabilityPercent(report: Report): number | null {
  const m = report.measurability;
  if (!m || m.total <= 0) return null;
  return Math.round((m.measurable / m.total) * 100);
}

/** Is this report about a recognised form (anything else is the "no form" state)? */
export function isForm(report: Report): boolean {
  return report.form !== null;
}

const CATEGORY_ZH = categoryNames('zh');
const SEVERITY_ZH = severityNames('zh');

export const REPORT_SHEET_NAME = '校验报告';
/** Header of the findings table in the 校验报告 sheet. */
export const REPORT_TABLE_HEADER = ['序号', '单元格', '类别', '严重程度', '规则', '问题', '原因', '建议'];

/** The 校验报告 sheet, in Chinese (it goes to the finance bureau with the form). */
export function reportRows(report: Report, active: readonly ViewFinding[], ignored: readonly ViewFinding[], when: Date = new Date()): Array<Array<string | number>> {
  const v = computeVerdict(active, ignored);
  const pct = measurabilityPercent(report);
  const rows: Array<Array<string | number>> = [
    ['绩效目标校验报告'],
    ['工作表', report.sheet],
    ['表单', report.form ? FORM_NAMES[report.form].zh : '未识别'],
    ['指标体系', report.profile],
    ['结论', v.pass ? '可以提交' : `不能提交（${v.errors} 个错误）`],
    ['错误', v.errors],
    ['警告', v.warnings],
    ['提示', v.infos],
  ];
  if (pct !== null && report.measurability) rows.push(['可衡量指标', `${pct}%（${report.measurability.measurable}/${report.measurability.total}）`]);
  if (ignored.length) rows.push(['已忽略', ignored.length]);
  rows.push(['校验时间', formatTime(when)]);
  rows.push([]);
  rows.push(REPORT_TABLE_HEADER);
  const ordered = flattenGroups(groupFindings(active));
  ordered.forEach((vf, i) => {
    const f = vf.finding;
    // Checked in English: the Chinese sentences the engine kept beside them (the sheet goes to the bureau).
    const zh = f.zh ?? f;
    rows.push([i + 1, f.cell, CATEGORY_ZH[f.category], SEVERITY_ZH[f.severity], f.rule, zh.message, zh.why ?? '', zh.suggestion ?? '']);
  });
  if (ignored.length) {
    rows.push([]);
    rows.push(['已忽略的问题']);
    rows.push(['序号', '单元格', '类别', '严重程度', '规则', '问题', '忽略原因']);
    ignored.forEach((vf, i) => {
      const f = vf.finding;
      rows.push([i + 1, f.cell, CATEGORY_ZH[f.category], SEVERITY_ZH[f.severity], f.rule, (f.zh ?? f).message, vf.ignored?.reason ?? '']);
    });
  }
  return rows;
}

function formatTime(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}
