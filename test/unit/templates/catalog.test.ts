import { BUILTIN_PROFILES, Profile } from '../../../src/core/profiles';
import { profileSchema } from '../../../src/core/profiles/parse';
import {
  blockCategories,
  BUILTIN_CATALOGS,
  catalogFor,
  catalogProblems,
  itemsFor,
  mergeCatalog,
  TemplateCatalogError,
} from '../../../src/core/templates';
import { parseTemplateAdditions, templateCatalogSchema } from '../../../src/core/templates/catalog-schema';

describe('template catalogs', () => {
  it.each(Object.keys(BUILTIN_PROFILES))('%s: every 二级 has two or three template rows naming real categories', (id) => {
    const profile = BUILTIN_PROFILES[id];
    const catalog = BUILTIN_CATALOGS[id];
    expect(catalog.profile).toBe(id);
    expect(catalogProblems(catalog, profile)).toEqual([]);
    for (const l1 of profile.level1) {
      for (const l2 of l1.level2) {
        const found = catalog.categories.find((c) => c.level1 === l1.key && c.level2 === l2.key);
        expect(found).toBeDefined();
        const n = found!.items.length;
        expect(n).toBeGreaterThanOrEqual(2);
        expect(n).toBeLessThanOrEqual(3);
        const ids = found!.items.map((i) => i.id);
        expect(new Set(ids).size).toBe(ids.length);
      }
    }
  });

  it('uses the wording domain.md §5 asks for', () => {
    const c = BUILTIN_CATALOGS.guangdong;
    const first = (l2: string) => c.categories.find((x) => x.level2 === l2)!.items[0];
    expect(first('timeliness')).toMatchObject({ name: '按时完成率', target: '100%', unit: '%' });
    expect(first('cost')).toMatchObject({ name: '成本控制率', target: '≤100%', unit: '%' });
    expect(first('serviceSatisfaction')).toMatchObject({ name: '服务对象满意度', target: '≥90%', unit: '%' });
  });

  it('a whole block holds every required and recommended category, in profile order', () => {
    const g = BUILTIN_PROFILES.guangdong;
    expect(blockCategories(BUILTIN_CATALOGS.guangdong, g).map((b) => `${b.level1.key}/${b.level2.key}`)).toEqual([
      'output/quantity',
      'output/timeliness',
      'output/cost',
      'benefit/social',
      'satisfaction/serviceSatisfaction',
    ]);
    const m = BUILTIN_PROFILES.mof2021;
    expect(blockCategories(BUILTIN_CATALOGS.mof2021, m).map((b) => `${b.level1.key}/${b.level2.key}`)).toEqual([
      'output/quantity',
      'output/timeliness',
      'cost/economicCost',
      'benefit/social',
      'satisfaction/serviceSatisfaction',
    ]);
  });

  it('merges an organisation’s additions: new items appended, same id replaced, defaults and block overridden', () => {
    const base = BUILTIN_CATALOGS.guangdong;
    const merged = mergeCatalog(base, {
      defaults: { benefit: 'economic' },
      categories: [
        { level1: 'output', level2: 'timeliness', items: [{ id: 'on-time-rate', name: '宣讲活动按时完成率', target: '100%', unit: '%' }, { id: 'weekly', name: '每周推送及时率', target: '100%', unit: '%' }] },
      ],
      block: [{ level1: 'satisfaction', level2: 'serviceSatisfaction' }],
    });
    const t = merged.categories.find((c) => c.level2 === 'timeliness')!;
    expect(t.items.map((i) => i.id)).toEqual(['on-time-rate', 'payment-timeliness', 'deadline', 'weekly']);
    expect(t.items[0].name).toBe('宣讲活动按时完成率');
    expect(merged.defaults.benefit).toBe('economic');
    expect(merged.block).toHaveLength(1);
    // The shipped catalog is untouched.
    expect(base.categories.find((c) => c.level2 === 'timeliness')!.items[0].name).toBe('按时完成率');
    const replaced = mergeCatalog(base, { replaceItems: true, categories: [{ level1: 'output', level2: 'cost', items: [{ id: 'only', name: '只此一项', target: '≤1', unit: '' }] }] });
    expect(replaced.categories.find((c) => c.level2 === 'cost')!.items.map((i) => i.id)).toEqual(['only']);
  });

  it('reads additions from a profile’s extensions.templates and rejects malformed ones in Chinese', () => {
    const profile: Profile = profileSchema.parse({
      ...BUILTIN_PROFILES.guangdong,
      extensions: { templates: { categories: [{ level1: 'output', level2: 'cost', items: [{ id: 'ad-cost', name: '千次曝光成本', target: '≤30元', unit: '元' }] }] } },
    });
    expect(catalogFor(profile).categories.find((c) => c.level2 === 'cost')!.items.map((i) => i.id)).toContain('ad-cost');
    const bad = profileSchema.parse({ ...BUILTIN_PROFILES.guangdong, extensions: { templates: { categories: [{ level1: 'output' }] } } });
    expect(() => catalogFor(bad)).toThrow(TemplateCatalogError);
    expect(() => catalogFor(bad)).toThrow(/模板.*格式不正确/);
  });

  it('parses additions files, with Chinese errors', () => {
    expect(parseTemplateAdditions('{"categories":[]}')).toEqual({ categories: [] });
    expect(() => parseTemplateAdditions('{oops')).toThrow('模板文件不是有效的 JSON。');
    expect(() => parseTemplateAdditions('{"categories":[{"level1":"output","level2":"cost","items":[]}]}')).toThrow(/模板文件格式不正确/);
  });

  it('reports entries that name categories the profile lacks', () => {
    const c = templateCatalogSchema.parse({ profile: 'x', defaults: { output: 'nope' }, categories: [{ level1: 'ghost', level2: 'quantity', items: [{ id: 'a', name: 'a', target: '1' }] }] });
    expect(catalogProblems(c, BUILTIN_PROFILES.guangdong)).toEqual([
      '第 1 个模板类别：指标体系中没有一级指标“ghost”。',
      '默认二级指标（output）：一级指标“产出指标”下没有二级指标“nope”。',
    ]);
  });

  it('a profile that ships no catalog gets shipped wording by key, or a neutral placeholder', () => {
    const custom = profileSchema.parse({
      id: 'my-org',
      name: '本单位',
      level1: [{ key: 'output', name: '产出指标', level2: [{ key: 'timeliness', name: '时效指标' }, { key: 'innovation', name: '创新指标' }] }],
    });
    const c = catalogFor(custom);
    const l1 = custom.level1[0];
    expect(itemsFor(c, l1, l1.level2[0])[0].name).toBe('按时完成率');
    expect(itemsFor(c, l1, l1.level2[1])).toEqual([{ id: 'generic', name: '创新指标名称', target: '指标值', unit: '' }]);
  });
});
