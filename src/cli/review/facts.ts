// What the review workbook says about a form beyond its findings: whose it is (department, project,
// title) and how much money it asks for, read from the form model. Duck-typed on purpose: the
// composed layouts carry label-value `header` fields and money groups that the four classic
// layouts do not, and the reviewer wants the same columns for all of them.

import type { FormModel } from '../../core/model';

export interface FormFacts {
  department?: string;
  /** The project's name; for a table of many projects, how many there are. */
  project?: string;
  title?: string;
  total?: { value: number; unit: string; label: string; cell: string };
}

interface TextLike {
  text: string;
}
interface AmountLike {
  key?: string;
  label: string;
  cell: string;
  value: number | null;
  unit: string;
}
interface HeaderFieldLike {
  label: string;
  value: TextLike;
}

const DEPARTMENT_LABEL = /^(主管部门|主管单位|预算部门|预算单位|部门\(单位\)名称|部门名称|单位名称|业务主管部门|实施单位|项目单位|项目实施单位)/;
const PROJECT_LABEL = /^项目名称/;

/** Reads the facts; every field is optional because forms leave them out. */
export function formFacts(model: FormModel | null): FormFacts {
  if (!model) return {};
  const m = model as unknown as Record<string, unknown>;
  const header = Array.isArray(m.header) ? (m.header as HeaderFieldLike[]) : [];
  const fromHeader = (label: RegExp) => {
    // Header fields are in sheet order: the first matching one is the form's own.
    const f = header.find((h) => label.test(h.label) && h.value.text.trim());
    return f ? oneLine(f.value.text) : undefined;
  };
  const facts: FormFacts = {};
  const department = (typeof m.department === 'string' && m.department.trim()) || fromHeader(DEPARTMENT_LABEL);
  if (department) facts.department = oneLine(department);
  const project = fromHeader(PROJECT_LABEL) ?? projectOfTable(model);
  if (project) facts.project = project;
  if (typeof m.title === 'string' && m.title.trim()) facts.title = oneLine(m.title);
  const total = totalOf(m);
  if (total) facts.total = total;
  return facts;
}

function projectOfTable(model: FormModel): string | undefined {
  if (model.form !== 'project-expenditure') return undefined;
  const projects = model.rows.filter((r) => r.kind === 'project');
  if (projects.length === 1) return oneLine(projects[0].name.text);
  return projects.length > 1 ? `共 ${projects.length} 个项目` : undefined;
}

/** The form's own total, only where the form states one (never a sum computed here). */
function totalOf(m: Record<string, unknown>): FormFacts['total'] {
  const pick = (a: AmountLike | undefined, label?: string): FormFacts['total'] =>
    a && typeof a.value === 'number' && Number.isFinite(a.value) ? { value: a.value, unit: a.unit, label: label ?? oneLine(a.label), cell: a.cell } : undefined;
  const byKey = (list: unknown, key: string) => (Array.isArray(list) ? (list as AmountLike[]).find((a) => a.key === key) : undefined);
  switch (m.form) {
    case 'dept-overall-tasks':
      return pick(byKey(m.income, 'total'));
    case 'project-expenditure': {
      const rows = (m.rows as Array<{ kind: string; name: TextLike; amounts: AmountLike[] }>) ?? [];
      const total = rows.find((r) => r.kind === 'total');
      return total ? pick(total.amounts.find((a) => a.key === 'total'), oneLine(total.name.text)) : undefined;
    }
    case 'self-evaluation': {
      const figure = ((m.figures as Array<{ key: string; label: string; budget?: AmountLike }>) ?? []).find((f) => f.key === 'total');
      return figure ? pick(figure.budget, oneLine(figure.label)) : undefined;
    }
    default:
      return composedTotal(m, pick);
  }
}

/** Composed layouts: the annual money group's total, the money table's total row, or the income total. */
function composedTotal(m: Record<string, unknown>, pick: (a: AmountLike | undefined, label?: string) => FormFacts['total']): FormFacts['total'] {
  const groups = Array.isArray(m.money) ? (m.money as Array<{ period?: string; total?: AmountLike }>) : [];
  const group = groups.find((g) => g.total && g.period !== 'period') ?? groups.find((g) => g.total);
  const fromGroup = pick(group?.total);
  if (fromGroup) return fromGroup;
  const tables = Array.isArray(m.moneyTables) ? (m.moneyTables as Array<{ rows: Array<{ role: string; label: string; initial?: AmountLike; adjusted?: AmountLike }> }>) : [];
  for (const t of tables) {
    const row = t.rows.find((r) => r.role === 'total');
    const fromTable = row && (pick(row.adjusted, oneLine(row.label)) ?? pick(row.initial, oneLine(row.label)));
    if (fromTable) return fromTable;
  }
  const incomeUse = m.incomeUse as { total?: AmountLike } | undefined;
  return pick(incomeUse?.total) ?? pick(m.dutiesTotal as AmountLike | undefined);
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
