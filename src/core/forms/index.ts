// Reading a sheet: detect the layout, then run its reader.

import { FORM_NAMES, FormModel, SeedFormId as FormId, ReadIssue } from '../model';
import { toA1 } from '../grid/address';
import { detectForm, Detection } from './detect';
import { readDeptOverall } from './dept-overall';
import { readDeptTasks } from './dept-tasks';
import { readProjectTable } from './project-table';
import { readSelfEvaluation } from './self-evaluation';
import { Pos, SheetScan } from './scan';
import { readComposed } from './compose';
import { headerColumns, findIndicatorHeaderRows } from '../blocks/indicator-table';
import { list, msg } from '../i18n/text';

export { SheetScan } from './scan';
export { detectForm } from './detect';
export type { Detection } from './detect';

const READERS: Record<FormId, (scan: SheetScan) => FormModel | undefined> = {
  'dept-overall': readDeptOverall,
  'dept-overall-tasks': readDeptTasks,
  'project-expenditure': readProjectTable,
  'self-evaluation': readSelfEvaluation,
};

export interface ReadResult {
  detection: Detection;
  model: FormModel | null;
}

/**
 * The Guangzhou layouts (the seeds) keep their own readers when their evidence is there and their
 * main block was read; every other sheet with an indicator table is composed from its blocks.
 */
export function readForm(scan: SheetScan): ReadResult {
  const detection = detectForm(scan);
  let seedModel: FormModel | null = null;
  if (detection.form) {
    seedModel = READERS[detection.form](scan) ?? null;
    if (seedModel && seedLayoutFits(scan, seedModel)) {
      const repeated = repeatedForm(scan, detection.form);
      if (repeated) seedModel.issues.push(repeated);
      return { detection, model: seedModel };
    }
  }
  const composed = readComposed(scan);
  if (composed) return { detection: { ...detection, form: null }, model: composed };
  return { detection, model: seedModel };
}

/**
 * A seed reader fits when it found its main block and the sheet shows none of the other families'
 * blocks (a self-evaluation money table with 年初 and 全年 budgets, 分值 / 得分 columns).
 */
// Tested against every label of the sheet: one RegExp, not a new one per label (a literal in a closure is rebuilt on each call).
const OPENING_BUDGET = /^年初(预算数|预算)/;
const PROJECT_NAME = /^项目名称/;

function seedLayoutFits(scan: SheetScan, model: FormModel): boolean {
  if (model.issues.some((i) => i.code === 'missing-block' && i.severity === 'error')) return false;
  if (model.form === 'project-expenditure' && !model.rows.some((r) => r.kind === 'project')) return false;
  const scored = findIndicatorHeaderRows(scan).some((row) => {
    const cols = headerColumns(scan, row);
    return cols.weight !== undefined || cols.score !== undefined || cols.comparator !== undefined || cols.valueType !== undefined;
  });
  if (scored) return false;
  // A self-evaluation of one project (a 项目名称 field) is layouts.md C, not the department report.
  if (model.form === 'self-evaluation' && (scan.some((k) => OPENING_BUDGET.test(k)) || scan.some((k) => PROJECT_NAME.test(k)))) return false;
  return true;
}

/** The label that opens each layout's main block: seen twice, the form was pasted twice. */
const ANCHORS: Record<FormId, (key: string) => boolean> = {
  'dept-overall': (k) => k === '预算整体情况',
  'dept-overall-tasks': (k) => k === '本年度部门预算收入',
  'project-expenditure': (k) => /^项目名称/.test(k),
  'self-evaluation': (k) => /^(全年|年初|调整后)?预算数/.test(k) && k.length <= 20,
};

/**
 * One sheet holding the same form twice (pasted again below, or two units' forms stacked): the
 * readers take the first budget block, so say that the rest is not read as a form of its own.
 */
function repeatedForm(scan: SheetScan, form: FormId): ReadIssue | undefined {
  const firstInRow = new Map<number, Pos>();
  for (const p of scan.findWhere(ANCHORS[form])) if (!firstInRow.has(p.row)) firstInRow.set(p.row, p);
  let anchors = [...firstInRow.values()];
  // A project table's header row has amount columns beside 项目名称.
  if (form === 'project-expenditure') anchors = anchors.filter((p) => scan.rowKeys(p.row).some((k) => !!k && /^(总计|合计|财政拨款)/.test(k)));
  if (anchors.length < 2) return undefined;
  const cells = anchors.map((p) => toA1(p.row, p.col));
  return {
    code: 'form-repeated',
    severity: 'warning',
    cell: cells[1],
    cells: [cells[1], ...cells.filter((_, i) => i !== 1)],
    message: msg('structure.form-repeated', { n: anchors.length, form: FORM_NAMES[form], rows: list(anchors.map((p) => p.row + 1)) }),
  };
}
