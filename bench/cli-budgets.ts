// The CLI's budgets of issue 16, each measured in one run so the ratios compare like with like:
//
//   startup    `perfcheck check one.xlsx` ≤ 3 × `node -e 0`; `perfcheck --help` ≤ 1.5 ×
//   batch      500 files through the command ≤ 1.2 × a bare exceljs read of the same files
//              (a child that only loads exceljs and reads each file: what the checker once cost)
//
// Wall times are medians of alternating runs, so a burst of load on the shared machine hits both
// sides of a ratio alike.

import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '..');
const cli = path.join(root, 'dist/cli/main.js');
const fixtures = path.join(root, 'test/fixtures/xlsx');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function wall(args: string[]): number {
  const t0 = process.hrtime.bigint();
  spawnSync(process.execPath, args, { stdio: 'ignore', maxBuffer: 512 * 1024 * 1024 });
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

export interface StartupTiming {
  nodeMs: number;
  checkMs: number;
  helpMs: number;
}

export function startupBench(runs = 9): StartupTiming {
  const one = path.join(fixtures, 'seed-000.xlsx');
  const node: number[] = [];
  const check: number[] = [];
  const help: number[] = [];
  for (let i = 0; i < runs; i++) {
    node.push(wall(['-e', '0']));
    check.push(wall([cli, 'check', one]));
    help.push(wall([cli, '--help']));
  }
  return { nodeMs: median(node), checkMs: median(check), helpMs: median(help) };
}

export interface BatchTiming {
  files: number;
  cliMs: number;
  bareMs: number;
}

export function batchBench(count = 500, runs = 3): BatchTiming {
  const seeds = readdirSync(fixtures).filter((f) => /^seed-\d{3}(-table)?\.xlsx$/.test(f));
  const dir = mkdtempSync(path.join(os.tmpdir(), 'perfcheck-batch-'));
  try {
    const files: string[] = [];
    for (let i = 0; i < count; i++) {
      const f = path.join(dir, `form-${String(i).padStart(3, '0')}.xlsx`);
      copyFileSync(path.join(fixtures, seeds[i % seeds.length]), f);
      files.push(f);
    }
    const bare = `const E = require(${JSON.stringify(require.resolve('exceljs'))}); const fs = require('fs'); (async () => { for (const f of process.argv.slice(1)) { const wb = new E.Workbook(); await wb.xlsx.load(fs.readFileSync(f)); } })();`;
    const cliRuns: number[] = [];
    const bareRuns: number[] = [];
    for (let i = 0; i < runs; i++) {
      bareRuns.push(wall(['-e', bare, ...files]));
      cliRuns.push(wall([cli, 'check', '--format', 'json', ...files]));
    }
    return { files: count, cliMs: median(cliRuns), bareMs: median(bareRuns) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
