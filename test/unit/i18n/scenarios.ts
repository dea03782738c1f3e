// The sheets the English test renders: every seed and variant, every real form of the corpus, and
// scenarios for rules none of those trigger (a rule family adds its own below). Each scenario is a
// grid plus check options.

import type { CheckOptions } from '../../../src/core/check';
import type { GridData } from '../../../src/core/grid/grid';
import { SEEDS, VARIANTS, SeedName } from '../../fixtures/catalog';
import { loadCorpus } from '../../fixtures/corpus/load';
import { specToGrid } from '../../fixtures/sheet-spec';
import { treeAndAmbitionScenarios } from './scenarios-tree-ambition';

export interface Scenario {
  name: string;
  grid: () => GridData;
  options?: CheckOptions;
}

export function scenarios(): Scenario[] {
  const out: Scenario[] = [];
  for (const name of Object.keys(SEEDS) as SeedName[]) out.push({ name, grid: () => specToGrid(SEEDS[name]()) });
  for (const v of VARIANTS) out.push({ name: v.name, grid: () => specToGrid(v.build()) });
  for (const f of loadCorpus()) out.push({ name: f.id, grid: () => specToGrid(f.sheet) });
  out.push({ name: 'empty sheet', grid: () => specToGrid({ name: '空表', rows: [], merges: [], numFmts: {} }) });
  out.push({ name: 'not a form', grid: () => specToGrid({ name: '说明', rows: [['一级指标', '备注'], ['随便写的', '']], merges: [], numFmts: {} }) });
  out.push(...EXTRA);
  out.push(...treeAndAmbitionScenarios());
  return out;
}

/** Scenarios for rules the fixtures above never trigger (ambition with a baseline, templates…). */
const EXTRA: Scenario[] = [];
