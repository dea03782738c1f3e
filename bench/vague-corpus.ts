// `npx tsx bench/vague-corpus.ts [files...]`: the vague rules on the labelled corpus of real
// indicator rows (default: test/fixtures/corpus/indicators/*.json), with the targets of issue 13
// beside each figure: vague-target precision ≥ 0.95 and recall ≥ 0.90; a note (vague or weak) on
// at most 3% of the rows labelled measurable. Borderline rows are counted, never scored.
// `--list` also prints every false alarm and miss, one line each. `--sample=30` prints 30 flagged
// rows drawn at random with a fixed seed (`--seed=13`), with their suggestions, for the rewrite
// review (test/fixtures/corpus/indicators/rewrite-review.md).

import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describeRow, JudgedRow, judgeCorpus, loadCorpus, measure, Score, TARGETS } from '../test/unit/vague/corpus-measure';

const DEFAULT_DIR = path.join(__dirname, '..', 'test', 'fixtures', 'corpus', 'indicators');

function defaultFiles(): string[] {
  if (!existsSync(DEFAULT_DIR)) return [];
  return readdirSync(DEFAULT_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => path.join(DEFAULT_DIR, f));
}

function main(): void {
  const args = process.argv.slice(2);
  const list = args.includes('--list');
  const given = args.filter((a) => !a.startsWith('--'));
  const option = (key: string) => args.find((a) => a.startsWith(`--${key}=`))?.split('=')[1];
  const sample = Number(option('sample') ?? 0);
  const seed = Number(option('seed') ?? 13);
  const files = given.length ? given : defaultFiles();
  const missing = files.filter((f) => !existsSync(f));
  if (missing.length) {
    console.error(`找不到语料文件 / corpus file not found: ${missing.join(', ')}`);
    process.exit(2);
  }
  if (files.length === 0) {
    console.log(`没有语料文件 / no corpus files in ${DEFAULT_DIR}`);
    return;
  }
  const { rows, skipped } = loadCorpus(files);
  const judged = judgeCorpus(rows);
  const figures = measure(judged);
  const f = (n: number) => n.toFixed(3);
  const mark = (ok: boolean) => (ok ? 'ok  ' : 'MISS');
  const scoreLine = (what: string, s: Score, targeted: boolean) =>
    `${targeted ? mark(s.precision >= TARGETS.precision && s.recall >= TARGETS.recall) : 'info'}  ${what.padEnd(26)} precision ${f(s.precision)}  recall ${f(s.recall)}  F1 ${f(s.f1)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
  console.log(`corpus: ${files.map((x) => path.relative(process.cwd(), x)).join(', ')}`);
  console.log(`rows ${figures.rows}: vague ${figures.vagueRows}, measurable ${figures.measurableRows}, borderline ${figures.borderlineRows} (not scored)`);
  if (skipped.length) console.log(`skipped ${skipped.length} malformed rows:\n  ${skipped.join('\n  ')}`);
  console.log(scoreLine('vague-target', figures.vagueTarget, true) + `   target P ≥ ${TARGETS.precision}, R ≥ ${TARGETS.recall}`);
  console.log(scoreLine('vague-target + weak-target', figures.vagueOrWeak, false));
  console.log(
    `${mark(figures.noteShare <= TARGETS.noteShare)}  notes on measurable rows    ${(figures.noteShare * 100).toFixed(1)}% (${figures.falseAlarms.length}/${figures.measurableRows})   target ≤ ${TARGETS.noteShare * 100}%`,
  );
  if (sample > 0) printSample(judged, sample, seed);
  if (list) {
    console.log(`\nnotes on measurable rows (${figures.falseAlarms.length}):`);
    for (const j of figures.falseAlarms) console.log(`  ${describeRow(j)}`);
    console.log(`\nvague rows without vague-target (${figures.misses.length}):`);
    for (const j of figures.misses) console.log(`  ${describeRow(j)}`);
  }
}

/** Deterministic PRNG (mulberry32): the same seed draws the same rows on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function printSample(judged: JudgedRow[], size: number, seed: number): void {
  const flagged = judged.filter((j) => j.vague || j.weak);
  const next = random(seed);
  const pool = [...flagged];
  const drawn: JudgedRow[] = [];
  while (drawn.length < size && pool.length) drawn.push(pool.splice(Math.floor(next() * pool.length), 1)[0]);
  console.log(`\n${drawn.length} of ${flagged.length} flagged rows, seed ${seed}:`);
  drawn.forEach((j, i) => {
    const g = j.judgement.groups[0];
    console.log(`${i + 1}. ${describeRow(j)}\n   ${g.suggestion}`);
  });
}

main();
