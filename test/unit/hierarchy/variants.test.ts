// Layout variants (moved, other label spellings, swapped columns, a blank row), accepted synonyms
// and half-/full-width punctuation in packed codes give the same findings, modulo cell shifts.

import { fixture, SEEDS, SeedName, VARIANTS } from '../../fixtures/catalog';
import { relabel, SheetSpec } from '../../fixtures/sheet-spec';
import { comparable, mapFinding, placement, treeFindings } from './helpers';

/** Zero-based row of the blank row a blank-row variant inserted. */
function insertedRow(base: SheetSpec, variant: SheetSpec): number {
  const i = variant.rows.findIndex((r, k) => JSON.stringify(r) !== JSON.stringify(base.rows[k] ?? null));
  if (i < 0) throw new Error('no inserted row');
  return i;
}

describe('VARIANTS read into the same findings as their base', () => {
  it.each(VARIANTS.map((v) => [v.name, v] as const))('%s', (_name, v) => {
    const base = SEEDS[v.base as SeedName]();
    const variant = v.build();
    let back: (row: number, col: number) => [number, number] = (r, c) => [r, c];
    if (v.kind === 'moved') back = (r, c) => [r - 2, c - 1];
    if (v.kind === 'blank-row') {
      const at = insertedRow(base, variant);
      back = (r, c) => [r > at ? r - 1 : r, c];
    }
    const expected = treeFindings(base).map(comparable);
    const actual = treeFindings(variant).map((f) => comparable(mapFinding(f, back)));
    expect(actual).toEqual(expected);
  });
});

describe('accepted synonyms give the same findings at the same cells', () => {
  it('seed 000 with other spellings of every category that has one', () => {
    const renamed = relabel(fixture('seed-000'), [
      ['产出指标', '产出'],
      ['数量指标', ' 数量 指标'],
      ['生态效益指标', '环境效益指标'],
      ['可持续影响指标', '可持续发展影响指标'],
      ['满意度指标', '满意度'],
      ['服务对象满意度指标', '社会公众或服务对象满意度指标'],
    ]);
    expect(treeFindings(renamed).map(placement)).toEqual(treeFindings(fixture('seed-000')).map(placement));
  });

  it('seed 002 with short names for its 二级 (and 服务对象满意度 nowhere, as before)', () => {
    const renamed = relabel(fixture('seed-002'), [
      ['社会效益指标', '社会效益'],
      ['时效指标', '时效'],
    ]);
    expect(treeFindings(renamed).map(placement)).toEqual(treeFindings(fixture('seed-002')).map(placement));
  });

  it('seed 001 with 服务满意度指标 written as 服务对象满意度指标: same wrong 一级, same count under 满意度', () => {
    const renamed = relabel(fixture('seed-001'), [['服务满意度指标', '服务对象满意度指标']]);
    const findings = treeFindings(renamed);
    expect(findings.map(placement)).toEqual(treeFindings(fixture('seed-001')).map(placement));
    expect(findings.find((f) => f.cell === 'C18')!.message).toContain('二级指标“服务对象满意度指标”属于一级指标“满意度指标”');
  });
});

describe('packed codes typed with other punctuation', () => {
  const packed = (f: (text: string) => string): SheetSpec => {
    const s = fixture('seed-003');
    s.rows = s.rows.map((r) => r.map((v) => (typeof v === 'string' && /\d-[产效满]/.test(v) ? f(v) : v)));
    return s;
  };
  const base = treeFindings(fixture('seed-003')).map(comparable);

  it('half-width separators ("1. 2-效益指标; 22-社会效益; …: …")', () => {
    const s = packed((t) => t.replace(/；/g, '; ').replace(/：/g, ':').replace(/、(?=\d-)/g, '. '));
    expect(String(s.rows[5][6])).toMatch(/^1\. 2-效益指标; 22-社会效益; /);
    expect(treeFindings(s).map(comparable)).toEqual(base);
  });

  it('full-width digits and dashes in the codes ("２－效益指标；２２－社会效益")', () => {
    const s = packed((t) => t.replace(/(\d+)-/g, (_m, d: string) => `${d.replace(/\d/g, (x) => String.fromCharCode(x.charCodeAt(0) + 0xfee0))}－`));
    expect(String(s.rows[5][6])).toMatch(/^1、２－效益指标；２２－社会效益；/);
    expect(treeFindings(s).map(comparable)).toEqual(base);
  });
});
