// Reading fixtures into models in tests.

import { checkWithModel } from '../../src/core/check';
import { FormModel } from '../../src/core/model';
import { formModelSchema } from '../../src/core/model-schema';
import { fixture } from '../fixtures/catalog';
import { specToGrid } from '../fixtures/sheet-spec';

export function modelOf(name: string): FormModel {
  const { model } = checkWithModel(specToGrid(fixture(name)));
  if (!model) throw new Error(`${name} was not recognised as a form`);
  // Every reader's output must pass its zod schema.
  return formModelSchema.parse(model);
}

export function modelAs<F extends FormModel['form']>(name: string, form: F): Extract<FormModel, { form: F }> {
  const m = modelOf(name);
  if (m.form !== form) throw new Error(`${name} read as ${m.form}, expected ${form}`);
  return m as Extract<FormModel, { form: F }>;
}

/** Number of 三级 indicators per 二级 text, for one table. */
export function countsByLevel2(model: FormModel, tableId: string): Record<string, number> {
  const t = model.tables.find((x) => x.id === tableId);
  if (!t) throw new Error(`no table ${tableId}`);
  const out: Record<string, number> = {};
  for (const i of t.indicators) {
    if (!i.name) continue;
    const k = `${i.level1?.text ?? '∅'}/${i.level2?.text ?? '∅'}`;
    out[k] = (out[k] ?? 0) + 1;
  }
  return out;
}
