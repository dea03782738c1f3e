// The rules as the pane and the CLI see them: findings through check(), the measurability figure,
// and rewrites that the checker itself accepts.

import { check, checkWithModel } from '../../../src/core/check';
import { reportSchema } from '../../../src/core/report-schema';
import { judgeForm, rewriteText } from '../../../src/core/rules/vague';
import { RULES } from '../../../src/core/rules';
import { fixture } from '../../fixtures/catalog';
import { specToGrid } from '../../fixtures/sheet-spec';
import { GUANGDONG, indicator, judge } from './helpers';
import { LABELLED } from './labelled-seed-indicators';

const SEEDS = ['seed-000', 'seed-001', 'seed-002', 'seed-003', 'seed-004-table'];
// Only this family's rules: the other families are tested on their own (and may be mid-change).
const VAGUE_ONLY = { rules: ['vague-target', 'weak-target'] };

describe('vague rules in check()', () => {
  it('are registered with kebab-case ids and severity notes', () => {
    const vague = RULES.filter((r) => r.meta.category === 'vague');
    // The ambition rules (issue 17: targets against results and against last year) share the category.
    expect(vague.map((r) => r.meta.id).sort()).toEqual(
      ['conservative-target', 'full-score-on-miss', 'indicator-dropped', 'target-below-last-year', 'unexplained-miss', 'vague-target', 'weak-target'],
    );
    for (const r of vague) expect(r.meta.severityNote).toBeTruthy();
  });

  it.each(SEEDS)('%s: findings are valid, one per indicator and verdict, and name the value cells', (seed) => {
    const { report, model } = checkWithModel(specToGrid(fixture(seed)), VAGUE_ONLY);
    expect(() => reportSchema.parse(report)).not.toThrow();
    const judged = judgeForm(model!, GUANGDONG);
    const vague = report.findings.filter((f) => f.category === 'vague');
    const groups = judged.indicators.flatMap((i) => i.judgement.groups);
    expect(vague).toHaveLength(groups.length);
    for (const f of vague) {
      expect(f.message).toMatch(/^“.+”(的|没有)/);
      expect(f.suggestion).toBeTruthy();
      expect(f.suggestion).not.toMatch(/请量化|请细化/);
      expect(f.why).toBeTruthy();
      expect(f.severity).toBe(f.rule === 'weak-target' ? 'info' : f.severity);
    }
    // Each finding covers one indicator: its value cells and its name cell.
    for (const { judgement } of judged.indicators) {
      for (const g of judgement.groups) {
        const f = vague.find((x) => x.message === g.why)!;
        expect(f).toBeDefined();
        for (const v of g.values) expect(f.cells).toContain(v.value.cell);
        expect(f.cells).toContain(judgement.indicator.name!.cell);
      }
    }
    expect(report.measurability).toEqual({ measurable: judged.measurable, total: judged.total });
  });

  it('fills the measurability figure for each seed', () => {
    const figures = Object.fromEntries(SEEDS.map((s) => [s, check(specToGrid(fixture(s)), VAGUE_ONLY).measurability]));
    console.log(`measurability: ${SEEDS.map((s) => `${s} ${figures[s]!.measurable}/${figures[s]!.total}`).join(', ')}`);
    expect(figures['seed-000']).toEqual({ measurable: 19, total: 27 });
    expect(figures['seed-004-table']).toEqual({ measurable: 6, total: 6 });
    for (const s of SEEDS) expect(figures[s]!.total).toBeGreaterThan(0);
  });

  it('leaves the figure out when the vague rules are not run', () => {
    const report = check(specToGrid(fixture('seed-000')), { rules: ['unreadable-block'] });
    expect(report.measurability).toBeUndefined();
  });

  it('warns on vague, informs on weak, and informs on a vague value beside a measurable one', () => {
    const report = check(specToGrid(fixture('seed-003')), VAGUE_ONLY);
    const byMessage = (s: string) => report.findings.find((f) => f.message.includes(s))!;
    expect(byMessage('“放映场次数量”的实施周期指标值').severity).toBe('warning');
    expect(byMessage('“放映场次数量”的实施周期指标值').rule).toBe('vague-target');
    expect(byMessage('“扩大区级融媒影响力”').rule).toBe('weak-target');
    expect(byMessage('“扩大区级融媒影响力”').severity).toBe('info');
    const sibling = byMessage('““学习强国”学习平台的供稿数量”的实施周期指标值');
    expect(sibling.rule).toBe('vague-target');
    expect(sibling.severity).toBe('info');
    expect(sibling.suggestion).toContain('60条');
  });
});

describe('rewrites', () => {
  it('every rewrite offered for a labelled seed indicator is itself judged measurable', () => {
    const bad: string[] = [];
    let checked = 0;
    for (const label of LABELLED) {
      const j = judge(label);
      for (const g of j.groups) {
        for (const r of g.rewrites) {
          checked++;
          const value = r.note ? `${r.value}（${r.note}）` : r.value;
          const again = judge(indicator({ name: r.name, level1: label.level1, level2: label.level2, annual: value }));
          if (again.verdict !== 'measurable') bad.push(`${label.name} → ${rewriteText(r)}: ${again.verdict} [${again.reasons}]`);
        }
      }
    }
    expect(checked).toBeGreaterThan(60);
    expect(bad).toEqual([]);
  });

  it('are built from the indicator itself', () => {
    const j = judge({ name: '网络舆情处置能力提升程度', level1: '效益指标', level2: '社会效益指标', annual: '≥90%' });
    expect(j.suggestion).toContain('舆情');
    const count = judge({ name: '放映场次数量', level1: '产出指标', level2: '数量指标', annual: '按合同约定完成' });
    expect(count.suggestion).toContain('放映场次数量 ≥');
    expect(count.suggestion).toContain('场');
    const unit = judge({ name: '央媒重点报道数量', level1: '产出指标', level2: '数量指标', annual: '2' });
    expect(unit.verdict).toBe('weak');
    expect(unit.suggestion).toContain('2篇');
    const sat = judge({ name: '群众满意度', level1: '满意度指标', level2: '服务对象满意度指标', annual: '≥90' });
    expect(sat.suggestion).toContain('≥90%');
    expect(sat.suggestion).toContain('满意人数 ÷ 调查总人数');
  });
});
