// The seed layouts keep exactly the findings they had before the block readers (issue 12): every
// seed fixture and variant, every finding's rule, cells, message and suggestion.

import baseline from '../../fixtures/seed-findings.json';
import { seedFindings } from '../../fixtures/seed-findings';

describe('seed findings are unchanged by the block readers', () => {
  const now = seedFindings();
  it.each(Object.keys(baseline))('%s', (name) => {
    expect(now[name]).toEqual((baseline as Record<string, string[]>)[name]);
  });
});
