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
import { BudgetFinding, money, amount, Outcome, Term, termValue } from './relation';
import { NamedAmount } from './values';
import { LayoutRelations, RelationSpec } from './layout';

const PART_KEYS = ['fiscal', 'specialAccount', 'other'];

function columnLabel(key: string): string {
  return PROJECT_AMOUNT_COLUMNS.find((c) => c.key === key)?.label ?? key;
}

function shortName(r: ProjectRow): string {
  const t = r.name.text.replace(/\s+/g, '');
  return t.length > 24 ? `${t.slice(0, 24)}…` : t;
}

/** How a row is named in messages. */
function rowLabel(r: ProjectRow): string {
  if (r.kind === 'total') return shortName(r) || '合计';
  if (r.kind === 'unit') return `“${shortName(r)}”小计`;
  return `第 ${r.row + 1} 行“${shortName(r) || '（未命名项目）'}”`;
}

/** "可能由第 7 行（报刊征订）的错误引起" for the first few rows that are themselves wrong. */
function cascadeNote(rows: ProjectRow[]): string | undefined {
  if (rows.length === 0) return undefined;
  const named = rows.slice(0, 3).map((r) => `第 ${r.row + 1} 行（${shortName(r)}）`);
  const more = rows.length > 3 ? ` 等 ${rows.length} 行` : '';
  return `可能由${named.join('、')}${more}的错误引起，请先核对${rows.length > 1 ? '这些行' : '该行'}。`;
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
        message: `${rowLabel(r)}没有填写任何金额（${r.amounts.map((a) => a.cell).join('、')}），所属单位小计和合计无法包含该项目。`,
        suggestion: '请填写该项目的总计及资金来源；如该项目本年度不安排资金，请删除该行或填写 0.00。',
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
    const list = gaps.slice(0, 8).map((x) => x.a.cell).join('、') + (gaps.length > 8 ? ` 等 ${gaps.length} 个单元格` : '');
    findings.push({
      rule: 'budget-partly-blank',
      cell: gaps[0].a.cell,
      cells: [...gaps.map((x) => x.a.cell), ...used.map((x) => x.a.cell)],
      message: `${label}列有 ${used.length} 行填写了金额，另有 ${gaps.length} 行为空（${list}）；核对合计时空格按 0.00 计算。`,
      suggestion: `如这些项目不涉及${label}，请填写 0.00。`,
    });
  }

  const term = (r: ProjectRow, key: string, name: string): Term | undefined => {
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
      const totalName = r.kind === 'total' ? `${rowLabel(r)}行的总计` : `${rowLabel(r)}的总计`;
      const total = term(r, 'total', totalName);
      const parts = partKeys.map((k) => term(r, k, columnLabel(k))).filter(defined);
      if (!total) continue;
      const partNames = parts.map((p) => p.name).join(' + ');
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
          title: `${rowLabel(r)}：总计 = ${partNames}`,
        },
        totalName,
        text: (o, all) => ({
          primary: total.cell.cell,
          clause: `${totalName} ${money(o.left, unit)}，但${partNames} = ${money(o.right, unit)}（${parts.map((p) => amount(termValue(p, unit), unit)).join(' + ')}）`,
          notes: [cascadeNote(failingRows(children, all))].filter((n): n is string => !!n),
          suggestion: '每一行的总计应等于该行各资金来源之和。',
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
      const sub = term(u, key, `${rowLabel(u)}的${columnLabel(key)}`);
      const parts = projects.map((p) => term(p, key, rowLabel(p))).filter(defined);
      if (!sub || parts.length === 0) continue;
      const id = `unit-${u.row + 1}-${key}`;
      const totalCell = totals.map((t) => cellOf(t, key)).find((a) => a && a.status === 'ok');
      relations.push({
        relation: { id, rule: 'budget-sum-mismatch', kind: 'equal', left: [sub], right: parts, leftIsTotal: true, unit, title: `${rowLabel(u)}（${columnLabel(key)}）= 其下各项目之和` },
        totalName: `${rowLabel(u)}的${columnLabel(key)}`,
        text: (o, all) => {
          const notes: string[] = [];
          const cascade = cascadeNote(failingRows(projects, all));
          if (cascade) notes.push(cascade);
          if (totalCell) notes.push(`合计（${totalCell.cell}）按各单位小计汇总，更正本单位小计后请一并核对合计。`);
          return {
            primary: sub.cell.cell,
            clause: `${shortName(u)}小计（${columnLabel(key)}）${money(o.left, unit)}，但其下 ${parts.length} 个项目合计 ${money(o.right, unit)}`,
            notes,
            suggestion: `若各项目金额无误，小计应为 ${money(o.right, unit)}；否则请核对各项目金额。`,
          };
        },
      });
    }
  }

  for (const t of totals) {
    const members = units.length > 0 ? [...units, ...orphans] : form.rows.filter((r) => r.kind === 'project');
    if (members.length === 0) continue;
    for (const key of keys) {
      const left = term(t, key, `${rowLabel(t)}行的${columnLabel(key)}`);
      const parts = members.map((m) => term(m, key, rowLabel(m))).filter(defined);
      if (!left || parts.length === 0) continue;
      const what = units.length === 0 ? `${parts.length} 个项目之和` : orphans.length > 0 ? '各单位小计及未归属单位的项目之和' : `${units.length} 个单位小计之和`;
      relations.push({
        relation: { id: `total-${t.row + 1}-${key}`, rule: 'budget-sum-mismatch', kind: 'equal', left: [left], right: parts, leftIsTotal: true, unit, title: `${rowLabel(t)}（${columnLabel(key)}）= ${what}` },
        totalName: `${rowLabel(t)}行的${columnLabel(key)}`,
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
            clause: `${rowLabel(t)}（${columnLabel(key)}）${money(o.left, unit)}，但${/^\d/.test(what) ? ' ' : ''}${what} ${money(o.right, unit)}`,
            notes: cascade ? [cascade] : [],
            suggestion: `若${units.length ? '各单位小计' : '各项目金额'}无误，合计应为 ${money(o.right, unit)}。`,
          };
        },
      });
    }
  }

  const amounts: NamedAmount[] = form.rows.flatMap((r) => r.amounts.map((a) => ({ cell: a, name: `${rowLabel(r)}的${columnLabel(a.key)}` })));
  return { relations, findings, amounts };
}

