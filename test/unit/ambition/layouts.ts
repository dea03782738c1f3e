// Self-evaluation and target-form layouts as grids, for the ambition and baseline tests: the 2020
// national 项目支出绩效自评表 template (layouts.md C) and a 预算管理一体化 export with 指标性质 /
// 度量单位 columns (layouts.md B). Seed 004's table comes from test/fixtures/catalog.ts.

import { ScalarValue } from '../../../src/core/grid/grid';
import { SheetSpec } from '../../fixtures/sheet-spec';

/** One 三级 row: category names (blank = carried down), name, target, result, and the extra columns. */
export interface Row {
  level1?: string;
  level2?: string;
  name: string;
  target: string;
  result: string;
  /** 指标性质 (一体化 only). */
  comparator?: string;
  /** 度量单位 (一体化 only). */
  unit?: string;
  weight?: number | string;
  score?: number | string;
  deviation?: string;
}

/**
 * The 2020 national template: 项目资金 block with 年初预算数 / 全年预算数 / 全年执行数 / 分值 / 执行率 /
 * 得分, 年度总体目标, then 一级 | 二级 | 三级 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施,
 * then 总分 and the closing rows. Indicator rows start at sheet row 14 (A1 row numbers).
 */
export function nationalSelfEvaluation(rows: Row[], title = '项目支出绩效自评表（2022年度）'): SheetSpec {
  const grid: ScalarValue[][] = [
    [title],
    ['项目名称', '社区文化活动补助', null, null, null, null, null, null, null],
    ['主管部门', '区委宣传部', null, null, '实施单位', '区文化馆', null, null, null],
    ['项目资金（万元）', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分', null],
    [null, '年度资金总额', 100, 100, 90, 10, '90%', 9, null],
    [null, '其中：当年财政拨款', 100, 100, 90, null, null, null, null],
    [null, '上年结转资金', 0, 0, 0, null, null, null, null],
    [null, '其他资金', 0, 0, 0, null, null, null, null],
    ['年度总体目标', '预期目标', null, null, null, '实际完成情况', null, null, null],
    [null, '开展社区文化活动，丰富群众文化生活。', null, null, null, '全年开展社区文化活动，群众参与踊跃。', null, null, null],
    ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
  ];
  for (const r of rows) grid.push([null, r.level1 ?? null, r.level2 ?? null, r.name, r.target, r.result, r.weight ?? null, r.score ?? null, r.deviation ?? null]);
  grid.push(['总分', null, null, null, null, null, 100, null, null]);
  grid.push(['评价结论', '良好', null, null, null, null, null, null, null]);
  grid.push(['项目负责人：张三', null, null, null, '财务负责人：李四', null, null, '填表人：王五', null]);
  return { name: '自评表', rows: grid, merges: ['A1:I1', 'A4:A8', 'A9:A10', `A11:A${10 + rows.length + 1}`], numFmts: {} };
}

/**
 * A 预算管理一体化 export: 报表编号 line, title, 项目 header fields, money block, then 一级 | 二级 | 三级 |
 * 指标性质 | 年度指标值 | 度量单位 | 实际完成值 | 分值 | 得分 | 偏差原因分析. Indicator rows start at sheet row 11.
 */
export function integratedSelfEvaluation(rows: Row[]): SheetSpec {
  const grid: ScalarValue[][] = [
    ['报表编号：440100-ZP-03', null, null, null, null, null, null, null, null, null],
    ['项目支出绩效自评表', null, null, null, null, null, null, null, null, null],
    ['项目名称', '道路养护', null, null, '预算单位', '区城市管理局', null, null, null, null],
    ['资金情况（万元）', '全年预算数', '全年执行数', '执行率', null, null, null, null, null, null],
    ['年度资金总额', 500, 480, '96%', null, null, null, null, null, null],
    ['其中：财政资金', 500, 480, '96%', null, null, null, null, null, null],
    ['年度总体目标完成情况', '完成全年养护任务', null, null, null, null, null, null, null, null],
    ['一级指标', '二级指标', '三级指标', '指标性质', '年度指标值', '度量单位', '实际完成值', '分值', '得分', '偏差原因分析'],
  ];
  for (const r of rows) grid.push([r.level1 ?? null, r.level2 ?? null, r.name, r.comparator ?? null, r.target, r.unit ?? null, r.result, r.weight ?? null, r.score ?? null, r.deviation ?? null]);
  grid.push(['合计', null, null, null, null, null, null, 100, null, null]);
  return { name: '自评表', rows: grid, merges: ['A2:J2'], numFmts: {} };
}

/** This year's target form: a 部门整体预算绩效目标申报表 with its indicator table (the baseline's other side). */
export function deptTargetForm(rows: Array<{ level1?: string; level2?: string; name: string; target: string; period?: string }>): SheetSpec {
  const grid: ScalarValue[][] = [
    ['部门整体预算绩效目标申报表（2023年度）', null, null, null, null, null],
    ['部门名称', '区文化馆', null, null, null, null],
    ['预算整体情况', '部门预算支出', '预算金额（万元）', '收入来源', '预算金额（万元）', null],
    [null, '基本支出', 20, '财政拨款', 120, null],
    [null, '项目支出', 100, '其他资金', 0, null],
    [null, '事业发展性支出', '预算金额（万元）', '按预算级次划分', '预算金额（万元）', null],
    [null, '财政专项资金', 0, '区本级使用资金', 120, null],
    [null, '其他事业发展性支出', 0, '拟用于对下转移支付资金', 0, null],
    ['总体绩效目标', '开展社区文化活动，丰富群众文化生活。', null, null, null, null],
    ['绩效指标', '一级指标', '二级指标', '三级指标', '实施周期指标值', '年度指标值'],
  ];
  for (const r of rows) grid.push([null, r.level1 ?? null, r.level2 ?? null, r.name, r.period ?? r.target, r.target]);
  return { name: '目标表', rows: grid, merges: ['A1:F1', 'A3:A8', `A10:A${10 + rows.length}`], numFmts: {} };
}
