// Packed indicator text (seed 003): codes must agree with their names and with each other. The real
// seed has no contradiction (every code pair matches the profile), so the contradictions below
// are planted into copies of its cells; every other item of the same cell stays silent.

import { fixture } from '../../fixtures/catalog';
import { setCells, SheetSpec } from '../../fixtures/sheet-spec';
import { treeFindings } from './helpers';

const G6 = (s: SheetSpec) => String(s.rows[5][6]);
const G7 = (s: SheetSpec) => String(s.rows[6][6]);

function plant(cell: 'G6' | 'G7', from: string, to: string): SheetSpec {
  const s = fixture('seed-003');
  const text = cell === 'G6' ? G6(s) : G7(s);
  expect(text).toContain(from);
  return setCells(s, { [cell]: text.replace(from, to) });
}

const hierarchyAt = (spec: SheetSpec, cell: string) => treeFindings(spec).filter((f) => f.category === 'hierarchy' && f.cell === cell);

describe('packed-code-mismatch', () => {
  it('"1-产出指标；22-社会效益": 22 belongs to 2-效益指标', () => {
    const f = hierarchyAt(plant('G6', '1、2-效益指标；22-社会效益', '1、1-产出指标；22-社会效益'), 'G6');
    expect(f.map((x) => x.rule)).toEqual(['packed-code-mismatch']);
    expect(f[0].severity).toBe('error');
    expect(f[0].message).toBe('第1项“1-产出指标；22-社会效益”：二级代码 22（社会效益指标）属于一级“2-效益指标”，不属于一级“1-产出指标”。应为“2-效益指标；22-社会效益指标”。');
    expect(f[0].suggestion).toBe('2-效益指标；22-社会效益指标');
  });

  it('"21-社会效益": the code of 经济效益 on 社会效益', () => {
    const f = hierarchyAt(plant('G7', '2-效益指标；22-社会效益', '2-效益指标；21-社会效益'), 'G7');
    expect(f.map((x) => x.rule)).toEqual(['packed-code-mismatch']);
    expect(f[0].message).toContain('第2项“2-效益指标；21-社会效益”：二级代码 21 对应“经济效益指标”，名称却是“社会效益”');
    expect(f[0].suggestion).toBe('2-效益指标；22-社会效益指标');
  });

  it('a 一级 code that names another 一级', () => {
    const f = hierarchyAt(plant('G7', '1、1-产出指标', '1、2-产出指标'), 'G7');
    expect(f.map((x) => x.rule)).toEqual(['packed-code-mismatch']);
    expect(f[0].message).toContain('一级代码 2 对应“效益指标”，名称却是“产出指标”');
    expect(f[0].suggestion).toBe('1-产出指标；11-数量指标');
  });

  it('a code the profile does not know, on a correctly named item', () => {
    const f = hierarchyAt(plant('G7', '2-效益指标；22-社会效益', '2-效益指标；29-社会效益'), 'G7');
    expect(f.map((x) => x.rule)).toEqual(['packed-code-mismatch']);
    expect(f[0].message).toContain('代码 29 不在本指标体系中，“社会效益指标”的代码是 22');
  });

  it('an unknown 二级 name is suggested from its code', () => {
    const f = hierarchyAt(plant('G7', '2-效益指标；22-社会效益', '2-效益指标；22-社会效应'), 'G7');
    expect(f.map((x) => x.rule)).toEqual(['unknown-level2']);
    expect(f[0].message).toContain('第2项：二级指标“社会效应”不是');
    expect(f[0].suggestion).toBe('社会效益指标');
  });

  it('stays silent on the consistent items of the same cell and on the rest of the form', () => {
    const planted = treeFindings(plant('G6', '1、2-效益指标；22-社会效益', '1、1-产出指标；22-社会效益'));
    const base = treeFindings(fixture('seed-003'));
    const extra = planted.filter((f) => !base.some((b) => b.rule === f.rule && b.cell === f.cell && b.message === f.message));
    expect(extra.map((f) => `${f.rule}@${f.cell}`)).toEqual(['packed-code-mismatch@G6']);
  });

  it('a duplicate 三级 within one project is reported once with both item numbers', () => {
    const s = plant('G7', '提升重点群体理论素养', '报刊征订任务');
    const f = treeFindings(s).filter((x) => x.rule === 'duplicate-indicator');
    expect(f).toHaveLength(1);
    expect(f[0].cell).toBe('G7');
    expect(f[0].message).toContain('三级指标“报刊征订任务”在项目“报刊征订”中出现了 2 次（第1项、第2项）');
  });

  it('a packed item with values but no name', () => {
    const s = plant('G7', '2、2-效益指标；22-社会效益；提升重点群体理论素养；', '2、2-效益指标；22-社会效益；');
    const f = treeFindings(s).filter((x) => x.cell === 'G7' && x.rule === 'indicator-without-name');
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('第2项：指标值“通过征订党报党刊等理论学习资料加强干部群众理论学习”没有对应的三级指标名称');
  });
});
