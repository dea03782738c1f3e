// `extensions.hierarchy` of a profile: the word lists the hierarchy rules use to tell what kind of
// 三级 indicator a name describes. Validated with the profile (a typo in an organisation's file is
// reported when the file is loaded); a profile without it gets these defaults.

import { z } from 'zod';

export const hierarchyExtensionSchema = z.object({
  /** Words that make a 三级 a satisfaction indicator wherever it sits. */
  satisfactionWords: z.array(z.string()).default(['满意度', '满意率', '满意程度', '满意比例']),
  /** Name endings of a count or volume ("舆情日报数量", "宣讲报告会场数", "发稿量"). */
  countSuffixes: z
    .array(z.string())
    .default(['数量', '次数', '场次', '场数', '篇数', '期数', '人数', '个数', '件数', '条数', '户数', '册数', '家数', '项数', '发稿量', '报道量', '刊发量', '阅读量', '播放量', '浏览量', '下载量', '发布量', '征订量', '发行量']),
  /** Key of the 一级 that holds satisfaction indicators. */
  satisfactionLevel1: z.string().default('satisfaction'),
  /** Where counts belong. */
  countCategory: z.object({ level1: z.string(), level2: z.string() }).default({ level1: 'output', level2: 'quantity' }),
  /** Cell contents that mean "nothing here" rather than a name. */
  placeholders: z.array(z.string()).default(['-', '--', '—', '——', '－', '/', '／', '无', '暂无', '空']),
});
