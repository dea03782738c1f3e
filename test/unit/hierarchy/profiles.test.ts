// Indicator systems as data: the mof2021 profile places 成本 differently; an organisation's own
// profile file is validated and its synonyms and requirement levels are honoured.

import guangdongJson from '../../../src/core/profiles/guangdong.json';
import { BUILTIN_PROFILES, CategoryIndex } from '../../../src/core/profiles';
import { parseProfile, ProfileError } from '../../../src/core/profiles/parse';
import { fixture } from '../../fixtures/catalog';
import { relabel, setCells } from '../../fixtures/sheet-spec';
import { ruleCells, treeFindings } from './helpers';

function customProfile(edit: (p: typeof guangdongJson & { id: string }) => void): string {
  const p = JSON.parse(JSON.stringify(guangdongJson));
  p.id = 'my-bureau';
  edit(p);
  return JSON.stringify(p);
}

describe('mof2021: 成本指标 is its own 一级', () => {
  it('reports 成本指标 under 产出指标 as a wrong placement (seed 000, C41), guangdong does not', () => {
    const mof = treeFindings(fixture('seed-000'), 'mof2021');
    const wrong = mof.filter((f) => f.rule === 'level2-wrong-level1');
    expect(wrong.map((f) => f.cell)).toEqual(['C41']);
    expect(wrong[0].message).toContain('“成本指标”是一级指标（下设经济成本指标、社会成本指标和生态环境成本指标），不应作为“产出指标”下的二级指标');
    expect(wrong[0].message).toContain('财预〔2021〕101号');
    expect(wrong[0].suggestion).toBe('一级指标：成本指标');
    const gd = treeFindings(fixture('seed-000'), 'guangdong');
    expect(gd.filter((f) => f.cell === 'C41').map((f) => f.rule)).toEqual(['empty-category']);
  });

  it('places the packed "14-成本指标" of seed 003 (G27, item 4) by the profile', () => {
    const mof = treeFindings(fixture('seed-003'), 'mof2021').filter((f) => f.category === 'hierarchy' && f.rule !== 'level3-wording-mismatch');
    expect(ruleCells(mof)).toEqual(['level2-wrong-level1@G27']);
    expect(mof[0].message).toMatch(/^第4项：.*“成本指标”是一级指标/);
    // Under guangdong, 14-成本指标 is the right place and fills the 成本 recommendation.
    const gd = treeFindings(fixture('seed-003'), 'guangdong');
    expect(gd.filter((f) => f.cell === 'G27').map((f) => f.fix?.data?.level1Key)).toEqual(['satisfaction']);
  });

  it('warns when the 成本 一级 is missing, with the template fix', () => {
    const mof = treeFindings(fixture('seed-002'), 'mof2021');
    const cost = mof.filter((f) => f.rule === 'missing-category' && f.fix?.data?.level1Key === 'cost');
    expect(cost).toHaveLength(1);
    expect(cost[0].severity).toBe('warning');
    expect(cost[0].message).toContain('缺少建议填写的一级指标“成本指标”');
    expect(cost[0].message).toContain('应添加在“产出指标”之后');
    expect(cost[0].fix).toEqual({ kind: 'insert-template', label: '插入模板行', data: { tableId: 'dept', level1Key: 'cost' } });
    // guangdong asks for 成本 as a 二级 of 产出 instead.
    const gd = treeFindings(fixture('seed-002'), 'guangdong').filter((f) => f.rule === 'missing-category' && f.severity === 'warning');
    expect(gd.map((f) => f.fix?.data)).toEqual([{ tableId: 'dept', level1Key: 'output', level2Key: 'cost' }]);
  });

  it('accepts a mof2021 form (成本 as 一级) and says under guangdong that 成本 is a 二级 of 产出', () => {
    // A row appended to the indicator table, in the mof2021 layout.
    const spec = setCells(fixture('seed-004-table'), { B19: '成本指标', C19: '经济成本指标', D19: '单位宣传成本', E19: '≤5元/人次', F19: '4.2元/人次' });
    const mof = treeFindings(spec, 'mof2021').filter((f) => f.category === 'hierarchy');
    expect(mof).toEqual([]);
    const gd = treeFindings(spec, 'guangdong').filter((f) => f.category === 'hierarchy');
    expect(ruleCells(gd)).toEqual(['unknown-level1@B19', 'unknown-level2@C19']);
    expect(gd.find((f) => f.rule === 'unknown-level1')!.message).toContain('“成本指标”在广东省/广州市预算绩效指标体系中是“产出指标”下的二级指标，不是一级指标');
  });
});

