// The typed form model every reader produces and every rule consumes. The zod schemas live in
// model-schema.ts (tests validate readers' output with them); this module keeps the runtime path
// free of zod, so the pane's first JavaScript and the CLI's start stay small.

import type { FormId } from './model-schema';

export const FORM_IDS = [
  'dept-overall', 'dept-overall-tasks', 'project-expenditure', 'self-evaluation',
  // Composed from blocks (forms/compose.ts): the layouts of other provinces (layouts.md A–D).
  'project-target', 'project-self-evaluation', 'dept-target', 'dept-self-evaluation', 'indicator-form',
] as const;
export const SEED_FORM_IDS = ['dept-overall', 'dept-overall-tasks', 'project-expenditure', 'self-evaluation'] as const;
export type SeedFormId = (typeof SEED_FORM_IDS)[number];
export const COMPOSED_FORM_IDS = ['project-target', 'project-self-evaluation', 'dept-target', 'dept-self-evaluation', 'indicator-form'] as const;
export type ComposedFormId = (typeof COMPOSED_FORM_IDS)[number];

/** Chinese names of the layouts, as the pane and the CLI show them. */
export const FORM_NAMES: Record<FormId, { zh: string; en: string }> = {
  'dept-overall': { zh: '部门整体预算绩效目标申报表', en: 'Department overall performance target' },
  'dept-overall-tasks': { zh: '部门整体绩效目标（任务分解）', en: 'Department overall target, task-based' },
  'project-expenditure': { zh: '项目支出绩效目标表', en: 'Project expenditure performance target' },
  'self-evaluation': { zh: '绩效自评表', en: 'Performance self-evaluation' },
  'project-target': { zh: '项目支出绩效目标申报表', en: 'Project performance target (single project)' },
  'project-self-evaluation': { zh: '项目支出绩效自评表', en: 'Project performance self-evaluation' },
  'dept-target': { zh: '部门（单位）整体支出绩效目标表', en: 'Department overall performance target' },
  'dept-self-evaluation': { zh: '部门（单位）整体支出绩效自评表', en: 'Department overall self-evaluation' },
  'indicator-form': { zh: '绩效指标表', en: 'Performance indicator table' },
};

export type {
  FormId,
  TextCell,
  AmountCell,
  ValueKind,
  IndicatorValue,
  CategoryCell,
  Indicator,
  ColumnRole,
  IndicatorTable,
  ReadIssue,
  KeyTask,
  DeptOverallForm,
  DeptTasksForm,
  ProjectRow,
  ProjectForm,
  ExecutionFigure,
  SelfEvaluationForm,
  FormModel,
  BlockKind,
  Block,
  HeaderField,
  MoneyGroup,
  MoneyColumnKey,
  MoneyRow,
  MoneyTable,
  IncomeUse,
  Duty,
  ComposedForm,
} from './model-schema';
