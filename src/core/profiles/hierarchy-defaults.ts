// Defaults of `extensions.hierarchy` (schema in hierarchy-extension.ts), kept apart from zod so the
// rules read them without loading it.

export interface HierarchyWords {
  /** Words that make a 三级 a satisfaction indicator wherever it sits. */
  satisfactionWords: string[];
  /** Name endings of a count or volume ("舆情日报数量", "宣讲报告会场数", "发稿量"). */
  countSuffixes: string[];
  /** Key of the 一级 that holds satisfaction indicators. */
  satisfactionLevel1: string;
  /** Where counts belong. */
  countCategory: { level1: string; level2: string };
  /** Cell contents that mean "nothing here" rather than a name. */
  placeholders: string[];
}

export const HIERARCHY_DEFAULTS: HierarchyWords = {
  satisfactionWords: ['满意度', '满意率', '满意程度', '满意比例'],
  countSuffixes: ['数量', '次数', '场次', '场数', '篇数', '期数', '人数', '个数', '件数', '条数', '户数', '册数', '家数', '项数', '发稿量', '报道量', '刊发量', '阅读量', '播放量', '浏览量', '下载量', '发布量', '征订量', '发行量'],
  satisfactionLevel1: 'satisfaction',
  countCategory: { level1: 'output', level2: 'quantity' },
  placeholders: ['-', '--', '—', '——', '－', '/', '／', '无', '暂无', '空'],
};

/** What the schema's defaults make of a (valid) extension: absent keys take the defaults. */
export function withHierarchyDefaults(ext: Partial<HierarchyWords> | undefined): HierarchyWords {
  const out = { ...HIERARCHY_DEFAULTS };
  for (const [k, v] of Object.entries(ext ?? {})) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}
