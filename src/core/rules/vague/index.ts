// The `vague` rule family: every 三级 indicator's target values judged measurable, weak or vague
// (judge.ts), one finding per indicator and verdict, and the form's measurability figure.

import { FormModel, Indicator, IndicatorTable } from '../../model';
import { CategoryIndex, Profile } from '../../profiles';
import { hasPlaceholder } from '../../templates/placeholder';
import { defineRule, FindingInput } from '../types';
import { bindJudgement, CategoryKind, categoryKind, FindingGroup, IndicatorJudgement, JudgeContext, lookUpJudgement } from './judge';
import { reasonWhy } from './messages';
import { msg, Msg } from '../../i18n/text';
import { vagueConfig } from './words';
import { sameItems } from '../../grid/cell-memo';
import type { VagueConfig } from './words';

export interface JudgedIndicator {
  readonly table: IndicatorTable;
  readonly judgement: IndicatorJudgement;
}

/** One judged row, the judgement bound to its cells when first read. */
class JudgedRow implements JudgedIndicator {
  private own?: IndicatorJudgement;

  constructor(
    readonly table: IndicatorTable,
    private readonly ind: Indicator,
    private readonly found: IndicatorJudgement,
  ) {}

  get judgement(): IndicatorJudgement {
    return (this.own ??= bindJudgement(this.found, this.ind));
  }
}

export interface FormJudgement {
  /** Every judged row (built when first read: the rules walk the rows that have findings only). */
  readonly indicators: JudgedRow[];
  /** Calls `visit` for each judged row that has something to report (a weak or vague value). */
  eachReported(visit: (table: IndicatorTable, judgement: IndicatorJudgement) => void): void;
  measurable: number;
  /** Named 三级 indicators, unfilled template rows included (they count as not measurable). */
  total: number;
  /** The profile's `extensions.vague` could not be read; defaults were used. */
  configError?: Msg;
}

const cache = new WeakMap<FormModel, WeakMap<Profile, FormJudgement>>();

/**
 * One table's judged rows, as parallel lists rather than an object each: a 10,000-row form keeps
 * them for the whole check, and most rows (measurable) are never looked at again.
 */
interface TableJudgement {
  inds: Indicator[];
  founds: IndicatorJudgement[];
  /** Positions (in the lists above) of the rows with something to report. */
  reported: number[];
  measurable: number;
  /** Named rows still carrying a template placeholder: counted, not judged. */
  unfilled: number;
}

/**
 * Tables judged, by table. The readers hand out the same table object while nothing in it changed
 * (see indicator-table.ts); its judgements then hold as long as the word lists, the indicator
 * system and the goal texts it may copy from are the same too.
 */
const judgedTables = new WeakMap<IndicatorTable, { config: VagueConfig; profile: Profile; goals: readonly string[]; judged: TableJudgement }>();

function judgeTable(table: IndicatorTable, goals: string[], config: VagueConfig, categories: CategoryIndex): TableJudgement {
  const kept = judgedTables.get(table);
  if (kept && kept.config === config && kept.profile === categories.profile && sameItems(kept.goals, goals)) return kept.judged;
  const judged: TableJudgement = { inds: [], founds: [], reported: [], measurable: 0, unfilled: 0 };
  // One context per category kind of the table (the judge only reads it), not one per row.
  const contexts = new Map<CategoryKind | undefined, JudgeContext>();
  const contextFor = (category: CategoryKind | undefined): JudgeContext => {
    let ctx = contexts.get(category);
    if (!ctx) contexts.set(category, (ctx = { config, category, siblings: table.indicators, goals }));
    return ctx;
  };
  let kindOf: { l1: Indicator['level1'] | undefined; l2: Indicator['level2'] | undefined; kind: CategoryKind | undefined } = { l1: undefined, l2: undefined, kind: undefined };
  for (let position = 0; position < table.indicators.length; position++) {
    const ind = table.indicators[position];
    if (!hasName(ind)) continue;
    // An unfilled template row is reported by template-placeholder; it is not measurable yet.
    if (hasPlaceholder(ind.name!.text) || valuesHavePlaceholder(ind)) {
      judged.unfilled++;
      continue;
    }
    // Rows under one category share its cell objects: its kind is read once per run of rows.
    if (ind.level1 !== kindOf.l1 || ind.level2 !== kindOf.l2) kindOf = { l1: ind.level1, l2: ind.level2, kind: categoryKind(ind, categories) };
    const found = lookUpJudgement(ind, contextFor(kindOf.kind), position);
    // Marked while the judgement is at hand: the rules then skip the rest without touching each one again.
    if (found.groups.length > 0) judged.reported.push(judged.founds.length);
    judged.inds.push(ind);
    judged.founds.push(found);
    if (found.verdict === 'measurable') judged.measurable++;
  }
  judgedTables.set(table, { config, profile: categories.profile, goals, judged });
  return judged;
}

