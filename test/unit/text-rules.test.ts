import { check } from '../../src/core/check';
import { fixture } from '../fixtures/catalog';
import { setCells, specToGrid } from '../fixtures/sheet-spec';

const textFindings = (name: string, spec = fixture(name)) =>
  check(specToGrid(spec), { rules: ['garbled-text', 'markup-in-text', 'missing-text'] }).findings;

describe('text rules', () => {
  it('finds the OCR debris in seed 002 and nothing else there', () => {
    const f = textFindings('seed-002');
    expect(f.map((x) => [x.rule, x.cell])).toEqual([['garbled-text', 'C12'], ['garbled-text', 'C13']]);
    expect(f[0].message).toMatch(/“大”连续重复 \d+ 次/);
  });

  it('finds the pasted HTML list in seed 003 and the project without a goal', () => {
    const f = textFindings('seed-003');
    expect(f.filter((x) => x.rule === 'markup-in-text').map((x) => x.cell)).toEqual(['F18']);
    expect(f.find((x) => x.rule === 'markup-in-text')!.message).toContain('<ol style="list-style-type: none">');
  });

  it('is silent on clean prose and flags a task whose content was deleted', () => {
    expect(textFindings('seed-000')).toEqual([]);
    const spec = setCells(fixture('seed-000'), { C12: null });
    expect(textFindings('seed-000', spec).map((x) => [x.rule, x.cell, x.message])).toEqual([
      ['missing-text', 'B12', '年度重点工作任务“全平台宣传工作”没有填写主要实施内容。'],
    ]);
  });
});
