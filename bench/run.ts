// `npm run bench`: prints every figure of issue 9 with its budget beside it.
//
//   engine   seed-sized form < 5 ms (issue 9); issue 16: the 10,000-row form ≤ 50 ms warm, and
//            20,000 rows / 10,000 rows ≤ 2.1 (linear), each size in a child process of its own,
//            alternating over three rounds (bench/engine-scale.ts); for information, the same two
//            sizes re-checked after one target is retyped, and page faults per check
//            (`tsx bench/run.ts engine` after `npm run build:cli` prints the engine lines only)
//   cli      100 seed-sized workbooks < 15 s, peak memory < 500 MB
//   excel    read + check + paint of a 500-row form in a fixed number of round trips; the live
//            re-check after one edit < 100 ms of engine time
//   pane     initial JS < 300 KB gzipped; first verdict < 1.5 s after page load (bench/pane.ts,
//            run as a child process because it drives headless chromium)
//   cli (issue 16)  one small file ≤ 3 × `node -e 0`; --help ≤ 1.5 ×; 500-file batch ≤ 1.2 × a bare
//            exceljs read of the same files; a form over 100,000 × 30 noise ≤ 300 MB peak and ≤ 10 s
//   page (issue 16)  FileHost.open + check on 1M empty formatted rows, 20k merges, one shared string
//            of 3M rich-text runs: each ≤ 10 s and ≤ 500 MB (bench/page.ts; exceljs not loaded)
//
// Wall times depend on what else the machine is doing: the load average is printed first, and
// engine figures show CPU time too (close to what an idle machine would show). The engine's issue-16
// budgets are judged by CPU time, with wall time beside it: the machine is shared, and another
// process's burst inflates wall time while this process's CPU time stays what the engine costs.

import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { existsSync } from 'node:fs';
import { firstCheck, engineBench, scaleBench, Timing } from './engine';
import { cliBench } from './cli';
import { generatedForm } from './generate';
import { excelBench } from './excel';
import { noiseWorkbookBench } from './hostile';
import { batchBench, startupBench } from './cli-budgets';
import { pageBench } from './page';

function line(what: string, value: string, budget: string, ok: boolean | null): string {
  const mark = ok === null ? 'info' : ok ? 'ok  ' : 'OVER';
  return `${mark}  ${what.padEnd(52)} ${value.padStart(12)}   budget ${budget}`;
}

const ms = (t: Timing, digits = 1) => `${t.medianMs.toFixed(digits)} ms`;
const cpu = (t: Timing, digits = 1) => `      (CPU ${t.cpuMs.toFixed(digits)} ms; median of ${t.runs} runs)`;


function pane(): void {
  const script = path.join(__dirname, 'pane.ts');
  if (!existsSync(script)) {
    // Hook: bench/pane.ts (the pane's bundle size and first-verdict time) prints its own lines.
    console.log(line('pane: initial JS / first verdict', 'not measured', 'bench/pane.ts missing', null));
    return;
  }
  const tsx = path.join(__dirname, '..', 'node_modules', '.bin', 'tsx');
  const r = spawnSync(tsx, [script], { encoding: 'utf8', timeout: 10 * 60_000 });
  const out = `${r.stdout ?? ''}`.split('\n').filter((l) => l && !/^PerfCheck pane benchmarks/.test(l));
  for (const l of out) {
    const m = /^(ok  |OVER|skip)  (.*)$/.exec(l);
    console.log(m ? `${m[1]}  pane: ${m[2]}` : l);
  }
  if (r.status !== 0) console.log(line('pane: bench/pane.ts failed', `exit ${r.status ?? 'timeout'}`, (r.stderr ?? '').trim().split('\n')[0] ?? '', false));
}

