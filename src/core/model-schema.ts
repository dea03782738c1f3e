// The form model's zod schemas (the boundary: tests assert that readers build valid models; a host
// may validate what it gets). Runtime code imports the types from model.ts, which does not load zod.

import { z } from 'zod';

import { FORM_IDS } from './model';

export const formIdSchema = z.enum(FORM_IDS);
export type FormId = z.infer<typeof formIdSchema>;

export const moneyUnitSchema = z.enum(['万元', '元']);

/** A piece of text found in one cell. `cell` is its A1 address; row/col are zero-based. */
export const textCellSchema = z.object({
  text: z.string(),
  cell: z.string(),
  row: z.number().int(),
  col: z.number().int(),
});
export type TextCell = z.infer<typeof textCellSchema>;

/** A labelled amount: the label where it was found, the cell holding the value, the value read. */
export const amountCellSchema = z.object({
  key: z.string(),
  label: z.string(),
  labelCell: z.string(),
  cell: z.string(),
  row: z.number().int(),
  col: z.number().int(),
  /** The cell's text as the user sees it. */
  raw: z.string(),
  /** Value in `unit`; null when blank or unreadable. */
  value: z.number().nullable(),
  status: z.enum(['ok', 'blank', 'invalid']),
  invalidReason: z.enum(['not-a-number', 'error-value', 'not-an-amount']).optional(),
  unit: moneyUnitSchema,
  formula: z.string().optional(),
  /** True when label and value share one cell ("总额(元)：28,036,202.00") or sit in prose. */
  inline: z.boolean().optional(),
});
export type AmountCell = z.infer<typeof amountCellSchema>;

export const valueKindSchema = z.enum(['period', 'annual', 'expected', 'actual']);
export type ValueKind = z.infer<typeof valueKindSchema>;

export const indicatorValueSchema = z.object({
  kind: valueKindSchema,
  /** The column header (or packed-text field name) the value came from. */
  header: z.string(),
  text: z.string(),
  cell: z.string(),
});
export type IndicatorValue = z.infer<typeof indicatorValueSchema>;

export const categoryCellSchema = textCellSchema.extend({
  /** True when the cell was blank and the name was carried down from above. */
  inherited: z.boolean(),
  /** Code written in packed text ("11" in "11-数量指标"). */
  code: z.string().optional(),
});
export type CategoryCell = z.infer<typeof categoryCellSchema>;

export const indicatorSchema = z.object({
  /** Zero-based sheet row of the indicator (packed: the row of the packed cell). */
  row: z.number().int(),
  level1: categoryCellSchema.nullable(),
  level2: categoryCellSchema.nullable(),
  name: textCellSchema.nullable(),
  values: z.array(indicatorValueSchema),
  unit: textCellSchema.optional(),
  explanation: textCellSchema.optional(),
  formula: textCellSchema.optional(),
  /** 指标性质 / 指标方向 column: the comparator (＝ ≥ ≤ ＞ ＜) or 定性, kept apart from the bare value. */
  comparator: textCellSchema.optional(),
  /** 指标值类型 column: 定量 / 定性. */
  valueType: textCellSchema.optional(),
  /** 分值 / 权重 of the indicator, as written. */
  weight: textCellSchema.optional(),
  /** 得分, in self-evaluations. */
  score: textCellSchema.optional(),
  /** 偏差原因分析及改进措施 / 未完成原因分析, in self-evaluations. */
  deviation: textCellSchema.optional(),
  /** 评(扣)分标准 / 绩效标准. */
  standard: textCellSchema.optional(),
  /** 备注. */
  note: textCellSchema.optional(),
  source: z.enum(['table', 'packed']),
  /** Item number in packed text ("3、…"). */
  packedIndex: z.number().int().optional(),
  /** The packed item as written, for rewrites. */
  packedRaw: z.string().optional(),
});
export type Indicator = z.infer<typeof indicatorSchema>;

export const columnRoleSchema = z.enum([
  'level1', 'level2', 'name', 'period', 'annual', 'expected', 'actual', 'unit', 'explanation', 'formula', 'weight', 'score', 'deviation',
  'comparator', 'valueType', 'standard', 'note',
]);
export type ColumnRole = z.infer<typeof columnRoleSchema>;

