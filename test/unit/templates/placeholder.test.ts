import { RULES } from '../../../src/core/rules';
import { SEEDS } from '../../fixtures/catalog';
import { setCells, specToGrid } from '../../fixtures/sheet-spec';
import { fixture } from '../../fixtures/catalog';
import { hasPlaceholder, PLACEHOLDER, stripPlaceholder, withPlaceholder } from '../../../src/core/templates';
import { apply, checked, seedGrid } from './helpers';

const placeholders = (g: Parameters<typeof checked>[0]) => checked(g).report.findings.filter((f) => f.rule === 'template-placeholder');

describe('placeholder marker', () => {
  it('marks example text and is recognised in the spellings users leave behind', () => {
    expect(PLACEHOLDER).toBe('【待填】');
    expect(withPlaceholder('按时完成率')).toBe('【待填】按时完成率');
    expect(withPlaceholder('')).toBe('');
    for (const t of ['【待填】100%', '≥90%【待填】', '[待填]100%', '【 待 填 】x', '【请填写】名称', '［待填］']) expect(hasPlaceholder(t)).toBe(true);
    for (const t of ['100%', '待填写的表格', '【重要】', '', null, undefined]) expect(hasPlaceholder(t)).toBe(false);
    expect(stripPlaceholder('【待填】≥90%')).toBe('≥90%');
  });
});

describe('rule template-placeholder', () => {
  it('is registered as an error in the completeness family', () => {
    const rule = RULES.find((r) => r.meta.id === 'template-placeholder')!;
    expect(rule.meta).toMatchObject({ category: 'completeness', severity: 'error' });
  });

  it.each(Object.keys(SEEDS))('finds nothing in %s as submitted', (name) => {
    expect(placeholders(seedGrid(name))).toEqual([]);
  });

  it('flags an unfilled template row once, naming every placeholder cell of it', () => {
    const { grid } = apply(seedGrid('seed-000'), { kind: 'category', tableId: 'dept', level1Key: 'output', level2Key: 'timeliness' });
    expect(placeholders(grid)).toEqual([
      expect.objectContaining({
        cell: 'D40',
        cells: ['D40', 'E40', 'F40'],
        severity: 'error',
        category: 'completeness',
        message: '第 40 行的指标“按时完成率”（时效指标）仍是模板示例内容，尚未填写（3 处“【待填】”）。',
      }),
    ]);
  });

  it('clears once the user writes real values, and stays while any marker is left', () => {
    const spec = setCells(fixture('seed-000'), { D40: '【待填】按时完成率', E40: '100%', F40: '【待填】100%' });
    expect(placeholders(specToGrid(spec)).map((f) => f.cells)).toEqual([['D40', 'F40']]);
    const done = setCells(fixture('seed-000'), { D40: '宣传任务按时完成率', E40: '100%', F40: '100%' });
    expect(placeholders(specToGrid(done))).toEqual([]);
  });

  it('flags each unfilled item of a packed cell', () => {
    const { grid } = apply(seedGrid('seed-003'), { kind: 'category', tableId: 'project-r7', level1Key: 'output', level2Key: 'timeliness', items: ['on-time-rate', 'deadline'] });
    expect(placeholders(grid).map((f) => [f.cell, f.message])).toEqual([
      ['G7', '项目“报刊征订”第 3 项指标“按时完成率”（时效指标）仍是模板示例内容，尚未填写。'],
      ['G7', '项目“报刊征订”第 4 项指标“项目完成时限”（时效指标）仍是模板示例内容，尚未填写。'],
    ]);
  });

  it('flags a marker outside any indicator table too', () => {
    const spec = setCells(fixture('seed-000'), { B2: '【待填】填报单位' });
    expect(placeholders(specToGrid(spec))).toEqual([expect.objectContaining({ cell: 'B2', message: '单元格 B2 仍含模板占位标记“【待填】”：“填报单位”。' })]);
  });
});
