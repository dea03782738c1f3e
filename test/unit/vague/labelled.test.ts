// Precision and recall of the vague judge against the hand-labelled seed indicators.

import { Indicator } from '../../../src/core/model';
import { IndicatorJudgement } from '../../../src/core/rules/vague';
import { indicator, judge } from './helpers';
import { LABELLED, LabelledIndicator, Verdict } from './labelled-seed-indicators';
import { HELD_OUT } from './held-out-indicators';

function judgeAll(): Array<{ label: LabelledIndicator; got: IndicatorJudgement }> {
  // Indicators of one table are siblings: copy-paste is judged within the table.
  const groups = new Map<string, Array<{ label: LabelledIndicator; ind: Indicator }>>();
  for (const label of LABELLED) {
    const key = `${label.seed}/${label.table}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push({ label, ind: indicator(label) });
  }
  const out: Array<{ label: LabelledIndicator; got: IndicatorJudgement }> = [];
  for (const members of groups.values()) {
    const siblings = members.map((m) => m.ind);
    for (const m of members) out.push({ label: m.label, got: judge(m.ind, siblings) });
  }
  return out;
}

interface Score {
  precision: number;
  recall: number;
  tp: number;
  fp: number;
  fn: number;
}

function score(pairs: Array<{ expected: Verdict; got: Verdict }>, positive: (v: Verdict) => boolean): Score {
  let tp = 0, fp = 0, fn = 0;
  for (const { expected, got } of pairs) {
    if (positive(got) && positive(expected)) tp++;
    else if (positive(got)) fp++;
    else if (positive(expected)) fn++;
  }
  return { precision: tp / (tp + fp || 1), recall: tp / (tp + fn || 1), tp, fp, fn };
}

describe('vague judge on the hand-labelled seed indicators', () => {
  const results = judgeAll();
  const pairs = results.map((r) => ({ expected: r.label.verdict, got: r.got.verdict }));

  it('labels at least 150 seed indicators, all three verdicts represented', () => {
    expect(LABELLED.length).toBeGreaterThanOrEqual(150);
    for (const v of ['measurable', 'weak', 'vague'] as const) expect(LABELLED.some((l) => l.verdict === v)).toBe(true);
  });

  it('reports precision and recall', () => {
    const flagged = score(pairs, (v) => v !== 'measurable');
    const vague = score(pairs, (v) => v === 'vague');
    const weak = score(pairs, (v) => v === 'weak');
    const exact = pairs.filter((p) => p.expected === p.got).length / pairs.length;
    const fmt = (s: Score) => `precision ${s.precision.toFixed(3)} recall ${s.recall.toFixed(3)} (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
    const misses = results
      .filter((r) => r.label.verdict !== r.got.verdict)
      .map((r) => `  ${r.label.seed} ${r.label.name}: labelled ${r.label.verdict}, judged ${r.got.verdict} [${r.got.reasons.join(',')}]`);
    console.log(
      [
        `vague judge on ${pairs.length} hand-labelled seed indicators`,
        `  flagged (weak or vague) vs measurable: ${fmt(flagged)}`,
        `  vague:                                 ${fmt(vague)}`,
        `  weak:                                  ${fmt(weak)}`,
        `  exact verdict agreement: ${(exact * 100).toFixed(1)}%`,
        ...(misses.length ? ['disagreements:', ...misses] : []),
      ].join('\n'),
    );
    // Thresholds: a false alarm costs as much trust as a miss, so precision and recall of "flagged"
    // are both held high; vague (warnings) must be precise above all: every false vague is a
    // warning on a good target.
    expect(flagged.precision).toBeGreaterThanOrEqual(0.95);
    expect(flagged.recall).toBeGreaterThanOrEqual(0.95);
    expect(vague.precision).toBeGreaterThanOrEqual(0.95);
    expect(vague.recall).toBeGreaterThanOrEqual(0.9);
    expect(exact).toBeGreaterThanOrEqual(0.9);
  });

  it('never calls a labelled-measurable indicator vague', () => {
    const wrong = results.filter((r) => r.label.verdict === 'measurable' && r.got.verdict === 'vague').map((r) => r.label.name);
    expect(wrong).toEqual([]);
  });
});

describe('vague judge on held-out indicators (not from the seeds)', () => {
  it('reports agreement and stays above 90%', () => {
    const results = HELD_OUT.map((h) => ({ h, got: judge(h) }));
    const pairs = results.map((r) => ({ expected: r.h.verdict, got: r.got.verdict }));
    const flagged = score(pairs, (v) => v !== 'measurable');
    const vague = score(pairs, (v) => v === 'vague');
    const exact = pairs.filter((p) => p.expected === p.got).length / pairs.length;
    const misses = results.filter((r) => r.h.verdict !== r.got.verdict).map((r) => `  ${r.h.name} “${r.h.annual}”: labelled ${r.h.verdict}, judged ${r.got.verdict}`);
    console.log(
      [
        `vague judge on ${pairs.length} held-out indicators`,
        `  flagged: precision ${flagged.precision.toFixed(3)} recall ${flagged.recall.toFixed(3)}; vague: precision ${vague.precision.toFixed(3)} recall ${vague.recall.toFixed(3)}; exact ${(exact * 100).toFixed(1)}%`,
        ...misses,
      ].join('\n'),
    );
    expect(exact).toBeGreaterThanOrEqual(0.9);
    expect(vague.precision).toBeGreaterThanOrEqual(0.9);
  });
});
