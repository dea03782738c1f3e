// Last year's indicators paired with this year's: by normalised 三级 name within the same 二级
// category, then — for what is left — by name alone when it is unique on both sides (a category
// renamed or moved). Pure: two form models in, the pairs and the leftovers out.

import { FormModel, Indicator, IndicatorTable } from '../model';
import { CategoryIndex, stripCategoryScore } from '../profiles';
import { hasPlaceholder } from '../templates/placeholder';
import { nfkc, normalizeLabel } from '../parse/text';

export interface IndicatorRef {
  table: IndicatorTable;
  indicator: Indicator;
  /** The 二级 category as a key (the profile's key when the name is known), or the 一级 when no 二级. */
  categoryKey: string;
  /** The category as written, for messages. */
  categoryName: string;
  nameKey: string;
}

export interface IndicatorPair {
  current: IndicatorRef;
  previous: IndicatorRef;
  /** 'category': same 二级 and name; 'name': same name, another category (worth a look). */
  by: 'category' | 'name';
}

export interface BaselineMatch {
  pairs: IndicatorPair[];
  /** Last year's indicators with no partner this year. */
  dropped: IndicatorRef[];
  /** This year's indicators with no partner last year. */
  added: IndicatorRef[];
}

/**
 * A 三级 name as a key: half-width, lower case, no years ("2022年度"), no quotes, brackets, spaces or
 * punctuation, no trailing 指标: "“学习强国”全国平台刊发量" and "学习强国全国平台刊发量" are one indicator.
 */
export function indicatorNameKey(name: string): string {
  return nfkc(name)
    .toLowerCase()
    .replace(/(?:19|20)\d{2}\s*年度?/g, '')
    .replace(/[^\p{L}\p{N}]/gu, '')
    .replace(/指标$/, '');
}

function categoryOf(ind: Indicator, categories: CategoryIndex | undefined): { key: string; name: string } {
  const cell = ind.level2 ?? ind.level1;
  if (!cell || !cell.text.trim()) return { key: '', name: '' };
  const text = stripCategoryScore(cell.text);
  const match = categories?.match(text);
  if (match) return { key: match.level === 2 ? `2:${match.level2.key}` : `1:${match.level1.key}`, name: text };
  return { key: `?:${normalizeLabel(text).replace(/指标$/, '')}`, name: text };
}

export function indicatorRefs(model: FormModel, categories?: CategoryIndex): IndicatorRef[] {
  const out: IndicatorRef[] = [];
  for (const table of model.tables) {
    for (const indicator of table.indicators) {
      const name = indicator.name?.text.trim();
      if (!name || hasPlaceholder(name)) continue;
      const nameKey = indicatorNameKey(name);
      if (!nameKey) continue;
      const c = categoryOf(indicator, categories);
      out.push({ table, indicator, categoryKey: c.key, categoryName: c.name, nameKey });
    }
  }
  return out;
}

export function matchIndicators(current: FormModel, previous: FormModel, categories?: CategoryIndex): BaselineMatch {
  const now = indicatorRefs(current, categories);
  const before = indicatorRefs(previous, categories);
  const used = new Set<IndicatorRef>();
  const pairs: IndicatorPair[] = [];
  const byKey = new Map<string, IndicatorRef[]>();
  for (const r of now) {
    const k = `${r.categoryKey}|${r.nameKey}`;
    const list = byKey.get(k);
    if (list) list.push(r);
    else byKey.set(k, [r]);
  }
  const left: IndicatorRef[] = [];
  for (const p of before) {
    const candidates = (byKey.get(`${p.categoryKey}|${p.nameKey}`) ?? []).filter((c) => !used.has(c));
    // Repeated names (one per project table) pair within the same owner first, then in order.
    const partner = candidates.find((c) => sameOwner(c.table, p.table)) ?? candidates[0];
    if (partner) {
      used.add(partner);
      pairs.push({ current: partner, previous: p, by: 'category' });
    } else left.push(p);
  }
  const dropped: IndicatorRef[] = [];
  const unpairedNow = now.filter((r) => !used.has(r));
  for (const p of left) {
    const sameName = unpairedNow.filter((c) => c.nameKey === p.nameKey && !used.has(c));
    const twins = left.filter((x) => x.nameKey === p.nameKey);
    if (sameName.length === 1 && twins.length === 1) {
      used.add(sameName[0]);
      pairs.push({ current: sameName[0], previous: p, by: 'name' });
    } else dropped.push(p);
  }
  return { pairs, dropped, added: now.filter((r) => !used.has(r)) };
}

function sameOwner(a: IndicatorTable, b: IndicatorTable): boolean {
  return indicatorNameKey(a.owner) === indicatorNameKey(b.owner);
}
