// Findings planted into the tabular seeds, one kind at a time: each is reported at its cell, and
// the rest of the form is unchanged (compared with the seed's own findings).

import { fixture } from '../../fixtures/catalog';
import { setCells, SheetSpec } from '../../fixtures/sheet-spec';
import { Finding } from '../../../src/core/report';
import { treeFindings } from './helpers';

/** Findings of the planted spec that the seed does not have. */
function added(seed: string, cells: Record<string, string | number | null>): Finding[] {
  const base = treeFindings(fixture(seed));
  const key = (f: Finding) => `${f.rule}|${f.cell}|${f.message}`;
  const known = new Set(base.map(key));
  return treeFindings(setCells(fixture(seed), cells)).filter((f) => !known.has(key(f)));
}

/** Findings of the seed that the planted spec lost. */
function removed(seed: string, spec: SheetSpec): string[] {
  const now = new Set(treeFindings(spec).map((f) => `${f.rule}@${f.cell}`));
  return treeFindings(fixture(seed)).map((f) => `${f.rule}@${f.cell}`).filter((k) => !now.has(k));
}

describe('rows in an indicator table', () => {
  it('a value without a 三级 name (blank or "-")', () => {
    const blank = added('seed-000', { D30: null });
    expect(blank.map((f) => `${f.rule}@${f.cell}/${f.severity}`)).toEqual(['indicator-without-name@D30/error']);
    expect(blank[0].message).toBe('指标值“100%”没有对应的三级指标名称：请填写三级指标名称，说明这个值衡量的是什么。');
    expect(blank[0].cells).toEqual(['D30', 'E30', 'F30']);
    expect(added('seed-000', { D30: '-' })[0].message).toContain('（只写了“-”）');
  });

  it('an explanation without a 三级 name (seed 001 layout)', () => {
    const f = added('seed-001', { D13: null, G13: null });
    expect(f.map((x) => `${x.rule}@${x.cell}`)).toEqual(['indicator-without-name@D13']);
    expect(f[0].message).toContain('“举办宣讲活动场数”没有对应的三级指标名称');
  });

  it('a repeated 三级 within one table, not across tables', () => {
    const f = added('seed-000', { D33: '短视频平台总发布量' });
    expect(f.map((x) => `${x.rule}@${x.cell}`)).toEqual(['duplicate-indicator@D33']);
    expect(f[0].cells).toEqual(['D33', 'D34']);
    expect(f[0].message).toBe('三级指标“短视频平台总发布量”在同一张指标表中出现了 2 次（D33、D34）：请合并，或改成能区分的名称。');
    // 舆情日报数量 is in seed 001's department table and in task 4's table: different tables, no finding.
    expect(treeFindings(fixture('seed-001')).some((x) => x.rule === 'duplicate-indicator')).toBe(false);
  });

  it('a satisfaction rate under 数量指标', () => {
    const f = added('seed-004-table', { D14: '市民满意率' });
    expect(f.map((x) => `${x.rule}@${x.cell}/${x.severity}`)).toEqual(['level3-wording-mismatch@D14/warning']);
    expect(f[0].message).toBe('三级指标“市民满意率”衡量的是满意度，却放在“产出指标—数量指标”下：应放在“满意度指标—服务对象满意度指标”下。');
  });

  it('names real forms use for a 一级 (layouts.md) are read as that 一级, not as typos', () => {
    expect(added('seed-000', { B42: '效果指标' })).toEqual([]);
    expect(added('seed-000', { B42: '效益指标(30分)' })).toEqual([]);
  });

  it('a typo in a 一级 name gets the nearest name; completeness still sees the 效益 rows', () => {
    const f = added('seed-000', { B42: '效溢指标' });
    expect(f.map((x) => `${x.rule}@${x.cell}`)).toEqual(['unknown-level1@B42']);
    expect(f[0].message).toBe('一级指标“效溢指标”不是广东省/广州市预算绩效指标体系中的名称，是否应为“效益指标”？');
    expect(f[0].suggestion).toBe('效益指标');
  });

  it('a typo in a 二级 name gets the nearest name', () => {
    const f = added('seed-000', { C43: '社会效应指标' });
    expect(f.map((x) => `${x.rule}@${x.cell}`)).toEqual(['unknown-level2@C43']);
    expect(f[0].suggestion).toBe('社会效益指标');
    expect(f[0].cells).toEqual(['C43', 'D43', 'D44', 'D45', 'D46', 'D47', 'D48', 'D49']);
  });

  it('a blank 一级 at the top of a table: one finding per 二级 group, naming the 一级 it should be', () => {
    const f = added('seed-000', { B21: null });
    expect(f.filter((x) => x.rule === 'unknown-level1').map((x) => x.cell)).toEqual(['B21', 'B35', 'B40', 'B41']);
    expect(f[0].message).toBe('一级指标未填写：按二级指标“数量指标”，应填写“产出指标”。');
  });

  it('an empty row of a required category with nothing else in it is an error, and replaces missing-category', () => {
    const spec = setCells(fixture('seed-004-table'), { D18: null, E18: null, F18: null });
    const f = treeFindings(spec).filter((x) => x.cell === 'C18');
    expect(f.map((x) => `${x.rule}/${x.severity}`)).toEqual(['empty-category/error']);
    expect(f[0].message).toBe('二级指标“服务对象满意度指标”下没有三级指标：“服务对象满意度指标”是必填类别，请填写具体指标及指标值。');
    expect(treeFindings(spec).some((x) => x.rule === 'missing-category' && x.fix?.data?.level1Key === 'satisfaction')).toBe(false);
    expect(removed('seed-004-table', spec)).toEqual([]);
  });

  it('a 二级 typed as its own 一级 name ("满意度指标 | 满意度指标")', () => {
    const f = added('seed-004-table', { C18: '满意度指标' });
    expect(f.map((x) => `${x.rule}@${x.cell}`)).toEqual(['unknown-level2@C18']);
    expect(f[0].message).toContain('二级指标写成了一级指标名称“满意度指标”');
    expect(f[0].suggestion).toBe('服务对象满意度指标');
  });

  it('a 满意度 一级 with an unknown 二级 is not also reported as missing 服务对象满意度', () => {
    const spec = setCells(fixture('seed-004-table'), { C18: '群众评价' });
    expect(treeFindings(spec).filter((x) => x.rule === 'missing-category')).toHaveLength(2); // 时效, 成本 as before
  });
});
