// Engine timings: a seed-sized form and generated forms with 10,000 and 20,000 indicator rows.

import { check } from '../src/core/check';
import { GridData } from '../src/core/grid/grid';
import { fixture } from '../test/fixtures/catalog';
import { specToGrid } from '../test/fixtures/sheet-spec';
import { generatedForm } from './generate';

export interface Timing {
  name: string;
  medianMs: number;
  runs: number;
}

export function timeCheck(name: string, grid: GridData, runs: number): Timing {
  check(grid); // warm-up: JIT and lazy initialisation are not what users wait for twice
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    check(grid);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { name, medianMs: times[Math.floor(times.length / 2)], runs };
}

export function engineBench(): Timing[] {
  return [
    timeCheck('seed-003 (largest seed form)', specToGrid(fixture('seed-003')), 50),
    timeCheck('seed-000', specToGrid(fixture('seed-000')), 50),
    timeCheck('generated 10,000 indicator rows', generatedForm(10_000), 7),
    timeCheck('generated 20,000 indicator rows', generatedForm(20_000), 5),
  ];
}
