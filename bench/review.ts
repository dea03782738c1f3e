// `npm run bench:review`: the reviewer's 500-file run. 500 copies of the bundled samples are checked
// by the built command twice — plain (`--format json`) and with `--report review.xlsx --letters DIR`
// — and the wall times, the cost of the workbook and letters, and peak memory are printed.
//
//   budget   the batch budget of the CLI (bench/run.ts: 100 seed-sized workbooks < 15 s) scaled to
//            500 files, < 75 s, for the run with the report; what the report and letters add to the
//            plain check is printed beside it (exceljs's writer is most of it)
//
// Each variant runs twice, interleaved, and the faster run counts: the machine is shared, and the
// slower run mostly measures the neighbours.

import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '..');
const built = path.join(root, 'dist/cli/main.js');
const FILES = 500;

interface Run {
  wallMs: number;
  /** User + system CPU of the child: much less sensitive than wall time to a busy machine. */
  cpuMs: number;
  maxRssMb: number;
  code: number | null;
}

function runCli(args: string[]): Run {
  // A child node process runs the CLI and reports its own peak RSS when done (stdout is discarded).
  const script = `require(${JSON.stringify(built)}).run(process.argv.slice(1), { stdout() {}, stderr() {}, stderrIsTTY: false }).then((code) => { const u = process.resourceUsage(); process.stderr.write(JSON.stringify({ code, maxRSS: u.maxRSS, cpu: u.userCPUTime + u.systemCPUTime })); });`;
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['-e', script, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const stats = JSON.parse(r.stderr.trim().split('\n').pop() || '{}') as { code?: number; maxRSS?: number; cpu?: number };
  return { wallMs, cpuMs: (stats.cpu ?? 0) / 1000, maxRssMb: Math.round((stats.maxRSS ?? 0) / 1024), code: stats.code ?? r.status };
}

function main(): void {
  const [l1] = os.loadavg();
  console.log(`PerfCheck review bench — ${FILES} files, ${os.cpus().length} cores, node ${process.version}, load average ${l1.toFixed(2)}`);
  const samples = path.join(root, 'assets/samples');
  const names = readdirSync(samples).filter((f) => f.endsWith('.xlsx')).sort();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'perfcheck-review-bench-'));
  try {
    const forms = path.join(dir, 'forms');
    // Departments' folders of 50 forms each, as a bureau's shared drive would hold them.
    for (let i = 0; i < FILES; i++) {
      const sub = path.join(forms, `部门${String(Math.floor(i / 50) + 1).padStart(2, '0')}`);
      mkdirSync(sub, { recursive: true });
      copyFileSync(path.join(samples, names[i % names.length]), path.join(sub, `${String(i).padStart(3, '0')}-${names[i % names.length]}`));
    }
    const report = path.join(dir, 'review.xlsx');
    const letters = path.join(dir, 'letters');
    const plain: Run[] = [];
    const withReport: Run[] = [];
    for (let k = 0; k < 2; k++) {
      plain.push(runCli(['check', '--format', 'json', forms]));
      withReport.push(runCli(['check', '--format', 'json', forms, '--report', report, '--letters', letters]));
    }
    const best = (runs: Run[]) => runs.reduce((a, b) => (b.wallMs < a.wallMs ? b : a));
    const p = best(plain);
    const r = best(withReport);
    const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    const ratio = r.wallMs / p.wallMs;
    const cpuP = Math.min(...plain.map((x) => x.cpuMs));
    const cpuR = Math.min(...withReport.map((x) => x.cpuMs));
    console.log(`info  plain check (--format json)                 ${s(p.wallMs).padStart(8)}   CPU ${s(cpuP)}   peak ${p.maxRssMb} MB   exit ${p.code}`);
    console.log(`${r.wallMs < 75_000 ? 'ok  ' : 'OVER'}  with --report and --letters                   ${s(r.wallMs).padStart(8)}   CPU ${s(cpuR)}   peak ${r.maxRssMb} MB   exit ${r.code}   budget < 75 s`);
    console.log(`info  report + letters cost                          ${`+${s(r.wallMs - p.wallMs)}`.padStart(8)}   ×${ratio.toFixed(2)} of the plain check (CPU +${s(cpuR - cpuP)}, ×${(cpuR / cpuP).toFixed(2)})`);
    console.log(`info  review.xlsx ${Math.round(statSync(report).size / 1024)} KB; ${readdirSync(letters).length} letters`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
