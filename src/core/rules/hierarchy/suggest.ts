// Nearest-name suggestions and "bundled" category labels, by plain string similarity over the
// profile's names and synonyms (no dictionaries: the profile is the vocabulary).

import { CategoryIndex, CategoryMatch, Level1 } from '../../profiles';
import { normalizeLabel } from '../../parse/text';

/** A label as a comparable key: normalised, without a code prefix or the trailing 指标. */
export function bareKey(text: string): string {
  return normalizeLabel(text)
    .replace(/^\d+[-.、]/, '')
    .replace(/(方面|类)?的?指标$/, '')
    .replace(/等$/, '');
}

export function levenshtein(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[y.length];
}

/** Shared characters (as multisets) over total length: robust to inserted words like 对象. */
function dice(a: string, b: string): number {
  const counts = new Map<string, number>();
  for (const ch of a) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let shared = 0;
  for (const ch of b) {
    const n = counts.get(ch) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(ch, n - 1);
    }
  }
  const total = [...a].length + [...b].length;
  return total === 0 ? 0 : (2 * shared) / total;
}

export function similarity(a: string, b: string): number {
  const ka = bareKey(a);
  const kb = bareKey(b);
  if (!ka || !kb) return 0;
  const len = Math.max([...ka].length, [...kb].length);
  return (1 - levenshtein(ka, kb) / len + dice(ka, kb)) / 2;
}

export interface NameSuggestion {
  match: CategoryMatch;
  score: number;
}

/** Display name of a match: the canonical 一级 or 二级 name. */
export function matchName(m: CategoryMatch): string {
  return m.level === 1 ? m.level1.name : m.level2.name;
}

/**
 * The closest category of the wanted level, or undefined when nothing is close enough to be a
 * plausible typo. `preferLevel1Key` breaks ties towards the 二级 of the row's own 一级.
 */
export function nearestCategory(text: string, index: CategoryIndex, level: 1 | 2, preferLevel1Key?: string, threshold = 0.5): NameSuggestion | undefined {
  let best: NameSuggestion | undefined;
  for (const s of index.spellings()) {
    if (s.match.level !== level) continue;
    let score = similarity(text, s.text);
    if (preferLevel1Key && s.match.level1.key === preferLevel1Key) score += 0.01;
    if (!best || score > best.score) best = { match: s.match, score };
  }
  return best && best.score >= threshold ? best : undefined;
}

export interface Bundle {
  /** The 二级 categories the label names, in profile order. */
  level2: Array<Extract<CategoryMatch, { level: 2 }>>;
  /** 一级 categories the label names besides those (e.g. 成本 where 成本 is its own 一级). */
  level1: Level1[];
}

/**
 * The categories a label names by their short names ("数量、质量、时效、成本方面的指标" names four
 * 二级). Longer spellings are matched first and removed, so "社会效益" does not also count as 效益.
 */
export function namedCategories(text: string, index: CategoryIndex, ownLevel1Key?: string): Bundle {
  let rest = normalizeLabel(text);
  const found2 = new Map<string, Extract<CategoryMatch, { level: 2 }>>();
  const found1 = new Map<string, Level1>();
  const spellings = index
    .spellings()
    .map((s) => ({ ...s, key: bareKey(s.text) }))
    .filter((s) => s.key.length >= 2)
    .sort((a, b) => b.key.length - a.key.length);
  for (const s of spellings.filter((x) => x.match.level === 2)) {
    if (!rest.includes(s.key)) continue;
    rest = rest.split(s.key).join('|');
    if (s.match.level === 2) found2.set(s.match.level2.key, s.match);
  }
  for (const s of spellings.filter((x) => x.match.level === 1)) {
    if (!rest.includes(s.key)) continue;
    rest = rest.split(s.key).join('|');
    if (s.match.level1.key !== ownLevel1Key) found1.set(s.match.level1.key, s.match.level1);
  }
  const order = new Map<string, number>();
  index.profile.level1.forEach((l1, i) => {
    order.set(l1.key, i * 100);
    l1.level2.forEach((l2, j) => order.set(l2.key, i * 100 + j + 1));
  });
  return {
    level2: [...found2.values()].sort((a, b) => order.get(a.level2.key)! - order.get(b.level2.key)!),
    level1: [...found1.values()].sort((a, b) => order.get(a.key)! - order.get(b.key)!),
  };
}
