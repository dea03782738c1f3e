import { GridData } from '../../../src/core/grid/grid';
import { CategoryIndex } from '../../../src/core/profiles';
import { applyEditToGrid, classifyRows, planTemplate, TemplateError } from '../../../src/core/templates';
import { fixture } from '../../fixtures/catalog';
import { relabel, setCells, specToGrid } from '../../fixtures/sheet-spec';
import { apply, cell, checked, plan, profile, seedGrid } from './helpers';

const categories = new CategoryIndex(profile);

/** The rows of a table as "一级/二级/三级" (keys) after re-reading the grid. */
function tree(g: GridData, tableId: string): string[] {
  const table = checked(g).model.tables.find((t) => t.id === tableId)!;
  return classifyRows(table, categories).map((r) => `${r.indicator.row}:${r.effective1?.key ?? '?'}/${r.level2?.key ?? '?'}/${r.indicator.name?.text ?? ''}`);
}

describe('planTemplate: seed 000 (merged 一级/二级 groups, empty category rows)', () => {
  it('fills the empty 时效指标 row instead of adding one, touching only its blank cells', () => {
    const g = seedGrid('seed-000');
    const p = plan(g, { kind: 'category', tableId: 'dept', level1Key: 'output', level2Key: 'timeliness' });
    expect(p.insertions).toEqual([]);
    expect(p.writes).toEqual([
      { address: 'D40', value: '【待填】按时完成率' },
      { address: 'E40', value: '【待填】100%' },
      { address: 'F40', value: '【待填】100%' },
    ]);
    expect(p.description).toBe('在第 40 行填写空白的时效指标行（部门整体：产出指标 / 时效指标）');
    expect(p.source).toEqual({ kind: 'category', tableId: 'dept', level1Key: 'output', level2Key: 'timeliness', layout: 'table' });
  });

  it('a second 时效 row goes right below the filled one; the 二级 label merges over both, 一级 and 绩效指标 grow', () => {
    const g = seedGrid('seed-000');
    const { grid: out, plan: p } = apply(g, { kind: 'category', tableId: 'dept', level1Key: 'output', level2Key: 'timeliness', items: ['on-time-rate', 'payment-timeliness'] });
    expect(p.insertions).toHaveLength(1);
    expect(p.insertions[0]).toMatchObject({ beforeRow: 40, formatFromRow: 39, merges: ['C40:C41'], tableColumns: 'B:F' });
    expect(p.insertions[0].rows).toEqual([[null, null, null, '【待填】资金支付及时率', '【待填】100%', '【待填】100%']]);
    expect(out.merges).toEqual(expect.arrayContaining(['A20:A53', 'B21:B42', 'C40:C41', 'C21:C34', 'C35:C39']));
    expect(tree(out, 'dept').filter((r) => r.includes('timeliness'))).toEqual([
      '39:output/timeliness/【待填】按时完成率',
      '40:output/timeliness/【待填】资金支付及时率',
    ]);
    expect(cell(out, 'C42')).toBe('成本指标');
  });

  it('满意度 rows go after the last row of the 满意度 group (the table end): labels merge down, 绩效指标 grows', () => {
    const g = seedGrid('seed-000');
    const { grid: out, plan: p } = apply(g, { kind: 'category', tableId: 'dept', level1Key: 'satisfaction', level2Key: 'serviceSatisfaction', items: ['service-satisfaction', 'public-satisfaction'] });
    expect(p.insertions[0]).toMatchObject({ beforeRow: 52, formatFromRow: 51 });
    expect(p.insertions[0].merges!.sort()).toEqual(['A20:A54', 'B52:B54', 'C52:C54']);
    expect(p.insertions[0].rows).toEqual([
      [null, null, null, '【待填】服务对象满意度', '【待填】≥90%', '【待填】≥90%'],
      [null, null, null, '【待填】社会公众满意度', '【待填】≥85%', '【待填】≥85%'],
    ]);
    expect(out.merges).toEqual(expect.arrayContaining(['A20:A54', 'B52:B54', 'C52:C54']));
    expect(out.merges).not.toContain('A20:A52');
    expect(tree(out, 'dept').slice(-3)).toEqual([
      '51:satisfaction/serviceSatisfaction/海外反响',
      '52:satisfaction/serviceSatisfaction/【待填】服务对象满意度',
      '53:satisfaction/serviceSatisfaction/【待填】社会公众满意度',
    ]);
  });

  it('another 质量 row continues the 质量 group: its merged label grows, 时效 below moves down', () => {
    const g = seedGrid('seed-000');
    const { grid: out, plan: p } = apply(g, { kind: 'category', tableId: 'dept', level1Key: 'output', level2Key: 'quality' });
    expect(p.insertions[0]).toMatchObject({ beforeRow: 39, merges: ['C35:C40'] });
    expect(out.merges).toEqual(expect.arrayContaining(['C35:C40', 'B21:B42']));
    expect(cell(out, 'C41')).toBe('时效指标');
  });

  const withFormulas = () =>
    specToGrid(setCells(fixture('seed-000'), { B55: '三级指标个数', D55: 32, E5: 7093.89 }, { D55: '=COUNTA(D21:D52)', E5: '=C5+C6+C8+C9', G1: '=D55*2' }));

  it('formulas below the insertion shift; a range the rows land inside grows; formulas above stay', () => {
    const { grid: out } = apply(withFormulas(), { kind: 'category', tableId: 'dept', level1Key: 'output', level2Key: 'timeliness', items: ['on-time-rate', 'deadline'] });
    expect(out.formulas).toEqual({ D56: '=COUNTA(D21:D53)', E5: '=C5+C6+C8+C9', G1: '=D56*2' });
    expect(cell(out, 'D56')).toBe(32);
    expect(cell(out, 'B56')).toBe('三级指标个数');
  });

  it('rows appended right after a range do not widen it, exactly as Excel behaves (the formula only moves)', () => {
    const { grid: out } = apply(withFormulas(), { kind: 'category', tableId: 'dept', level1Key: 'satisfaction', level2Key: 'serviceSatisfaction' });
    expect(out.formulas).toEqual({ D56: '=COUNTA(D21:D52)', E5: '=C5+C6+C8+C9', G1: '=D56*2' });
  });
});

