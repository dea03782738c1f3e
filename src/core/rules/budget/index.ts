// The `budget` rule family: every relation of domain.md §3, for every layout. The rules share one
// analysis pass (analyze.ts); each rule is the slice of its findings with its own id.

import { defineRule, Rule, RuleMeta } from '../types';
import { budgetFindings } from './analyze';
import { BudgetRuleId } from './relation';

type BudgetMeta = RuleMeta & { id: BudgetRuleId };

export const BUDGET_RULE_METAS: BudgetMeta[] = [
  {
    id: 'budget-sum-mismatch',
    category: 'budget',
    severity: 'error',
    title: '金额合计不符',
    titleEn: 'A total does not equal the sum of its parts',
    why: '合计与各项之和不符是财政部门退回申报表最常见的原因。',
  },
  {
    id: 'task-funds-exceed',
    category: 'budget',
    severity: 'error',
    title: '重点工作任务资金超过项目支出与事业发展性支出',
    titleEn: 'Key-task funds exceed project and development spending',
    why: '重点工作任务的资金来自项目支出和事业发展性支出，任务资金合计超过它们说明金额有误。',
  },
  {
    id: 'task-without-funds',
    category: 'budget',
    severity: 'warning',
    severityNote: '警告：有的任务确实不安排资金，但应填写 0.00 并说明，留空会被视为漏填。',
    title: '重点工作任务未填写资金',
    titleEn: 'A key task states no funds',
    why: '每项年度重点工作任务都应写明拟投入的资金，否则无法判断任务与预算是否匹配。',
  },
  {
    id: 'budget-partly-blank',
    category: 'budget',
    severity: 'warning',
    severityNote: '合计、小计或总计为空而其组成已填写时为错误（无法核对）；组成项为空时为警告（按 0.00 计算仍可核对）。整列都未使用的资金来源列不报告。',
    title: '金额部分为空',
    titleEn: 'Some inputs of a sum are blank',
    why: '空格可能是 0，也可能是漏填；财政部门要求不涉及的金额填写 0.00。',
  },
  {
    id: 'amount-not-a-number',
    category: 'budget',
    severity: 'error',
    title: '金额单元格不是数字',
    titleEn: 'An amount cell holds text that is not a number',
    why: '无法读取的金额无法参与合计，表单无法通过审核。',
  },
  {
    id: 'amount-error-value',
    category: 'budget',
    severity: 'error',
    title: '金额单元格显示错误值',
    titleEn: 'An amount cell shows an Excel error value',
    why: '#REF!、#VALUE! 等错误值说明公式已经失效，金额不可信。',
  },
  {
    id: 'amount-negative',
    category: 'budget',
    severity: 'error',
    title: '金额为负数',
    titleEn: 'A negative amount',
    why: '预算金额不会为负，负数通常是误填的负号。',
  },
  {
    id: 'rate-mismatch',
    category: 'budget',
    severity: 'error',
    title: '执行率与执行数、预算数不符',
    titleEn: 'Execution rate differs from executed ÷ budget',
    why: '执行率是评价预算执行的核心指标，必须等于执行数除以预算数。',
  },
  {
    id: 'rate-out-of-range',
    category: 'budget',
    severity: 'warning',
    severityNote: '警告：超过 100% 的执行率在算术上可能成立，但说明超预算执行或填错，需要说明。',
    title: '执行率超出 0–100%',
    titleEn: 'Execution rate outside 0–100%',
    why: '执行数超过预算数或执行率为负，通常是填错了数值或格式。',
  },
  {
    id: 'formula-range',
    category: 'budget',
    severity: 'warning',
    severityNote: '警告：金额目前相符，但公式范围不对，以后修改时合计会出错；金额已不符时，公式问题写进“金额合计不符”的说明，不单独报告。',
    title: '合计公式的范围不对',
    titleEn: 'A total formula covers the wrong cells',
    why: '求和范围漏掉或多加了单元格，是合计出错最常见的原因。',
  },
  {
    id: 'score-exceeds-weight',
    category: 'budget',
    severity: 'error',
    title: '得分超过分值',
    titleEn: 'A score above its weight',
    why: '自评得分不能超过该项的分值，超过说明评分有误。',
  },
  {
    id: 'weights-not-100',
    category: 'budget',
    severity: 'warning',
    title: '分值合计不是 100 分',
    titleEn: 'Weights do not add up to 100',
    why: '自评表的分值合计为 100 分（预算执行 10 分，指标 90 分），否则总分无法比较。',
  },
  {
    id: 'score-total-mismatch',
    category: 'budget',
    severity: 'error',
    title: '总分与各项分值或得分之和不符',
    titleEn: 'The total row differs from the sum of weights or scores',
    why: '总分是自评的结论，必须等于预算执行与各项指标得分之和。',
  },
  {
    id: 'budget-score-mismatch',
    category: 'budget',
    severity: 'warning',
    severityNote: '警告：各地评分办法不尽相同，得分与“分值 × 执行率”不符时请核对或说明。',
    title: '预算执行得分与执行率不符',
    titleEn: 'Budget-execution score inconsistent with the rate',
    why: '预算执行得分按执行率计算，与执行率不符说明得分或执行率有误。',
  },
];

export const budgetRules: Rule[] = BUDGET_RULE_METAS.map((meta) =>
  defineRule(meta, ({ model, grid }) => budgetFindings(model, grid).filter((f) => f.rule === meta.id)),
);
