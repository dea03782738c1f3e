// Reading a sheet: detect the layout, then run its reader.

import { FORM_NAMES, FormModel, FormId, ReadIssue } from '../model';
import { toA1 } from '../grid/address';
import { detectForm, Detection } from './detect';
import { readDeptOverall } from './dept-overall';
import { readDeptTasks } from './dept-tasks';
import { readProjectTable } from './project-table';
import { readSelfEvaluation } from './self-evaluation';
import { Pos, SheetScan } from './scan';

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

export function readForm(scan: SheetScan): ReadResult {
  const detection = detectForm(scan);
  if (!detection.form) return { detection, model: null };
  const model = READERS[detection.form](scan) ?? null;
  if (model) {
    const repeated = repeatedForm(scan, detection.form);
    if (repeated) model.issues.push(repeated);
  }
  return { detection, model };
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
    message: `此工作表中有 ${anchors.length} 份“${FORM_NAMES[form].zh}”（表头分别在第 ${anchors.map((p) => p.row + 1).join('、')} 行）：金额和重点任务只核对了第一份，请把每份表单放在单独的工作表中再校验。`,
  };
}
