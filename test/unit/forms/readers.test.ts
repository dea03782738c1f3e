// The readers turn each seed form into the model a finance officer would read off the paper form.

import { countsByLevel2, modelAs, modelOf } from '../../helpers/seed-models';
import { modelDigest } from '../../helpers/model-digest';
import { VARIANTS } from '../../fixtures/catalog';

const amounts = (items: Array<{ key: string; value: number | null; status: string }>) =>
  Object.fromEntries(items.map((a) => [a.key, a.status === 'ok' ? a.value : a.status]));

describe('seed 000 — 部门整体预算绩效目标申报表 (Nansha)', () => {
  const m = modelAs('seed-000', 'dept-overall');

  it('reads the title, department and every budget amount in 万元', () => {
    expect(m.title).toBe('部门整体预算绩效目标申报表');
    expect(m.department).toBe('中国共产党广州市南沙区委员会宣传部');
    expect(m.unit).toBe('万元');
    expect(amounts(m.budget)).toEqual({
      basic: 1561.17, project: 5200, special: 0, otherDev: 332.72, fiscal: 7093.89, other: 0, districtLevel: 7093.89, transfer: 0,
    });
    expect(m.budget.find((b) => b.key === 'basic')).toMatchObject({ cell: 'C5', labelCell: 'B5', raw: '1,561.17' });
  });

  it('reads six key tasks with their funds', () => {
    expect(m.tasks.map((t) => [t.name?.text, t.funds?.value])).toEqual([
      ['全平台宣传工作', 515.8],
      ['粤港澳大湾区国际媒体枢纽港工作', 650],
      ['南沙新区城市形象宣传策划', 415],
      ['国际传播能力建设', 200],
      ['互联网信息管理工作', 2256.3],
      ['文明创建工作及新闻出版综合工作', 539],
    ]);
    expect(m.tasks.every((t) => t.content && t.goal)).toBe(true);
    expect(m.overallTarget?.text).toMatch(/^坚持以习近平新时代中国特色社会主义思想为指导/);
  });

  it('carries 一级/二级 down through merged cells and keeps the empty category rows', () => {
    expect(countsByLevel2(m, 'dept')).toEqual({
      '产出指标/数量指标': 14,
      '产出指标/质量指标': 5,
      '效益指标/社会效益指标': 7,
      '满意度指标/服务对象满意度指标': 1,
    });
    const t = m.tables[0];
    const empty = t.indicators.filter((i) => !i.name).map((i) => i.level2?.text);
    expect(empty).toEqual(['时效指标', '成本指标', '经济效益指标', '生态效益指标', '可持续影响指标']);
    const outOfMerge = t.indicators.find((i) => i.name?.text === 'Twitter账号粉丝量达标率')!;
    expect(outOfMerge.level2).toMatchObject({ text: '质量指标', inherited: true });
    expect(outOfMerge.values.map((v) => [v.kind, v.text])).toEqual([['period', '100%'], ['annual', '100%']]);
    expect(m.issues).toEqual([]);
  });
});

describe('seed 001 — 部门整体绩效目标, task-based (Liwan)', () => {
  const m = modelAs('seed-001', 'dept-overall-tasks');

  it('reads the income block in 元 where label and value share a cell', () => {
    expect(m.unit).toBe('元');
    expect(amounts(m.income)).toEqual({ total: 28036202, fiscal: 28036202, specialAccount: 0, other: 0 });
    expect(m.income[0]).toMatchObject({ cell: 'B6', inline: true, unit: '元', raw: '28,036,202.00' });
    expect(m.department).toBe('中国共产党广州市荔湾区委员会宣传部');
  });

  it('reads the department table and one table per task', () => {
    expect(m.tasks.map((t) => [t.index, t.name?.text, t.tableId])).toEqual([
      [1, '新闻宣传和融媒体中心建设工作', 'task-1'],
      [2, '社会主义精神文明建设工作', 'task-2'],
      [3, '理论和出版、版权工作', 'task-3'],
      [4, '网络信息和舆情工作', 'task-4'],
    ]);
    expect(m.tables.map((t) => [t.id, t.indicators.length])).toEqual([['dept', 7], ['task-1', 4], ['task-2', 6], ['task-3', 2], ['task-4', 3]]);
    expect(countsByLevel2(m, 'dept')).toEqual({
      '产出指标/数量、质量、时效、成本方面的指标': 4,
      '效益指标/经济效益、社会效益、环境效益、可持续影响等方面的指标': 2,
      '效益指标/服务满意度指标': 1,
    });
    const t2 = m.tables.find((t) => t.id === 'task-2')!;
    expect(t2.indicators.at(-1)).toMatchObject({ name: { text: '市民对文明城市建设满意度' }, level2: { text: '服务满意度指标' } });
    expect(t2.indicators.at(-1)!.values).toEqual([expect.objectContaining({ kind: 'expected', text: '显著提升' })]);
    expect(m.tables.find((t) => t.id === 'task-3')!.indicators[0].level2?.text).toBe('-');
  });
});

