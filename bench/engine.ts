// Engine timings: a seed-sized form, generated forms with 10,000 and 20,000 indicator rows, and the
// live re-check of a 500-row form after one edit (what the pane does on every edit, debounced).
//
// Each figure is the median of repeated runs after a warm-up, as wall time and as CPU time of this
// process: on a busy machine (other builds and tests sharing the 2 cores) wall time inflates while
// CPU time stays close to what an idle machine would show, so both are printed.

import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { GridData } from '../src/core/grid/grid';
import type { check as checkFn } from '../src/core/check';
import { fixture } from '../test/fixtures/catalog';
import { specToGrid } from '../test/fixtures/sheet-spec';
import { generatedForm } from './generate';

// Time the code users run: the compiled engine in dist/ (npm run bench builds it first), not the
// sources through tsx, whose on-the-fly transform adds a wrapper to every closure.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { check } = require('../dist/core/check') as { check: typeof checkFn };

export interface Timing {
  name: string;
  /** Median wall time (ms). */
  medianMs: number;
  /** Median CPU time of this process (user + system, ms). */
  cpuMs: number;
  /**
   * CPU time of all the runs over their number (ms): each run's share of the garbage collections
   * included. A median can pick the runs that happened to trigger no collection, which a form
   * twice the size never gets, and then compares unlike with unlike.
   */
  meanCpuMs: number;
  runs: number;
  /**
   * Minor page faults per timed run: memory the process touched for the first time. A check that
   * makes large objects (over 128 KB each) gets fresh pages for them every time (src/core/grid/pieces.ts).
   */
  pageFaultsPerRun?: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Times `f(i)` for i = 0..runs-1 after one warm-up call. */
export function timeRuns(name: string, runs: number, f: (i: number) => unknown): Timing {
  // Warm-up: JIT compilation and lazy initialisation are not what a user waits for on every edit.
  for (let w = 0; w < Math.min(20, runs); w++) f(-1 - w);
  const wall: number[] = [];
  const cpu: number[] = [];
  const faults0 = process.resourceUsage().minorPageFault;
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    f(i);
    wall.push(Number(process.hrtime.bigint() - t0) / 1e6);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const pageFaultsPerRun = (process.resourceUsage().minorPageFault - faults0) / runs;
  return { name, medianMs: median(wall), cpuMs: median(cpu), meanCpuMs: cpu.reduce((a, b) => a + b, 0) / runs, runs, pageFaultsPerRun };
}

export function timeCheck(name: string, grid: GridData, runs: number): Timing {
  return timeRuns(name, runs, () => check(grid));
}

/** The generated form with one target of one row retyped (run `i`: a different row each run). */
function withOneEdit(base: GridData, rows: number, i: number): GridData {
  const grid: GridData = { ...base, values: base.values.map((r) => r) };
  const row = FIRST_INDICATOR_ROW + ((Math.abs(i) + 1) * 37) % rows; // warm-up calls pass negative i
  grid.values[row] = [...grid.values[row]];
  grid.values[row][5] = `≥${100 + Math.abs(i)}场（第${i}次修改）`;
  return grid;
}

const FIRST_INDICATOR_ROW = 14; // of the generated form

/**
 * The live re-check: a 500-row form checked in full after the user changed one target, a different
 * cell each run (as the pane re-reads and re-checks the sheet after each debounced edit).
 */
export function recheckAfterEdit(runs = 30): Timing {
  const base = generatedForm(500);
  return timeRuns('re-check of a 500-row form after one edit', runs, (i) => check(withOneEdit(base, 500, i)));
}

/** The first check of a never-seen form in this process: caches cold (what opening a new form costs). */
export function firstCheck(name: string, grid: GridData): Timing {
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  check(grid);
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  const c = process.cpuUsage(c0);
  const cpuMs = (c.user + c.system) / 1000;
  return { name, medianMs: wall, cpuMs, meanCpuMs: cpuMs, runs: 1 };
}

export function engineBench(): Timing[] {
  return [timeCheck('seed-003 (largest seed form)', specToGrid(fixture('seed-003')), 50), timeCheck('seed-000', specToGrid(fixture('seed-000')), 50)];
}

/**
 * A generated form of `rows` indicator rows re-checked warm in this process (bench/engine-scale.ts):
 * unchanged (`same`: the re-check after an edit outside the indicator table), or with one target
 * retyped before each check (`edit`: the table is read and judged again).
 */
export function scaleTiming(rows: number, mode: ScaleMode = 'same'): Timing {
  const runs = rows > 10_000 ? 15 : 30;
  const base = generatedForm(rows);
  const size = rows.toLocaleString('en-US');
  if (mode === 'edit') return timeRuns(`generated ${size} indicator rows, one target edited`, runs, (i) => check(withOneEdit(base, rows, i)));
  return timeCheck(`generated ${size} indicator rows`, base, runs);
}

export type ScaleMode = 'same' | 'edit';

/**
 * The 10,000- and 20,000-row forms, each in a child process of its own (see bench/engine-scale.ts),
 * alternating over `rounds` rounds; for each size the round with the median CPU per check.
 */
export function scaleBench(rounds = 3, sizes = [10_000, 20_000], mode: ScaleMode = 'same'): Timing[] {
  const tsx = path.join(__dirname, '..', 'node_modules', '.bin', 'tsx');
  const bySize = new Map<number, Timing[]>();
  for (let round = 0; round < rounds; round++) {
    for (const rows of sizes) {
      const out = spawnSync(tsx, [path.join(__dirname, 'engine-scale.ts'), String(rows), mode], { encoding: 'utf8', timeout: 300_000 });
      if (out.status !== 0) throw new Error(`bench/engine-scale.ts failed: ${out.stderr || out.error?.message}`);
      const timing = JSON.parse(out.stdout.trim().split('\n').pop()!) as Timing;
      bySize.set(rows, [...(bySize.get(rows) ?? []), timing]);
    }
  }
  return sizes.map((rows) => {
    const sorted = [...bySize.get(rows)!].sort((a, b) => a.meanCpuMs - b.meanCpuMs);
    return sorted[Math.floor(sorted.length / 2)];
  });
}
