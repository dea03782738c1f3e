// The engine side of the pane's check: what the check worker runs, and what the pane runs on its
// own thread when no worker can start (loaded then as a separate chunk, so the pane's first
// JavaScript never holds the engine either way).

import { checkWithModel } from '../../core/check';
import { baselineFromGrid } from '../../core/baseline';
import { Grid, GridData } from '../../core/grid/grid';
import { readForm, SheetScan } from '../../core/forms';
import type { FormModel } from '../../core/model';
import type { CheckJob, CheckOutput } from './protocol';

export { baselineFromGrid };

/** Checks one job: the sheet's report and the form model (for the template planner and grouping). */
export function runCheckJob(job: CheckJob): CheckOutput {
  const baseline = job.baseline ? baselineFromGrid(job.baseline.grid, job.baseline.label) : undefined;
  return checkWithModel(new Grid(job.grid), { profile: job.profile, profileAuto: job.profileAuto, ...(job.lang ? { lang: job.lang } : {}), ...(baseline ? { baseline } : {}) });
}

/** The form as read from a grid (null when the sheet is not a form or cannot be read). */
export function readModel(grid: Grid | GridData): FormModel | null {
  try {
    return readForm(new SheetScan(grid instanceof Grid ? grid : new Grid(grid))).model;
  } catch {
    return null;
  }
}
