// The engine reads layouts, not strings (issue 12): on every real form of the corpus, renaming labels
// to the synonyms layouts.md lists, moving the form on the sheet, and appending a 合计 row and a
// signature block under it leave the findings as they were (same rules, severities, and cells once
// the move is undone).

import fc from 'fast-check';
import { check } from '../../../src/core/check';
import { parseA1, toA1 } from '../../../src/core/grid/address';
import { loadCorpus } from '../../fixtures/corpus/load';
import { relabel, shift, SheetSpec, specToGrid, clone } from '../../fixtures/sheet-spec';

/** Label spellings that mean the same column or block (layouts.md), each applied to whole cells. */
const SYNONYMS: Array<[string, string[]]> = [
  ['一级指标', ['一级', '一级指标名称']],
  ['二级指标', ['二级', '二级指标名称']],
  ['三级指标', ['指标名称', '三级指标名称']],
  ['度量单位', ['计量单位']],
  ['计量单位', ['度量单位']],
  ['指标性质', ['指标方向']],
  ['年度指标值', ['年度目标值']],
  ['实际完成值', ['完成值', '全年实际完成值']],
  ['全年预算数', ['调整后预算数']],
  ['全年执行数', ['执行数', '预算执行数']],
  ['其他资金', ['其它资金']],
  ['偏差原因分析及改进措施', ['未完成原因分析']],
];

const corpus = loadCorpus().filter((f) => f.expected.indicators.length > 0);

function signature(spec: SheetSpec, dRows: number, dCols: number): string[] {
  return check(specToGrid(spec))
    .findings.map((f) => {
      const at = parseA1(f.cell);
      return `${f.rule} ${f.severity} ${toA1(at.row - dRows, at.col - dCols)}`;
    })
    .sort();
}

function withClosingRows(spec: SheetSpec): SheetSpec {
  const out = clone(spec);
  out.rows.push(['合计'], ['填表人：', null, '联系电话：', null, '填报日期：'], ['单位负责人（签字）：']);
  return out;
}

describe('layout, not strings: renamed labels, moved forms and closing rows change no finding', () => {
  it.each(corpus.map((f) => [f.id, f] as const))('%s', (_id, form) => {
    const base = signature(form.sheet, 0, 0);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: SYNONYMS.length - 1 }), fc.nat(3)), { maxLength: 6 }),
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 0, max: 2 }),
        fc.boolean(),
        (renames, dRows, dCols, closing) => {
          const replacements: Array<[string, string]> = renames.map(([i, j]) => [SYNONYMS[i][0], SYNONYMS[i][1][j % SYNONYMS[i][1].length]]);
          let spec = relabel(form.sheet, replacements);
          if (closing) spec = withClosingRows(spec);
          if (dRows || dCols) spec = shift(spec, dRows, dCols);
          expect(signature(spec, dRows, dCols)).toEqual(base);
        },
      ),
      { numRuns: 12, seed: 20261130 },
    );
  }, 60_000);
});
