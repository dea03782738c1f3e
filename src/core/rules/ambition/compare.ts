// A target beside its result: parsed into measures in one base unit, judged in the indicator's
// direction as missed, met, or met many times over (conservative).

import { Indicator, IndicatorValue } from '../../model';
import { alignMeasures, Measure, parseMeasures } from '../../parse/measure';
import { Direction, DirectionInfo, directionOf, isQualitative } from './direction';
import type { AmbitionThresholds } from './thresholds';

export type Outcome = 'missed' | 'met' | 'conservative';

export interface Comparison {
  target: Measure;
  result: Measure;
  targetValue: IndicatorValue;
  resultValue: IndicatorValue;
  direction: DirectionInfo;
  /** result ÷ target, when the target is not zero. */
  ratio: number | null;
  outcome: Outcome;
}

/** The target a result is measured against: 年度指标值 first, then 预期, then 实施周期. */
export function targetValueOf(ind: Indicator): IndicatorValue | undefined {
  for (const kind of ['annual', 'expected', 'period'] as const) {
    const v = ind.values.find((x) => x.kind === kind && x.text.trim() !== '');
    if (v) return v;
  }
  return undefined;
}

export function resultValueOf(ind: Indicator): IndicatorValue | undefined {
  return ind.values.find((x) => x.kind === 'actual' && x.text.trim() !== '');
}

/**
 * Target and result measures that belong together: the only one on each side, or those sharing a
 * unit that each side writes once ("开展1次检查，检查40家次" against "1次，45家次").
 */
export function pairMeasures(targets: Measure[], results: Measure[]): Array<{ target: Measure; result: Measure }> {
  if (targets.length === 1 && results.length === 1) {
    const a = alignMeasures(targets[0], results[0]);
    return a ? [a] : [];
  }
  const out: Array<{ target: Measure; result: Measure }> = [];
  for (const t of targets) {
    if (!t.unit) continue;
    const sameT = targets.filter((x) => x.kind === t.kind && x.unit === t.unit);
    const sameR = results.filter((x) => x.kind === t.kind && x.unit === t.unit);
    if (sameT.length !== 1 || sameR.length !== 1) continue;
    const a = alignMeasures(t, sameR[0]);
    if (a) out.push(a);
  }
  return out;
}

export function judge(target: Measure, result: Measure, direction: DirectionInfo, thresholds: AmbitionThresholds): { outcome: Outcome; ratio: number | null } {
  const t = target.value;
  const r = result.value;
  const eps = 1e-9 * Math.max(1, Math.abs(t));
  const ratio = t !== 0 && target.kind !== 'date' ? r / t : null;
  const missed = direction.direction === 'floor' ? (direction.strict ? r <= t + eps : r < t - eps) : direction.strict ? r >= t - eps : r > t + eps;
  if (missed) return { outcome: 'missed', ratio };
  if (ratio !== null && t > 0 && r >= 0 && isConservative(direction.direction, t, r, target, thresholds)) return { outcome: 'conservative', ratio };
  return { outcome: 'met', ratio };
}

function isConservative(direction: Direction, t: number, r: number, target: Measure, thresholds: AmbitionThresholds): boolean {
  const isCount = target.kind === 'count';
  if (direction === 'floor') return r >= thresholds.overAchievementRatio * t && (!isCount || r - t >= thresholds.minimumCountExcess);
  return r <= thresholds.ceilingUseRatio * t && (!isCount || t - r >= thresholds.minimumCountExcess);
}

/** The indicator's target judged against its result, or undefined when they cannot be compared. */
export function compareIndicator(ind: Indicator, thresholds: AmbitionThresholds): Comparison | undefined {
  // No result, nothing to compare: asked first, since a target form has none on any row.
  const resultValue = resultValueOf(ind);
  if (!resultValue || isQualitative(ind)) return undefined;
  const targetValue = targetValueOf(ind);
  if (!targetValue) return undefined;
  const unitColumn = ind.unit?.text;
  const pairs = pairMeasures(parseMeasures(targetValue.text, { unitColumn }), parseMeasures(resultValue.text, { unitColumn }));
  if (pairs.length === 0) return undefined;
  const judged = pairs.map(({ target, result }) => {
    const direction = directionOf(ind, target, thresholds);
    return { target, result, targetValue, resultValue, direction, ...judge(target, result, direction, thresholds) };
  });
  // One verdict per indicator: any miss is a miss; otherwise the part met by the widest margin
  // speaks ("1次检查" met exactly does not excuse "40家次" met two and a half times).
  const missed = judged.find((c) => c.outcome === 'missed');
  if (missed) return missed;
  const conservative = judged.filter((c) => c.outcome === 'conservative');
  if (conservative.length > 0) return conservative.reduce((a, b) => (extremity(b) > extremity(a) ? b : a));
  return judged[0];
}

function extremity(c: Comparison): number {
  if (c.ratio === null) return 0;
  return c.direction.direction === 'floor' ? c.ratio : c.ratio === 0 ? Infinity : 1 / c.ratio;
}