export const indicatorTableSchema = z.object({
  /** Stable within a report: "dept", "task-2", "project-r12". */
  id: z.string(),
  /** Whose indicators these are: "部门整体", "任务2 社会主义精神文明建设工作", a project name. */
  owner: z.string(),
  ownerCell: z.string().optional(),
  source: z.enum(['table', 'packed']),
  /** Header row (zero-based) for tables; the packed cell's row for packed text. */
  headerRow: z.number().int(),
  /** Last sheet row that belongs to the table (zero-based). */
  lastRow: z.number().int(),
  /** Column index per role, for tables. */
  columns: z.partialRecord(columnRoleSchema, z.number().int()),
  /** The packed cell, for packed text. */
  cell: z.string().optional(),
  indicators: z.array(indicatorSchema),
});
export type IndicatorTable = z.infer<typeof indicatorTableSchema>;

/** Something the reader expected and could not read; becomes a `structure` finding. */
export const readIssueSchema = z.object({
  code: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  cell: z.string(),
  cells: z.array(z.string()).optional(),
  message: z.string(),
});
export type ReadIssue = z.infer<typeof readIssueSchema>;

const baseForm = {
  title: z.string().optional(),
  titleCell: z.string().optional(),
  department: z.string().optional(),
  tables: z.array(indicatorTableSchema),
  issues: z.array(readIssueSchema),
};

export const keyTaskSchema = z.object({
  row: z.number().int(),
  index: z.number().int(),
  name: textCellSchema.nullable(),
  content: textCellSchema.optional(),
  goal: textCellSchema.optional(),
  funds: amountCellSchema.optional(),
  /** Id of the task's own indicator table, in the task-based variant. */
  tableId: z.string().optional(),
  projects: textCellSchema.optional(),
});
export type KeyTask = z.infer<typeof keyTaskSchema>;

export const deptOverallSchema = z.object({
  form: z.literal('dept-overall'),
  ...baseForm,
  unit: moneyUnitSchema,
  /** Budget block amounts by key: basic, project, special, otherDev, fiscal, other, districtLevel, transfer. */
  budget: z.array(amountCellSchema),
  overallTarget: textCellSchema.optional(),
  tasks: z.array(keyTaskSchema),
  tasksHeaderRow: z.number().int().optional(),
});
export type DeptOverallForm = z.infer<typeof deptOverallSchema>;

export const deptTasksSchema = z.object({
  form: z.literal('dept-overall-tasks'),
  ...baseForm,
  unit: moneyUnitSchema,
  /** Income block amounts by key: total, fiscal, specialAccount, other. */
  income: z.array(amountCellSchema),
  goal: textCellSchema.optional(),
  tasks: z.array(keyTaskSchema),
});
export type DeptTasksForm = z.infer<typeof deptTasksSchema>;

export const projectRowSchema = z.object({
  kind: z.enum(['total', 'unit', 'project']),
  row: z.number().int(),
  name: textCellSchema,
  /** Amounts by column key: total (总计), fiscal (财政拨款), specialAccount (财政专户拨款), other (其他资金). */
  amounts: z.array(amountCellSchema),
  goal: textCellSchema.optional(),
  /** The packed 绩效指标 cell, when the layout has one. */
  indicatorCell: textCellSchema.optional(),
  /** Id of the project's indicator table. */
  tableId: z.string().optional(),
  /** For projects: the unit row they belong to (its sheet row). */
  unitRow: z.number().int().optional(),
});
export type ProjectRow = z.infer<typeof projectRowSchema>;

export const projectFormSchema = z.object({
  form: z.literal('project-expenditure'),
  ...baseForm,
  unit: moneyUnitSchema,
  headerRow: z.number().int(),
  columns: z.record(z.string(), z.number().int()),
  rows: z.array(projectRowSchema),
});
export type ProjectForm = z.infer<typeof projectFormSchema>;

export const executionFigureSchema = z.object({
  key: z.string(),
  label: z.string(),
  group: z.enum(['total', 'source', 'nature', 'other']),
  budget: amountCellSchema.optional(),
  executed: amountCellSchema.optional(),
  /** Execution rate in percent (72.6 for 72.60%). */
  rate: z
    .object({ cell: z.string(), raw: z.string(), value: z.number().nullable(), formula: z.string().optional() })
    .optional(),
});
export type ExecutionFigure = z.infer<typeof executionFigureSchema>;

export const selfEvaluationSchema = z.object({
  form: z.literal('self-evaluation'),
  ...baseForm,
  unit: moneyUnitSchema,
  figures: z.array(executionFigureSchema),
});
export type SelfEvaluationForm = z.infer<typeof selfEvaluationSchema>;

export const formModelSchema = z.discriminatedUnion('form', [deptOverallSchema, deptTasksSchema, projectFormSchema, selfEvaluationSchema]);
export type FormModel = z.infer<typeof formModelSchema>;
