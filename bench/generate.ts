// Generated forms for benchmarks and stress tests: a 部门整体预算绩效目标申报表 with any number of
// indicator rows, cycling through every category with measurable targets.

import { GridData, ScalarValue } from '../src/core/grid/grid';

const CATEGORIES: Array<[string, string, string, string]> = [
  ['产出指标', '数量指标', '培训场次', '≥12场'],
  ['产出指标', '质量指标', '验收合格率', '≥95%'],
  ['产出指标', '时效指标', '按时完成率', '100%'],
  ['产出指标', '成本指标', '成本控制率', '≤100%'],
  ['效益指标', '社会效益指标', '受益人数', '≥2000人次'],
  ['效益指标', '可持续影响指标', '制度建立数量', '≥2项'],
  ['满意度指标', '服务对象满意度指标', '服务对象满意度', '≥90%'],
];

/** `salt` makes every name new, for measuring a first check with cold caches. */
export function generatedForm(indicatorRows: number, salt = ''): GridData {
  const values: ScalarValue[][] = [
    ['部门整体预算绩效目标申报表'],
    [],
    ['部门名称', '广州市某区某局'],
    ['预算整体情况', '部门预算支出', '预算金额（万元）', '收入来源', '预算金额（万元）'],
    [null, '基本支出', 1000, '财政拨款', 1500],
    [null, '项目支出', 400, '其他资金', 0],
    [null, '事业发展性支出', '预算金额（万元）', '按预算级次划分', '预算金额（万元）'],
    [null, '财政专项资金', 0, '区本级使用资金', 1500],
    [null, '其他事业发展性支出', 100, '拟用于对下转移支付资金', 0],
    ['总体绩效目标', '完成年度各项工作任务。'],
    ['年度重点工作任务', '名称', '主要实施内容', '拟投入的资金（万元）', '期望达到的目标（概述）'],
    [null, '重点任务一', '开展培训与宣传', 300, '全年培训不少于12场'],
    [],
    ['绩效指标', '一级指标', '二级指标', '三级指标', '实施周期指标值', '年度指标值'],
  ];
  const per = Math.ceil(indicatorRows / CATEGORIES.length);
  for (const [l1, l2, name, target] of CATEGORIES) {
    for (let i = 0; i < per && values.length - 14 < indicatorRows; i++) {
      values.push([null, i === 0 && (l2 === '数量指标' || l2 === '社会效益指标' || l2 === '服务对象满意度指标') ? l1 : null, i === 0 ? l2 : null, `${name}${salt}${i + 1}`, target, target]);
    }
  }
  return { name: `generated-${indicatorRows}`, values };
}
