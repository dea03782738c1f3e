// Where each 三级 indicator sits in the profile's tree: what its 一级 and 二级 cells say (by name,
// and by code in packed text), and where it effectively belongs. Both rule families read this.

import { toA1 } from '../../grid/address';
import { CategoryCell, Indicator, IndicatorTable } from '../../model';
import { CategoryIndex, CategoryMatch, Level1, Level2 } from '../../profiles';
import { HierarchyWords, hierarchyWords, isPlaceholder } from './wording';
import { Msg, msg, Param, quote } from '../../i18n/text';

export interface ResolvedIndicator {
  readonly ind: Indicator;
  readonly table: IndicatorTable;
  /** What the 一级 / 二级 cells name, when they hold a known name (placeholders count as blank). */
  readonly l1Name?: CategoryMatch;
  readonly l2Name?: CategoryMatch;
  /** What the packed codes name, when the profile knows the code. */
  readonly l1Code?: CategoryMatch;
  readonly l2Code?: CategoryMatch;
  /** True when the cell is blank or a placeholder such as "-". */
  readonly l1Blank: boolean;
  readonly l2Blank: boolean;
  /**
   * Where the indicator belongs: the 二级 decides when it is known (a 社会效益指标 is a 效益
   * indicator even under a blank or wrong 一级), else the 一级.
   */
  readonly level1?: Level1;
  readonly level2?: Level2;
  /** The 二级 cell does not name one 二级 of the profile (unknown, a bundle, blank, a 一级 name). */
  readonly level2Unclear: boolean;
  readonly hasName: boolean;
  readonly hasValues: boolean;
  /** A unit, explanation or formula is filled in: the row describes an indicator even without values. */
  readonly hasDetails: boolean;
}

function textOf(c: CategoryCell | null, words: HierarchyWords): string | undefined {
  if (!c || isPlaceholder(c.text, words)) return undefined;
  return c.text;
}

/** Where a row's 一级 and 二级 cells place it: the part of a ResolvedIndicator its category cells decide. */
type Placement = Pick<ResolvedIndicator, 'l1Name' | 'l2Name' | 'l1Code' | 'l2Code' | 'l1Blank' | 'l2Blank' | 'level1' | 'level2' | 'level2Unclear'>;

function placeCategories(l1: CategoryCell | null, l2: CategoryCell | null, index: CategoryIndex, words: HierarchyWords): Placement {
  const t1 = textOf(l1, words);
  const t2 = textOf(l2, words);
  const l1Name = t1 !== undefined ? index.match(t1) : undefined;
  let l2Name = t2 !== undefined ? index.match(t2) : undefined;
  // "具体指标" (the national template's 二级 under 满意度指标) names the one 二级 a 一级 has.
  if (!l2Name && t2 !== undefined && /^(具体指标|二级指标|指标)$/.test(t2.replace(/\s+/g, '')) && l1Name?.level === 1 && l1Name.level1.level2.length === 1) {
    l2Name = { level: 2, level1: l1Name.level1, level2: l1Name.level1.level2[0] };
  }
  const l1Code = l1?.code ? index.byCode(l1.code) : undefined;
  const l2Code = l2?.code ? index.byCode(l2.code) : undefined;

  let level1: Level1 | undefined;
  let level2: Level2 | undefined;
  let level2Unclear = true;
  // A name the user wrote outranks a code; a code still places an item whose name is unreadable.
  const two = l2Name ?? l2Code;
  const one = l1Name ?? l1Code;
  if (two?.level === 2) {
    level1 = two.level1;
    level2 = two.level2;
    level2Unclear = false;
  } else if (two?.level === 1) {
    level1 = two.level1;
  } else if (one?.level === 1) {
    level1 = one.level1;
  } else if (one?.level === 2) {
    level1 = one.level1;
    level2 = one.level2;
    level2Unclear = false;
  }
  return { l1Name, l2Name, l1Code, l2Code, l1Blank: t1 === undefined, l2Blank: t2 === undefined, level1, level2, level2Unclear };
}

/**
 * A resolved row: its own facts in fields, its placement read through from the run of rows under the
 * same category cells. Six fields per row rather than sixteen: a 20,000-row form keeps one per row
 * while ten rules walk them.
 */
class ResolvedRow implements ResolvedIndicator {
  constructor(
    readonly ind: Indicator,
    readonly table: IndicatorTable,
    private readonly placed: Placement,
    readonly hasName: boolean,
    readonly hasValues: boolean,
    readonly hasDetails: boolean,
  ) {}

