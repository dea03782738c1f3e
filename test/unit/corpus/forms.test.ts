// The corpus of real published forms from other provinces (test/fixtures/corpus/forms, labelled
// before the tool ran): every form with an indicator table is read as a form, its indicators,
// amounts and closing rows are asserted, and every labelled problem is found and every quiet cell
// stays quiet — except the gaps listed, each with its reason, in known-gaps.json. A gap that gets
// fixed fails this test too, so the list only shrinks on purpose.

import knownGaps from '../../fixtures/corpus/known-gaps.json';
import { loadCorpus } from '../../fixtures/corpus/load';
import { runCorpusForm } from '../../fixtures/corpus/expect';
import { reportSchema } from '../../../src/core/report-schema';

interface Gap {
  kind?: string | null;
  amounts?: string[];
  indicators?: number[];
  missed?: Record<string, string>;
  noisy?: Record<string, string>;
}
const gaps = knownGaps as Record<string, Gap>;
const corpus = loadCorpus();

describe('the corpus of real forms', () => {
  it('spans every family and at least 8 provinces', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(15);
    expect(new Set(corpus.map((f) => f.family))).toEqual(new Set(['A', 'B', 'C', 'D']));
    expect(new Set(corpus.map((f) => f.province)).size).toBeGreaterThanOrEqual(8);
    for (const f of corpus) expect(f.source).toMatch(/^https?:\/\//);
  });

  describe.each(corpus.map((f) => [f.id, f] as const))('%s', (id, form) => {
    const outcome = runCorpusForm(form);
    const gap: Gap = gaps[id] ?? {};

    it('is read as the labelled kind of form, with a valid report', () => {
      expect(reportSchema.safeParse(outcome.report).success).toBe(true);
      expect(outcome.report.form).toBe(gap.kind !== undefined ? gap.kind : form.expected.kind);
    });

    it('reads every labelled indicator and no closing row as one', () => {
      expect(outcome.missingIndicators).toEqual(gap.indicators ?? []);
      expect(outcome.closingAsIndicator).toEqual([]);
    });

    it('reads every labelled amount, and judges every labelled rate at the precision it is shown', () => {
      expect(outcome.wrongAmounts.map((a) => a.split(' ')[0])).toEqual(gap.amounts ?? []);
      expect(outcome.wrongRates).toEqual([]);
    });

    it('finds every labelled problem (known gaps aside)', () => {
      for (const p of outcome.problems) expect({ problem: p.key, found: p.found }).toEqual({ problem: p.key, found: !(p.key in (gap.missed ?? {})) });
    });

    it('keeps every quiet cell quiet (known gaps aside)', () => {
      expect(outcome.noisy.map((n) => `${n.key} ${n.rules.join(',')}`)).toEqual(Object.keys(gap.noisy ?? {}));
    });
  });
});
