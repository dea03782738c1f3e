// Every sentence of the engine, in Chinese and English: one catalogue, merged from the catalogue
// file each rule family keeps beside its rules (ids are prefixed with the family, so they cannot
// clash; test/unit/i18n/catalogue.test.ts checks that every entry has both languages and the same
// placeholders in each).

import type { Catalogue } from './text';
import { coreCatalogue } from './core-catalogue';
import { vagueCatalogue } from '../rules/vague/catalogue';
import { budgetCatalogue } from '../rules/budget/catalogue';
import { structureCatalogue } from '../forms/catalogue';
import { hierarchyCatalogue } from '../rules/hierarchy/catalogue';
import { completenessCatalogue } from '../rules/completeness/catalogue';
import { textCatalogue } from '../rules/text/catalogue';
import { ambitionCatalogue } from '../rules/ambition/catalogue';

const PARTS: Catalogue[] = [coreCatalogue, vagueCatalogue, budgetCatalogue, structureCatalogue, hierarchyCatalogue, completenessCatalogue, textCatalogue, ambitionCatalogue];

export const CATALOGUE: Catalogue = Object.assign({}, ...PARTS) as Catalogue;

/** For the catalogue test: ids that appear in more than one part. */
export function duplicateIds(): string[] {
  const seen = new Set<string>();
  const dup: string[] = [];
  for (const part of PARTS) for (const id of Object.keys(part)) (seen.has(id) ? dup : []).push(id), seen.add(id);
  return dup;
}