describe('planTemplate: seed 001 (department table and one table per task)', () => {
  it('task table: 满意度 goes after the table’s last row with the 一级/二级 labels, repeating 指标解释 over D:E', () => {
    const g = seedGrid('seed-001');
    const { grid: out, plan: p } = apply(g, { kind: 'category', tableId: 'task-1', level1Key: 'satisfaction', level2Key: 'serviceSatisfaction' });
    expect(p.insertions).toEqual([
      {
        beforeRow: 26,
        formatFromRow: 25,
        merges: ['D27:E27'],
        tableColumns: 'A:H',
        rows: [['满意度指标', '服务对象满意度指标', '【待填】服务对象满意度', '反映服务对象对项目实施效果的满意程度。', null, '满意度调查中满意人数÷调查总人数×100%', '【待填】≥90%', '%']],
      },
    ]);
    expect(tree(out, 'task-1').pop()).toBe('26:satisfaction/serviceSatisfaction/【待填】服务对象满意度');
    // The next task's block moved down intact.
    expect(cell(out, 'A29')).toBe('任务2');
  });

  it('department table: 时效 goes at the end of the 产出 group; the merged 产出指标 cell grows over it', () => {
    const g = seedGrid('seed-001');
    const { grid: out, plan: p } = apply(g, { kind: 'category', tableId: 'dept', level1Key: 'output', level2Key: 'timeliness' });
    expect(p.insertions[0]).toMatchObject({ beforeRow: 15, formatFromRow: 14, merges: ['B12:B16'] });
    expect(p.insertions[0].rows[0].slice(1, 4)).toEqual([null, '时效指标', '【待填】按时完成率']);
    expect(out.merges).toEqual(expect.arrayContaining(['B12:B16', 'A10:A19']));
    expect(tree(out, 'dept')[4]).toBe('15:output/timeliness/【待填】按时完成率');
    expect(tree(out, 'dept')[5]).toMatch(/^16:benefit\/\?\/新闻报道量/);
  });

  it('a task whose 效益 row holds a 满意度 二级: 社会效益 joins the 效益 group and its merged label', () => {
    const g = seedGrid('seed-001');
    const { grid: out, plan: p } = apply(g, { kind: 'category', tableId: 'task-2', level1Key: 'benefit' });
    expect(p.insertions[0]).toMatchObject({ beforeRow: 37, merges: ['A37:A38', 'D38:E38'] });
    expect(tree(out, 'task-2').pop()).toBe('37:benefit/social/【待填】宣传覆盖人次');
  });
});

describe('planTemplate: seed 002 (no 满意度 at all)', () => {
  it('a new 满意度 group goes after the last row; the side label 绩效指标 grows', () => {
    const g = seedGrid('seed-002');
    const { grid: out, plan: p } = apply(g, { kind: 'category', tableId: 'dept', level1Key: 'satisfaction' });
    expect(p.insertions[0]).toMatchObject({ beforeRow: 24, formatFromRow: 23, merges: ['A18:A25'] });
    expect(p.insertions[0].rows).toEqual([[null, '满意度指标', '服务对象满意度指标', '【待填】服务对象满意度', '【待填】≥90%', '【待填】≥90%']]);
    expect(out.merges).toContain('A18:A25');
    expect(tree(out, 'dept').pop()).toBe('24:satisfaction/serviceSatisfaction/【待填】服务对象满意度');
  });

  it('several rows of a new group get merged labels when the table merges its labels', () => {
    const g = seedGrid('seed-002');
    const { plan: p } = apply(g, { kind: 'category', tableId: 'dept', level1Key: 'satisfaction', items: ['service-satisfaction', 'public-satisfaction'] });
    expect(p.insertions[0].merges!.sort()).toEqual(['A18:A26', 'B25:B26', 'C25:C26']);
  });
});

