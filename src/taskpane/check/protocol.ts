// The check's message protocol between the pane and its engine (a Web Worker, or this thread when
// no worker can start). Everything here is plain data, so it survives structured cloning: grids go
// as GridData (the Grid class is rebuilt on each side), reports and form models come back as the
// plain objects the engine builds (their zod schemas describe plain data, no class instances).

import type { GridData } from '../../core/grid/grid';
import type { FormModel } from '../../core/model';
import type { Profile } from '../../core/profiles';
import type { Report } from '../../core/report';
import type { Lang } from '../../core/i18n/text';

export interface CheckJob {
  /** The sheet to check, as the host read it. */
  grid: GridData;
  /** A built-in profile id or a parsed profile (plain data). */
  profile?: string | Profile;
  /** The profile was not chosen by the user (core CheckOptions.profileAuto). */
  profileAuto?: boolean;
  /** Last year's sheet, read by the engine as the baseline (core baselineFromGrid). */
  baseline?: { grid: GridData; label: string };
  /** The language of the findings' sentences (core CheckOptions.lang). */
  lang?: Lang;
}

export interface CheckOutput {
  report: Report;
  model: FormModel | null;
}

/** Pane -> worker. `seq` ties the reply to its request: replies may be read in any order. */
export interface CheckRequestMessage {
  seq: number;
  job: CheckJob;
}

/** Worker -> pane. An error carries the engine's sentence (e.g. an unknown profile), never a stack. */
export type CheckReplyMessage = { seq: number; type: 'done'; output: CheckOutput } | { seq: number; type: 'error'; message: string };
