// The web page's read path (issue 16, items 3 and 4): FileHost.open + readSheet + check, in node,
// on the hostile files the CLI answers within its limits. Each file is measured in a child
// process of its own (bench/page-child.ts) so its peak memory is its own; the figure is the
// child's peak RSS (node and tsx included). The page runs the same code in a worker.
//
// Budget (issue 16): any input ≤ 50 MB is answered within 10 s and 500 MB.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { manyMerges, millionFormattedRows, richTextBomb } from '../test/hardening/hostile-files';

export interface PageTiming {
  name: string;
  fileMb: number;
  /** FileHost.open + readSheet + check, median of the runs. */
  wallMs: number;
  maxRssMb: number;
  outcome: string;
}

const tsx = path.join(__dirname, '..', 'node_modules', '.bin', 'tsx');
const child = path.join(__dirname, 'page-child.ts');

export function pageBench(runs = 3): PageTiming[] {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'perfcheck-bench-page-'));
  const files: Array<[string, () => Buffer]> = [
    ['1,000,000 empty formatted rows', () => millionFormattedRows()],
    ['20,000 merged areas', () => manyMerges(20_000)],
    ['one shared string of 3,000,000 rich-text runs', () => richTextBomb(3_000_000)],
  ];
  try {
    return files.map(([name, make], i) => {
      const file = path.join(dir, `hostile-${i}.xlsx`);
      writeFileSync(file, make());
      const results: Array<{ ms: number; maxRss: number; outcome: string }> = [];
      for (let r = 0; r < runs; r++) {
        const out = spawnSync(tsx, [child, file], { encoding: 'utf8', timeout: 120_000 });
        const last = (out.stdout ?? '').trim().split('\n').pop() ?? '';
        try {
          results.push(JSON.parse(last) as { ms: number; maxRss: number; outcome: string });
        } catch {
          results.push({ ms: NaN, maxRss: NaN, outcome: `failed (exit ${out.status ?? 'timeout'})` });
        }
      }
      const sorted = [...results].sort((a, b) => a.ms - b.ms);
      const mid = sorted[Math.floor(sorted.length / 2)];
      return { name, fileMb: statSync(file).size / 1024 / 1024, wallMs: mid.ms, maxRssMb: Math.max(...results.map((x) => x.maxRss)) / 1024, outcome: mid.outcome };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
