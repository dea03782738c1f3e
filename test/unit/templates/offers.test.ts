import { Report } from '../../../src/core/report';
import { describePlan, EditPlan, fixOffers, missingCategories, offeredTemplates, offerForFinding, planForFinding, requestFromFix } from '../../../src/core/templates';
import { checked, plan, profile, seedGrid } from './helpers';

describe('requestFromFix (contract with the completeness rules)', () => {
  it('reads a missing-category fix as a category request', () => {
    expect(requestFromFix({ kind: 'insert-template', label: '插入模板行', data: { tableId: 'dept', level1Key: 'output', level2Key: 'timeliness' } } as never)).toEqual({
      kind: 'category', tableId: 'dept', level1Key: 'output', level2Key: 'timeliness',
    });
    expect(requestFromFix({ kind: 'insert-template', data: { tableId: 'dept', level1Key: 'satisfaction' } })).toEqual({ kind: 'category', tableId: 'dept', level1Key: 'satisfaction' });
  });
  it('reads a fix with no category (no-indicators) as a whole block', () => {
    expect(requestFromFix({ kind: 'insert-template', data: { tableId: 'project-r23' } })).toEqual({ kind: 'block', tableId: 'project-r23' });
  });
  it('ignores other fixes and malformed data', () => {
    expect(requestFromFix({ kind: 'rename', data: { tableId: 'dept' } })).toBeNull();
    expect(requestFromFix({ kind: 'insert-template', data: { level1Key: 'output' } })).toBeNull();
    expect(requestFromFix(undefined)).toBeNull();
  });
});

describe('offeredTemplates', () => {
  it('seed 000: the empty 时效/成本/经济/生态/可持续 rows first, then every category of the table', () => {
    const { model, report } = checked(seedGrid('seed-000'));
    const offers = offeredTemplates(model, report, profile);
    expect(fixOffers(offers).map((o) => [o.id, o.reason, o.label])).toEqual([
      ['dept|output|timeliness', 'empty-row', '产出指标 / 时效指标'],
      ['dept|output|cost', 'empty-row', '产出指标 / 成本指标'],
      ['dept|benefit|economic', 'empty-row', '效益指标 / 经济效益指标'],
      ['dept|benefit|ecological', 'empty-row', '效益指标 / 生态效益指标'],
      ['dept|benefit|sustainable', 'empty-row', '效益指标 / 可持续影响指标'],
    ]);
    const available = offers.filter((o) => o.reason === 'available');
    expect(available.map((o) => o.level2Key)).toEqual(['quantity', 'quality', 'social', 'serviceSatisfaction']);
    const t = offers[0];
    expect(t.items.map((i) => i.name)).toEqual(['按时完成率', '资金支付及时率', '项目完成时限']);
    expect(t).toMatchObject({ tableId: 'dept', owner: '部门整体', layout: 'table', kind: 'category', where: '部门整体指标表 · 产出指标组内', severity: 'warning' });
  });

  it('seed 000: each empty category row carries a fill fix (the planner fills that row), offered as empty-row', () => {
    const g = seedGrid('seed-000');
    const { model, report } = checked(g);
    const empty = report.findings.filter((f) => f.rule === 'empty-category');
    expect(empty.map((f) => [f.cell, f.fix?.label, f.fix?.data])).toEqual([
      ['C40', '填写模板行', { tableId: 'dept', level1Key: 'output', level2Key: 'timeliness' }],
      ['C41', '填写模板行', { tableId: 'dept', level1Key: 'output', level2Key: 'cost' }],
      ['C42', '填写模板行', { tableId: 'dept', level1Key: 'benefit', level2Key: 'economic' }],
      ['C50', '填写模板行', { tableId: 'dept', level1Key: 'benefit', level2Key: 'ecological' }],
      ['C51', '填写模板行', { tableId: 'dept', level1Key: 'benefit', level2Key: 'sustainable' }],
    ]);
    const offers = offeredTemplates(model, report, profile, { source: 'report' });
    for (const f of empty) {
      expect(offerForFinding(offers, f)).toMatchObject({ reason: 'empty-row', cell: f.cell });
      // The fix fills the row's blank cells: no insertion.
      const p = planForFinding(f, g)!;
      expect(p.insertions).toEqual([]);
      expect(p.writes.every((w) => w.address.endsWith(f.cell.slice(1)))).toBe(true);
    }
  });

  it('seed 003: a fix on each missing-category finding, a block for the project with none, with the finding’s severity', () => {
    const { model, report } = checked(seedGrid('seed-003'));
    const offers = fixOffers(offeredTemplates(model, report, profile));
    const findings = report.findings.filter((f) => f.fix?.kind === 'insert-template');
    expect(offers).toHaveLength(findings.length);
    const block = offers.find((o) => o.tableId === 'project-r23')!;
    expect(block).toMatchObject({ kind: 'block', reason: 'no-indicators', label: '整套绩效指标', where: '项目“黄埔区创文补助经费” · 绩效指标单元格', severity: 'error', request: { kind: 'block', tableId: 'project-r23' } });
    const sat = offers.find((o) => o.id === 'project-r7|satisfaction|')!;
    // The finding named only the 一级; the offer says which 二级 the row will carry.
    expect(sat).toMatchObject({ level1Key: 'satisfaction', level2Key: 'serviceSatisfaction', label: '满意度指标（服务对象满意度指标）', severity: 'error', request: { kind: 'category', tableId: 'project-r7', level1Key: 'satisfaction' } });
    expect(offers.find((o) => o.id === 'project-r7|output|timeliness')!.severity).toBe('warning');
  });

  it('falls back to its own computation when the report carries no completeness findings', () => {
    const { model, report } = checked(seedGrid('seed-002'));
    const bare: Report = { ...report, findings: report.findings.filter((f) => f.category !== 'completeness') };
    const fromModel = fixOffers(offeredTemplates(model, bare, profile, { source: 'model' }));
    expect(fromModel.map((o) => o.id)).toEqual(['dept|output|cost', 'dept|satisfaction|serviceSatisfaction']);
    expect(missingCategories(model, profile)).toEqual([
      { tableId: 'dept', level1Key: 'output', level2Key: 'cost', requirement: 'recommended' },
      { tableId: 'dept', level1Key: 'satisfaction', level2Key: 'serviceSatisfaction', requirement: 'required' },
    ]);
    // The report wins when it has fixes: no duplicate offers for the same category.
    const fromReport = fixOffers(offeredTemplates(model, report, profile, { source: 'report' }));
    expect(fromReport.map((o) => o.id).sort()).toEqual(['dept|output|cost', 'dept|satisfaction|']);
  });

  it('ties every completeness finding that a template can fix to its offer', () => {
    for (const name of ['seed-000', 'seed-001', 'seed-002', 'seed-003', 'seed-004-table']) {
      const { model, report } = checked(seedGrid(name));
      const offers = offeredTemplates(model, report, profile);
      const fixable = report.findings.filter((f) => f.fix?.kind === 'insert-template' || f.rule === 'empty-category');
      expect(fixable.length).toBeGreaterThan(0);
      for (const f of fixable) expect({ finding: f.message, offer: !!offerForFinding(offers, f) }).toEqual({ finding: f.message, offer: true });
    }
    const { model, report } = checked(seedGrid('seed-000'));
    const empty = report.findings.find((f) => f.rule === 'empty-category' && f.cell === 'C40')!;
    expect(offerForFinding(offeredTemplates(model, report, profile), empty)!.id).toBe('dept|output|timeliness');
  });

  it('planForFinding: one call from a finding to its plan (fix data, or an empty category row), null otherwise', () => {
    const g = seedGrid('seed-000');
    const { report } = checked(g);
    const empty = report.findings.find((f) => f.rule === 'empty-category' && f.cell === 'C41')!;
    expect(planForFinding(empty, g)!.writes.map((w) => w.address)).toEqual(['D41', 'E41', 'F41']);
    const g3 = seedGrid('seed-003');
    const missing = checked(g3).report.findings.find((f) => f.rule === 'missing-category' && f.cell === 'G7' && /满意度/.test(f.message))!;
    expect(planForFinding(missing, g3, { items: ['public-satisfaction'] })!.writes[0].value).toMatch(/3、3-满意度指标；31-服务对象满意度；【待填】社会公众满意度；/);
    const other = report.findings.find((f) => f.rule !== 'empty-category')!;
    expect(planForFinding(other ?? { ...empty, rule: 'x' }, g)).toBeNull();
  });

  it('lists nothing for a sheet that is not a form, and can leave out the templates section', () => {
    const { model, report } = checked(seedGrid('seed-000'));
    expect(offeredTemplates(null, report, profile)).toEqual([]);
    expect(offeredTemplates(model, report, profile, { includeAvailable: false }).every((o) => o.reason !== 'available')).toBe(true);
  });
});