/** Judges every named 三级 indicator of the form; cached, since two rules and check() ask. */
export function judgeForm(model: FormModel, profile: Profile, categories: CategoryIndex = new CategoryIndex(profile)): FormJudgement {
  let byProfile = cache.get(model);
  if (!byProfile) cache.set(model, (byProfile = new WeakMap()));
  const hit = byProfile.get(profile);
  if (hit) return hit;

  const { config, errorMessage } = vagueConfig(profile);
  const parts = model.tables.map((table) => ({ table, judged: judgeTable(table, goalsOf(model, table), config, categories) }));
  let rows: JudgedRow[] | undefined;
  // Bound to their cells once per check, though both vague rules ask (a form reports few rows).
  const bound = new Map<Indicator, IndicatorJudgement>();
  let measurable = 0;
  let total = 0;
  for (const { judged } of parts) {
    measurable += judged.measurable;
    total += judged.founds.length + judged.unfilled;
  }
  const result: FormJudgement = {
    get indicators() {
      return (rows ??= parts.flatMap(({ table, judged }) => judged.founds.map((found, i) => new JudgedRow(table, judged.inds[i], found))));
    },
    eachReported(visit) {
      // Measurable rows have nothing to report, and no need to be bound to their cells.
      for (const { table, judged } of parts) {
        for (const i of judged.reported) {
          const ind = judged.inds[i];
          let judgement = bound.get(ind);
          if (!judgement) bound.set(ind, (judgement = bindJudgement(judged.founds[i], ind)));
          visit(table, judgement);
        }
      }
    },
    measurable,
    total,
    configError: errorMessage,
  };
  byProfile.set(profile, result);
  return result;
}

/**
 * Share of named 三级 indicators whose targets are measurable. Weak indicators count as not
 * measurable: the figure tells an author how much of the form a reviewer can check as written.
 */
export function measurability(model: FormModel, profile: Profile): { measurable: number; total: number } {
  const { measurable, total } = judgeForm(model, profile);
  return { measurable, total };
}

function valuesHavePlaceholder(ind: Indicator): boolean {
  for (const v of ind.values) if (hasPlaceholder(v.text)) return true;
  return false;
}

function hasName(ind: Indicator): boolean {
  return !!ind.name && ind.name.text.trim().length > 0;
}

const goalsByModel = new WeakMap<FormModel, Map<string, string[]>>();

/** Goal texts by table id, built once per form (a per-table scan of the rows would be quadratic). */
function goalsOf(model: FormModel, table: IndicatorTable): string[] {
  let byTable = goalsByModel.get(model);
  if (!byTable) {
    byTable = new Map();
    const add = (tableId: string | undefined, goal: string | undefined) => {
      if (!tableId || !goal) return;
      const list = byTable!.get(tableId);
      if (list) list.push(goal);
      else byTable!.set(tableId, [goal]);
    };
    if (model.form === 'project-expenditure') for (const r of model.rows) add(r.tableId, r.goal?.text);
    if (model.form === 'dept-overall-tasks') for (const t of model.tasks) add(t.tableId, t.goal?.text);
    if (model.form === 'dept-overall') add('dept', model.overallTarget?.text);
    goalsByModel.set(model, byTable);
  }
  return byTable.get(table.id) ?? [];
}

function toFinding(j: IndicatorJudgement, group: FindingGroup): FindingInput {
  const valueCells = group.values.map((v) => v.value.cell);
  const nameCell = j.indicator.name?.cell;
  // A target split over columns involves its comparator and unit cells too.
  const split = group.values.some((v) => v.composed) ? [j.indicator.comparator?.cell, j.indicator.unit?.cell].filter((c): c is string => !!c) : [];
  const cells = [...new Set([...valueCells, ...(nameCell ? [nameCell] : []), ...split])];
  // A vague value beside a measurable one does not stop the reviewer judging the indicator: info.
  const severity = group.verdict === 'vague' && j.verdict !== 'measurable' ? 'warning' : 'info';
  return {
    cell: cells[0],
    cells,
    severity,
    message: group.message,
    suggestion: group.suggestionMessage,
    why: reasonWhy(group.reasons[0]),
  };
}

function findings(model: FormModel, profile: Profile, categories: CategoryIndex, verdict: FindingGroup['verdict']): FindingInput[] {
  const judged = judgeForm(model, profile, categories);
  const out: FindingInput[] = [];
  if (verdict === 'vague' && judged.configError) {
    out.push({ rule: 'vague-config', severity: 'error', cell: 'A1', cells: ['A1'], message: judged.configError, why: msg('vague.config.why') });
  }
  judged.eachReported((_table, judgement) => {
    for (const group of judgement.groups) if (group.verdict === verdict) out.push(toFinding(judgement, group));
  });
  return out;
}

export const vagueRules = [
  defineRule(
    {
      id: 'vague-target',
      category: 'vague',
      severity: 'warning',
      severityNote:
        '无法衡量的指标值为警告；若同一指标的另一个指标值已可衡量（如年度指标值已写明“60条”），仅为提示。词表配置错误为错误。',
      title: '指标值无法衡量',
      titleEn: 'Target cannot be measured',
      why: '绩效目标要求细化、量化、可衡量；年末无法判断是否达成的指标会被财政部门退回。',
      whyEn: 'Performance targets must be specific, quantified and measurable; the finance department sends back indicators whose achievement cannot be judged at year end.',
    },
    ({ model, profile, categories }) => findings(model, profile, categories, 'vague'),
  ),
  defineRule(
    {
      id: 'weak-target',
      category: 'vague',
      severity: 'info',
      severityNote: '可以核对但不够具体（百分比未写明分子分母、数字缺单位、只有方向没有幅度等）为提示：审核人多半会接受，但写清楚更稳妥。',
      title: '指标值不够具体',
      titleEn: 'Target is measurable only loosely',
      why: '写明单位、基数和计算方法，年末才能客观核对。',
      whyEn: 'State the unit, the baseline and how the value is calculated, so that it can be checked objectively at year end.',
    },
    ({ model, profile, categories }) => findings(model, profile, categories, 'weak'),
  ),
];

export { judgeIndicator, categoryKind } from './judge';
export type { IndicatorJudgement, Verdict, Reason, CategoryKind, JudgeContext } from './judge';
export { vagueConfig, DEFAULT_WORDS } from './words';
export { rewriteText } from './rewrite';
