// 项目支出绩效目标表: each row across, each unit and the 合计 down, column by column; blank cells;
// cascades; total formulas. Every variant starts from seed 003 with its one real error corrected.

import { setCells } from '../../fixtures/sheet-spec';
import { brief, budgetFindings, columnCells, huangpuCorrected } from './helpers';

describe('a consistent project table', () => {
  it('gives no budget finding once the 宣传部 subtotal and the 合计 are corrected', () => {
    expect(budgetFindings(huangpuCorrected())).toEqual([]);
  });

  it('stays silent for rounding differences within half a cent', () => {
    expect(budgetFindings(setCells(huangpuCorrected(), { B7: 98.004, C5: 5955.564 }))).toEqual([]);
  });
});

describe('each row: 总计 = 财政拨款 + 财政专户拨款 + 其他资金', () => {
  it('finds a project whose 总计 differs from its sources, and the unit that follows from it', () => {
    const found = budgetFindings(setCells(huangpuCorrected(), { C7: 88 }));
    expect(brief(found)).toEqual(['budget-sum-mismatch@C5', 'budget-sum-mismatch@B7']);
    const [unit, row] = found;
    expect(row.cells).toEqual(['B7', 'C7', 'D7', 'E7']);
    expect(row.message).toBe('第 7 行“报刊征订”的总计 98.00 万元，但财政拨款 + 财政专户拨款 + 其他资金 = 88.00 万元（88.00 + 0.00 + 0.00），相差 10.00 万元。');
    // The unit's finding says it may follow from row 7 instead of standing as an unrelated error.
    expect(unit.message).toContain('中共广州市黄埔区委员会宣传部小计（财政拨款）5,955.56 万元，但其下 20 个项目合计 5,945.56 万元，相差 10.00 万元。');
    expect(unit.message).toContain('可能由第 7 行（报刊征订）的错误引起');
    expect(unit.cells).toEqual(['C5', ...columnCells('C', 6, 25)]);
  });

  it('checks unit rows and the 合计 row across too', () => {
    const found = budgetFindings(setCells(huangpuCorrected(), { B4: 8900 }));
    expect(brief(found)).toEqual(['budget-sum-mismatch@B4', 'budget-sum-mismatch@B4']);
    expect(found[0].message).toBe('合计行的总计 8,900.00 万元，但财政拨款 + 财政专户拨款 + 其他资金 = 8,927.20 万元（8,927.20 + 0.00 + 0.00），相差 27.20 万元。');
    expect(found[1].message).toBe('合计（总计）8,900.00 万元，但 3 个单位小计之和 8,927.20 万元，相差 27.20 万元。');
    expect(found[1].cells).toEqual(['B4', 'B5', 'B26', 'B33']);
  });

  it('uses the 财政专户拨款 and 其他资金 columns once they hold amounts', () => {
    const spec = setCells(huangpuCorrected(), { D7: 5, E7: 5, B7: 108, D5: 5, E5: 5, B5: 5965.56, D4: 5, E4: 5, B4: 8937.2 });
    // Consistent, but the used columns are blank elsewhere: one finding per column, not per row.
    const found = budgetFindings(spec);
    expect(found.every((f) => f.rule === 'budget-partly-blank' && f.severity === 'warning')).toBe(true);
    expect(found.map((f) => f.cell)).toEqual(['D6', 'E6']);
    expect(found[0].message).toMatch(/^财政专户拨款列有 3 行填写了金额，另有 29 行为空（D6、D8、D9、/);
    const wrong = budgetFindings(setCells(spec, { E7: 6 }));
    expect(brief(wrong).filter((b) => b.startsWith('budget-sum'))).toEqual(['budget-sum-mismatch@E5', 'budget-sum-mismatch@B7']);
  });
});

