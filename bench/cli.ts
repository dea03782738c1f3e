// CLI timing: 100 fixture workbooks through the built command, wall time and peak memory.

import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '..');

export interface CliTiming {
  files: number;
  wallMs: number;
  maxRssMb: number;
  exitCode: number | null;
}

export function cliBench(count = 100): CliTiming {
  const src = path.join(root, 'test/fixtures/xlsx');
  const seeds = readdirSync(src).filter((f) => /^seed-\d{3}(-table)?\.xlsx$/.test(f));
  const dir = mkdtempSync(path.join(os.tmpdir(), 'perfcheck-bench-'));
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const f = path.join(dir, `form-${String(i).padStart(3, '0')}.xlsx`);
    copyFileSync(path.join(src, seeds[i % seeds.length]), f);
    files.push(f);
  }
  // A child node process runs the CLI and reports its own peak RSS when done.
  const script = `require(${JSON.stringify(path.join(root, 'dist/cli/main.js'))}).run(process.argv.slice(1), { stdout() {}, stderr() {}, stderrIsTTY: false }).then((code) => { process.stderr.write(JSON.stringify({ code, maxRSS: process.resourceUsage().maxRSS })); });`;
  const t0 = Date.now();
  const r = spawnSync(process.execPath, ['-e', script, 'check', '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  const wallMs = Date.now() - t0;
  rmSync(dir, { recursive: true, force: true });
  const stats = JSON.parse(r.stderr.trim().split('\n').pop() ?? '{}') as { code?: number; maxRSS?: number };
  return { files: count, wallMs, maxRssMb: Math.round((stats.maxRSS ?? 0) / 1024), exitCode: stats.code ?? r.status };
}
