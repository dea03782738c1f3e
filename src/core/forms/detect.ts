// Which form is this sheet? Each layout has a title and a set of labels (domain.md §1); the layout
// with the strongest evidence wins, and a sheet with too little evidence is not a form.

import { SeedFormId as FormId } from '../model';
import { SheetScan } from './scan';

export interface Detection {
  form: FormId | null;
  scores: Record<FormId, number>;
  /** Labels that counted, for "not a form" messages and debugging. */
  evidence: string[];
}

interface Clue {
  test: (scan: SheetScan) => boolean;
  weight: number;
  label: string;
}

const has = (...labels: string[]) => (scan: SheetScan) => scan.has(...labels);
const matches = (re: RegExp) => (scan: SheetScan) => scan.some((k) => re.test(k));

const CLUES: Record<FormId, Clue[]> = {
  'dept-overall': [
    { test: matches(/部门整体预算绩效目标申报表/), weight: 4, label: '部门整体预算绩效目标申报表' },
    { test: has('预算整体情况'), weight: 2, label: '预算整体情况' },
    { test: has('总体绩效目标'), weight: 2, label: '总体绩效目标' },
    { test: has('年度重点工作任务'), weight: 2, label: '年度重点工作任务' },
    { test: has('部门预算支出'), weight: 1, label: '部门预算支出' },
    { test: has('收入来源'), weight: 1, label: '收入来源' },
    { test: matches(/^拟投入的资金/), weight: 1, label: '拟投入的资金' },
  ],
  'dept-overall-tasks': [
    { test: matches(/部门整体绩效目标(?!申报表)/), weight: 2, label: '部门整体绩效目标' },
    { test: has('本年度部门预算收入'), weight: 3, label: '本年度部门预算收入' },
    { test: has('年度目标'), weight: 1, label: '年度目标' },
    { test: matches(/^任务[0-9一二三四五六七八九十]+$/), weight: 2, label: '任务N' },
    { test: has('任务名称'), weight: 1, label: '任务名称' },
    { test: has('任务的绩效目标'), weight: 2, label: '任务的绩效目标' },
  ],
  'project-expenditure': [
    { test: matches(/项目支出绩效目标表/), weight: 4, label: '项目支出绩效目标表' },
    { test: matches(/^项目名称/), weight: 1, label: '项目名称' },
    { test: has('财政专户拨款'), weight: 2, label: '财政专户拨款' },
    { test: has('总计'), weight: 1, label: '总计' },
    { test: has('财政拨款'), weight: 1, label: '财政拨款' },
    { test: has('其他资金'), weight: 1, label: '其他资金' },
    { test: has('绩效目标'), weight: 1, label: '绩效目标' },
  ],
  'self-evaluation': [
    { test: matches(/自评/), weight: 3, label: '自评' },
    { test: matches(/^(全年|年初)?预算数/), weight: 2, label: '预算数' },
    { test: matches(/^(全年)?执行数/), weight: 2, label: '执行数' },
    { test: matches(/^(预算)?(执行率|完成率)/), weight: 1, label: '执行率' },
    { test: has('实际完成值'), weight: 2, label: '实际完成值' },
    { test: (s) => s.some((k) => k.length > 20 && /预算数[\d.,]+万元.*执行数/.test(k)), weight: 2, label: '预算数…执行数' },
  ],
};

/** Minimum evidence for a sheet to count as a form at all. */
const THRESHOLD = 4;

export function detectForm(scan: SheetScan): Detection {
  const scores = {} as Record<FormId, number>;
  const evidence: string[] = [];
  let best: FormId | null = null;
  for (const form of Object.keys(CLUES) as FormId[]) {
    let score = 0;
    for (const clue of CLUES[form]) {
      if (clue.test(scan)) {
        score += clue.weight;
        evidence.push(`${form}:${clue.label}`);
      }
    }
    scores[form] = score;
    if (score >= THRESHOLD && (best === null || score > scores[best])) best = form;
  }
  return { form: best, scores, evidence };
}
