// Every seed produces the hierarchy and completeness findings domain.md §2 lists for it, at the
// right cells, and nothing on the rows that are correct.

import { fixture } from '../../fixtures/catalog';
import { Finding } from '../../../src/core/report';
import { ruleCells, treeCheck, treeFindings } from './helpers';

function byCell(findings: Finding[], rule: string, cell: string): Finding {
  const f = findings.filter((x) => x.rule === rule && x.cell === cell);
  if (f.length !== 1) throw new Error(`expected one ${rule}@${cell}, got ${f.length}: ${findings.map((x) => `${x.rule}@${x.cell}`).join(' ')}`);
  return f[0];
}

describe('seed 000 (Nansha): five empty category rows, a correct tree otherwise', () => {
  const findings = treeFindings(fixture('seed-000'));

  it('reports exactly the five empty rows', () => {
    expect(ruleCells(findings)).toEqual(['empty-category@C40', 'empty-category@C41', 'empty-category@C42', 'empty-category@C50', 'empty-category@C51']);
    expect(findings.every((f) => f.severity === 'warning')).toBe(true);
  });

  it('names the category and says whether it is recommended', () => {
    expect(byCell(findings, 'empty-category', 'C40').message).toContain('“时效指标”下没有三级指标');
    expect(byCell(findings, 'empty-category', 'C40').message).toContain('建议填写');
    expect(byCell(findings, 'empty-category', 'C41').message).toContain('“成本指标”');
    expect(byCell(findings, 'empty-category', 'C42').message).not.toContain('建议填写');
    expect(byCell(findings, 'empty-category', 'C51').message).toContain('不适用时删除这一行');
  });

  it('is silent on every filled row and reports no missing category (they are declared, just empty)', () => {
    const rows = new Set(findings.flatMap((f) => f.cells).map((c) => Number(/\d+/.exec(c)![0])));
    for (let row = 21; row <= 39; row++) expect(rows.has(row)).toBe(false);
    for (let row = 43; row <= 49; row++) expect(rows.has(row)).toBe(false);
    expect(rows.has(52)).toBe(false);
    expect(findings.some((f) => f.rule === 'missing-category')).toBe(false);
  });
});

describe('seed 001 (Liwan, task-based): bundled 二级, 满意度 under 效益, a count under 满意度', () => {
  const { findings, result } = treeCheck(fixture('seed-001'));

  it('produces the expected findings table', () => {
    expect(ruleCells(findings)).toEqual(
      [
        'unknown-level2@C12', 'unknown-level2@C16', 'level2-wrong-level1@C18', 'level3-wording-mismatch@D18',
        'missing-category@A22', 'unknown-level2@B23', 'unknown-level2@B26',
        'missing-category@A31', 'unknown-level2@B32', 'level2-wrong-level1@B37',
        'missing-category@A41', 'unknown-level2@B42', 'unknown-level2@B43',
        'missing-category@A47', 'unknown-level2@B48', 'unknown-level2@B50',
      ].sort(),
    );
  });

  it('says what a bundled 二级 should be split into', () => {
    const c12 = byCell(findings, 'unknown-level2', 'C12');
    expect(c12.severity).toBe('error');
    expect(c12.message).toContain('“数量、质量、时效、成本方面的指标”');
    expect(c12.message).toContain('请拆分为“数量指标”“质量指标”“时效指标”“成本指标”');
    expect(c12.suggestion).toBe('拆分为：数量指标、质量指标、时效指标、成本指标');
    expect(c12.cells).toEqual(['C12', 'D12', 'D13', 'D14', 'D15']);
    // 环境效益 is an accepted synonym of 生态效益: the split names the canonical 二级.
    expect(byCell(findings, 'unknown-level2', 'C16').suggestion).toBe('拆分为：经济效益指标、社会效益指标、生态效益指标、可持续影响指标');
  });

  it('treats "-" as a missing 二级 and infers 数量指标 from a count', () => {
    const b42 = byCell(findings, 'unknown-level2', 'B42');
    expect(b42.message).toContain('二级指标未填写（“-”）');
    expect(b42.message).toContain('“产出指标”下的二级指标');
    expect(b42.suggestion).toBe('数量指标');
  });

  it('places 服务满意度指标 under 满意度指标, naming the synonym', () => {
    const c18 = byCell(findings, 'level2-wrong-level1', 'C18');
    expect(c18.message).toContain('“服务满意度指标”（即“服务对象满意度指标”）属于一级指标“满意度指标”');
    expect(c18.message).toContain('不应放在“效益指标”下');
    expect(c18.cells).toEqual(['C18', 'B16', 'B18', 'D18']);
    expect(byCell(findings, 'level2-wrong-level1', 'B37').message).toContain('不应放在“效益指标”下');
  });

  it('flags 舆情日报数量 under 满意度 as a count and says where counts go', () => {
    const d18 = byCell(findings, 'level3-wording-mismatch', 'D18');
    expect(d18.severity).toBe('warning');
    expect(d18.message).toContain('“舆情日报数量”统计的是数量');
    expect(d18.message).toContain('应放在“产出指标—数量指标”下');
    // 市民对文明城市建设满意度 (C37) is a satisfaction indicator under a satisfaction 二级: fine.
    expect(findings.some((f) => f.cell === 'C37')).toBe(false);
  });

  it('reports a missing required 一级 per task table, with the template fix', () => {
    const a22 = byCell(findings, 'missing-category', 'A22');
    expect(a22.severity).toBe('error');
    expect(a22.message).toContain('“任务1 新闻宣传和融媒体中心建设工作”的指标表缺少必填的一级指标“满意度指标”');
    expect(a22.message).toContain('应添加在“效益指标”之后');
    expect(a22.cells).toEqual(['A22', 'A19']);
    expect(a22.fix).toEqual({ kind: 'insert-template', label: '插入模板行', data: { tableId: 'task-1', level1Key: 'satisfaction' } });
    // Task 2's only 效益 row is really a satisfaction row, so task 2 lacks 效益.
    expect(byCell(findings, 'missing-category', 'A31').fix?.data).toEqual({ tableId: 'task-2', level1Key: 'benefit' });
    expect(result.model?.tables.map((t) => t.id)).toEqual(expect.arrayContaining(['task-1', 'task-2', 'task-3', 'task-4']));
  });

  it('does not ask for 时效/成本 where the 二级 names must be fixed first', () => {
    expect(findings.some((f) => f.rule === 'missing-category' && f.severity === 'warning')).toBe(false);
  });

  it('is silent on what is correct: the 一级 labels, and the 三级 of the bundled groups', () => {
    const primaries = new Set(findings.map((f) => f.cell));
    for (const c of ['B12', 'B16', 'A23', 'A26', 'A32', 'A37', 'A42', 'A43', 'A48', 'A50']) expect(primaries.has(c)).toBe(false);
    // D12…D17 appear only as members of their bundled 二级 group, never as a finding of their own.
    for (const c of ['D12', 'D13', 'D14', 'D15', 'D16', 'D17']) {
      expect(primaries.has(c)).toBe(false);
      expect(findings.filter((f) => f.cells.includes(c)).map((f) => f.rule)).toEqual(['unknown-level2']);
    }
  });
});

