// 项目支出绩效目标表 (seed 003): one row per project, unit subtotal rows, a 合计 row.
//   each row:            总计 = 财政拨款 + 财政专户拨款 + 其他资金
//   each unit, per column: 小计 = Σ the unit's projects
//   合计, per column:     合计 = Σ unit subtotals (+ projects listed under no unit)
//
// Blank cells. A part column that is blank in every row (seed 003's 财政专户拨款 and 其他资金) is a
// column the form does not use: its blanks are 0 and say nothing. In a column that holds an amount
// somewhere, a blank in a row whose other amounts are filled is one "partly blank" finding per
// column (counted as 0.00 so the sums can still be checked). A project row with no amount at all
// is one finding for the row. A blank 总计 whose parts are filled is an error of its own row.

import { AmountCell, ProjectForm, ProjectRow } from '../../model';
import { PROJECT_AMOUNT_COLUMNS } from '../../forms/project-table';
import { list, msg, Msg, Param, quote } from '../../i18n/text';
import { BudgetFinding, firstOf, money, amount, Outcome, Term, termValue } from './relation';
import { NamedAmount } from './values';
import { LayoutRelations, RelationSpec } from './layout';
import { label, plus } from './phrases';

const PART_KEYS = ['fiscal', 'specialAccount', 'other'];

/** The column's standard name (总计, 财政拨款…), as a phrase of the engine. */
function columnLabel(key: string): Param {
  return PROJECT_AMOUNT_COLUMNS.some((c) => c.key === key) ? msg(`budget.column.${key}`) : key;
}

function shortName(r: ProjectRow): string {
  const t = r.name.text.replace(/\s+/g, '');
  return t.length > 24 ? `${t.slice(0, 24)}…` : t;
}

/** How a row is named in messages. */
function rowLabel(r: ProjectRow): Param {
  if (r.kind === 'total') return shortName(r) ? label(shortName(r)) : msg('budget.total-row');
  if (r.kind === 'unit') return msg('budget.unit-subtotal', { unit: quote(shortName(r)) });
  return msg('budget.project-row', { row: r.row + 1, name: shortName(r) ? quote(shortName(r)) : msg('budget.unnamed-project') });
}

/** "可能由第 7 行（报刊征订）的错误引起" for the first few rows that are themselves wrong. */
function cascadeNote(rows: ProjectRow[]): Msg | undefined {
  if (rows.length === 0) return undefined;
  const named = list(rows.slice(0, 3).map((r) => msg('budget.row-in-brackets', { row: r.row + 1, name: quote(shortName(r)) })));
  const more = rows.length > 3 ? msg('budget.and-more-rows', { n: rows.length }) : '';
  return msg(rows.length > 1 ? 'budget.cascade.rows' : 'budget.cascade.row', { rows: named, more });
}

