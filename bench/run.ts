// `npm run bench`: prints every figure with its budget beside it (issue 9's budgets).

import { engineBench } from './engine';
import { cliBench } from './cli';

function line(what: string, value: string, budget: string, ok: boolean): string {
  return `${ok ? 'ok  ' : 'OVER'}  ${what.padEnd(44)} ${value.padStart(12)}   budget ${budget}`;
}

function main(): void {
  console.log('PerfCheck benchmarks (median of repeated runs; machine: ' + `${require('node:os').cpus().length} cores, node ${process.version})`);
  const e = engineBench();
  const [seed3, seed0, g10, g20] = e;
  console.log(line(`engine: ${seed3.name}`, `${seed3.medianMs.toFixed(2)} ms`, '< 5 ms', seed3.medianMs < 5));
  console.log(line(`engine: ${seed0.name}`, `${seed0.medianMs.toFixed(2)} ms`, '< 5 ms', seed0.medianMs < 5));
  console.log(line(`engine: ${g10.name}`, `${g10.medianMs.toFixed(1)} ms`, '< 200 ms', g10.medianMs < 200));
  console.log(line(`engine: ${g20.name}`, `${g20.medianMs.toFixed(1)} ms`, '', true));
  const ratio = g20.medianMs / g10.medianMs;
  console.log(line('engine: ratio 20,000 rows / 10,000 rows', ratio.toFixed(2), '≈ 2 (linear)', ratio < 2.6));
  const c = cliBench(100);
  console.log(line(`cli: ${c.files} seed-sized workbooks`, `${(c.wallMs / 1000).toFixed(2)} s`, '< 15 s', c.wallMs < 15_000));
  console.log(line('cli: peak memory (RSS)', `${c.maxRssMb} MB`, '< 500 MB', c.maxRssMb < 500));
}

main();