/** Issue 16's CLI budgets: startup against `node -e 0`, and a 500-file batch against a bare exceljs read. */
function cliBudgets(): void {
  const s = startupBench();
  const checkRatio = s.checkMs / s.nodeMs;
  const helpRatio = s.helpMs / s.nodeMs;
  console.log(line('cli: check one small file / node -e 0', `${checkRatio.toFixed(2)}×`, '≤ 3×', checkRatio <= 3));
  console.log(line('cli: --help / node -e 0', `${helpRatio.toFixed(2)}×`, '≤ 1.5×', helpRatio <= 1.5));
  console.log(`      (medians: node -e 0 ${s.nodeMs.toFixed(0)} ms, check ${s.checkMs.toFixed(0)} ms, --help ${s.helpMs.toFixed(0)} ms)`);
  const b = batchBench(500);
  const ratio = b.cliMs / b.bareMs;
  console.log(line(`cli: ${b.files}-file batch / bare exceljs read`, `${ratio.toFixed(2)}×`, '≤ 1.2×', ratio <= 1.2));
  console.log(`      (medians: perfcheck ${(b.cliMs / 1000).toFixed(2)} s, exceljs read only ${(b.bareMs / 1000).toFixed(2)} s)`);
}

/** Issue 16's page budgets: the page's read path on the hostile files the CLI answers. */
function pageBudgets(): void {
  for (const p of pageBench()) {
    const answered = !/^failed/.test(p.outcome);
    console.log(line(`page: open + check, ${p.name}`, `${(p.wallMs / 1000).toFixed(2)} s`, '≤ 10 s', answered && p.wallMs <= 10_000));
    console.log(line(`page: peak memory, ${p.name}`, `${Math.round(p.maxRssMb)} MB`, '≤ 500 MB', answered && p.maxRssMb <= 500));
    console.log(`      (${p.fileMb.toFixed(1)} MB file; ${p.outcome}; FileHost.open + readSheet + check in node, median of 3, peak RSS of the child)`);
  }
}

/** Page faults per check: a check that made large objects got fresh pages for them every time. */
function faults(t: Timing): string {
  return `${Math.round(t.pageFaultsPerRun ?? 0)} page faults per check`;
}

function engine(): void {
  const [seed3, seed0] = engineBench();
  const [g10, g20] = scaleBench();
  console.log(line(`engine: ${seed3.name}`, ms(seed3, 2), '< 5 ms', seed3.medianMs < 5));
  console.log(cpu(seed3, 2));
  console.log(line(`engine: ${seed0.name}`, ms(seed0, 2), '< 5 ms', seed0.medianMs < 5));
  console.log(cpu(seed0, 2));
  // Issue 16: judged by CPU time per check, its share of the collections included (the figure
  // column); the median run and wall time beside it.
  console.log(line(`engine: ${g10.name} (warm, CPU)`, `${g10.meanCpuMs.toFixed(1)} ms`, '≤ 50 ms (issue 16)', g10.meanCpuMs <= 50));
  console.log(`      (CPU of ${g10.runs} runs over ${g10.runs}, collections included, in a process that checked only this form; median of 3 such processes; median run ${g10.cpuMs.toFixed(1)} ms CPU, ${g10.medianMs.toFixed(1)} ms wall; ${faults(g10)})`);
  console.log(line(`engine: ${g20.name} (warm, CPU)`, `${g20.meanCpuMs.toFixed(1)} ms`, '(for the ratio)', null));
  console.log(`      (CPU of ${g20.runs} runs over ${g20.runs}; median run ${g20.cpuMs.toFixed(1)} ms CPU, ${g20.medianMs.toFixed(1)} ms wall; ${faults(g20)})`);
  const cpuRatio = g20.meanCpuMs / g10.meanCpuMs;
  console.log(line('engine: ratio 20,000 rows / 10,000 rows (CPU)', cpuRatio.toFixed(2), '≤ 2.1 (issue 16)', cpuRatio <= 2.1));
  console.log(`      (medians: CPU ratio ${(g20.cpuMs / g10.cpuMs).toFixed(2)}, wall ratio ${(g20.medianMs / g10.medianMs).toFixed(2)})`);
  // The same doubling below and above, for comparison. What is left above 2 is memory, not work:
  // - Until 2026-11-30 a check made large objects (whole-sheet lists over 128 KB), each on fresh
  //   pages: 260 page faults per check at 10,000 rows, 820 at 20,000, and system time tripling.
  //   Now a warm check makes none (the page-fault counts above; src/core/grid/pieces.ts).
  // - What remains: a check's first pass over its rows fetches them from memory once they no
  //   longer fit the per-core cache (2 MB here), between 10,000 and 20,000 rows. Fusing the text
  //   rules' six walks into one moved that cost to the next walk and measured no different; so
  //   did index loops instead of for…of over rows (V8 optimises those loops mid-run, and such a
  //   loop then allocates a result per row: 2.5 MB per check at 20,000 rows, 0.1 MB without).
  // - Before/after, alternating processes: 20k/10k 2.17 -> 2.10 (median of 7 pairs each; one
  //   pair ranges 1.99-2.20 on this shared machine), 10,000 rows 23.4 -> 19.6 ms, 20,000 rows
  //   50.3 -> 41.3 ms CPU per check.
  const [g5, g40] = [scaleBench(1, [5_000])[0], scaleBench(1, [40_000])[0]];
  console.log(line('engine: ratio 10,000 / 5,000 rows (CPU)', (g10.meanCpuMs / g5.meanCpuMs).toFixed(2), '(info: the same doubling, smaller)', null));
  console.log(line('engine: ratio 40,000 / 20,000 rows (CPU)', (g40.meanCpuMs / g20.meanCpuMs).toFixed(2), '(info: the same doubling, larger)', null));
  console.log(`      (5,000 rows ${g5.meanCpuMs.toFixed(1)} ms, 40,000 rows ${g40.meanCpuMs.toFixed(1)} ms CPU per check; one process each)`);
  // The re-check after typing in the table: the edited table is read and judged again (row by row
  // through the per-row caches), so this doubling is mostly work, not memory.
  const [e10, e20] = scaleBench(3, [10_000, 20_000], 'edit');
  console.log(line(`engine: ${e10.name} (CPU)`, `${e10.meanCpuMs.toFixed(1)} ms`, '(info: the re-check after typing in the table)', null));
  console.log(line(`engine: ${e20.name} (CPU)`, `${e20.meanCpuMs.toFixed(1)} ms`, `(info: ratio ${(e20.meanCpuMs / e10.meanCpuMs).toFixed(2)})`, null));
  const cold = firstCheck('first check of an unseen 10,000-row form', generatedForm(10_000, 'cold'));
  console.log(line(`engine: ${cold.name}`, ms(cold), '(info: caches cold)', null));
}

