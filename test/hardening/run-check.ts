// Runs check() on generated hostile sheets in a child process, so a test can put a hard time limit
// on it (a synchronous hang inside jest cannot be interrupted; a child process can be killed).
//
//   node --import tsx test/hardening/run-check.ts '[{"seed":"seed-003","count":100000,"gap":2}]'
//
// Prints one JSON line per case as it completes: { i, form, summary, findings: ["rule@cell", …] }.

import { check } from '../../src/core/check';
import { formOverNoise } from './hostile-files';

export interface NoiseCase {
  seed: string;
  count: number;
  width?: number;
  gap?: number;
}

const cases = JSON.parse(process.argv[2] ?? '[]') as NoiseCase[];
cases.forEach((c, i) => {
  const report = check(formOverNoise(c.seed, c.count, c.width ?? 30, c.gap ?? 2));
  process.stdout.write(`${JSON.stringify({ i, form: report.form, summary: report.summary, findings: report.findings.map((f) => `${f.rule}@${f.cell}`) })}\n`);
});