describe('planTemplate: seed 004 table (self-evaluation)', () => {
  it('时效 goes after 质量 at the end of 产出; 实际完成值 gets a bare placeholder', () => {
    const g = seedGrid('seed-004-table');
    const { grid: out, plan: p } = apply(g, { kind: 'category', tableId: 'dept', level1Key: 'output', level2Key: 'timeliness' });
    expect(p.insertions[0]).toMatchObject({ beforeRow: 16, formatFromRow: 15, merges: ['B13:B17'] });
    expect(p.insertions[0].rows).toEqual([[null, null, '时效指标', '【待填】按时完成率', '【待填】100%', '【待填】', null]]);
    expect(out.merges).toEqual(expect.arrayContaining(['A12:A19', 'B13:B17', 'C13:C15']));
    expect(tree(out, 'dept')[4]).toBe('16:output/timeliness/【待填】按时完成率');
  });

  it('keeps 二级 order inside a group: 质量 goes between 数量 and 时效', () => {
    const spec = relabel(fixture('seed-004-table'), [['质量指标', '时效指标']]);
    const g = specToGrid(spec);
    const { grid: out, plan: p } = apply(g, { kind: 'category', tableId: 'dept', level1Key: 'output', level2Key: 'quality' });
    expect(p.insertions[0]).toMatchObject({ beforeRow: 15, formatFromRow: 14 });
    // The 产出 merge spans the point and grows by itself; 数量's merge ends above and stays.
    expect(p.insertions[0].merges).toBeUndefined();
    expect(out.merges).toEqual(expect.arrayContaining(['B13:B17', 'C13:C15']));
    expect(tree(out, 'dept').slice(0, 5).map((r) => r.split('/')[1])).toEqual(['quantity', 'quantity', 'quantity', 'quality', 'timeliness']);
  });

  it('a whole block goes under the header of an empty table', () => {
    const full = fixture('seed-004-table');
    const spec = { ...full, rows: full.rows.slice(0, 12), merges: full.merges.filter((m) => !['A12:A18', 'B13:B16', 'C13:C15'].includes(m)) };
    const g = specToGrid(spec);
    const before = checked(g);
    expect(before.model.tables[0].indicators).toEqual([]);
    const { grid: out, plan: p } = apply(g, { kind: 'block', tableId: 'dept' });
    expect(p.insertions[0].beforeRow).toBe(12);
    expect(p.insertions[0].formatFromRow).toBeUndefined();
    expect(p.insertions[0].rows.map((r) => r.slice(1, 4))).toEqual([
      ['产出指标', '数量指标', '【待填】开展活动场次'],
      [null, '时效指标', '【待填】按时完成率'],
      [null, '成本指标', '【待填】成本控制率'],
      ['效益指标', '社会效益指标', '【待填】宣传覆盖人次'],
      ['满意度指标', '服务对象满意度指标', '【待填】服务对象满意度'],
    ]);
    expect(tree(out, 'dept').map((r) => r.split(':')[1].split('/').slice(0, 2).join('/'))).toEqual([
      'output/quantity',
      'output/timeliness',
      'output/cost',
      'benefit/social',
      'satisfaction/serviceSatisfaction',
    ]);
    const after = checked(out);
    expect(after.report.findings.filter((f) => f.rule === 'missing-category' || f.rule === 'empty-table')).toEqual([]);
  });
});

describe('planTemplate: refusals', () => {
  const g = seedGrid('seed-000');
  const model = checked(g).model;
  it.each([
    [{ kind: 'category' as const, tableId: 'nope', level1Key: 'output' }, /找不到指标表/],
    [{ kind: 'category' as const, tableId: 'dept', level1Key: 'ghost' }, /没有一级指标“ghost”/],
    [{ kind: 'category' as const, tableId: 'dept', level1Key: 'output', level2Key: 'ghost' }, /没有二级指标“ghost”/],
    [{ kind: 'category' as const, tableId: 'dept', level1Key: 'output', level2Key: 'cost', items: ['nope'] }, /没有所选的模板行/],
    [{ kind: 'block' as const, tableId: 'dept' }, /已有绩效指标/],
  ])('%j', (request, message) => {
    expect(() => planTemplate(model, g, request)).toThrow(TemplateError);
    expect(() => planTemplate(model, g, request)).toThrow(message);
  });

  it('refuses a protected sheet', () => {
    expect(() => planTemplate(model, { ...g, protected: true }, { kind: 'category', tableId: 'dept', level1Key: 'output' })).toThrow(/受保护/);
  });

  it('applying a plan never changes a cell the user filled', () => {
    const p = planTemplate(model, g, { kind: 'category', tableId: 'dept', level1Key: 'output', level2Key: 'timeliness' });
    const filled = setCells(fixture('seed-000'), { E40: '用户刚填的值' });
    const res = applyEditToGrid(specToGrid(filled), p);
    expect(res.skipped).toEqual([{ address: 'E40', value: '【待填】100%' }]);
    expect(cell(res.grid, 'E40')).toBe('用户刚填的值');
  });
});
