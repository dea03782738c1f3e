import { readFileSync } from 'node:fs';
import { README, readmeWithRules } from '../readme-rules';

describe('README', () => {
  it('lists every rule with its default severity, as the rule metas say (npm run docs)', () => {
    const readme = readFileSync(README, 'utf8');
    expect(readme).toBe(readmeWithRules(readme));
  });
});