describe('seed 002 — 部门整体预算绩效目标申报表 (Huadu)', () => {
  const m = modelAs('seed-002', 'dept-overall');

  it('parses numbers typed as "1, 499. 73"', () => {
    expect(amounts(m.budget)).toEqual({
      basic: 1499.73, project: 1354.87, special: 0, otherDev: 942.46, fiscal: 3797.06, other: 0, districtLevel: 3707.06, transfer: 90,
    });
  });

  it('reads four tasks, two without funds, and skips the optional prompt row', () => {
    expect(m.tasks.map((t) => t.funds?.status)).toEqual(['blank', 'blank', 'ok', 'ok']);
    expect(m.tasks.map((t) => t.funds?.value)).toEqual([null, null, 50, 80]);
  });

  it('reads six indicators, carrying 产出指标 into rows whose 一级 cell is blank', () => {
    const t = m.tables[0];
    expect(t.indicators).toHaveLength(6);
    expect(t.indicators.map((i) => [i.level1?.text, i.level1?.inherited, i.level2?.text])).toEqual([
      ['产出指标', false, '数量指标'],
      ['产出指标', true, '数量指标'],
      ['产出指标', true, '时效指标'],
      ['产出指标', true, '社会效益指标'],
      ['产出指标', true, '社会效益指标'],
      ['产出指标', true, '可持续影响指标'],
    ]);
  });
});

describe('seed 003 — 项目支出绩效目标表 (Huangpu)', () => {
  const m = modelAs('seed-003', 'project-expenditure');
  const total = (r: (typeof m.rows)[number]) => r.amounts.find((a) => a.key === 'total')!.value;

  it('reads the 合计, three units and 28 projects with their amounts', () => {
    expect(m.rows.filter((r) => r.kind === 'total').map(total)).toEqual([8777.2]);
    expect(m.rows.filter((r) => r.kind === 'unit').map((r) => [r.name.text, total(r)])).toEqual([
      ['中共广州市黄埔区委员会宣传部', 5805.56],
      ['广州市黄埔区融媒体中心', 2815.64],
      ['广州市黄埔区互联网舆情信息中心', 156],
    ]);
    const projects = m.rows.filter((r) => r.kind === 'project');
    expect(projects).toHaveLength(28);
    const byUnit = (row: number) => projects.filter((p) => p.unitRow === row);
    const units = m.rows.filter((r) => r.kind === 'unit');
    expect(units.map((u) => byUnit(u.row).length)).toEqual([20, 6, 2]);
    const sum = (xs: typeof projects) => Math.round(xs.reduce((s, p) => s + total(p)!, 0) * 100) / 100;
    expect(units.map((u) => sum(byUnit(u.row)))).toEqual([5955.56, 2815.64, 156]);
    expect(m.unit).toBe('万元');
  });

  it('unpacks each project\'s packed indicators with codes, names and both values', () => {
    const tables = m.tables.filter((t) => t.source === 'packed');
    expect(tables).toHaveLength(28);
    expect(tables.reduce((s, t) => s + t.indicators.length, 0)).toBe(122);
    const first = tables[0];
    expect(first.owner).toBe('理论学习经费');
    expect(first.indicators[0]).toMatchObject({
      packedIndex: 1,
      level1: { text: '效益指标', code: '2' },
      level2: { text: '社会效益', code: '22' },
      name: { text: '“蒲公英”宣讲团开展宣讲' },
    });
    expect(first.indicators[0].values.map((v) => [v.kind, v.text])).toEqual([['period', '每季度开展1次主题宣讲'], ['annual', '开展4次主题宣讲']]);
    // Half-width separators (";" and ":") in later rows read the same way.
    const film = tables.find((t) => t.owner === '黄埔区农村电影放映补助')!;
    expect(film.indicators.map((i) => [i.level2?.code, i.name?.text])).toEqual([['22', '农村电影放映'], ['11', '放映场次']]);
  });

  it('keeps the project without indicators as an empty table', () => {
    const none = m.tables.find((t) => t.owner === '黄埔区创文补助经费')!;
    expect(none.indicators).toEqual([]);
    expect(m.rows.find((r) => r.name.text === '黄埔区创文补助经费')!.indicatorCell).toBeUndefined();
  });
});

