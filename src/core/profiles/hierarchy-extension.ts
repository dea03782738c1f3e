// `extensions.hierarchy` of a profile: the word lists the hierarchy rules use to tell what kind of
// 三级 indicator a name describes. Validated with the profile (a typo in an organisation's file is
// reported when the file is loaded); a profile without it gets these defaults.

import { z } from 'zod';
import { HIERARCHY_DEFAULTS as D } from './hierarchy-defaults';

export const hierarchyExtensionSchema = z.object({
  /** Words that make a 三级 a satisfaction indicator wherever it sits. */
  satisfactionWords: z.array(z.string()).default(D.satisfactionWords),
  /** Name endings of a count or volume ("舆情日报数量", "宣讲报告会场数", "发稿量"). */
  countSuffixes: z.array(z.string()).default(D.countSuffixes),
  /** Key of the 一级 that holds satisfaction indicators. */
  satisfactionLevel1: z.string().default(D.satisfactionLevel1),
  /** Where counts belong. */
  countCategory: z.object({ level1: z.string(), level2: z.string() }).default(D.countCategory),
  /** Cell contents that mean "nothing here" rather than a name. */
  placeholders: z.array(z.string()).default(D.placeholders),
});
