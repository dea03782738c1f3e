// Phrases shared by the hierarchy and completeness messages, as catalogue parameters (ids in
// ./catalogue.ts): category names are the profile's words and stay quoted as they are; the joins
// ("、…或…", "（即…）") are the engine's and change with the language.

import { CategoryMatch, Level1, Profile } from '../../profiles';
import { list, Msg, msg, Pair, Param, quote, Quoted } from '../../i18n/text';
import { matchName } from './suggest';
import { ResolvedIndicator } from './resolve';
import { normalizeLabel } from '../../parse/text';

/** “name”: a category or cell text in quotes (the quotes are the engine's, the text the form's). */
export function quoted(name: string): Param {
  return msg('hierarchy.quoted', { name: quote(name) });
}

/** Quoted names one after another: “数量指标”“质量指标”. */
export function quotedRun(names: string[]): Param {
  return list(names.map(quoted), 'concat');
}

/** A category name in a list of choices: bare in Chinese (“a、b或c”), quoted in English. */
export function option(name: string): Msg {
  return msg('hierarchy.option', { name: quote(name) });
}

/** "a、b或c" (en "a, b or c"). */
export function orList(items: Param[]): Param {
  if (items.length <= 1) return items[0] ?? '';
  return msg('hierarchy.or', { items: list(items.slice(0, -1)), last: items[items.length - 1] });
}

/** "a、b和c" (en "a, b and c"). */
export function andList(items: Param[]): Param {
  if (items.length <= 1) return items[0] ?? '';
  return msg('hierarchy.and', { items: list(items.slice(0, -1)), last: items[items.length - 1] });
}

/** The profile's name in the language of the message; an organisation's profile without an English name is its own words. */
export function profileName(profile: Profile): Pair | Quoted {
  return profile.nameEn ? { zh: profile.name, en: profile.nameEn } : quote(profile.name);
}

/** “服务满意度指标” or “服务满意度指标”（即“服务对象满意度指标”） when the user wrote a synonym. */
export function written(text: string, match?: CategoryMatch): Param {
  if (!match) return quoted(text);
  const canonical = matchName(match);
  return normalizeLabel(text) === normalizeLabel(canonical) ? quoted(text) : msg('hierarchy.written-synonym', { text: quote(text), canonical: quote(canonical) });
}

/** The 二级 a 一级 offers, as "数量指标、质量指标、时效指标或成本指标". */
export function level2Options(l1: Level1): Param {
  return orList(l1.level2.map((l2) => option(l2.name)));
}

/** The 二级 a 一级 contains, as "经济成本指标、社会成本指标和生态环境成本指标". */
export function level2List(l1: Level1): Param {
  return andList(l1.level2.map((l2) => option(l2.name)));
}

export function level1Options(profile: Profile): Param {
  return orList(profile.level1.map((l1) => option(l1.name)));
}

/** "产出指标—数量指标", as the user wrote it, for "placed under …". */
export function writtenPlacement(r: ResolvedIndicator): Param {
  const parts = [r.ind.level1?.text, r.ind.level2?.text].filter((t): t is string => !!t && t.trim() !== '');
  return parts.length ? quoted(parts.join('—')) : msg('hierarchy.placement.blank');
}

/** "“满意度指标—服务对象满意度指标”" */
export function canonicalPlacement(l1: Level1, l2Key?: string): Param {
  const l2 = l2Key ? l1.level2.find((x) => x.key === l2Key) : undefined;
  return l2 ? quoted(`${l1.name}—${l2.name}`) : quoted(l1.name);
}

/** The preferred 二级 of a 一级: the first required one, else the first. */
export function mainLevel2(l1: Level1) {
  return l1.level2.find((l2) => l2.requirement === 'required') ?? l1.level2[0];
}

/** A name to write into the form, as a suggestion (the same text in every language). */
export function writeAs(text: string): Msg {
  return msg('hierarchy.write', { text: quote(text) });
}

/** Packed-text prefix for a category: "3-满意度指标；31-服务对象满意度指标" (text for the form). */
export function packedPrefix(l1: Level1, l2Key?: string): string {
  const l2 = l2Key ? l1.level2.find((x) => x.key === l2Key) : mainLevel2(l1);
  const c = (code: string | undefined, name: string) => (code ? `${code}-${name}` : name);
  return l2 ? `${c(l1.code, l1.name)}；${c(l2.code, l2.name)}` : c(l1.code, l1.name);
}
