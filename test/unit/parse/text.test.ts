import fc from 'fast-check';

import { compact, hasRepeatedRun, isLabel, normalizeLabel, unitInLabel } from '../../../src/core/parse/text';

describe('label normalisation', () => {
  it('matches labels whatever brackets, widths and spaces users type', () => {
    expect(normalizeLabel('预算金额（万元）')).toBe('预算金额(万元)');
    expect(normalizeLabel('预算金额 (万元)')).toBe('预算金额(万元)');
    expect(normalizeLabel('预算金额【万元】')).toBe('预算金额(万元)');
    expect(normalizeLabel('一级 指标')).toBe('一级指标');
    expect(normalizeLabel('年度重点工作任务：')).toBe('年度重点工作任务');
    expect(isLabel('其他需完成的任务(可选 填)', '其他需完成的任务（可选填）')).toBe(true);
    expect(isLabel('三级指标 ', '三级指标')).toBe(true);
    expect(isLabel('', '')).toBe(false);
  });

  it('compacts full-width text and strips zero-width characters', () => {
    expect(compact('１， ４９９．７３\u200b')).toBe('1,499.73');
  });

  it('reads the money unit named in a label', () => {
    expect(unitInLabel('拟投入的资金（万元）')).toBe('万元');
    expect(unitInLabel('总额(元)')).toBe('元');
    expect(unitInLabel('单位：元')).toBe('元');
    expect(unitInLabel('名称')).toBeUndefined();
  });
});

describe('a run of one character', () => {
  // What the garbled-text rule looked for before the loop, and still uses to say where the run is.
  const pattern = (n: number) => new RegExp(`(.)\\1{${n - 1},}`, 'u');

  it('is found as the pattern finds it: code points, line breaks never counted', () => {
    expect(hasRepeatedRun('大大大大大大大大', 8)).toBe(true);
    expect(hasRepeatedRun('大大大大大大大', 8)).toBe(false);
    expect(hasRepeatedRun('培训场次00001', 8)).toBe(false);
    expect(hasRepeatedRun('𠀀'.repeat(8), 8)).toBe(true); // astral: 16 code units, 8 characters
    expect(hasRepeatedRun('\n'.repeat(9), 8)).toBe(false);
    expect(hasRepeatedRun('\u2028'.repeat(9), 8)).toBe(false);
    expect(hasRepeatedRun('\ud800'.repeat(8), 8)).toBe(true); // lone surrogates are characters too
  });

  it('agrees with the pattern on any text (property)', () => {
    // Texts made of few distinct characters, so that runs are common, astral and line breaks among them.
    const piece = fc.constantFrom('大', 'a', '0', '𠀀', '\n', '\r', '\u2028', '\ud800', '\udc00', ' ', '…');
    const text = fc.array(fc.oneof(piece, piece.chain((c) => fc.integer({ min: 2, max: 10 }).map((k) => c.repeat(k)))), { maxLength: 12 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, fc.integer({ min: 2, max: 9 }), (t, n) => hasRepeatedRun(t, n) === pattern(n).test(t)),
      { numRuns: 3000 },
    );
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (t) => hasRepeatedRun(t, 8) === pattern(8).test(t)));
  });
});
