// Shipped profiles and category matching. The zod schema (schema.ts) and the parsing of an
// organisation's own file (parse.ts, parseProfile) are off this module's path: the shipped JSON is
// checked by the unit tests (profiles.test: the schema accepts it and adds nothing beyond these
// defaults), so loading the engine does not load zod.

import guangdongJson from './guangdong.json';
import mof2021Json from './mof2021.json';
import type { Level1, Level2, Profile } from './schema';
import { normalizeLabel } from '../parse/text';

export type { Level1, Level2, Profile, Requirement } from './schema';

type ShippedProfile = Omit<Profile, 'level1' | 'extensions'> & {
  level1: Array<Omit<Level1, 'synonyms' | 'requirement' | 'level2'> & Partial<Pick<Level1, 'synonyms' | 'requirement'>> & { level2: Array<Omit<Level2, 'synonyms' | 'requirement'> & Partial<Pick<Level2, 'synonyms' | 'requirement'>>> }>;
  extensions?: Record<string, unknown>;
};

/** The schema's defaults, applied to shipped (already valid) profile data. */
export function withProfileDefaults(data: ShippedProfile): Profile {
  return {
    ...data,
    level1: data.level1.map((l1) => ({
      ...l1,
      synonyms: l1.synonyms ?? [],
      requirement: l1.requirement ?? 'required',
      level2: l1.level2.map((l2) => ({ ...l2, synonyms: l2.synonyms ?? [], requirement: l2.requirement ?? 'optional' })),
    })),
    extensions: data.extensions ?? {},
  };
}

export const BUILTIN_PROFILES: Record<string, Profile> = {
  guangdong: withProfileDefaults(guangdongJson as ShippedProfile),
  mof2021: withProfileDefaults(mof2021Json as ShippedProfile),
};

export const DEFAULT_PROFILE_ID = 'guangdong';

export function getProfile(id: string = DEFAULT_PROFILE_ID): Profile | undefined {
  return BUILTIN_PROFILES[id];
}

export class ProfileError extends Error {}

export type CategoryMatch =
  | { level: 1; level1: Level1 }
  | { level: 2; level1: Level1; level2: Level2 };

/** Keys for matching: with and without the trailing 指标, normalised. */
function keysFor(name: string): string[] {
  const k = normalizeLabel(name);
  const bare = k.replace(/指标$/, '');
  return bare && bare !== k ? [k, bare] : [k];
}

/**
 * A category name without the score a form writes into it: "产出指标(50分)", "成本指标（0-20）分",
 * "效益指标 30分" → the name. Works on raw cell text and on normalised keys alike.
 */
export function stripCategoryScore(text: string): string {
  return text.replace(/\s*[（(]\s*[0-9.]+\s*(?:[-－~～—]\s*[0-9.]+\s*)?分?\s*[)）]\s*分?\s*$|\s*[0-9.]+\s*分\s*$/, '').trim();
}

const MATCH_MEMO_LIMIT = 10_000;

/** Matches category names (一级 or 二级) of one profile, accepting synonyms. */
export class CategoryIndex {
  private readonly byKey = new Map<string, CategoryMatch>();
  /**
   * Matches by cell text. A check asks for the same few category texts once per 三级 row, from
   * several rules (resolve, vague, templates); normalising them again each time showed on large forms.
   */
  private readonly matched = new Map<string, CategoryMatch | undefined>();

  constructor(readonly profile: Profile) {
    for (const l1 of profile.level1) {
      for (const n of [l1.name, ...l1.synonyms]) for (const k of keysFor(n)) this.set(k, { level: 1, level1: l1 });
      for (const l2 of l1.level2) {
        for (const n of [l2.name, ...l2.synonyms]) for (const k of keysFor(n)) this.set(k, { level: 2, level1: l1, level2: l2 });
      }
    }
  }

  private set(key: string, m: CategoryMatch): void {
    if (!this.byKey.has(key)) this.byKey.set(key, m);
  }

  match(text: string): CategoryMatch | undefined {
    const hit = this.matched.get(text);
    if (hit !== undefined || this.matched.has(text)) return hit;
    // "产出指标(50分)", "成本指标(0-20)分": the score a form writes into a name is not part of it.
    const key = stripCategoryScore(normalizeLabel(text).replace(/^\d+[-.、]/, ''));
    const found = this.byKey.get(key) ?? this.byKey.get(key.replace(/指标$/, ''));
    // Bounded: a sheet of pasted noise must not grow it without end.
    if (this.matched.size < MATCH_MEMO_LIMIT) this.matched.set(text, found);
    return found;
  }

  /** All names a user could mean, for nearest-name suggestions. */
  names(): Array<{ name: string; match: CategoryMatch }> {
    const out: Array<{ name: string; match: CategoryMatch }> = [];
    for (const l1 of this.profile.level1) {
      out.push({ name: l1.name, match: { level: 1, level1: l1 } });
      for (const l2 of l1.level2) out.push({ name: l2.name, match: { level: 2, level1: l1, level2: l2 } });
    }
    return out;
  }

  /** Names and synonyms, each with the category it stands for (suggestions compare against all). */
  spellings(): Array<{ text: string; match: CategoryMatch }> {
    const out: Array<{ text: string; match: CategoryMatch }> = [];
    for (const l1 of this.profile.level1) {
      for (const text of [l1.name, ...l1.synonyms]) out.push({ text, match: { level: 1, level1: l1 } });
      for (const l2 of l1.level2) for (const text of [l2.name, ...l2.synonyms]) out.push({ text, match: { level: 2, level1: l1, level2: l2 } });
    }
    return out;
  }

  /** The category a packed-text code stands for ("22" -> 社会效益指标), if the profile has codes. */
  byCode(code: string): CategoryMatch | undefined {
    const c = code.normalize('NFKC').trim();
    for (const l1 of this.profile.level1) {
      if (l1.code === c) return { level: 1, level1: l1 };
      for (const l2 of l1.level2) if (l2.code === c) return { level: 2, level1: l1, level2: l2 };
    }
    return undefined;
  }

  level1ByKey(key: string): Level1 | undefined {
    return this.profile.level1.find((l1) => l1.key === key);
  }
}