describe('each unit subtotal = Σ its projects, and 合计 = Σ units, column by column', () => {
  it('finds a unit subtotal that disagrees with its projects, alone, with the 合计 note', () => {
    const found = budgetFindings(setCells(huangpuCorrected(), { B26: 2800, C26: 2800, B4: 8911.56, C4: 8911.56 }));
    expect(brief(found)).toEqual(['budget-sum-mismatch@B26', 'budget-sum-mismatch@C26']);
    expect(found[0].message).toBe(
      '广州市黄埔区融媒体中心小计（总计）2,800.00 万元，但其下 6 个项目合计 2,815.64 万元，相差 15.64 万元。合计（B4）按各单位小计汇总，更正本单位小计后请一并核对合计。',
    );
    expect(found[0].cells).toEqual(['B26', ...columnCells('B', 27, 32)]);
  });

  it('finds a 合计 that disagrees with the units and says which unit it may follow from', () => {
    // The clerk summed the projects for 合计 (8,927.20) but typed a wrong subtotal for 舆情信息中心.
    const found = budgetFindings(setCells(huangpuCorrected(), { B33: 165, C33: 165 }));
    expect(brief(found)).toEqual(['budget-sum-mismatch@B4', 'budget-sum-mismatch@C4', 'budget-sum-mismatch@B33', 'budget-sum-mismatch@C33']);
    expect(found[0].message).toBe(
      '合计（总计）8,927.20 万元，但 3 个单位小计之和 8,936.20 万元，相差 9.00 万元。可能由第 33 行（广州市黄埔区互联网舆情信息中心）的错误引起，请先核对该行。',
    );
    expect(found[2].message).toMatch(/^广州市黄埔区互联网舆情信息中心小计（总计）165\.00 万元，但其下 2 个项目合计 156\.00 万元，相差 9\.00 万元。/);
  });

  it('sums the projects directly into 合计 when the table has no unit rows', () => {
    const spec = setCells(huangpuCorrected(), { A5: null, B5: null, C5: null, A26: null, B26: null, C26: null, A33: null, B33: null, C33: null });
    // Rows without name or amount are blank lines to the reader: the projects then belong to no unit.
    expect(budgetFindings(spec)).toEqual([]);
    const found = budgetFindings(setCells(spec, { C4: 8900 }));
    expect(found.map((f) => f.message)).toContain('合计（财政拨款）8,900.00 万元，但 28 个项目之和 8,927.20 万元，相差 27.20 万元。');
  });
});

describe('blank cells', () => {
  it('a blank 总计 whose sources are filled is an error that states the expected amount', () => {
    const found = budgetFindings(setCells(huangpuCorrected(), { B7: null }));
    const blank = found.find((f) => f.rule === 'budget-partly-blank')!;
    expect(blank).toMatchObject({ severity: 'error', cell: 'B7', cells: ['B7', 'C7'], suggestion: '请填写 98.00。' });
    expect(blank.message).toBe('第 7 行“报刊征订”的总计（B7）为空，但其组成已经填写，按组成合计应为 98.00 万元（第 7 行“报刊征订”：总计 = 财政拨款 + 财政专户拨款 + 其他资金）。');
    // The unit's 总计 no longer adds up, and it says why.
    const unit = found.find((f) => f.cell === 'B5')!;
    expect(unit.message).toContain('相差 98.00 万元');
    expect(unit.message).toContain('可能由第 7 行（报刊征订）的错误引起');
  });

  it('a project with no amount at all is one finding for the row', () => {
    const found = budgetFindings(setCells(huangpuCorrected(), { B7: null, C7: null }));
    const blank = found.filter((f) => f.rule === 'budget-partly-blank');
    expect(blank).toHaveLength(1);
    expect(blank[0]).toMatchObject({ cell: 'B7', severity: 'warning' });
    expect(blank[0].message).toBe('第 7 行“报刊征订”没有填写任何金额（B7、C7、D7、E7），所属单位小计和合计无法包含该项目。');
  });

  it('columns blank in every row (seed 003) are not used and say nothing', () => {
    expect(budgetFindings(huangpuCorrected()).filter((f) => f.rule === 'budget-partly-blank')).toEqual([]);
  });
});

