// Rule template-placeholder: a template row whose example wording still carries 【待填】. Inserting
// a template fixes a missing category only on paper until the user writes the real indicator, so
// each unfilled row is an error of its own (domain.md §5).

import { toA1 } from '../grid/address';
import { Grid } from '../grid/grid';
import { FormModel, Indicator } from '../model';
import { msg, Msg, Param, quote } from '../i18n/text';
import { defineRule, FindingInput } from '../rules/types';
import { hasPlaceholder, PLACEHOLDER, stripPlaceholder } from './placeholder';

function clip(s: string, n = 24): string {
  return s.length > n ? `${s.slice(0, n)}…` : s;
}

/** "“name”（category）" after the word 指标; nothing when the row has neither. */
function indicatorLabel(i: Indicator): Param {
  const name = i.name ? stripPlaceholder(i.name.text) : '';
  const cat = i.level2?.text ?? i.level1?.text ?? '';
  if (name) return cat ? msg('structure.placeholder.name-category', { name: quote(clip(name)), category: quote(cat) }) : msg('structure.placeholder.name', { name: quote(clip(name)) });
  return cat ? msg('structure.placeholder.category', { category: quote(cat) }) : '';
}

const NO_CELLS: string[] = [];

function anyPlaceholder(i: Indicator): boolean {
  if (hasPlaceholder(i.name?.text) || hasPlaceholder(i.unit?.text) || hasPlaceholder(i.explanation?.text) || hasPlaceholder(i.formula?.text)) return true;
  for (const v of i.values) if (hasPlaceholder(v.text)) return true;
  return false;
}

/** The indicator's cells that still carry the marker, name first (no arrays built for the usual row without any). */
function placeholderCells(i: Indicator): string[] {
  // The list is built in a function of its own: a closure here would cost every row a context object.
  return anyPlaceholder(i) ? markedCells(i) : NO_CELLS;
}

function markedCells(i: Indicator): string[] {
  const cells: string[] = [];
  const visit = (c: { text: string; cell: string } | null | undefined) => {
    if (c && hasPlaceholder(c.text)) cells.push(c.cell);
  };
  visit(i.name);
  for (const v of i.values) visit(v);
  visit(i.unit);
  visit(i.explanation);
  visit(i.formula);
  return cells;
}

const SUGGESTION: Msg = msg('structure.placeholder.fix', { mark: quote(PLACEHOLDER) });

export function placeholderFindings(grid: Grid, model: FormModel): FindingInput[] {
  const out: FindingInput[] = [];
  const covered = new Set<string>();

  for (const table of model.tables) {
    if (table.source === 'packed') {
      if (!table.cell) continue;
      for (const i of table.indicators) {
        const texts = [i.name?.text, ...i.values.map((v) => v.text)];
        if (!texts.some(hasPlaceholder)) continue;
        out.push({
          cell: table.cell,
          cells: [table.cell],
          message: msg('structure.placeholder.packed', { owner: quote(table.owner), n: i.packedIndex ?? '?', indicator: indicatorLabel(i) }),
          suggestion: SUGGESTION,
        });
      }
      continue;
    }
    for (const i of table.indicators) {
      const cells = placeholderCells(i);
      if (cells.length === 0) continue;
      cells.forEach((c) => covered.add(c));
      out.push({
        cell: cells[0],
        cells,
        message: msg('structure.placeholder.row', { row: i.row + 1, indicator: indicatorLabel(i), count: cells.length, mark: quote(PLACEHOLDER) }),
        suggestion: SUGGESTION,
      });
    }
  }

  // Anything the readers did not take in (a row pasted outside a table, a packed cell that could
  // not be split) is still a placeholder the bureau would see.
  const packedCells = new Set(model.tables.filter((t) => t.source === 'packed' && t.indicators.length > 0).map((t) => t.cell));
  grid.forEachNonEmptyRow((row) => {
    for (let col = 0; col < grid.colCount; col++) {
      const v = grid.value(row, col);
      if (typeof v !== 'string' || !hasPlaceholder(v)) continue;
      const a1 = toA1(row, col);
      if (covered.has(a1) || packedCells.has(a1)) continue;
      out.push({
        cell: a1,
        cells: [a1],
        message: msg('structure.placeholder.cell', { cell: a1, mark: quote(PLACEHOLDER), text: quote(clip(stripPlaceholder(v))) }),
        suggestion: SUGGESTION,
      });
    }
  });
  return out;
}

export const templatePlaceholderRule = defineRule(
  {
    id: 'template-placeholder',
    category: 'completeness',
    severity: 'error',
    title: '模板内容尚未填写',
    titleEn: 'Template row not filled in',
    why: '插入的模板行只是示例写法，不改成本单位的实际指标就提交，会被财政部门退回。',
    whyEn: 'An inserted template row is only an example; submitted without your unit’s real indicator, the form is sent back by the finance bureau.',
  },
  ({ grid, model }) => placeholderFindings(grid, model),
);
