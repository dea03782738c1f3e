// Word lists that tell what kind of 三级 indicator a name describes. They are data owned by the
// hierarchy family (profile.extensions.hierarchy, schema in profiles/hierarchy-extension.ts), so an
// organisation can tune them.

import type { Profile } from '../../profiles';
import { extensionValidators } from '../../extensions';
import { HierarchyWords, HIERARCHY_DEFAULTS, withHierarchyDefaults } from '../../profiles/hierarchy-defaults';
import { mayChangeUnderNfkc, nfkcOnly, normalizeLabel } from '../../parse/text';

export type { HierarchyWords };

const cache = new WeakMap<Profile, HierarchyWords>();

/** The word lists normalised once, not once per indicator (these checks run for every 三级 row). */
interface NormalisedWords {
  placeholders: Set<string>;
  satisfaction: string[];
  countSuffixes: string[];
}
const normalised = new WeakMap<HierarchyWords, NormalisedWords>();

function normalisedWords(words: HierarchyWords): NormalisedWords {
  let n = normalised.get(words);
  if (!n) {
    n = {
      placeholders: new Set(words.placeholders.map((p) => p.normalize('NFKC'))),
      satisfaction: words.satisfactionWords.map(normalizeLabel),
      countSuffixes: words.countSuffixes.map(normalizeLabel),
    };
    normalised.set(words, n);
  }
  return n;
}

/** The hierarchy word lists of a profile (parsed profiles are already validated; a profile built in code with a malformed extension gets the defaults). */
export function hierarchyWords(profile: Profile): HierarchyWords {
  let words = cache.get(profile);
  if (!words) {
    const raw = profile.extensions.hierarchy ?? {};
    const validate = extensionValidators.hierarchy;
    if (validate) {
      const parsed = validate(raw);
      words = parsed.success ? (parsed.data as HierarchyWords) : withHierarchyDefaults(HIERARCHY_DEFAULTS);
    } else {
      words = withHierarchyDefaults(raw as Partial<HierarchyWords>);
    }
    cache.set(profile, words);
  }
  return words;
}

const HAS_SPACE = /\s/;

// Answers by text, per word list: every 三级 row asks for its 一级, 二级, name, values and details.
const placeholderAnswers = new WeakMap<HierarchyWords, Map<string, boolean>>();

export function isPlaceholder(text: string | undefined | null, words: HierarchyWords): boolean {
  if (text === undefined || text === null) return true;
  // Most texts are already in normal form with no space to remove: answered from the short word
  // list itself, keeping the answers map (as large as the form) out of the way of every row.
  if (!HAS_SPACE.test(text) && !mayChangeUnderNfkc(text)) return text === '' || normalisedWords(words).placeholders.has(text);
  let answers = placeholderAnswers.get(words);
  if (!answers) placeholderAnswers.set(words, (answers = new Map()));
  let answer = answers.get(text);
  if (answer === undefined) {
    const raw = nfkcOnly(text).replace(/\s+/g, '');
    answer = raw === '' || normalisedWords(words).placeholders.has(raw);
    if (answers.size >= 50_000) answers.clear();
    answers.set(text, answer);
  }
  return answer;
}

export function isSatisfactionName(name: string, words: HierarchyWords): boolean {
  const key = normalizeLabel(name);
  for (const w of normalisedWords(words).satisfaction) if (key.includes(w)) return true;
  return false;
}

/** A count or a volume: the name ends with a count word (ignoring a bracketed unit). */
export function isCountName(name: string, words: HierarchyWords): boolean {
  if (isSatisfactionName(name, words)) return false;
  const key = normalizeLabel(name).replace(/\([^)]*\)$/, '');
  return normalisedWords(words).countSuffixes.some((s) => key.endsWith(s));
}
