// Property-based fuzzing of the whole engine (issue 9): on random grids, on forms assembled from
// random blocks, and on the seed forms mutated the way users damage them, `check` never throws,
// always returns a report that passes its zod schema, and does work proportional to the sheet.
//
// "Proportional" is asserted structurally, not timed (timings belong in bench/): the grid counts
// every cell read, and the engine may read each cell of the span a bounded number of times. The
// seeds and run counts are fixed, so CI sees the same cases every time; a failure prints the
// counterexample (for mutated forms, the list of edits) and the seed to replay it.

import fc from 'fast-check';
import { check } from '../../src/core/check';
import { GridData } from '../../src/core/grid/grid';
import { Report } from '../../src/core/report';
import { reportSchema } from '../../src/core/report-schema';
import { assembledForm, mutatedForm, randomGrid } from './arbitraries';
import { CountingGrid } from './counting-grid';

const SEED = 20_230_104;
/** Reads per cell of the sheet's span (rows x columns, plus one per row): today's worst is about 8. */
const READS_PER_CELL = 25;
const A1 = /^[A-Z]{1,3}[1-9]\d{0,6}$/;

function assertSound(data: GridData): Report {
  const grid = new CountingGrid(data);
  const report = check(grid);
  const parsed = reportSchema.safeParse(report);
  if (!parsed.success) throw new Error(`report fails its schema: ${parsed.error.message}`);
  // Every finding points at a cell the pane can select and the CLI can print.
  for (const f of report.findings) {
    if (!A1.test(f.cell) || !f.cells.every((c) => A1.test(c))) throw new Error(`finding ${f.rule} has a bad address: ${f.cell} / ${f.cells.join(',')}`);
    if (f.cells[0] !== f.cell) throw new Error(`finding ${f.rule}: cells[0] ${f.cells[0]} is not the primary cell ${f.cell}`);
  }
  const counted = { error: 0, warning: 0, info: 0 };
  for (const f of report.findings) counted[f.severity]++;
  expect(report.summary).toEqual(counted);
  const bound = READS_PER_CELL * (grid.cellCount + grid.rowCount + 1);
  if (grid.work > bound) throw new Error(`read ${grid.work} cells of a ${grid.rowCount} x ${grid.colCount} sheet (bound ${bound})`);
  return report;
}

// Generous per-test timeouts are hang guards only; the bound on work is the assertion above.
jest.setTimeout(120_000);

describe('fuzzing check() (fixed seed, bounded runs)', () => {
  it('random grids: ragged rows, odd scalars, formulas, number formats, error cells, overlapping merges', () => {
    fc.assert(
      fc.property(randomGrid(), (g) => {
        assertSound(g);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('forms assembled from random blocks (indicator tables, budget blocks, projects, execution tables)', () => {
    const forms = new Set<string>();
    fc.assert(
      fc.property(assembledForm(), (g) => {
        forms.add(String(assertSound(g).form));
      }),
      { seed: SEED, numRuns: 500 },
    );
    // The generator reaches every reader, not just "not a form".
    expect([...forms].sort()).toEqual(['dept-overall', 'dept-overall-tasks', 'dept-self-evaluation', 'dept-target', 'indicator-form', 'null', 'project-expenditure', 'project-self-evaluation', 'project-target', 'self-evaluation']);
  });

  it('seed forms with cells moved, blanked, swapped, labels garbled, rows inserted, deleted and swapped', () => {
    fc.assert(
      fc.property(mutatedForm(), (m) => {
        try {
          assertSound(m.grid);
        } catch (e) {
          throw new Error(`${m.base} after: ${m.log.join('; ')}\n${(e as Error).message}`);
        }
      }),
      { seed: SEED, numRuns: 400 },
    );
  });

  it('is deterministic: the same sheet gives the same report', () => {
    fc.assert(
      fc.property(mutatedForm(4), (m) => {
        const copy = JSON.parse(JSON.stringify(m.grid)) as GridData;
        expect(check(copy)).toEqual(check(m.grid));
      }),
      { seed: SEED, numRuns: 50 },
    );
  });
});