describe('seed 002 (Huadu): no 效益指标 label, no 满意度 at all', () => {
  const findings = treeFindings(fixture('seed-002'));

  it('produces the expected findings table', () => {
    expect(ruleCells(findings)).toEqual(['level2-wrong-level1@C22', 'level2-wrong-level1@C24', 'missing-category@B18', 'missing-category@B19']);
  });

  it('phrases the blank 一级 as a missing 效益指标 at the 二级 cell', () => {
    const c22 = byCell(findings, 'level2-wrong-level1', 'C22');
    expect(c22.message).toContain('“社会效益指标”属于一级指标“效益指标”');
    expect(c22.message).toContain('一级指标单元格 B22 为空，沿用了上方 B19 的“产出指标”');
    expect(c22.message).toContain('请在 B22 填写“效益指标”');
    expect(c22.cells).toEqual(['C22', 'B19', 'B22', 'D22', 'D23']);
    expect(byCell(findings, 'level2-wrong-level1', 'C24').message).toContain('“可持续影响指标”');
  });

  it('reports 满意度 missing as an error and 成本 as a warning; 效益 counts as present', () => {
    const sat = byCell(findings, 'missing-category', 'B18');
    expect(sat.severity).toBe('error');
    expect(sat.message).toContain('缺少必填的一级指标“满意度指标”');
    expect(sat.fix?.data).toEqual({ tableId: 'dept', level1Key: 'satisfaction' });
    const cost = byCell(findings, 'missing-category', 'B19');
    expect(cost.severity).toBe('warning');
    expect(cost.message).toContain('“产出指标”下缺少建议填写的二级指标“成本指标”');
    expect(cost.fix?.data).toEqual({ tableId: 'dept', level1Key: 'output', level2Key: 'cost' });
    expect(findings.some((f) => f.fix?.data?.level1Key === 'benefit')).toBe(false);
  });

  it('is silent on the 产出 rows (数量, 时效 are correctly placed)', () => {
    expect(findings.some((f) => ['C19', 'C21', 'D19', 'D20', 'D21'].includes(f.cell))).toBe(false);
  });
});