describe('describePlan', () => {
  it('previews a fill and an insertion in Chinese, row by row', () => {
    const p = plan(seedGrid('seed-000'), { kind: 'category', tableId: 'dept', level1Key: 'output', level2Key: 'timeliness', items: ['on-time-rate', 'deadline'] });
    expect(describePlan(p)).toBe(
      [
        '在第 40 行填写空白的时效指标行，并在第 40 行之后插入 1 行（部门整体：产出指标 / 时效指标）',
        '  第 40 行（填写空白单元格）：时效指标 | 【待填】按时完成率 | 【待填】100% | 【待填】100%',
        '  新第 41 行：【待填】项目完成时限 | 【待填】12月31日前完成 | 【待填】12月31日前完成',
      ].join('\n'),
    );
  });

  it('previews a packed append', () => {
    const p = plan(seedGrid('seed-003'), { kind: 'category', tableId: 'project-r7', level1Key: 'satisfaction' });
    expect(describePlan(p)).toBe(
      '在 G7（报刊征订）末尾追加 1 项指标：满意度指标 / 服务对象满意度指标\n' +
        '  G7 追加：3、3-满意度指标；31-服务对象满意度；【待填】服务对象满意度；实施周期指标值：【待填】≥90%；年度指标值：【待填】≥90%。',
    );
  });

  it('describes plans without a preview from their rows and writes', () => {
    const p: EditPlan = { description: '测试', insertions: [{ beforeRow: 4, rows: [[null, '甲', null, '乙'], []] }], writes: [{ address: 'B2', value: 'x' }] };
    expect(describePlan(p)).toBe('测试\n  在第 5 行插入：甲 | 乙\n  在第 6 行插入：（空行）\n  B2：x');
  });
});
