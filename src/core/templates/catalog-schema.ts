// The template catalogue's zod schemas, and the parsing of an organisation's additions file. The
// runtime side (catalog.ts) reads the shipped catalogues as they are (the unit tests check them
// against these schemas) and validates a profile's `extensions.templates` only once parseProfile has
// registered templateAdditionsSchema, so the engine loads without zod.

import { z } from 'zod';
import { TemplateCatalogError } from './catalog';

const keySchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9-]*$/, '只能包含字母、数字和连字符');

export const templateItemSchema = z.object({
  /** Stable id within its category ("on-time-rate"); organisations replace an item by reusing it. */
  id: keySchema,
  /** The example 三级 name, without the placeholder marker (added on insertion). */
  name: z.string().min(1),
  /** The example target ("≥90%", "12月31日前完成"), without the marker. */
  target: z.string().min(1),
  /** For a 计量单位 column; may be empty (a date target has no unit). */
  unit: z.string().default(''),
  /** For 指标解释 columns. */
  explanation: z.string().optional(),
  /** For 指标说明及公式 columns. */
  formula: z.string().optional(),
});
export type TemplateItem = z.infer<typeof templateItemSchema>;

export const categoryTemplateSchema = z.object({
  /** Profile keys of the 一级 and 二级. */
  level1: keySchema,
  level2: keySchema,
  items: z.array(templateItemSchema).min(1),
});
export type CategoryTemplate = z.infer<typeof categoryTemplateSchema>;

const blockEntrySchema = z.object({ level1: keySchema, level2: keySchema, item: keySchema.optional() });

export const templateCatalogSchema = z.object({
  profile: z.string(),
  description: z.string().optional(),
  /** The 二级 inserted when a whole 一级 is missing (level1 key -> level2 key). */
  defaults: z.record(z.string(), keySchema).default({}),
  categories: z.array(categoryTemplateSchema),
  /**
   * A whole indicator block (a new project's or task's indicators), in order. Absent: every 一级
   * that is required or recommended, with its default 二级 and every required or recommended 二级.
   */
  block: z.array(blockEntrySchema).optional(),
});
export type TemplateCatalog = z.infer<typeof templateCatalogSchema>;

/** An organisation's additions: items are added to (or replace, by id) the shipped ones. */
export const templateAdditionsSchema = z.object({
  description: z.string().optional(),
  defaults: z.record(z.string(), keySchema).optional(),
  categories: z.array(categoryTemplateSchema).optional(),
  block: z.array(blockEntrySchema).optional(),
  /** True: the listed categories' items replace the shipped items instead of adding to them. */
  replaceItems: z.boolean().optional(),
});
export type TemplateAdditions = z.infer<typeof templateAdditionsSchema>;



function firstIssue(error: z.ZodError): string {
  const first = error.issues[0];
  return `${first.path.join('.') || '(根)'} ${first.message}`;
}

/** Parses an organisation's additions from JSON text; throws TemplateCatalogError (Chinese). */
export function parseTemplateAdditions(jsonText: string): TemplateAdditions {
  let data: unknown;
  try {
    data = JSON.parse(jsonText);
  } catch {
    throw new TemplateCatalogError('模板文件不是有效的 JSON。');
  }
  const result = templateAdditionsSchema.safeParse(data);
  if (!result.success) throw new TemplateCatalogError(`模板文件格式不正确：${firstIssue(result.error)}`);
  return result.data;
}