describe('seed 003 (Huangpu): packed indicators per project', () => {
  const { findings, result } = treeCheck(fixture('seed-003'));
  const projects = result.model!.form === 'project-expenditure' ? result.model!.rows.filter((r) => r.kind === 'project') : [];
  const cellsOf = (rule: string, severity: string, text: string) =>
    findings.filter((f) => f.rule === rule && f.severity === severity && f.message.includes(text)).map((f) => f.cell).sort();
  const g = (rows: number[]) => rows.map((r) => `G${r}`).sort();

  it('has no contradictory code, unknown name or misplaced 二级 in the real packed texts', () => {
    expect(findings.filter((f) => ['packed-code-mismatch', 'unknown-level1', 'unknown-level2', 'level2-wrong-level1', 'duplicate-indicator'].includes(f.rule))).toEqual([]);
  });

  it('reports the project without any indicator once, at its 绩效指标 cell', () => {
    const none = findings.filter((f) => f.rule === 'no-indicators');
    expect(none).toHaveLength(1);
    expect(none[0].cell).toBe('G23');
    expect(none[0].cells).toEqual(['G23', 'A23']);
    expect(none[0].message).toContain('项目“黄埔区创文补助经费”没有填写任何绩效指标');
    expect(none[0].fix).toEqual({ kind: 'insert-template', label: '插入整套指标模板', data: { tableId: 'project-r23' } });
    expect(findings.filter((f) => f.cell === 'G23')).toHaveLength(1);
  });

  it('reports 满意度 missing in the 24 projects that lack it, and not in the three that have it', () => {
    const missing = [6, 7, 10, 11, 12, 13, 14, 15, 16, 17, 18, 20, 21, 22, 24, 25, 27, 28, 29, 30, 31, 32, 34, 35];
    expect(cellsOf('missing-category', 'error', '“满意度指标”')).toEqual(g(missing));
    for (const c of ['G8', 'G9', 'G19']) expect(findings.some((f) => f.cell === c && f.message.includes('满意度指标”（至少'))).toBe(false);
    expect(projects).toHaveLength(28);
  });

  it('warns about 时效 and 成本 per project, in packed-text form', () => {
    expect(cellsOf('missing-category', 'warning', '“时效指标”')).toEqual(g([7, 11, 13, 14, 16, 17, 20, 21, 24, 25, 29, 30, 31]));
    const cost = cellsOf('missing-category', 'warning', '“成本指标”');
    expect(cost).toEqual(g(projects.map((p) => p.row + 1).filter((r) => r !== 23 && r !== 27)));
    const g6 = findings.find((f) => f.cell === 'G6' && f.message.includes('满意度'))!;
    expect(g6.message).toContain('请在绩效指标中添加“3-满意度指标；31-服务对象满意度指标；三级指标；年度指标值：…”一项');
    expect(g6.fix?.data).toEqual({ tableId: 'project-r6', level1Key: 'satisfaction' });
  });

  it('flags the satisfaction rate filed under 社会效益 (item 1 of G22)', () => {
    const f = findings.filter((x) => x.rule === 'level3-wording-mismatch');
    expect(f).toHaveLength(1);
    expect(f[0].cell).toBe('G22');
    expect(f[0].message).toContain('第1项：三级指标“卫生状况改良满意率”衡量的是满意度，却放在“效益指标—社会效益”下');
    expect(f[0].message).toContain('应放在“满意度指标—服务对象满意度指标”下');
  });

  it('counts exactly 65 findings (1 + 1 + 24 errors/warnings for 满意度, 13 时效, 26 成本)', () => {
    expect(findings).toHaveLength(65);
  });
});

describe('seed 004 (prose self-evaluation report)', () => {
  it('says once that there is no indicator table, without crashing', () => {
    const findings = treeFindings(fixture('seed-004'));
    expect(ruleCells(findings)).toEqual(['no-indicators@A1']);
    expect(findings[0].severity).toBe('warning');
    expect(findings[0].message).toContain('未找到绩效指标表');
  });
});

describe('seed 004 table (clean tabular self-evaluation)', () => {
  it('has no hierarchy finding, only the two recommended categories', () => {
    const findings = treeFindings(fixture('seed-004-table'));
    expect(findings.filter((f) => f.category === 'hierarchy')).toEqual([]);
    expect(ruleCells(findings)).toEqual(['missing-category@B13', 'missing-category@B13']);
    expect(findings.map((f) => f.fix?.data?.level2Key).sort()).toEqual(['cost', 'timeliness']);
    expect(findings.every((f) => f.severity === 'warning')).toBe(true);
  });
});

describe('every missing-category fix follows the template contract', () => {
  it.each(['seed-000', 'seed-001', 'seed-002', 'seed-003', 'seed-004-table'])('%s', (name) => {
    const { findings, result } = treeCheck(fixture(name));
    const ids = new Set(result.model!.tables.map((t) => t.id));
    const profile = result.report.profile;
    expect(profile).toBe('guangdong');
    for (const f of findings.filter((x) => x.rule === 'missing-category')) {
      expect(f.fix?.kind).toBe('insert-template');
      expect(f.fix?.label).toBe('插入模板行');
      const data = f.fix!.data as { tableId: string; level1Key: string; level2Key?: string };
      expect(ids.has(data.tableId)).toBe(true);
      expect(['output', 'benefit', 'satisfaction']).toContain(data.level1Key);
    }
  });
});
