// The budget rules as the pane and the CLI see them: registered, described, selectable by id.

import { check } from '../../../src/core/check';
import { RULES } from '../../../src/core/rules';
import { BUDGET_RULE_METAS } from '../../../src/core/rules/budget';
import { findingSchema } from '../../../src/core/report-schema';
import { fixture } from '../../fixtures/catalog';
import { specToGrid } from '../../fixtures/sheet-spec';

describe('budget rules', () => {
  it('are all registered, in the budget category, with a Chinese title and why', () => {
    const ids = RULES.filter((r) => r.meta.category === 'budget').map((r) => r.meta.id);
    expect(ids).toEqual(BUDGET_RULE_METAS.map((m) => m.id));
    expect(ids).toEqual([
      'budget-sum-mismatch', 'task-funds-exceed', 'task-without-funds', 'budget-partly-blank', 'amount-not-a-number',
      'amount-error-value', 'amount-negative', 'rate-mismatch', 'rate-out-of-range', 'formula-range',
      'score-exceeds-weight', 'weights-not-100', 'score-total-mismatch', 'budget-score-mismatch',
    ]);
    for (const m of BUDGET_RULE_METAS) {
      expect(m.title).toMatch(/[\u4e00-\u9fff]/);
      expect(m.why).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('document their severity where it is not obvious', () => {
    const noted = BUDGET_RULE_METAS.filter((m) => m.severityNote).map((m) => m.id);
    expect(noted).toEqual(expect.arrayContaining(['budget-partly-blank', 'task-without-funds', 'rate-out-of-range', 'formula-range']));
  });

  it('produce findings that fit the report schema, with the rule\'s why', () => {
    const report = check(specToGrid(fixture('seed-003')));
    const budget = report.findings.filter((f) => f.category === 'budget');
    expect(budget).toHaveLength(2);
    for (const f of budget) {
      expect(findingSchema.parse(f)).toEqual(f);
      expect(f.why).toBe(BUDGET_RULE_METAS[0].why);
    }
  });

  it('can be run one at a time', () => {
    const only = check(specToGrid(fixture('seed-002')), { rules: ['task-without-funds'] });
    expect(only.findings.map((f) => f.rule)).toEqual(['task-without-funds', 'task-without-funds']);
    expect(check(specToGrid(fixture('seed-003')), { rules: ['task-without-funds'] }).findings).toEqual([]);
  });
});
