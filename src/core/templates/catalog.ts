// Template rows as data: one catalog per profile (JSON checked by zod in the tests, schemas in
// catalog-schema.ts), extendable per organisation.
// An organisation adds or replaces items through `extensions.templates` in its profile file, or
// through a separate additions file merged with mergeCatalog.

import { extensionValidators } from '../extensions';
import guangdongJson from './catalog/guangdong.json';
import mof2021Json from './catalog/mof2021.json';
import type { Level1, Level2, Profile } from '../profiles/schema';

export type { TemplateItem, CategoryTemplate, TemplateCatalog, TemplateAdditions } from './catalog-schema';
import type { TemplateItem, CategoryTemplate, TemplateCatalog, TemplateAdditions } from './catalog-schema';

type ShippedCatalog = Omit<TemplateCatalog, 'defaults' | 'categories'> & {
  defaults?: Record<string, string>;
  categories: Array<Omit<CategoryTemplate, 'items'> & { items: Array<Omit<TemplateItem, 'unit'> & { unit?: string }> }>;
};

/** The schema's defaults, applied to a shipped (already valid, see catalog.test) catalogue. */
export function withCatalogDefaults(data: ShippedCatalog): TemplateCatalog {
  return { ...data, defaults: data.defaults ?? {}, categories: data.categories.map((c) => ({ ...c, items: c.items.map((i) => ({ ...i, unit: i.unit ?? '' })) })) };
}

export const BUILTIN_CATALOGS: Record<string, TemplateCatalog> = {
  guangdong: withCatalogDefaults(guangdongJson as ShippedCatalog),
  mof2021: withCatalogDefaults(mof2021Json as ShippedCatalog),
};

export class TemplateCatalogError extends Error {}

/** Adds an organisation's items to a catalog; same-id items replace the shipped ones. Pure. */
export function mergeCatalog(base: TemplateCatalog, additions: TemplateAdditions | undefined): TemplateCatalog {
  if (!additions) return base;
  const categories = base.categories.map((c) => ({ ...c, items: [...c.items] }));
  for (const add of additions.categories ?? []) {
    const existing = categories.find((c) => c.level1 === add.level1 && c.level2 === add.level2);
    if (!existing) {
      categories.push({ ...add, items: [...add.items] });
      continue;
    }
    if (additions.replaceItems) {
      existing.items = [...add.items];
      continue;
    }
    for (const item of add.items) {
      const i = existing.items.findIndex((x) => x.id === item.id);
      if (i >= 0) existing.items[i] = item;
      else existing.items.push(item);
    }
  }
  return {
    ...base,
    defaults: { ...base.defaults, ...(additions.defaults ?? {}) },
    categories,
    ...(additions.block ? { block: additions.block } : base.block ? { block: base.block } : {}),
  };
}

/** A catalog for a profile that ships none: one neutral item per 二级, reusing shipped wording by key. */
function generatedCatalog(profile: Profile): TemplateCatalog {
  const shipped = Object.values(BUILTIN_CATALOGS).flatMap((c) => c.categories);
  return {
    profile: profile.id,
    defaults: {},
    categories: profile.level1.flatMap((l1) =>
      l1.level2.map((l2) => {
        const same = shipped.find((c) => c.level2 === l2.key);
        return {
          level1: l1.key,
          level2: l2.key,
          items: same ? same.items : [{ id: 'generic', name: `${l2.name.replace(/指标$/, '')}指标名称`, target: '指标值', unit: '' }],
        };
      }),
    ),
  };
}

/**
 * The catalog for a profile: the shipped one (or one generated from the profile), merged with the
 * profile's own `extensions.templates` and then with an organisation's additions. Throws
 * TemplateCatalogError when `extensions.templates` is malformed.
 */
export function catalogFor(profile: Profile, additions?: TemplateAdditions): TemplateCatalog {
  let catalog = BUILTIN_CATALOGS[profile.id] ?? generatedCatalog(profile);
  const ext = profile.extensions?.templates;
  if (ext !== undefined) {
    // Validated when the profile came from outside (parseProfile registers the schema).
    const validate = extensionValidators.templates;
    const parsed = validate ? validate(ext) : { success: true as const, data: ext };
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      throw new TemplateCatalogError(`指标体系中的模板（extensions.templates）格式不正确：${first.path.join('.') || '(根)'} ${first.message}`);
    }
    catalog = mergeCatalog(catalog, parsed.data as TemplateAdditions);
  }
  return mergeCatalog(catalog, additions);
}

/** Entries that name a 一级/二级 the profile does not have (Chinese, for a settings screen). */
export function catalogProblems(catalog: TemplateCatalog, profile: Profile): string[] {
  const problems: string[] = [];
  const check = (l1: string, l2: string, where: string) => {
    const level1 = profile.level1.find((x) => x.key === l1);
    if (!level1) problems.push(`${where}：指标体系中没有一级指标“${l1}”。`);
    else if (!level1.level2.some((x) => x.key === l2)) problems.push(`${where}：一级指标“${level1.name}”下没有二级指标“${l2}”。`);
  };
  catalog.categories.forEach((c, i) => check(c.level1, c.level2, `第 ${i + 1} 个模板类别`));
  for (const [l1, l2] of Object.entries(catalog.defaults)) check(l1, l2, `默认二级指标（${l1}）`);
  (catalog.block ?? []).forEach((b, i) => check(b.level1, b.level2, `整套模板第 ${i + 1} 项`));
  return problems;
}

export interface ResolvedCategory {
  level1: Level1;
  level2: Level2;
  items: TemplateItem[];
}

/** The 二级 used when only a 一级 is asked for: the catalog's default, else the first required/recommended, else the first. */
export function defaultLevel2(catalog: TemplateCatalog, level1: Level1): Level2 {
  const key = catalog.defaults[level1.key];
  return level1.level2.find((l2) => l2.key === key) ?? level1.level2.find((l2) => l2.requirement !== 'optional') ?? level1.level2[0];
}

/** A category's template items; a neutral placeholder item when the catalog has none. */
export function itemsFor(catalog: TemplateCatalog, level1: Level1, level2: Level2): TemplateItem[] {
  const found = catalog.categories.find((c) => c.level1 === level1.key && c.level2 === level2.key);
  if (found) return found.items;
  return [{ id: 'generic', name: `${level2.name.replace(/指标$/, '')}指标名称`, target: '指标值', unit: '' }];
}

/** The categories of a whole indicator block, in profile order, each with the item to insert. */
export function blockCategories(catalog: TemplateCatalog, profile: Profile): Array<{ level1: Level1; level2: Level2; item: TemplateItem }> {
  const out: Array<{ level1: Level1; level2: Level2; item: TemplateItem }> = [];
  if (catalog.block) {
    for (const b of catalog.block) {
      const level1 = profile.level1.find((x) => x.key === b.level1);
      const level2 = level1?.level2.find((x) => x.key === b.level2);
      if (!level1 || !level2) continue;
      const items = itemsFor(catalog, level1, level2);
      out.push({ level1, level2, item: items.find((i) => i.id === b.item) ?? items[0] });
    }
    return out;
  }
  for (const level1 of profile.level1) {
    if (level1.requirement === 'optional') continue;
    const first = defaultLevel2(catalog, level1);
    for (const level2 of level1.level2) {
      if (level2 !== first && level2.requirement === 'optional') continue;
      out.push({ level1, level2, item: itemsFor(catalog, level1, level2)[0] });
    }
  }
  return out;
}
