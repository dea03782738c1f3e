// Reading a sheet: detect the layout, then run its reader.

import { FormModel, FormId } from '../model';
import { detectForm, Detection } from './detect';
import { readDeptOverall } from './dept-overall';
import { readDeptTasks } from './dept-tasks';
import { readProjectTable } from './project-table';
import { readSelfEvaluation } from './self-evaluation';
import { SheetScan } from './scan';

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
  return { detection, model };
}
