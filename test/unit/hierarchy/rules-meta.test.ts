// The rule list is where severities are documented: every hierarchy/completeness rule has a
// complete meta, and check() emits exactly the ids that are listed.

import { RULES } from '../../../src/core/rules';
import { hierarchyRules } from '../../../src/core/rules/hierarchy';
import { completenessRules } from '../../../src/core/rules/completeness';
import { SEEDS, SeedName } from '../../fixtures/catalog';
import { treeFindings } from './helpers';

const mine = [...hierarchyRules, ...completenessRules];

describe('hierarchy and completeness rule metas', () => {
  it('are registered in RULES once each', () => {
    for (const r of mine) expect(RULES.filter((x) => x.meta.id === r.meta.id)).toHaveLength(1);
  });

  it.each(mine.map((r) => [r.meta.id, r] as const))('%s has a complete meta', (_id, r) => {
    expect(r.meta.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(['hierarchy', 'completeness']).toContain(r.meta.category);
    expect(['error', 'warning', 'info']).toContain(r.meta.severity);
    expect(r.meta.title).toMatch(/[\u4e00-\u9fff]/);
    expect(r.meta.why).toMatch(/[\u4e00-\u9fff]/);
    expect(r.meta.titleEn).toMatch(/^[A-Z][A-Za-z0-9 ,/()-]+$/);
  });

  it('document a severityNote wherever a finding may deviate from the default severity', () => {
    for (const id of ['missing-category', 'empty-category', 'no-indicators']) expect(mine.find((r) => r.meta.id === id)!.meta.severityNote).toBeTruthy();
  });

  it('produce findings whose primary cell comes first and whose message is Chinese, on every seed and both profiles', () => {
    for (const seed of Object.keys(SEEDS) as SeedName[])
      for (const profile of ['guangdong', 'mof2021'])
        for (const f of treeFindings(SEEDS[seed](), profile)) {
          expect(f.cells[0]).toBe(f.cell);
          expect(new Set(f.cells).size).toBe(f.cells.length);
          expect(f.message).toMatch(/[\u4e00-\u9fff]/);
          expect(f.why).toBe(mine.find((r) => r.meta.id === f.rule)!.meta.why);
        }
  });

  it('are the only source of hierarchy findings', () => {
    const ids = new Set(mine.map((r) => r.meta.id));
    for (const r of RULES.filter((x) => x.meta.category === 'hierarchy')) expect(ids.has(r.meta.id)).toBe(true);
  });
});
