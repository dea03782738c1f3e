// Done-when of issue 8: for each seed (and the layout variants users make of them), inserting every
// offered template and re-checking leaves no missing-category finding, only placeholder findings;
// undoing restores the original grid exactly, cell by cell, merges included.

import { GridData } from '../../../src/core/grid/grid';
import { CategoryIndex } from '../../../src/core/profiles';
import { applyEditToGrid, classifyRows, hasPlaceholder, mapRowThroughPlan, offeredTemplates, planTemplate } from '../../../src/core/templates';
import { SEEDS, VARIANTS } from '../../fixtures/catalog';
import { checked, insertEveryOffer, missingFindings, profile, ruleCounts, seedGrid } from './helpers';
import { toA1 } from '../../../src/core/grid/address';

const NAMES = [...Object.keys(SEEDS), ...VARIANTS.map((v) => v.name)];

function expectSameGrid(actual: GridData, expected: GridData): void {
  // Cell by cell first (a readable failure), then the whole structure (merges, formulas, formats).
  const rows = Math.max(actual.values.length, expected.values.length);
  for (let r = 0; r < rows; r++) {
    const width = Math.max(actual.values[r]?.length ?? 0, expected.values[r]?.length ?? 0);
    for (let c = 0; c < width; c++) {
      const a = actual.values[r]?.[c] ?? null;
      const e = expected.values[r]?.[c] ?? null;
      if (a !== e) throw new Error(`${toA1(r, c)}: expected ${JSON.stringify(e)}, got ${JSON.stringify(a)}`);
    }
  }
  expect([...(actual.merges ?? [])].sort()).toEqual([...(expected.merges ?? [])].sort());
  expect(actual).toEqual(expected);
}

describe.each(NAMES)('%s: insert every offered template, re-check, undo', (name) => {
  const original = seedGrid(name);
  const before = checked(original).report;
  const { grid, undos, inserted } = insertEveryOffer(original);
  const after = checked(grid).report;

  it('leaves no missing-category finding, only placeholder findings', () => {
    if (missingFindings(before.findings).length > 0) expect(inserted.length).toBeGreaterThan(0);
    expect(missingFindings(after.findings)).toEqual([]);
    const b = ruleCounts(before.findings);
    const a = ruleCounts(after.findings);
    for (const [rule, n] of Object.entries(a)) {
      if (rule === 'template-placeholder') continue;
      // Nothing new: every other finding was there before (cells may have moved down).
      expect({ rule, n: Math.min(n, b[rule] ?? 0) }).toEqual({ rule, n });
    }
    expect(a['template-placeholder'] ?? 0).toBe(inserted.length === 0 ? 0 : a['template-placeholder']);
    if (inserted.length) expect(a['template-placeholder']).toBeGreaterThanOrEqual(inserted.length);
    expect(after.findings.filter((f) => f.rule === 'template-placeholder').every((f) => f.severity === 'error' && f.category === 'completeness')).toBe(true);
  });

  it('undo, newest first, restores the original grid exactly', () => {
    let g = grid;
    for (const undo of [...undos].reverse()) g = undo(g);
    expectSameGrid(g, original);
  });
});

describe('every category on every indicator table lands in its group and never touches a filled cell', () => {
  const categories = new CategoryIndex(profile);
  // Table layouts: every table; packed layout: a few projects of each punctuation style.
  const cases: Array<[string, string[] | null]> = [
    ['seed-000', null],
    ['seed-001', null],
    ['seed-002', null],
    ['seed-004-table', null],
    ['seed-000-moved', null],
    ['seed-001-columns', null],
    ['seed-003', ['project-r7', 'project-r22', 'project-r24', 'project-r27']],
  ];
  it.each(cases)('%s', (name, only) => {
    const g = seedGrid(name);
    const { model, report } = checked(g);
    const offers = offeredTemplates(model, report, profile).filter((o) => o.kind === 'category' && (!only || only.includes(o.tableId)));
    expect(offers.length).toBeGreaterThan(0);
    for (const offer of offers) {
      const p = planTemplate(model, g, offer.request);
      const res = applyEditToGrid(g, p);
      expect(res.skipped).toEqual([]);
      // Every filled cell is still there, unchanged, at its shifted row (a packed cell only grows).
      g.values.forEach((row, r) =>
        row.forEach((v, c) => {
          if (v === null || v === '') return;
          const now = res.grid.values[mapRowThroughPlan(p, r)][c];
          if (typeof v === 'string' && typeof now === 'string' && now !== v) expect(now.startsWith(v)).toBe(true);
          else expect(now).toBe(v);
        }),
      );
      // The new 三级 reads back under the category asked for, in the table asked for.
      const table = checked(res.grid).model.tables.find((t) => t.id === offer.tableId)!;
      const placed = classifyRows(table, categories).filter((r) => hasPlaceholder(r.indicator.name?.text));
      expect(placed.map((r) => `${r.effective1?.key}/${r.level2?.key}`)).toEqual([`${offer.level1Key}/${offer.level2Key}`]);
    }
  });
});
