// The vague rules on the real-form corpus's own indicator labels (not the set they were developed
// on): a guard that the whole-row reading holds on real layouts, read end to end from the sheet.

import { vagueOnForms } from '../../fixtures/corpus/vague-on-forms';

it('vague-target on the forms corpus: precision ≥ 0.95, recall ≥ 0.8, notes on ≤ 3% of measurable rows', () => {
  const r = vagueOnForms();
  expect(r.tp + r.fn).toBeGreaterThanOrEqual(20);
  expect(r.tp / (r.tp + r.fp)).toBeGreaterThanOrEqual(0.95);
  expect(r.tp / (r.tp + r.fn)).toBeGreaterThanOrEqual(0.8);
  expect(r.notes / (r.tn + r.fp)).toBeLessThanOrEqual(0.03);
}, 60_000);