  get l1Name() {
    return this.placed.l1Name;
  }
  get l2Name() {
    return this.placed.l2Name;
  }
  get l1Code() {
    return this.placed.l1Code;
  }
  get l2Code() {
    return this.placed.l2Code;
  }
  get l1Blank() {
    return this.placed.l1Blank;
  }
  get l2Blank() {
    return this.placed.l2Blank;
  }
  get level1() {
    return this.placed.level1;
  }
  get level2() {
    return this.placed.level2;
  }
  get level2Unclear() {
    return this.placed.level2Unclear;
  }
}

export function resolveIndicator(ind: Indicator, table: IndicatorTable, index: CategoryIndex, words: HierarchyWords, placed?: Placement): ResolvedIndicator {
  return new ResolvedRow(
    ind,
    table,
    placed ?? placeCategories(ind.level1, ind.level2, index, words),
    !!ind.name && !isPlaceholder(ind.name.text, words),
    someFilled(ind.values, words),
    filled(ind.unit, words) || filled(ind.explanation, words) || filled(ind.formula, words),
  );
}

// Plain loops: these run for every 三级 row of every check.
function filled(c: { text: string } | null | undefined, words: HierarchyWords): boolean {
  return !!c && !isPlaceholder(c.text, words);
}

function someFilled(cells: ReadonlyArray<{ text: string }>, words: HierarchyWords): boolean {
  for (const c of cells) if (!isPlaceholder(c.text, words)) return true;
  return false;
}

/**
 * A table's rows as resolved for one indicator system. The readers hand out the same table object
 * while nothing in it changed (see indicator-table.ts), so its rows are resolved once, not on every
 * re-check. Keyed by the profile: a CategoryIndex is made per check, from the profile alone.
 */
const resolvedTables = new WeakMap<IndicatorTable, { profile: object; words: HierarchyWords; rows: ResolvedIndicator[] }>();

export function resolveTable(table: IndicatorTable, index: CategoryIndex, words: HierarchyWords): ResolvedIndicator[] {
  const kept = resolvedTables.get(table);
  if (kept && kept.profile === index.profile && kept.words === words) return kept.rows;
  const rows = resolveRows(table, index, words);
  resolvedTables.set(table, { profile: index.profile, words, rows });
  return rows;
}

function resolveRows(table: IndicatorTable, index: CategoryIndex, words: HierarchyWords): ResolvedIndicator[] {
  // Rows under one category share its cell objects (the reader carries a category down as the same
  // object): they are placed once per run of rows, not once per row.
  // Sized once (capped: V8 makes a list asked for at a very large length a slow dictionary).
  const out = new Array<ResolvedIndicator>(Math.min(table.indicators.length, 50_000));
  let l1: CategoryCell | null | undefined;
  let l2: CategoryCell | null | undefined;
  let placed: Placement | undefined;
  for (let i = 0; i < table.indicators.length; i++) {
    const ind = table.indicators[i];
    if (!placed || ind.level1 !== l1 || ind.level2 !== l2) {
      l1 = ind.level1;
      l2 = ind.level2;
      placed = placeCategories(l1, l2, index, words);
    }
    out[i] = resolveIndicator(ind, table, index, words, placed);
  }
  return out;
}

/**
 * Rows that share one written category: the rows under one 二级 cell (merged or carried down), or
 * one packed item. Findings about a category are reported once per group, at its cell.
 */
export function groupKey(r: ResolvedIndicator, level: 1 | 2): string {
  const { ind } = r;
  if (ind.source === 'packed') return `${r.table.id}#${ind.packedIndex ?? ind.row}`;
  const c1 = ind.level1?.cell ?? `r${ind.row}`;
  if (level === 1) return c1;
  if (ind.level1 && ind.level2) {
    // Rows under one category share its cell objects: their key is made once per run of rows.
    if (ind.level1 !== lastPair.l1 || ind.level2 !== lastPair.l2) lastPair = { l1: ind.level1, l2: ind.level2, key: `${c1}|${ind.level2.cell}` };
    return lastPair.key;
  }
  return `${c1}|${ind.level2?.cell ?? `r${ind.row}`}`;
}

let lastPair: { l1: CategoryCell | null; l2: CategoryCell | null; key: string } = { l1: null, l2: null, key: '' };

export function groupBy<T>(items: T[], key: (t: T) => string): T[][] {
  const map = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    const list = map.get(k);
    if (list) list.push(it);
    else map.set(k, [it]);
  }
  return [...map.values()];
}

/**
 * The groups of items sharing a key, in order of first appearance, leaving out keys held by one item
 * only: a table of 10,000 distinct names then builds no 10,000 one-item lists.
 */
