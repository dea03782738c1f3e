// The pairing as plain data for reports: every pair with the cells of both years, so a user can see
// (in the pane, the CLI's JSON or its text) which of last year's indicators each of this year's was
// compared with, and correct a wrong pairing by renaming.

import { resultValueOf, targetValueOf } from '../rules/ambition/compare';
import { BaselineMatch, IndicatorRef } from './match';
import type { BaselineSummary, PairSide } from './summary-schema';

export type { BaselineSummary, PairSide } from './summary-schema';

function side(ref: IndicatorRef, which: 'current' | 'previous'): PairSide {
  const v = which === 'current' ? targetValueOf(ref.indicator) : resultValueOf(ref.indicator);
  return {
    name: ref.indicator.name!.text,
    cell: ref.indicator.name!.cell,
    category: ref.categoryName,
    ...(v ? { value: { text: v.text, cell: v.cell } } : {}),
  };
}

export function summarizeMatch(match: BaselineMatch, label: string): BaselineSummary {
  return {
    label,
    pairs: match.pairs.map((p) => ({ current: side(p.current, 'current'), previous: side(p.previous, 'previous'), by: p.by })),
    dropped: match.dropped.map((r) => side(r, 'previous')),
    added: match.added.map((r) => side(r, 'current')),
  };
}
