// `npm run bench`: prints every figure of issue 9 with its budget beside it.
//
//   engine   seed-sized form < 5 ms; 10,000 indicator rows < 200 ms; 20,000 / 10,000 ≈ 2 (linear)
//   cli      100 seed-sized workbooks < 15 s, peak memory < 500 MB
//   excel    read + check + paint of a 500-row form in a fixed number of round trips; the live
//            re-check after one edit < 100 ms of engine time
//   pane     initial JS < 300 KB gzipped; first verdict < 1.5 s after page load (bench/pane.ts,
//            run as a child process because it drives headless chromium)
//
// Wall times depend on what else the machine is doing: the load average is printed first, and
// engine figures show CPU time too (close to what an idle machine would show).

import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { existsSync } from 'node:fs';
import { firstCheck, engineBench, Timing } from './engine';
import { cliBench } from './cli';
import { generatedForm } from './generate';
import { excelBench } from './excel';
import { noiseWorkbookBench } from './hostile';

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

function main(): void {
  const [l1, l5] = os.loadavg();
  console.log(`PerfCheck benchmarks — ${os.cpus().length} cores, node ${process.version}, load average ${l1.toFixed(2)} / ${l5.toFixed(2)} (1 / 5 min)`);

  const [seed3, seed0, g10, g20] = engineBench();
  console.log(line(`engine: ${seed3.name}`, ms(seed3, 2), '< 5 ms', seed3.medianMs < 5));
  console.log(cpu(seed3, 2));
  console.log(line(`engine: ${seed0.name}`, ms(seed0, 2), '< 5 ms', seed0.medianMs < 5));
  console.log(cpu(seed0, 2));
  console.log(line(`engine: ${g10.name}`, ms(g10), '< 200 ms', g10.medianMs < 200));
  console.log(cpu(g10));
  console.log(line(`engine: ${g20.name}`, ms(g20), '(for the ratio)', null));
  console.log(cpu(g20));
  const ratio = g20.medianMs / g10.medianMs;
  console.log(line('engine: ratio 20,000 rows / 10,000 rows', ratio.toFixed(2), '≈ 2 (linear)', ratio < 2.6));
  console.log(`      (CPU ratio ${(g20.cpuMs / g10.cpuMs).toFixed(2)})`);
  const cold = firstCheck('first check of an unseen 10,000-row form', generatedForm(10_000, 'cold'));
  console.log(line(`engine: ${cold.name}`, ms(cold), '(info: caches cold)', null));

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

  const n = noiseWorkbookBench();
  console.log(line('hostile: form over 100,000 x 30 noise (cli)', `${(n.wallMs / 1000).toFixed(1)} s`, 'no budget; must not crash', n.form === 'dept-overall'));
  console.log(`      (peak memory ${n.maxRssMb} MB, exit ${n.exitCode}, form found: ${n.form}; exceljs holds every cell)`);
}

main();
