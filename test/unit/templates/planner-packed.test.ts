import fc from 'fast-check';
import { parsePacked } from '../../../src/core/forms/packed';
import { DEFAULT_PACKED_STYLE, detectPackedStyle, formatPackedItem, templateRows, BUILTIN_CATALOGS, applyEditToGrid } from '../../../src/core/templates';
import { apply, cell, checked, plan, profile, seedGrid } from './helpers';
import { fixture } from '../../fixtures/catalog';
import { setCells, specToGrid } from '../../fixtures/sheet-spec';

const satisfaction = { kind: 'category' as const, tableId: 'project-r7', level1Key: 'satisfaction' };

describe('packed text (seed 003)', () => {
  it('appends the template with the next number in the cell’s full-width style, as an append-only write', () => {
    const g = seedGrid('seed-003');
    const before = cell(g, 'G7') as string;
    const p = plan(g, satisfaction);
    expect(p.insertions).toEqual([]);
    expect(p.writes).toEqual([
      {
        address: 'G7',
        previous: before,
        value: `${before}3、3-满意度指标；31-服务对象满意度；【待填】服务对象满意度；实施周期指标值：【待填】≥90%；年度指标值：【待填】≥90%。`,
      },
    ]);
    expect(p.description).toBe('在 G7（报刊征订）末尾追加 1 项指标：满意度指标 / 服务对象满意度指标');
    expect(p.source).toMatchObject({ layout: 'packed', tableId: 'project-r7' });
  });

  it('the reader reads the appended items back under the right categories', () => {
    const g = seedGrid('seed-003');
    const { grid: out } = apply(g, { kind: 'category', tableId: 'project-r7', level1Key: 'output', level2Key: 'timeliness', items: ['on-time-rate', 'deadline'] });
    const table = checked(out).model.tables.find((t) => t.id === 'project-r7')!;
    expect(table.indicators.map((i) => [i.packedIndex, i.level1?.text, i.level1?.code, i.level2?.text, i.level2?.code, i.name?.text, i.values.map((v) => `${v.kind}:${v.text}`)])).toEqual([
      [1, '产出指标', '1', '数量指标', '11', '报刊征订任务', ['period:100%', 'annual:100%']],
      [2, '效益指标', '2', '社会效益', '22', '提升重点群体理论素养', expect.any(Array)],
      [3, '产出指标', '1', '时效指标', '13', '【待填】按时完成率', ['period:【待填】100%', 'annual:【待填】100%']],
      [4, '产出指标', '1', '时效指标', '13', '【待填】项目完成时限', ['period:【待填】12月31日前完成', 'annual:【待填】12月31日前完成']],
    ]);
    expect(checked(out).report.findings.filter((f) => f.rule.startsWith('packed'))).toEqual([]);
  });

  it('continues a half-width cell in half-width (“; ” and “:”)', () => {
    const g = seedGrid('seed-003');
    const p = plan(g, { kind: 'category', tableId: 'project-r24', level1Key: 'satisfaction' });
    expect(p.writes[0].value).toMatch(/放映场次数量。2、.*100%。3、3-满意度指标; 31-服务对象满意度; 【待填】服务对象满意度; 实施周期指标值:【待填】≥90%; 年度指标值:【待填】≥90%。$/);
  });

  it('a cell that switches style half-way continues in its last item’s style, after its last number', () => {
    const g = seedGrid('seed-003');
    const p = plan(g, { kind: 'category', tableId: 'project-r22', level1Key: 'satisfaction' });
    const added = (p.writes[0].value as string).slice((cell(g, 'G22') as string).length);
    expect(added).toBe('5、3-满意度指标; 31-服务对象满意度; 【待填】服务对象满意度; 实施周期指标值:【待填】≥90%; 年度指标值:【待填】≥90%。');
  });

  it('writes a whole block into the blank cell of a project with no indicators (黄埔区创文补助经费)', () => {
    const g = seedGrid('seed-003');
    expect(cell(g, 'G23')).toBeNull();
    const { grid: out, plan: p } = apply(g, { kind: 'block', tableId: 'project-r23' });
    expect(p.writes).toHaveLength(1);
    expect(p.writes[0].address).toBe('G23');
    expect(p.writes[0].previous).toBeUndefined();
    expect(p.writes[0].value).toBe(
      '1、1-产出指标；11-数量指标；【待填】开展活动场次；实施周期指标值：【待填】≥10场；年度指标值：【待填】≥10场。' +
        '2、1-产出指标；13-时效指标；【待填】按时完成率；实施周期指标值：【待填】100%；年度指标值：【待填】100%。' +
        '3、1-产出指标；14-成本指标；【待填】成本控制率；实施周期指标值：【待填】≤100%；年度指标值：【待填】≤100%。' +
        '4、2-效益指标；22-社会效益；【待填】宣传覆盖人次；实施周期指标值：【待填】≥100万人次；年度指标值：【待填】≥100万人次。' +
        '5、3-满意度指标；31-服务对象满意度；【待填】服务对象满意度；实施周期指标值：【待填】≥90%；年度指标值：【待填】≥90%。',
    );
    expect(p.description).toBe('在 G23（黄埔区创文补助经费）写入整套绩效指标（5 项）');
    const after = checked(out);
    expect(after.model.tables.find((t) => t.id === 'project-r23')!.indicators).toHaveLength(5);
    expect(after.report.findings.filter((f) => f.cell === 'G23' && f.rule !== 'template-placeholder')).toEqual([]);
  });

  it('closes an unterminated last item before appending, so the numbers stay apart', () => {
    const spec = setCells(fixture('seed-003'), { G7: '1、1-产出指标；11-数量指标；报刊征订任务；实施周期指标值：100%；年度指标值：85' });
    const g = specToGrid(spec);
    const p = plan(g, satisfaction);
    expect(p.writes[0].value).toBe('1、1-产出指标；11-数量指标；报刊征订任务；实施周期指标值：100%；年度指标值：85。2、3-满意度指标；31-服务对象满意度；【待填】服务对象满意度；实施周期指标值：【待填】≥90%；年度指标值：【待填】≥90%。');
    const { grid: out } = apply(g, satisfaction);
    const t = checked(out).model.tables.find((x) => x.id === 'project-r7')!;
    expect(t.indicators.map((i) => i.values.map((v) => v.text))).toEqual([['100%', '85'], ['【待填】≥90%', '【待填】≥90%']]);
  });

  it('never writes over a packed cell the user changed since the plan was made', () => {
    const g = seedGrid('seed-003');
    const p = plan(g, satisfaction);
    const changed = specToGrid(setCells(fixture('seed-003'), { G7: '用户改写了整段指标' }));
    const res = applyEditToGrid(changed, p);
    expect(res.skipped).toHaveLength(1);
    expect(cell(res.grid, 'G7')).toBe('用户改写了整段指标');
  });

  it('undo restores the packed cell exactly', () => {
    const g = seedGrid('seed-003');
    const { grid: out, undo } = apply(g, satisfaction);
    expect(undo(out)).toEqual(g);
  });
});