export function projectTableRelations(form: ProjectForm): LayoutRelations {
  const unit = form.unit;
  const keys = PROJECT_AMOUNT_COLUMNS.map((c) => c.key).filter((k) => form.columns[k] !== undefined);
  const partKeys = keys.filter((k) => PART_KEYS.includes(k));
  const cellOf = (r: ProjectRow, key: string): AmountCell | undefined => r.amounts.find((a) => a.key === key);
  const findings: BudgetFinding[] = [];

  // ---- blank cells: decide once, per column, which blanks are "0" and which are findings ----
  const optional = new Set<string>();
  for (const r of form.rows) {
    if (r.kind === 'project' && r.amounts.length > 0 && r.amounts.every((a) => a.status === 'blank')) {
      r.amounts.forEach((a) => optional.add(a.cell));
      findings.push({
        rule: 'budget-partly-blank',
        cell: r.amounts[0].cell,
        cells: [r.amounts[0].cell, r.name.cell, ...r.amounts.slice(1).map((a) => a.cell)],
        message: msg('budget.project-without-amounts', { row: rowLabel(r), cells: list(r.amounts.map((a) => a.cell)) }),
        suggestion: msg('budget.project-without-amounts.fix'),
      });
    }
  }
  for (const key of partKeys) {
    const cells = form.rows.map((r) => ({ r, a: cellOf(r, key) })).filter((x): x is { r: ProjectRow; a: AmountCell } => !!x.a);
    const used = cells.filter((x) => x.a.status !== 'blank');
    const blank = cells.filter((x) => x.a.status === 'blank' && !optional.has(x.a.cell));
    blank.forEach((x) => optional.add(x.a.cell));
    if (used.length === 0) continue; // a column nobody uses
    const gaps = blank.filter((x) => x.r.amounts.some((a) => a.key !== key && a.status !== 'blank'));
    if (gaps.length === 0) continue;
    const label = columnLabel(key);
    findings.push({
      rule: 'budget-partly-blank',
      cell: gaps[0].a.cell,
      cells: [...gaps.map((x) => x.a.cell), ...used.map((x) => x.a.cell)],
      message: msg('budget.column-gaps', { column: label, used: used.length, gaps: gaps.length, cells: firstOf(gaps.map((x) => x.a.cell), 8) }),
      suggestion: msg('budget.column-gaps.fix', { column: label }),
    });
  }

  const term = (r: ProjectRow, key: string, name: Param): Term | undefined => {
    const cell = cellOf(r, key);
    return cell ? { cell, name, ...(optional.has(cell.cell) ? { optional: true } : {}) } : undefined;
  };
  const defined = (t: Term | undefined): t is Term => !!t;

  const relations: RelationSpec[] = [];
  const rowRelationId = (r: ProjectRow) => `row-${r.row + 1}`;
  // Rows that are wrong in themselves: 总计 ≠ its parts, a blank 总计 over filled parts, or a
  // project with no amount at all. Subtotals above them inherit their error.
  const failingRows = (rows: ProjectRow[], all: ReadonlyMap<string, Outcome>) =>
    rows.filter((r) => {
      const o = all.get(rowRelationId(r));
      if (o && ((o.evaluated && !o.holds) || o.blanks.includes(o.relation.left[0]))) return true;
      return r.kind === 'project' && r.amounts.length > 0 && r.amounts.every((a) => a.status === 'blank');
    });

  // ---- each row: 总计 = 财政拨款 + 财政专户拨款 + 其他资金 ----
  if (keys.includes('total') && partKeys.length > 0) {
    for (const r of form.rows) {
      const totalName = cellName(r, 'total');
      const total = term(r, 'total', totalName);
      const parts = partKeys.map((k) => term(r, k, columnLabel(k))).filter(defined);
      if (!total) continue;
      const partNames = plus(parts.map((p) => p.name));
      const children = r.kind === 'unit' ? form.rows.filter((p) => p.unitRow === r.row) : r.kind === 'total' ? form.rows.filter((p) => p !== r) : [];
      relations.push({
        relation: {
          id: rowRelationId(r),
          rule: 'budget-sum-mismatch',
          kind: 'equal',
          left: [total],
          right: parts,
          leftIsTotal: true,
          unit,
          title: msg('budget.title.row', { row: rowLabel(r), total: columnLabel('total'), parts: partNames }),
        },
        totalName,
        text: (o, all) => ({
          primary: total.cell.cell,
          clause: msg('budget.clause.sum-spelled', { total: totalName, left: money(o.left, unit), parts: partNames, right: money(o.right, unit), amounts: parts.map((p) => amount(termValue(p, unit), unit)).join(' + ') }),
          notes: [cascadeNote(failingRows(children, all))].filter((n): n is Msg => !!n),
          suggestion: msg('budget.why.row'),
        }),
      });
    }
  }

  // ---- unit subtotals and 合计, column by column ----
  const units = form.rows.filter((r) => r.kind === 'unit');
  const totals = form.rows.filter((r) => r.kind === 'total');
  const orphans = form.rows.filter((r) => r.kind === 'project' && r.unitRow === undefined);

  for (const u of units) {
    const projects = form.rows.filter((r) => r.kind === 'project' && r.unitRow === u.row);
    if (projects.length === 0) continue;
    for (const key of keys) {
      const sub = term(u, key, cellName(u, key));
      const parts = projects.map((p) => term(p, key, rowLabel(p))).filter(defined);
      if (!sub || parts.length === 0) continue;
      const id = `unit-${u.row + 1}-${key}`;
      const totalCell = totals.map((t) => cellOf(t, key)).find((a) => a && a.status === 'ok');
      relations.push({
        relation: { id, rule: 'budget-sum-mismatch', kind: 'equal', left: [sub], right: parts, leftIsTotal: true, unit, title: msg('budget.title.unit', { unit: rowLabel(u), column: columnLabel(key) }) },
        totalName: cellName(u, key),
        text: (o, all) => {
          const notes: Msg[] = [];
          const cascade = cascadeNote(failingRows(projects, all));
          if (cascade) notes.push(cascade);
          if (totalCell) notes.push(msg('budget.note.total-follows-units', { cell: totalCell.cell }));
          return {
            primary: sub.cell.cell,
            clause: msg('budget.clause.unit', { unit: quote(shortName(u)), column: columnLabel(key), left: money(o.left, unit), n: parts.length, right: money(o.right, unit) }),
            notes,
            suggestion: msg('budget.why.unit', { right: money(o.right, unit) }),
          };
        },
      });
    }
  }

  for (const t of totals) {
    const members = units.length > 0 ? [...units, ...orphans] : form.rows.filter((r) => r.kind === 'project');
    if (members.length === 0) continue;
    for (const key of keys) {
      const left = term(t, key, cellName(t, key));
      const parts = members.map((m) => term(m, key, rowLabel(m))).filter(defined);
      if (!left || parts.length === 0) continue;
      const counted = units.length === 0 || orphans.length === 0;
      const what =
        units.length === 0
          ? msg('budget.sum-of-projects', { n: parts.length })
          : orphans.length > 0
            ? msg('budget.sum-of-units-and-orphans')
            : msg('budget.sum-of-units', { n: units.length });
      relations.push({
        relation: { id: `total-${t.row + 1}-${key}`, rule: 'budget-sum-mismatch', kind: 'equal', left: [left], right: parts, leftIsTotal: true, unit, title: msg('budget.title.total', { row: rowLabel(t), column: columnLabel(key), what }) },
        totalName: cellName(t, key),
        text: (o, all) => {
          // A 合计 computed from the projects disagrees with the units when a unit is wrong.
          const causes = [
            ...failingRows(members, all),
            ...units.filter((u) => {
              const uo = all.get(`unit-${u.row + 1}-${key}`);
              return !!uo && uo.evaluated && !uo.holds;
            }),
            ...failingRows(form.rows.filter((r) => r.kind === 'project' && r.unitRow !== undefined), all),
          ];
          const unique = causes.filter((c, i) => causes.indexOf(c) === i).sort((a, b) => a.row - b.row);
          const cascade = cascadeNote(unique);
          return {
            primary: left.cell.cell,
            // "，但 20 个项目之和": a space before a number, as everywhere in these sentences.
            clause: msg(counted ? 'budget.clause.total-counted' : 'budget.clause.total', { row: rowLabel(t), column: columnLabel(key), left: money(o.left, unit), what, right: money(o.right, unit) }),
            notes: cascade ? [cascade] : [],
            suggestion: msg(units.length ? 'budget.why.total-units' : 'budget.why.total-projects', { right: money(o.right, unit) }),
          };
        },
      });
    }
  }

  const amounts: NamedAmount[] = form.rows.flatMap((r) => r.amounts.map((a) => ({ cell: a, name: msg('budget.cell-of-row', { row: rowLabel(r), column: columnLabel(a.key) }) })));
  return { relations, findings, amounts };
}

/** "第 7 行“报刊征订”的财政拨款", "合计行的总计": one amount cell of the table. */
function cellName(r: ProjectRow, key: string): Msg {
  return msg(r.kind === 'total' ? 'budget.cell-of-total-row' : 'budget.cell-of-row', { row: rowLabel(r), column: columnLabel(key) });
}