function main(): void {
  const [l1, l5] = os.loadavg();
  console.log(`PerfCheck benchmarks — ${os.cpus().length} cores, node ${process.version}, load average ${l1.toFixed(2)} / ${l5.toFixed(2)} (1 / 5 min)`);
  engine();
  // `tsx bench/run.ts engine` (after npm run build:cli): the engine lines only.
  if (process.argv[2] === 'engine') return;

  const c = cliBench(100);
  console.log(line(`cli: ${c.files} seed-sized workbooks`, `${(c.wallMs / 1000).toFixed(2)} s`, '< 15 s', c.wallMs < 15_000));
  console.log(line('cli: peak memory (RSS)', `${c.maxRssMb} MB`, '< 500 MB', c.maxRssMb < 500));

  const x = excelBench();
  const trips = x.readSyncs + x.paintSyncs;
  console.log(line(`excel: read + check + paint, ${x.rows}-row form`, `${trips} syncs`, `fixed (${x.readSyncs} read + ${x.paintSyncs} paint)`, trips === 4));
  console.log('      (asserted through office-addin-mock in test/hardening/excel-host.test.ts, with 0 and with 500 findings)');
  console.log(line(`excel: ${x.recheck.name}`, ms(x.recheck), '< 100 ms engine', x.recheck.medianMs < 100));
  console.log(cpu(x.recheck));

  pane();

  cliBudgets();

  const n = noiseWorkbookBench();
  console.log(line('cli: form over 100,000 x 30 noise, wall time', `${(n.wallMs / 1000).toFixed(1)} s`, '≤ 10 s', n.wallMs <= 10_000 && n.form === 'dept-overall'));
  console.log(line('cli: form over 100,000 x 30 noise, peak memory', `${n.maxRssMb} MB`, '≤ 300 MB', n.maxRssMb <= 300));
  console.log(`      (median of ${n.runs} runs, highest peak ${n.worstRssMb} MB; exit ${n.exitCode}, form found: ${n.form}; the bounded reader keeps values only)`);

  pageBudgets();
}

main();