describe('an organisation profile file', () => {
  it('accepts an extra synonym', () => {
    const spec = relabel(fixture('seed-004-table'), [['社会效益指标', '社会影响指标']]);
    const before = treeFindings(spec, 'guangdong').filter((f) => f.rule === 'unknown-level2');
    expect(before.map((f) => f.cell)).toEqual(['C17']);
    expect(before[0].suggestion).toBe('社会效益指标');
    const profile = parseProfile(customProfile((p) => p.level1[1].level2[1].synonyms.push('社会影响指标')));
    expect(profile.id).toBe('my-bureau');
    expect(treeFindings(spec, profile)).toEqual(treeFindings(fixture('seed-004-table'), profile));
  });

  it('honours its requirement levels (满意度 only recommended -> warnings)', () => {
    const profile = parseProfile(
      customProfile((p) => {
        p.level1[2].requirement = 'recommended';
        p.level1[2].level2[0].requirement = 'recommended';
      }),
    );
    const f = treeFindings(fixture('seed-002'), profile).filter((x) => x.fix?.data?.level1Key === 'satisfaction');
    expect(f.map((x) => x.severity)).toEqual(['warning']);
    expect(f[0].message).toContain('缺少建议填写的一级指标“满意度指标”');
  });

  it('can tune the word lists under extensions.hierarchy', () => {
    const spec = setCells(fixture('seed-004-table'), { D17: '群众认可度' });
    expect(treeFindings(spec).filter((f) => f.rule === 'level3-wording-mismatch')).toEqual([]);
    const profile = parseProfile(customProfile((p) => ((p as { extensions: { hierarchy: { satisfactionWords: string[] } } }).extensions.hierarchy.satisfactionWords = ['满意度', '认可度'])));
    const f = treeFindings(spec, profile).filter((x) => x.rule === 'level3-wording-mismatch');
    expect(f.map((x) => x.cell)).toEqual(['D17']);
  });

  it('is rejected with a Chinese message naming the problem', () => {
    expect(() => parseProfile('{')).toThrow(ProfileError);
    expect(() => parseProfile(customProfile((p) => (p.level1[0].level2[1].code = '11')))).toThrow(/代码 11 同时用于“数量指标”和“质量指标”/);
    expect(() => parseProfile(customProfile((p) => p.level1[0].level2[0].synonyms.push('社会效益')))).toThrow(/名称“社会效益(指标)?”同时属于两个指标类别/);
    expect(() => parseProfile(customProfile((p) => ((p as { extensions: { hierarchy: { countSuffixes: unknown } } }).extensions.hierarchy.countSuffixes = '数量')))).toThrow(/extensions\.hierarchy\.countSuffixes/);
  });

  it('still loads without extensions (defaults apply)', () => {
    const profile = parseProfile(customProfile((p) => delete (p as { extensions?: unknown }).extensions));
    expect(ruleCells(treeFindings(fixture('seed-001'), profile))).toEqual(ruleCells(treeFindings(fixture('seed-001'))));
  });
});

describe('CategoryIndex', () => {
  const gd = new CategoryIndex(BUILTIN_PROFILES.guangdong);
  const mof = new CategoryIndex(BUILTIN_PROFILES.mof2021);

  it('matches names, synonyms, spacing and bracket variants', () => {
    for (const t of ['服务对象满意度', '社会公众或服务对象满意度指标', '服务满意度指标', ' 服务对象 满意度 指标 ']) expect(gd.match(t)).toMatchObject({ level: 2, level2: { key: 'serviceSatisfaction' } });
    for (const t of ['环境效益指标', '环境效益', '生态效益']) expect(gd.match(t)).toMatchObject({ level: 2, level2: { key: 'ecological' } });
    expect(gd.match('成本指标')).toMatchObject({ level: 2, level1: { key: 'output' } });
    expect(mof.match('成本指标')).toMatchObject({ level: 1, level1: { key: 'cost' } });
  });

  it('looks codes up, full-width digits included', () => {
    expect(gd.byCode('22')).toMatchObject({ level: 2, level2: { key: 'social' } });
    expect(gd.byCode('２')).toMatchObject({ level: 1, level1: { key: 'benefit' } });
    expect(gd.byCode('14')).toMatchObject({ level: 2, level2: { key: 'cost' } });
    expect(mof.byCode('14')).toBeUndefined();
    expect(mof.byCode('4')).toMatchObject({ level: 1, level1: { key: 'cost' } });
  });
});
