// The form model's zod schemas (the boundary: tests assert that readers build valid models; a host
// may validate what it gets). Runtime code imports the types from model.ts, which does not load zod.

import { z } from 'zod';

import { COMPOSED_FORM_IDS, FORM_IDS } from './model';
import { isMsg, Msg } from './i18n/text';

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
  /** Cells of template placeholder rows left unfilled ("指标1：", "……"): not indicators. */
  placeholders: z.array(z.string()).optional(),
  /** The closing row that ended the table (合计, 总分, 评价结论, signatures), zero-based. */
  closingRow: z.number().int().optional(),
  /** 分值 and 得分 written in the closing 总分 / 合计 row. */
  closingTotals: z.object({ weight: textCellSchema.optional(), score: textCellSchema.optional() }).optional(),
});
export type IndicatorTable = z.infer<typeof indicatorTableSchema>;

/** Something the reader expected and could not read; becomes a `structure` finding. */
export const readIssueSchema = z.object({
  code: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  cell: z.string(),
  cells: z.array(z.string()).optional(),
  /** A catalogue message (forms/catalogue.ts), rendered in the report's language by the structure rule. */
  message: z.custom<Msg>(isMsg),
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

/** A block the composed reader recognised, for the report ("which blocks were found"). */
export const blockKindSchema = z.enum(['indicator-table', 'header-fields', 'money-pairs', 'money-table', 'income-use', 'duties', 'targets', 'closing', 'free-text-indicators', 'template-leftovers']);
export type BlockKind = z.infer<typeof blockKindSchema>;
export const blockSchema = z.object({ kind: blockKindSchema, cell: z.string(), label: z.string() });
export type Block = z.infer<typeof blockSchema>;

/** A label-value field of the header ("项目名称 | X"). */
export const headerFieldSchema = z.object({ label: z.string(), labelCell: z.string(), value: textCellSchema });
export type HeaderField = z.infer<typeof headerFieldSchema>;

/**
 * Money as label-value pairs (layouts.md A): one group per column of labels, a total and its parts
 * (年度资金总额 = 财政拨款 + 上年结转 + 其他资金); 中期 and 年度 groups side by side.
 */
export const moneyGroupSchema = z.object({
  /** "年度" or "中期" when the labels say so. */
  period: z.enum(['annual', 'period']).optional(),
  total: amountCellSchema.optional(),
  parts: z.array(amountCellSchema),
});
export type MoneyGroup = z.infer<typeof moneyGroupSchema>;

export const moneyColumnKeySchema = z.enum(['initial', 'adjusted', 'executed', 'weight', 'rate', 'score']);
export type MoneyColumnKey = z.infer<typeof moneyColumnKeySchema>;

/** One row of a money column table (layouts.md C): 年度资金总额, 其中：财政拨款, 上年结转… */
export const moneyRowSchema = z.object({
  row: z.number().int(),
  label: z.string(),
  labelCell: z.string(),
  /** 'total' for 年度资金总额 / 合计; 'part' for the sources under it. */
  role: z.enum(['total', 'part']),
  initial: amountCellSchema.optional(),
  adjusted: amountCellSchema.optional(),
  executed: amountCellSchema.optional(),
  weight: textCellSchema.optional(),
  score: textCellSchema.optional(),
  rate: z.object({ cell: z.string(), raw: z.string(), value: z.number().nullable(), decimals: z.number().int(), formula: z.string().optional() }).optional(),
});
export type MoneyRow = z.infer<typeof moneyRowSchema>;

export const moneyTableSchema = z.object({
  headerRow: z.number().int(),
  headerCell: z.string(),
  columns: z.partialRecord(moneyColumnKeySchema, z.number().int()),
  /** Header text per column, for messages ("全年预算数"). */
  headers: z.partialRecord(moneyColumnKeySchema, z.string()),
  rows: z.array(moneyRowSchema),
});
export type MoneyTable = z.infer<typeof moneyTableSchema>;

/** 部门整体 money by source (按收入性质) and by use (按支出性质), each with its own total when written. */
export const incomeUseSchema = z.object({
  total: amountCellSchema.optional(),
  sources: z.array(amountCellSchema),
  uses: z.array(amountCellSchema),
  /** 基本支出 with its 人员经费 and 公用经费. */
  basic: amountCellSchema.optional(),
  basicParts: z.array(amountCellSchema),
});
export type IncomeUse = z.infer<typeof incomeUseSchema>;

/** A 年度履职目标 / 年度主要任务 row with its amount. */
export const dutySchema = z.object({ row: z.number().int(), name: textCellSchema, amount: amountCellSchema.optional() });
export type Duty = z.infer<typeof dutySchema>;

export const composedFormSchema = z.object({
  form: z.enum(COMPOSED_FORM_IDS),
  ...baseForm,
  unit: moneyUnitSchema,
  blocks: z.array(blockSchema),
  header: z.array(headerFieldSchema),
  money: z.array(moneyGroupSchema),
  moneyTables: z.array(moneyTableSchema),
  incomeUse: incomeUseSchema.optional(),
  duties: z.array(dutySchema),
  dutiesTotal: amountCellSchema.optional(),
  targets: z.array(textCellSchema.extend({ label: z.string() })),
  /** Template instructions left in the sheet ("对照年度目标，说明…（100字以内）"). */
  leftovers: z.array(textCellSchema),
  /** The profile the form's own layout implies (成本指标 as a 一级 → mof2021). */
  impliedProfile: z.string().optional(),
  /** The 一级 cell that implies it. */
  impliedProfileCell: z.string().optional(),
});
export type ComposedForm = z.infer<typeof composedFormSchema>;

export const formModelSchema = z.discriminatedUnion('form', [deptOverallSchema, deptTasksSchema, projectFormSchema, selfEvaluationSchema, composedFormSchema]);
export type FormModel = z.infer<typeof formModelSchema>;