export function repeatedGroups<T>(items: T[], key: (t: T) => string): T[][] {
  const firstAt = new Map<string, number>();
  let groups: Map<string, T[]> | undefined;
  for (let i = 0; i < items.length; i++) {
    const k = key(items[i]);
    const at = firstAt.get(k);
    if (at === undefined) {
      firstAt.set(k, i);
      continue;
    }
    groups ??= new Map();
    const group = groups.get(k);
    if (group) group.push(items[i]);
    else groups.set(k, [items[at], items[i]]);
  }
  if (!groups) return [];
  // Order by first appearance, as groupBy does.
  return [...groups.entries()].sort((a, b) => firstAt.get(a[0])! - firstAt.get(b[0])!).map(([, g]) => g);
}

/** The cell a category finding points at: the category cell, or where it should have been typed. */
export function categoryCell(r: ResolvedIndicator, level: 1 | 2): string {
  const c = level === 1 ? r.ind.level1 : r.ind.level2;
  if (c && !isBlankCategory(r, level)) return c.cell;
  if (r.ind.source === 'packed') return r.table.cell ?? r.ind.name?.cell ?? 'A1';
  const col = level === 1 ? r.table.columns.level1 : r.table.columns.level2;
  if (col !== undefined) return toA1(r.ind.row, col);
  return c?.cell ?? r.ind.name?.cell ?? 'A1';
}

function isBlankCategory(r: ResolvedIndicator, level: 1 | 2): boolean {
  return level === 1 ? r.l1Blank : r.l2Blank;
}

/** "第3项：" for packed items, so several findings in one cell can be told apart ('' otherwise). */
export function itemLabel(r: ResolvedIndicator): Param {
  return r.ind.source === 'packed' && r.ind.packedIndex !== undefined ? msg('hierarchy.item', { n: r.ind.packedIndex }) : '';
}

/** How the owner of a table is named in messages. */
export function ownerLabel(table: IndicatorTable): Msg {
  if (table.source === 'packed') return msg('hierarchy.owner.project', { name: ownerName(table) });
  if (table.owner === '部门整体') return msg('hierarchy.owner.dept');
  return msg('hierarchy.owner.table', { name: ownerName(table) });
}

/**
 * A table's owner as a parameter: the readers name tables they cannot name otherwise ("部门整体",
 * "指标表2"), which are the engine's words; anything else (a project, a task) is the form's text.
 */
export function ownerName(table: IndicatorTable): Param {
  const owner = table.owner;
  if (owner === '部门整体') return msg('hierarchy.owner-name.dept');
  if (owner === '指标表') return msg('hierarchy.owner-name.plain');
  const numbered = /^指标表(\d+)$/.exec(owner);
  if (numbered) return msg('hierarchy.owner-name.table', { n: numbered[1] });
  const task = /^任务(\d+)(?: (.+))?$/s.exec(owner);
  if (task) return task[2] !== undefined ? msg('hierarchy.owner-name.task-named', { n: task[1], name: quote(task[2]) }) : msg('hierarchy.owner-name.task', { n: task[1] });
  const row = /^第 (\d+) 行项目$/.exec(owner);
  if (row) return msg('hierarchy.owner-name.row-project', { n: row[1] });
  return quote(owner);
}

/** The row says something about an indicator besides its category (values or details). */
export function hasContent(r: ResolvedIndicator): boolean {
  return r.hasName || r.hasValues || r.hasDetails;
}

/** The name cells of a group, for `cells`. */
export function nameCells(rs: ResolvedIndicator[]): string[] {
  return rs.map((r) => r.ind.name?.cell).filter((c): c is string => !!c);
}

export function uniq(cells: Array<string | undefined>): string[] {
  return [...new Set(cells.filter((c): c is string => !!c))];
}

export interface TreeAnalysis {
  words: HierarchyWords;
  tables: Array<{ table: IndicatorTable; rows: ResolvedIndicator[] }>;
}

const analyses = new WeakMap<object, { index: CategoryIndex; analysis: TreeAnalysis }>();

/** Resolves every table once per check; the ten rules of both families share the result. */
export function analyseTree(ctx: { model: { tables: IndicatorTable[] }; categories: CategoryIndex }): TreeAnalysis {
  const cached = analyses.get(ctx.model);
  if (cached && cached.index === ctx.categories) return cached.analysis;
  const words = hierarchyWords(ctx.categories.profile);
  const analysis: TreeAnalysis = { words, tables: ctx.model.tables.map((table) => ({ table, rows: resolveTable(table, ctx.categories, words) })) };
  analyses.set(ctx.model, { index: ctx.categories, analysis });
  return analysis;
}
