// Shared helpers for the hierarchy and completeness tests: run the checker on a spec and keep only
// the two families' findings, and compare findings across layout variants.

import { checkWithModel, CheckResult } from '../../../src/core/check';
import { Finding } from '../../../src/core/report';
import { Profile } from '../../../src/core/profiles';
import { parseA1, toA1 } from '../../../src/core/grid/address';
import { SheetSpec, specToGrid } from '../../fixtures/sheet-spec';
import { hierarchyRules } from '../../../src/core/rules/hierarchy';
import { completenessRules } from '../../../src/core/rules/completeness';

/** The two families' rule ids (other families share the completeness category, e.g. template-placeholder). */
export const TREE_RULES = new Set([...hierarchyRules, ...completenessRules].map((r) => r.meta.id));

export function treeFindings(spec: SheetSpec, profile: string | Profile = 'guangdong'): Finding[] {
  return treeCheck(spec, profile).findings;
}

export function treeCheck(spec: SheetSpec, profile: string | Profile = 'guangdong'): { findings: Finding[]; result: CheckResult } {
  const result = checkWithModel(specToGrid(spec), { profile });
  return { findings: result.report.findings.filter((f) => TREE_RULES.has(f.rule)), result };
}

/** "rule@cell" lines, sorted: the shape the per-seed tables are written in. */
export function ruleCells(findings: Finding[]): string[] {
  return findings.map((f) => `${f.rule}@${f.cell}`).sort();
}

/** Maps every A1 address in a finding (cell, cells, message) through f. */
export function mapFinding(finding: Finding, f: (row: number, col: number) => [number, number]): Finding {
  const map = (a1: string) => {
    const { row, col } = parseA1(a1);
    const [r, c] = f(row, col);
    return toA1(r, c);
  };
  return {
    ...finding,
    cell: map(finding.cell),
    cells: finding.cells.map(map),
    // Addresses in messages stand alone between Chinese characters or spaces ("单元格 B22 为空").
    message: finding.message.replace(/(?<![A-Za-z0-9])([A-Z]{1,2})(\d{1,5})(?![A-Za-z0-9])/g, (m) => map(m)),
  };
}

/** What must stay the same between a form and its variant (table ids depend on row numbers). */
export function comparable(f: Finding): unknown {
  const data = f.fix?.data ? { ...f.fix.data, tableId: typeof f.fix.data.tableId } : undefined;
  return { rule: f.rule, severity: f.severity, cell: f.cell, cells: f.cells, message: f.message.replace(/project-r\d+/g, ''), fix: f.fix ? { ...f.fix, data } : undefined };
}

/** The same findings ignoring the wording (a synonym is quoted as the user wrote it). */
export function placement(f: Finding): string {
  return `${f.rule}|${f.severity}|${f.cell}|${[...f.cells].sort().join(',')}`;
}
