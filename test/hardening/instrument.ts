// The engine's work, counted instead of timed: cell reads through a CountingGrid, and reads of the
// model's lists (tables, indicators, project rows, tasks, figures, amounts, reader issues) through
// counting proxies. A rule that loops over the projects inside a loop over the projects reads
// n² elements, so doubling the sheet quadruples its count; a linear one doubles it. Deterministic,
// so it can be asserted in CI, where wall-clock time cannot (team rule: speed lives in bench/).

import type { GridData } from '../../src/core/grid/grid';
import { readForm, SheetScan } from '../../src/core/forms';
import { CategoryIndex, getProfile } from '../../src/core/profiles';
import { RULES } from '../../src/core/rules';
import { measurability } from '../../src/core/rules/vague';
import { CountingGrid } from './counting-grid';

export interface Costs {
  form: string | null;
  /** Grid reads while detecting and reading the form. */
  reader: number;
  /** Grid reads + model list reads per rule id (and 'measurability', which check() computes). */
  rules: Record<string, number>;
  /** Size of the model, for messages. */
  indicators: number;
  projectRows: number;
}

function isIndex(prop: string | symbol): boolean {
  if (typeof prop !== 'string' || prop.length === 0) return false;
  const c = prop.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/**
 * A list whose element reads are counted, and whose elements count their own property reads (so a
 * loop over a copy of the list, or over a list derived from it, still counts). Each element gets
 * one proxy, so identity comparisons between elements still hold.
 */
function counting<T extends object>(list: T[], counter: { n: number }, proxies: WeakMap<object, object>): T[] {
  const wrap = (v: unknown): unknown => {
    if (!v || typeof v !== 'object') return v;
    let p = proxies.get(v);
    if (!p) {
      p = new Proxy(v, {
        get(target, prop, receiver) {
          counter.n++;
          return Reflect.get(target, prop, receiver);
        },
      });
      proxies.set(v, p);
    }
    return p;
  };
  return new Proxy(list, {
    get(target, prop, receiver) {
      if (!isIndex(prop)) return Reflect.get(target, prop, receiver);
      counter.n++;
      return wrap(Reflect.get(target, prop, receiver));
    },
  });
}

const LISTS = ['tables', 'rows', 'issues', 'tasks', 'figures', 'budget', 'income'] as const;

function instrument(model: Record<string, unknown>, counter: { n: number }): void {
  const proxies = new WeakMap<object, object>();
  // Indicator lists first, so table elements handed out later already carry them.
  for (const t of (model.tables as Array<{ indicators: object[] }> | undefined) ?? []) t.indicators = counting(t.indicators, counter, proxies);
  for (const key of LISTS) {
    const v = model[key];
    if (Array.isArray(v)) model[key] = counting(v as object[], counter, proxies);
  }
}

/** Reads the form and runs every rule on it, counting each one's work. */
export function measure(data: GridData): Costs {
  const grid = new CountingGrid(data);
  const scan = new SheetScan(grid);
  const { model } = readForm(scan);
  const reader = grid.work;
  const costs: Costs = { form: model?.form ?? null, reader, rules: {}, indicators: 0, projectRows: 0 };
  if (!model) return costs;
  costs.indicators = model.tables.reduce((n, t) => n + t.indicators.length, 0);
  costs.projectRows = model.form === 'project-expenditure' ? model.rows.length : 0;
  const counter = { n: 0 };
  instrument(model as unknown as Record<string, unknown>, counter);
  const profile = getProfile('guangdong')!;
  const categories = new CategoryIndex(profile);
  const ctx = { grid, model, profile, categories };
  const run = (id: string, f: () => unknown) => {
    const before = counter.n + grid.work;
    f();
    costs.rules[id] = (costs.rules[id] ?? 0) + counter.n + grid.work - before;
  };
  run('measurability', () => measurability(model, profile));
  for (const rule of RULES) run(rule.meta.id, () => rule.run(ctx));
  return costs;
}