describe('detectPackedStyle / formatPackedItem', () => {
  it('detects the punctuation of each seed 003 cell style', () => {
    expect(detectPackedStyle('1、1-产出指标；11-数量指标；甲；实施周期指标值：1；年度指标值：1。2、2-效益指标；22-社会效益；乙；年度指标值：2。')).toMatchObject({
      numSep: '、', dash: '-', fieldSep: '；', colon: '：', term: '。', join: '',
    });
    expect(detectPackedStyle('1、1-产出指标; 11-数量指标; 甲; 实施周期指标值:1; 年度指标值:1。')).toMatchObject({ fieldSep: '; ', colon: ':', term: '。' });
    expect(detectPackedStyle('1.1-产出指标;11-数量指标;甲;年度指标值:1.\n2.2-效益指标;22-社会效益;乙;年度指标值:2.')).toMatchObject({ numSep: '.', fieldSep: ';', term: '.', join: '\n' });
  });

  it('whatever the style, the reader parses a formatted item back to its category, name and values', () => {
    const rows = profile.level1.flatMap((l1) => l1.level2.map((l2) => templateRows({ kind: 'category', tableId: 't', level1Key: l1.key, level2Key: l2.key }, profile, BUILTIN_CATALOGS.guangdong)[0]));
    const style = fc.record({
      numSep: fc.constantFrom('、', '.', '，'),
      dash: fc.constantFrom('-', '－'),
      fieldSep: fc.constantFrom('；', ';', '; '),
      colon: fc.constantFrom('：', ':'),
      term: fc.constantFrom('。', '.'),
      join: fc.constantFrom('', '\n'),
      valueHeaders: fc.constantFrom<string[]>(['实施周期指标值', '年度指标值'], ['年度指标值'], ['指标值']),
    });
    fc.assert(
      fc.property(style, fc.subarray(rows, { minLength: 1 }), (s, picked) => {
        const text = picked.map((t, i) => formatPackedItem(i + 1, t, s, { level1: t.level1.name, level2: t.level2.name })).join(s.join);
        const { indicators, issues } = parsePacked({ text, cell: 'G1', row: 0, col: 6 });
        expect(issues).toEqual([]);
        expect(indicators.map((i) => [i.packedIndex, i.level1?.code, i.level2?.code, i.name?.text, i.values.length])).toEqual(
          picked.map((t, i) => [i + 1, t.level1.code, t.level2.code, `【待填】${t.item.name}`, s.valueHeaders.length]),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('defaults to full-width punctuation', () => {
    expect(DEFAULT_PACKED_STYLE).toMatchObject({ numSep: '、', fieldSep: '；', colon: '：', term: '。' });
  });
});