describe('seed 004 — 自评报告 (Liwan 2022), prose and table', () => {
  it('reads the execution figures from the report\'s prose', () => {
    const m = modelAs('seed-004', 'self-evaluation');
    const byKey = Object.fromEntries(m.figures.map((f) => [f.key, f]));
    expect(byKey.total.budget?.value).toBe(3663.27);
    expect(byKey.total.executed?.value).toBe(2659.4);
    expect(byKey.total.rate?.value).toBeCloseTo(72.6);
    expect(m.figures.filter((f) => f.group === 'source').map((f) => f.executed?.value)).toEqual([2269.81, 389.59, 0, 0]);
    expect(m.figures.filter((f) => f.group === 'nature').map((f) => f.executed?.value)).toEqual([1198.25, 1461.15]);
    expect(byKey.carryover).toMatchObject({ group: 'other', executed: { value: 80.67 } });
    expect(m.tables).toEqual([]);
  });

  it('reads the same figures from the tabular 绩效自评表, with the rate formula', () => {
    const m = modelAs('seed-004-table', 'self-evaluation');
    const total = m.figures[0];
    expect(total).toMatchObject({ group: 'total', budget: { value: 3663.27, cell: 'C4' }, executed: { value: 2659.4, cell: 'D4' }, rate: { cell: 'E4', formula: '=D4/C4' } });
    expect(total.rate?.value).toBeCloseTo(72.6);
    expect(m.figures.slice(1).map((f) => [f.key, f.group, f.executed?.value])).toEqual([
      ['generalBudget', 'source', 2269.81], ['govFund', 'source', 389.59], ['stateCapital', 'source', 0], ['otherFunds', 'source', 0],
      ['basic', 'nature', 1198.25], ['project', 'nature', 1461.15],
    ]);
    expect(m.tables[0].indicators.map((i) => i.values.map((v) => v.kind))).toEqual(Array(6).fill(['annual', 'actual']));
  });
});

describe('variants users produce read into the same model', () => {
  it.each(VARIANTS.map((v) => [v.name, v.base] as const))('%s reads like %s', (name, base) => {
    expect(modelDigest(modelOf(name))).toEqual(modelDigest(modelOf(base)));
  });

  it('a moved form reports cells at their new addresses', () => {
    const moved = modelAs('seed-000-moved', 'dept-overall');
    expect(moved.budget.find((b) => b.key === 'basic')!.cell).toBe('D7');
  });
});

describe('sheets that are not forms', () => {
  it('does not recognise a contact list or an empty sheet', () => {
    const { checkWithModel } = require('../../../src/core/check');
    const list = checkWithModel({ name: '通讯录', values: [['姓名', '科室'], ['张三', '财务科']] });
    expect(list.model).toBeNull();
    expect(list.report.findings).toEqual([expect.objectContaining({ rule: 'not-a-form', category: 'structure' })]);
    const empty = checkWithModel({ name: 'Sheet1', values: [] });
    expect(empty.report.form).toBeNull();
    expect(empty.report.findings[0].message).toMatch(/为空/);
  });
});
