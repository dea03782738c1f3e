// The pane's pure view model: ids, ignore keys, grouping, verdict, the 校验报告 rows.

import { check } from '../../src/core/check';
import { fixture } from '../fixtures/catalog';
import { specToGrid } from '../fixtures/sheet-spec';
import { Grid } from '../../src/core/grid/grid';
import type { Finding, Report } from '../../src/core/report';
import { computeVerdict, findingIds, flattenGroups, groupFindings, partitionFindings, reportRows } from '../../src/taskpane/model';
import { contentHash, fnv1a, IgnoredEntry, parseIgnored, serializeIgnored } from '../../src/taskpane/state/ignored';
import { detectLang } from '../../src/taskpane/i18n';
import { firstCell } from '../../src/taskpane/usePerfCheck';

const f = (rule: string, cell: string, category: Finding['category'], severity: Finding['severity'], cells = [cell]): Finding => ({ rule, cell, cells, category, severity, message: `${rule}@${cell}` });

const FINDINGS = [f('a', 'B2', 'vague', 'info'), f('b', 'B3', 'budget', 'error', ['B3', 'C3']), f('c', 'B4', 'vague', 'warning'), f('a', 'B2', 'vague', 'info'), f('d', 'A1', 'hierarchy', 'warning')];
const report = (findings: Finding[]): Report => ({ sheet: '表', form: 'dept-overall', formName: '部门整体预算绩效目标申报表', profile: 'guangdong', findings, summary: { error: 1, warning: 2, info: 2 } });
const grid = () => new Grid({ name: '表', values: [['x', null, null], [null, '1', null], [null, 2, 3], [null, 'y', null]] });

test('ids are stable rule@cell, numbered for repeats', () => {
  expect(findingIds(FINDINGS)).toEqual(['a@B2', 'b@B3', 'c@B4', 'a@B2#2', 'd@A1']);
});

test('groups: category order, then severity; flatten is the next/previous order', () => {
  const { active } = partitionFindings(report(FINDINGS), grid(), []);
  const groups = groupFindings(active);
  expect(groups.map((g) => [g.category, g.count, g.severities.map((s) => s.severity)])).toEqual([
    ['hierarchy', 1, ['warning']],
    ['budget', 1, ['error']],
    ['vague', 3, ['warning', 'info']],
  ]);
  expect(flattenGroups(groups).map((v) => v.id)).toEqual(['d@A1', 'b@B3', 'c@B4', 'a@B2', 'a@B2#2']);
  expect(groupFindings(active, 'budget').map((g) => g.category)).toEqual(['budget']);
});

test('ignore keys follow the content of every cell involved', () => {
  const g = grid();
  const finding = FINDINGS[1];
  const h = contentHash(g, finding);
  expect(h).toMatch(/^[0-9a-f]{8}$/);
  const edited = new Grid({ name: '表', values: [['x', null, null], [null, '1', null], [null, 2, 4], [null, 'y', null]] });
  expect(contentHash(edited, finding)).not.toBe(h); // C3 is among its cells
  const unrelated = new Grid({ name: '表', values: [['z', null, null], [null, '1', null], [null, 2, 3], [null, 'y', null]] });
  expect(contentHash(unrelated, finding)).toBe(h);
  expect(fnv1a('abc')).toBe('1a47e90b');
});

test('partition, verdict (ignored errors do not block), serialisation', () => {
  const r = report(FINDINGS);
  const first = partitionFindings(r, grid(), []);
  const entry: IgnoredEntry = { key: first.active[1].ignoreKey, sheet: '表', rule: 'b', cell: 'B3', hash: 'x', reason: '口径', message: 'm', severity: 'error', category: 'budget', at: '2024-01-01T00:00:00Z' };
  const entries = parseIgnored(serializeIgnored([entry]));
  expect(entries).toEqual([entry]);
  expect(parseIgnored('not json')).toEqual([]);
  const { active, ignored } = partitionFindings(r, grid(), entries);
  expect(ignored.map((v) => v.id)).toEqual(['b@B3']);
  expect(computeVerdict(active, ignored)).toEqual({ pass: true, errors: 0, warnings: 2, infos: 2, ignoredErrors: 1 });
  expect(computeVerdict(first.active, [])).toMatchObject({ pass: false, errors: 1 });

  const rows = reportRows({ ...r, measurability: { measurable: 4, total: 5 } }, active, ignored, new Date(2024, 0, 2, 3, 4));
  expect(rows.slice(0, 5)).toEqual([['绩效目标校验报告'], ['工作表', '表'], ['表单', '部门整体预算绩效目标申报表'], ['指标体系', 'guangdong'], ['结论', '可以提交']]);
  expect(rows).toContainEqual(['可衡量指标', '80%（4/5）']);
  expect(rows).toContainEqual(['校验时间', '2024-01-02 03:04']);
  expect(rows.at(-1)).toEqual([1, 'B3', '预算金额', '错误', 'b', 'b@B3', '口径']);
});

test('display language and addresses', () => {
  expect(detectLang('en-GB')).toBe('en');
  expect(detectLang('zh-CN')).toBe('zh');
  expect(firstCell("'南沙'!$B$5:C6")).toBe('B5');
});

test('the 校验报告 sheet stays Chinese when the pane checks in English', () => {
  const g = new Grid(specToGrid(fixture('seed-001')));
  const zh = check(g);
  const en = check(g, { lang: 'en' });
  expect(en.findings.map((f) => f.message)).not.toEqual(zh.findings.map((f) => f.message));
  const rowsOf = (r: typeof zh) => {
    const { active, ignored } = partitionFindings(r, g, []);
    return reportRows(r, active, ignored, new Date(2024, 0, 2, 3, 4));
  };
  expect(rowsOf(en)).toEqual(rowsOf(zh));
});
