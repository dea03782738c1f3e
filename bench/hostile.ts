// A hostile figure worth watching: a real form above 100,000 rows x 30 columns of noise, through the
// built command (the bounded reader holds the whole sheet's values, so this is the CLI's memory
// high-water mark). Peak RSS of one run depends on when V8 happens to collect (the same run varies
// by about 60 MB), so the figure is the median of several runs, with the highest beside it.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { formOverNoiseXlsx } from '../test/hardening/hostile-files';

const root = path.resolve(__dirname, '..');

export interface HostileTiming {
  wallMs: number;
  maxRssMb: number;
  /** The highest peak of the runs (maxRssMb is their median). */
  worstRssMb?: number;
  runs?: number;
  form: string | null;
  exitCode: number | null;
}

export function noiseWorkbookBench(rows = 100_000, runs = 3): HostileTiming {
  const all = Array.from({ length: runs }, () => noiseWorkbookRun(rows));
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { ...all[0], wallMs: median(all.map((r) => r.wallMs)), maxRssMb: median(all.map((r) => r.maxRssMb)), worstRssMb: Math.max(...all.map((r) => r.maxRssMb)), runs };
}

function noiseWorkbookRun(rows: number): HostileTiming {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'perfcheck-bench-noise-'));
  try {
    const file = path.join(dir, 'noise.xlsx');
    writeFileSync(file, formOverNoiseXlsx('seed-000', rows));
    const script = `let out = ''; require(${JSON.stringify(path.join(root, 'dist/cli/main.js'))}).run(process.argv.slice(1), { stdout(s) { out += s; }, stderr() {}, stderrIsTTY: false }).then((code) => { process.stderr.write(JSON.stringify({ code, maxRSS: process.resourceUsage().maxRSS, form: JSON.parse(out).reports[0]?.form ?? null })); });`;
    const t0 = Date.now();
    const r = spawnSync(process.execPath, ['-e', script, 'check', '--format', 'json', file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const wallMs = Date.now() - t0;
    const stats = JSON.parse(r.stderr.trim().split('\n').pop() || '{}') as { code?: number; maxRSS?: number; form?: string | null };
    return { wallMs, maxRssMb: Math.round((stats.maxRSS ?? 0) / 1024), form: stats.form ?? null, exitCode: stats.code ?? r.status };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
