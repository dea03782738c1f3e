// The vague rules on the labelled corpus of real indicator rows (test/fixtures/corpus/indicators/
// *.json, labelled by hand under RUBRIC.md before the tool ran): the targets of issue 13, the same
// measurement bench/vague-corpus.ts prints. Skipped when no corpus file is present.

import { existsSync, readdirSync } from 'fs';
import path from 'path';
import { describeRow, judgeCorpus, loadCorpus, measure, TARGETS } from './corpus-measure';

const DIR = path.join(__dirname, '..', '..', 'fixtures', 'corpus', 'indicators');
const FILES = existsSync(DIR) ? readdirSync(DIR).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(DIR, f)) : [];

const describeIfCorpus = FILES.length ? describe : describe.skip;

describeIfCorpus('vague rules on the labelled corpus of real indicators', () => {
  const { rows, skipped } = loadCorpus(FILES);
  const judged = judgeCorpus(rows);
  const figures = measure(judged);

  it('reads every row of the corpus', () => {
    expect(skipped).toEqual([]);
    expect(rows.length).toBeGreaterThan(0);
  });

  it('vague-target: precision ≥ 0.95, recall ≥ 0.90; a note on at most 3% of measurable rows', () => {
    const f = (n: number) => n.toFixed(3);
    console.log(
      [
        `corpus: ${figures.rows} rows (vague ${figures.vagueRows}, measurable ${figures.measurableRows}, borderline ${figures.borderlineRows})`,
        `  vague-target:               P ${f(figures.vagueTarget.precision)} R ${f(figures.vagueTarget.recall)} F1 ${f(figures.vagueTarget.f1)}`,
        `  vague-target + weak-target: P ${f(figures.vagueOrWeak.precision)} R ${f(figures.vagueOrWeak.recall)} F1 ${f(figures.vagueOrWeak.f1)}`,
        `  notes on measurable rows:   ${(figures.noteShare * 100).toFixed(1)}%`,
        ...figures.falseAlarms.map((j) => `  note on measurable: ${describeRow(j)}`),
        ...figures.misses.map((j) => `  missed vague: ${describeRow(j)}`),
      ].join('\n'),
    );
    expect(figures.vagueTarget.precision).toBeGreaterThanOrEqual(TARGETS.precision);
    expect(figures.vagueTarget.recall).toBeGreaterThanOrEqual(TARGETS.recall);
    expect(figures.noteShare).toBeLessThanOrEqual(TARGETS.noteShare);
  });

  it('never offers a rewrite about something the indicator does not name', () => {
    // The canned examples of old: activities, reports and broadcasting offered for anything.
    const canned = /相关活动覆盖人次|相关正面报道|主题活动覆盖人次|停播/;
    const bad = judged.flatMap((j) =>
      j.judgement.groups.flatMap((g) => g.rewrites.filter((r) => canned.test(r.name + r.value) && !/播/.test(j.row.name)).map((r) => `${j.row.name}: ${r.name} ${r.value}`)),
    );
    expect(bad).toEqual([]);
    // Every rewrite's name shares a two-character word with the indicator's name.
    const bigrams = (t: string) => [...t].slice(0, -1).map((c, i) => c + t[i + 1]).filter((b) => /^[\u4e00-\u9fff]{2}$/.test(b));
    const foreign = judged.flatMap((j) =>
      j.judgement.groups.flatMap((g) => g.rewrites.filter((r) => !bigrams(j.row.name).some((b) => r.name.includes(b))).map((r) => `${j.row.name}: ${r.name}`)),
    );
    expect(foreign).toEqual([]);
  });

  it('gives every finding a suggestion: a rewrite or what to add', () => {
    const without = judged.flatMap((j) => j.judgement.groups.filter((g) => !g.suggestion).map(() => describeRow(j)));
    expect(without).toEqual([]);
  });
});

if (!FILES.length) {
  it('has no corpus files to measure (skipped)', () => {
    expect(FILES).toEqual([]);
  });
}
