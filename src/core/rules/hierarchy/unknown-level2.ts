// 二级 cells that name no single 二级 of the profile: typos, blanks and "-", several categories
// bundled into one label (seed 001: "数量、质量、时效、成本方面的指标"), or the 一级 name repeated.

import { Level1 } from '../../profiles';
import { defineRule, FindingInput, RuleContext } from '../types';
import { analyseTree, categoryCell, groupBy, groupKey, hasContent, itemLabel, nameCells, ResolvedIndicator, uniq } from './resolve';
import { matchName, namedCategories, nearestCategory } from './suggest';
import { level2Options, mainLevel2, option, profileName, quotedRun, writeAs } from './describe';
import { list, msg, quote } from '../../i18n/text';
import { isCountName } from './wording';

export const unknownLevel2 = defineRule(
  {
    id: 'unknown-level2',
    category: 'hierarchy',
    severity: 'error',
    severityNote: '二级指标名称不在所选指标体系中、合并了多个类别，或未填写，均为错误。',
    title: '二级指标名称不规范',
    titleEn: 'Unknown, bundled or missing level-2 category',
    why: '二级指标决定三级指标按数量、质量、时效、成本等类别审核；名称不规范或几类混填时无法逐类核对。',
    whyEn: 'The level-2 category decides how each level-3 indicator is reviewed (quantity, quality, timeliness, cost…); with a nonstandard name or several categories in one, they cannot be checked category by category.',
  },
  (ctx) => {
    const { tables } = analyseTree(ctx);
    const out: FindingInput[] = [];
    for (const { table, rows } of tables) {
      if (table.source === 'table' && table.columns.level2 === undefined) continue;
      const candidates = rows.filter((r) => r.l2Blank || !r.l2Name || (r.l2Name.level === 1 && r.l1Name?.level === 1 && r.l2Name.level1.key === r.l1Name.level1.key));
      for (const group of groupBy(candidates, (r) => groupKey(r, 2))) {
        const f = describe(group, ctx);
        if (f) out.push(f);
      }
    }
    return out;
  },
);

function describe(group: ResolvedIndicator[], ctx: RuleContext): FindingInput | undefined {
  const r = group[0];
  const profile = ctx.categories.profile;
  const pname = profileName(profile);
  const cell = categoryCell(r, 2);
  const cells = uniq([cell, ...nameCells(group)]);
  const item = itemLabel(r);
  const own: Level1 | undefined = r.l1Name?.level === 1 ? r.l1Name.level1 : r.level1;
  const under = own ? msg('hierarchy.level2.under', { level1: quote(own.name), options: level2Options(own) }) : msg('hierarchy.level2.any');

  if (r.l2Blank) {
    // A row with a category and nothing else is an empty category, reported by completeness.
    if (!group.some(hasContent)) return undefined;
    const shown = r.ind.level2 && r.ind.level2.text.trim() ? msg('hierarchy.level2.blank-shown', { text: quote(r.ind.level2.text.trim()) }) : '';
    const guess = own ? guessFromNames(group, own, ctx) : undefined;
    return {
      cell,
      cells,
      message: msg('hierarchy.level2.blank', { item, shown, under, guess: guess ? msg('hierarchy.level2.blank-guess', { name: quote(guess) }) : '' }),
      ...(guess ? { suggestion: writeAs(guess) } : {}),
    };
  }

  const text = r.ind.level2!.text;
  if (r.l2Name?.level === 1) {
    const l2 = mainLevel2(r.l2Name.level1);
    return {
      cell,
      cells,
      message: msg('hierarchy.level2.is-level1', { item, text: quote(text), under }),
      suggestion: writeAs(l2.name),
    };
  }

  const bundle = namedCategories(text, ctx.categories, own?.key);
  const parts = [...bundle.level2.map((m) => m.level2.name), ...bundle.level1.map((l1) => l1.name)];
  if (parts.length >= 2) {
    const separate = bundle.level1.map((l1) => l1.name);
    const ownLevel1 = separate.length ? msg('hierarchy.level2.bundle-own-level1', { names: quotedRun(separate), profile: pname }) : '';
    return {
      cell,
      cells,
      message: msg('hierarchy.level2.bundle', { item, text: quote(text), count: parts.length, names: quotedRun(bundle.level2.map((m) => m.level2.name)), ownLevel1 }),
      suggestion: msg('hierarchy.level2.bundle.suggestion', { parts: list(parts.map((p) => option(p))) }),
    };
  }
  if (bundle.level2.length === 1) {
    const name = bundle.level2[0].level2.name;
    return { cell, cells, message: msg('hierarchy.level2.near', { item, text: quote(text), profile: pname, name: quote(name) }), suggestion: writeAs(name) };
  }
  if (r.l2Code?.level === 2) {
    const name = r.l2Code.level2.name;
    return { cell, cells, message: msg('hierarchy.level2.by-code', { item, text: quote(text), profile: pname, code: `${r.ind.level2!.code}`, name: quote(name) }), suggestion: writeAs(name) };
  }
  const near = nearestCategory(text, ctx.categories, 2, own?.key);
  if (near) {
    const name = matchName(near.match);
    return { cell, cells, message: msg('hierarchy.level2.near', { item, text: quote(text), profile: pname, name: quote(name) }), suggestion: writeAs(name) };
  }
  return { cell, cells, message: msg('hierarchy.level2.unknown', { item, text: quote(text), profile: pname, under }) };
}

/** When every 三级 of the group is a count, the 二级 is evidently the count category. */
function guessFromNames(group: ResolvedIndicator[], own: Level1, ctx: RuleContext): string | undefined {
  const { words } = analyseTree(ctx);
  const named = group.filter((g) => g.hasName);
  if (named.length === 0 || !named.every((g) => isCountName(g.ind.name!.text, words))) return undefined;
  if (own.key !== words.countCategory.level1) return undefined;
  return own.level2.find((l2) => l2.key === words.countCategory.level2)?.name;
}
