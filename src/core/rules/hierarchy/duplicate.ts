// The same 三级 twice in one table: usually a copy-paste, and it double-counts in scoring.

import { normalizeLabel } from '../../parse/text';
import { defineRule, FindingInput } from '../types';
import { list, msg, quote } from '../../i18n/text';
import { analyseTree, ownerName, repeatedGroups, ResolvedIndicator, uniq } from './resolve';

export const duplicateIndicator = defineRule(
  {
    id: 'duplicate-indicator',
    category: 'hierarchy',
    severity: 'warning',
    severityNote: '同一张指标表中三级指标名称重复为警告（可能是有意分列的不同口径，需人工确认）。',
    title: '三级指标重复',
    titleEn: 'Level-3 indicator repeated within a table',
    why: '重复的指标在评分时会被重复计算，也说明表格可能是复制粘贴后未修改。',
    whyEn: 'A repeated indicator is counted twice when the form is scored, and suggests rows were copied and pasted without being edited.',
  },
  (ctx) => {
    const { tables } = analyseTree(ctx);
    const out: FindingInput[] = [];
    for (const { rows } of tables) {
      for (const positions of repeatedNamePositions(rows)) {
        const dup = positions.map((i) => rows[i]);
        if (dup.length < 2) continue;
        const name = dup[0].ind.name!.text;
        const where = list(dup.map((r) => (r.ind.source === 'packed' ? msg('hierarchy.duplicate.item', { n: String(r.ind.packedIndex) }) : r.ind.name!.cell)));
        const cells = uniq(dup.map((r) => r.ind.name!.cell));
        const scope = dup[0].table.source === 'packed' ? msg('hierarchy.duplicate.in-project', { project: ownerName(dup[0].table) }) : msg('hierarchy.duplicate.in-table');
        out.push({
          cell: cells[0],
          cells,
          message: msg('hierarchy.duplicate', { name: quote(name), scope, count: dup.length, where }),
        });
      }
    }
    return out;
  },
);

/**
 * Positions of the rows sharing a name (normalised), per group in order of first appearance. A table
 * re-checked with the same names (the pane after each edit of a target) gets the groups found last
 * time: comparing the names one by one costs less than hashing every name of a 10,000-row table.
 */
function repeatedNamePositions(rows: readonly ResolvedIndicator[]): number[][] {
  // Compared row by row before any list of names is made: that list is a large object on a long table.
  for (const known of recent) if (namesAre(known.names, rows)) return known.groups;
  const names = rows.map(nameOf);
  const named: number[] = [];
  for (let i = 0; i < rows.length; i++) if (names[i] !== undefined) named.push(i);
  const groups = repeatedGroups(named, (i) => normalizeLabel(names[i]!));
  if (recent.length >= RECENT) recent.shift();
  recent.push({ names, groups });
  return groups;
}

function nameOf(row: ResolvedIndicator): string | undefined {
  return row.hasName ? row.ind.name!.text : undefined;
}

function namesAre(names: ReadonlyArray<string | undefined>, rows: readonly ResolvedIndicator[]): boolean {
  if (names.length !== rows.length) return false;
  for (let i = 0; i < rows.length; i++) if (names[i] !== nameOf(rows[i])) return false;
  return true;
}

/** The last tables' names and groups, most recent last (a form has a few tables). */
const recent: Array<{ names: ReadonlyArray<string | undefined>; groups: number[][] }> = [];
const RECENT = 8;
