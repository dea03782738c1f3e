// Judgements are reused by content across checks (the pane re-checks on every edit). A reused
// judgement must report the cells of the sheet being checked now, exactly as a fresh one would.

import { fixture } from '../../fixtures/catalog';
import { specToGrid } from '../../fixtures/sheet-spec';
import type { check as checkFn } from '../../../src/core/check';

const vagueRules = ['vague-target', 'weak-target'];

function freshCheck(): typeof checkFn {
  let fn: typeof checkFn | undefined;
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    fn = require('../../../src/core/check').check;
  });
  return fn!;
}

describe('judgement reuse across checks', () => {
  it.each(['seed-003', 'seed-000', 'seed-001'])('%s moved to B3 after a check of the original gives the fresh findings at the new cells', (name) => {
    const warm = freshCheck();
    const original = warm(specToGrid(fixture(name)), { rules: vagueRules });
    const movedWarm = warm(specToGrid(fixture(`${name}-moved`)), { rules: vagueRules });
    const movedCold = freshCheck()(specToGrid(fixture(`${name}-moved`)), { rules: vagueRules });
    expect(original.findings.length).toBeGreaterThan(0);
    expect(movedWarm.findings).toEqual(movedCold.findings);
    expect(movedWarm.measurability).toEqual(movedCold.measurability);
    expect(movedWarm.findings.map((f) => f.cell)).not.toEqual(original.findings.map((f) => f.cell));
  });

  it('an edited value is judged anew, not taken from the cache', () => {
    const check = freshCheck();
    const spec = fixture('seed-000');
    const before = check(specToGrid(spec), { rules: vagueRules });
    expect(before.findings.some((f) => f.cell === 'E46' || f.cells.includes('E46'))).toBe(true);
    const edited = fixture('seed-000');
    edited.rows[45][4] = '第三方测评美誉度得分≥85分';
    edited.rows[45][5] = '第三方测评美誉度得分≥85分';
    const after = check(specToGrid(edited), { rules: vagueRules });
    expect(after.findings.some((f) => f.cells.includes('E46'))).toBe(false);
  });
});
