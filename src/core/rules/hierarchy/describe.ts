// Chinese phrases shared by the hierarchy and completeness messages.

import { CategoryMatch, Level1, Profile } from '../../profiles';
import { matchName, orList } from './suggest';
import { ResolvedIndicator } from './resolve';
import { normalizeLabel } from '../../parse/text';

/** “服务满意度指标” or “服务满意度指标”（即“服务对象满意度指标”） when the user wrote a synonym. */
export function written(text: string, match?: CategoryMatch): string {
  if (!match) return `“${text}”`;
  const canonical = matchName(match);
  return normalizeLabel(text) === normalizeLabel(canonical) ? `“${text}”` : `“${text}”（即“${canonical}”）`;
}

/** The 二级 a 一级 offers, as "数量指标、质量指标、时效指标或成本指标". */
export function level2Options(l1: Level1): string {
  return orList(l1.level2.map((l2) => l2.name));
}

/** The 二级 a 一级 contains, as "经济成本指标、社会成本指标和生态环境成本指标". */
export function level2List(l1: Level1): string {
  const names = l1.level2.map((l2) => l2.name);
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join('、')}和${names[names.length - 1]}`;
}

export function level1Options(profile: Profile): string {
  return orList(profile.level1.map((l1) => l1.name));
}

/** "产出指标—数量指标", as the user wrote it, for "placed under …". */
export function writtenPlacement(r: ResolvedIndicator): string {
  const parts = [r.ind.level1?.text, r.ind.level2?.text].filter((t): t is string => !!t && t.trim() !== '');
  return parts.length ? `“${parts.join('—')}”` : '未填写类别的位置';
}

/** "“满意度指标—服务对象满意度指标”" */
export function canonicalPlacement(l1: Level1, l2Key?: string): string {
  const l2 = l2Key ? l1.level2.find((x) => x.key === l2Key) : undefined;
  return l2 ? `“${l1.name}—${l2.name}”` : `“${l1.name}”`;
}

/** The preferred 二级 of a 一级: the first required one, else the first. */
export function mainLevel2(l1: Level1) {
  return l1.level2.find((l2) => l2.requirement === 'required') ?? l1.level2[0];
}

/** Packed-text prefix for a category: "3-满意度指标；31-服务对象满意度指标". */
export function packedPrefix(l1: Level1, l2Key?: string): string {
  const l2 = l2Key ? l1.level2.find((x) => x.key === l2Key) : mainLevel2(l1);
  const c = (code: string | undefined, name: string) => (code ? `${code}-${name}` : name);
  return l2 ? `${c(l1.code, l1.name)}；${c(l2.code, l2.name)}` : c(l1.code, l1.name);
}

