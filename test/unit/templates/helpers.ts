// Shared by the template tests: build grids from fixtures, insert every offered fix, read cells.

import { GridData, ScalarValue } from '../../../src/core/grid/grid';
import { parseA1 } from '../../../src/core/grid/address';
import { checkWithModel, CheckResult } from '../../../src/core/check';
import { getProfile } from '../../../src/core/profiles';
import { Finding } from '../../../src/core/report';
import { applyEditToGrid, EditPlan, fixOffers, offeredTemplates, planTemplate, TemplateOffer, TemplateRequest } from '../../../src/core/templates';
import { fixture } from '../../fixtures/catalog';
import { specToGrid } from '../../fixtures/sheet-spec';

export const profile = getProfile()!;

export function seedGrid(name: string): GridData {
  return specToGrid(fixture(name));
}

export function cell(g: GridData, a1: string): ScalarValue {
  const { row, col } = parseA1(a1);
  const v = g.values[row - (g.origin?.row ?? 0)]?.[col - (g.origin?.col ?? 0)];
  return v === undefined ? null : v;
}

export function checked(g: GridData): CheckResult & { model: NonNullable<CheckResult['model']> } {
  const r = checkWithModel(g);
  if (!r.model) throw new Error('not a form');
  return r as CheckResult & { model: NonNullable<CheckResult['model']> };
}

export function plan(g: GridData, request: TemplateRequest): EditPlan {
  return planTemplate(checked(g).model, g, request);
}

export function apply(g: GridData, request: TemplateRequest): { grid: GridData; plan: EditPlan; undo: (g: GridData) => GridData } {
  const p = plan(g, request);
  const res = applyEditToGrid(g, p);
  expect(res.skipped).toEqual([]);
  return { grid: res.grid, plan: p, undo: res.undo };
}

/**
 * Findings a template must fix: every finding offering an insert-template fix, every missing
 * category, every empty category row. (A prose report with no table at all offers nothing.)
 */
export function missingFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.fix?.kind === 'insert-template' || f.rule === 'missing-category' || f.rule === 'empty-category');
}

/**
 * Inserts every offered fix, re-checking in between, until none is left. Plans that only write
 * (packed cells, empty category rows) for different tables are taken together from one check:
 * they touch different cells and shift nothing, so one re-check serves them all.
 */
export function insertEveryOffer(start: GridData): { grid: GridData; undos: Array<(g: GridData) => GridData>; inserted: TemplateOffer[] } {
  let grid = start;
  const undos: Array<(g: GridData) => GridData> = [];
  const inserted: TemplateOffer[] = [];
  for (let guard = 0; guard < 200; guard++) {
    const r = checked(grid);
    const offers = fixOffers(offeredTemplates(r.model, r.report, profile));
    if (offers.length === 0) return { grid, undos, inserted };
    const batch: Array<{ offer: TemplateOffer; plan: EditPlan }> = [];
    const tables = new Set<string>();
    for (const offer of offers) {
      if (tables.has(offer.tableId)) continue;
      const p = planTemplate(r.model, grid, offer.request);
      if (p.insertions.length > 0) {
        if (batch.length === 0) batch.push({ offer, plan: p });
        break;
      }
      batch.push({ offer, plan: p });
      tables.add(offer.tableId);
    }
    for (const { offer, plan: p } of batch) {
      if (inserted.some((o) => o.id === offer.id)) throw new Error(`offer ${offer.id} came back after inserting it`);
      const res = applyEditToGrid(grid, p);
      expect(res.skipped).toEqual([]);
      grid = res.grid;
      undos.push(res.undo);
      inserted.push(offer);
    }
  }
  throw new Error('offers never ran out');
}

/** Rule ids with counts, for "what changed" assertions. */
export function ruleCounts(findings: readonly Finding[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of findings) out[f.rule] = (out[f.rule] ?? 0) + 1;
  return out;
}
