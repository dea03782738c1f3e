// Held-out check: typical indicators from other kinds of projects (training, culture venues,
// roads, IT systems, agriculture), written and labelled by hand before the judge was run on them.
// The seed table measures what the judge was built on; this one estimates how it generalises.
// Same criteria as labelled-seed-indicators.ts.

import { Verdict } from './labelled-seed-indicators';

export interface HeldOut {
  level1: string;
  level2: string;
  name: string;
  annual: string;
  verdict: Verdict;
}

const O = '产出指标', B = '效益指标', S = '满意度指标';
const row = (level1: string, level2: string, name: string, annual: string, verdict: Verdict): HeldOut => ({ level1, level2, name, annual, verdict });

export const HELD_OUT: HeldOut[] = [
  row(O, '数量指标', '培训人次', '≥500人次', 'measurable'),
  row(O, '数量指标', '新建村级文化室数量', '12个', 'measurable'),
  row(O, '时效指标', '资金拨付及时率', '100%', 'measurable'),
  row(O, '时效指标', '项目完工时间', '2024年11月30日前', 'measurable'),
  row(O, '成本指标', '设备采购成本', '≤45万元', 'measurable'),
  row(O, '成本指标', '人均培训成本', '不高于800元/人', 'measurable'),
  row(S, '服务对象满意度指标', '服务对象满意度', '≥90%', 'measurable'),
  row(S, '服务对象满意度指标', '群众满意度', '满意度调查满意率≥85%', 'measurable'),
  row(O, '质量指标', '验收合格率', '100%', 'measurable'),
  row(O, '时效指标', '道路病害处置时限', '接报后48小时内处置完毕', 'measurable'),
  row(O, '质量指标', '网站安全事故发生次数', '0次', 'measurable'),
  row(O, '质量指标', '群众投诉率', '≤1%', 'measurable'),
  row(O, '数量指标', '参与企业数量', '不少于30家', 'measurable'),
  row(O, '数量指标', '宣传品发放数量', '5000份', 'measurable'),
  row(O, '数量指标', '活动举办场次', '每季度不少于2场', 'measurable'),
  row(B, '社会效益指标', '就业率', '较上年提高2个百分点', 'measurable'),
  row(B, '经济效益指标', '游客接待量', '同比增长5%', 'measurable'),
  row(B, '生态效益指标', '绿化覆盖率', '≥40%', 'measurable'),
  row(O, '成本指标', '年度预算执行率', '≥95%', 'measurable'),
  row(O, '成本指标', '单位采购价格', '不高于省级集中采购价', 'measurable'),
  row(B, '生态效益指标', '农药使用量', '较上年减少3%', 'measurable'),
  row(O, '数量指标', '政务信息报送篇数', '不少于120篇', 'measurable'),
  row(O, '质量指标', '系统可用率', '≥99.9%', 'measurable'),
  row(O, '质量指标', '举报线索处理率', '100%', 'measurable'),
  row(O, '时效指标', '监测报告按时提交', '每月5日前提交上月报告', 'measurable'),
  row(O, '数量指标', '文艺演出场次', '36场', 'measurable'),
  row(B, '社会效益指标', '受益群众人数', '约2万人', 'measurable'),
  row(O, '质量指标', '平均等待时间', '≤15分钟', 'measurable'),
  row(O, '质量指标', '工程质量', '达到国家验收标准', 'measurable'),
  row(B, '社会效益指标', '图书借阅量', '年增长10%', 'measurable'),
  row(O, '成本指标', '项目成本', '控制在预算范围内', 'measurable'),
  row(O, '时效指标', '完成时间', '年底前', 'measurable'),
  row(B, '社会效益指标', '宣传覆盖面', '较上年有所扩大', 'weak'),
  row(O, '质量指标', '场馆建设', '建成并投入使用', 'weak'),
  row(O, '质量指标', '检测合格', '符合相关规范要求', 'weak'),
  row(O, '数量指标', '完成情况', '100%', 'weak'),
  // Issue 13: the name's 次数 gives "12" its unit (12次), as "抽验批次 ≥3" does: measurable, not weak.
  row(O, '数量指标', '活动次数', '12', 'measurable'),
  row(B, '社会效益指标', '群众知晓度', '≥80%', 'weak'),
  row(O, '时效指标', '宣传时效', '100%', 'weak'),
  row(B, '社会效益指标', '社会效益', '社会效益明显', 'vague'),
  row(O, '质量指标', '服务质量', '进一步提高', 'vague'),
  row(O, '质量指标', '工作效率', '有所提升', 'vague'),
  row(B, '社会效益指标', '群众获得感', '持续增强', 'vague'),
  row(O, '时效指标', '项目进度', '按计划推进', 'vague'),
  row(B, '生态效益指标', '环境改善情况', '生态环境得到改善', 'vague'),
  row(B, '可持续影响指标', '长效机制', '建立健全长效管理机制', 'vague'),
  row(S, '服务对象满意度指标', '满意度', '较高', 'vague'),
  row(B, '社会效益指标', '品牌影响力提升程度', '≥95%', 'vague'),
  row(S, '服务对象满意度指标', '服务对象满意度', '95', 'vague'),
  row(O, '数量指标', '宣传报道', '按要求完成', 'vague'),
  row(O, '时效指标', '应急处置', '及时处置', 'vague'),
  row(B, '经济效益指标', '经济效益', '带动区域经济发展', 'vague'),
  row(B, '可持续影响指标', '可持续影响', '项目长期发挥效益', 'vague'),
  row(O, '质量指标', '数字化水平', '显著提升', 'vague'),
  row(B, '社会效益指标', '文化惠民', '丰富群众精神文化生活，提升群众文化获得感和幸福感', 'vague'),
  row(B, '社会效益指标', '活动覆盖人群', '覆盖面广', 'vague'),
  row(O, '质量指标', '信息公开', '按规定公开', 'vague'),
  row(O, '质量指标', '培训效果', '良好', 'vague'),
  row(O, '成本指标', '资金使用', '合理使用', 'vague'),
  row(O, '数量指标', '宣传栏目', '宣传栏目数量', 'vague'),
];
