// zod is off the engine's runtime path (issue 15 for the pane's first JavaScript, issue 16 for the
// CLI's start): the shipped data is read as it is, so here it must be exactly what the schemas make
// of it, and loading the engine must not load zod.

import { execFileSync } from 'node:child_process';
import path from 'node:path';
import guangdongJson from '../../src/core/profiles/guangdong.json';
import mof2021Json from '../../src/core/profiles/mof2021.json';
import { BUILTIN_PROFILES } from '../../src/core/profiles';
import { withHierarchyDefaults } from '../../src/core/profiles/hierarchy-defaults';
import { hierarchyExtensionSchema } from '../../src/core/profiles/hierarchy-extension';
import { profileSchema } from '../../src/core/profiles/parse';
import wordsJson from '../../src/core/rules/vague/words.json';
import { DEFAULT_WORDS, vagueExtensionSchema, wordsSchema } from '../../src/core/rules/vague/schema';
import { BUILTIN_CATALOGS } from '../../src/core/templates/catalog';
import { templateAdditionsSchema, templateCatalogSchema } from '../../src/core/templates/catalog-schema';
import catalogGuangdong from '../../src/core/templates/catalog/guangdong.json';
import catalogMof2021 from '../../src/core/templates/catalog/mof2021.json';

const ROOT = path.resolve(__dirname, '../..');

test.each([
  ['guangdong', guangdongJson],
  ['mof2021', mof2021Json],
])('shipped profile %s is exactly what the schema makes of its JSON', (id, json) => {
  expect(BUILTIN_PROFILES[id]).toEqual(profileSchema.parse(json));
});

test.each(Object.keys(BUILTIN_PROFILES))('%s: its extensions pass their families’ schemas and read the same without them', (id) => {
  const ext = BUILTIN_PROFILES[id].extensions;
  if (ext.vague !== undefined) expect(vagueExtensionSchema.safeParse(ext.vague)).toEqual({ success: true, data: ext.vague });
  if (ext.templates !== undefined) expect(templateAdditionsSchema.safeParse(ext.templates).success).toBe(true);
  expect(withHierarchyDefaults(ext.hierarchy as never)).toEqual(hierarchyExtensionSchema.parse(ext.hierarchy ?? {}));
});

test.each([
  ['guangdong', catalogGuangdong],
  ['mof2021', catalogMof2021],
])('shipped template catalogue %s is exactly what the schema makes of its JSON', (id, json) => {
  expect(BUILTIN_CATALOGS[id]).toEqual(templateCatalogSchema.parse(json));
});

test('the default vague word lists are exactly what the schema makes of words.json', () => {
  expect(DEFAULT_WORDS).toEqual(wordsSchema.parse(wordsJson));
});

test('loading the engine and checking a sheet does not load zod', () => {
  const script = `
    const { check } = require('./src/core/check');
    const { Grid } = require('./src/core/grid/grid');
    check(new Grid({ name: 'S', values: [['项目支出绩效目标表'], ['一级指标', '二级指标', '三级指标', '指标值'], ['产出指标', '数量指标', '宣传次数', '显著提升']] }));
    process.stdout.write(JSON.stringify(Object.keys(require.cache).filter((k) => /[\\\\/]node_modules[\\\\/]zod[\\\\/]/.test(k))));
  `;
  const out = execFileSync(process.execPath, ['--require', 'tsx/cjs', '-e', script], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  expect(JSON.parse(out)).toEqual([]);
}, 90_000);
