// A rule quoting a whole 32,767-character cell must still give a readable message.

import { check, clipQuotes } from '../../src/core/check';
import { fixture } from '../fixtures/catalog';
import { setCells, specToGrid } from '../fixtures/sheet-spec';

describe('long quotes in messages', () => {
  it('shortens only quotes of 200 characters or more, keeping the rest of the message', () => {
    const long = '甲'.repeat(5000);
    const m = clipQuotes(`二级指标“${long}”不是指标体系中的名称，应为“数量指标”。`);
    expect(m).toBe(`二级指标“${'甲'.repeat(120)}…”不是指标体系中的名称，应为“数量指标”。`);
    const short = `二级指标“${'乙'.repeat(150)}”不是指标体系中的名称。`;
    expect(clipQuotes(short)).toBe(short);
  });

  it('no finding of a form with a 32,767-character 二级 label is longer than a screenful', () => {
    const label = '数量'.repeat(16_383) + '指';
    const report = check(specToGrid(setCells(fixture('seed-000'), { C21: label })));
    const about = report.findings.filter((f) => f.cells.includes('C21'));
    expect(about.length).toBeGreaterThan(0);
    for (const f of report.findings) expect(f.message.length).toBeLessThan(1000);
  });
});