describe('total formulas', () => {
  it('a SUM that covers exactly the projects is silent', () => {
    expect(budgetFindings(setCells(huangpuCorrected(), {}, { B5: '=SUM(B6:B25)', C5: '=SUM(C6:C25)', B4: '=B5+B26+B33', B7: '=C7+D7+E7' }))).toEqual([]);
  });

  it('a SUM that stops one row short explains the difference', () => {
    const found = budgetFindings(setCells(huangpuCorrected(), { B5: 5934.36, C5: 5934.36, B4: 8906, C4: 8906 }, { B5: '=SUM(B6:B24)' }));
    const unit = found.find((f) => f.cell === 'B5')!;
    expect(unit.rule).toBe('budget-sum-mismatch');
    expect(unit.message).toContain('小计（总计）5,934.36 万元，但其下 20 个项目合计 5,955.56 万元，相差 21.20 万元。');
    expect(unit.message).toContain('B5 的公式 =SUM(B6:B24) 未包含 B25（第 25 行“2023年黄埔区爱国主义教育基地补助”），这很可能就是差额的来源。');
    expect(found.filter((f) => f.rule === 'formula-range')).toEqual([]);
  });

  it('a SUM that runs into the next unit names the extra cells', () => {
    const found = budgetFindings(setCells(huangpuCorrected(), { B5: 8771.2 }, { B5: '=SUM(B6:B26)' }));
    const unit = found.find((f) => f.cell === 'B5' && f.message.includes('其下 20 个项目'))!;
    expect(unit.message).toContain('=SUM(B6:B26) 多加了不属于本项的 B26');
    expect(unit.cells).toContain('B26');
  });

  it('a SUM over the wrong range is reported even when the amounts happen to agree', () => {
    // B25 is 0 this year, so leaving it out changes nothing today.
    const spec = setCells(huangpuCorrected(), { B25: 0, C25: 0, B5: 5934.36, C5: 5934.36, B4: 8906, C4: 8906 }, { B5: '=SUM(B6:B24)' });
    const found = budgetFindings(spec);
    expect(brief(found)).toEqual(['formula-range@B5']);
    expect(found[0]).toMatchObject({ severity: 'warning', cells: ['B5', 'B25'] });
    expect(found[0].message).toBe(
      '“中共广州市黄埔区委员会宣传部”小计的总计（B5）的公式 =SUM(B6:B24) 未包含 B25（第 25 行“2023年黄埔区爱国主义教育基地补助”）。目前金额恰好相符，但以后修改这些单元格时合计不会正确更新。',
    );
  });

  it('counts a cell twice when the formula does', () => {
    const found = budgetFindings(setCells(huangpuCorrected(), { B6: 0, C6: 0, B5: 5745.56, C5: 5745.56, B4: 8717.2, C4: 8717.2 }, { B5: '=SUM(B6:B25)+B6' }));
    expect(brief(found)).toEqual(['formula-range@B5']);
    expect(found[0].message).toContain('重复计算了 B6（第 6 行“理论学习经费”）');
  });

  it('a row formula that leaves out an unused column is fine; leaving out a used one is not', () => {
    expect(budgetFindings(setCells(huangpuCorrected(), {}, { B7: '=C7' }))).toEqual([]);
    const spec = setCells(huangpuCorrected(), { E7: 0, E5: 0, E26: 0, E33: 0, E4: 0 }, { B7: '=C7+D7' });
    const found = budgetFindings(spec).filter((f) => f.rule === 'formula-range');
    expect(found.map((f) => f.message)).toEqual([expect.stringContaining('第 7 行“报刊征订”的总计（B7）的公式 =C7+D7 未包含 E7（其他资金）')]);
  });

  it('formulas that are not plain sums are not judged', () => {
    expect(budgetFindings(setCells(huangpuCorrected(), {}, { B5: '=B4-B26-B33', B7: '=ROUND(C7,2)*1' }))).toEqual([]);
  });
});
