// Indicator systems ("profiles") are data: JSON checked by zod, so an organisation can ship its own.

import { z } from 'zod';
import { normalizeLabel } from '../parse/text';
import { hierarchyExtensionSchema } from './hierarchy-extension';

/**
 * required: every indicator table needs a 三级 here (error when missing); recommended: a warning;
 * optional: never reported missing.
 */
export const requirementSchema = z.enum(['required', 'recommended', 'optional']);
export type Requirement = z.infer<typeof requirementSchema>;

export const level2Schema = z.object({
  /** Stable key (used by template fixes and per-organisation settings); unique within the profile. */
  key: z.string().min(1),
  name: z.string().min(1),
  /** Code used in packed text ("11" in "11-数量指标"). */
  code: z.string().optional(),
  /** Other spellings users write for the same category; matched after normalisation, with or without 指标. */
  synonyms: z.array(z.string()).default([]),
  requirement: requirementSchema.default('optional'),
});

export const level1Schema = z.object({
  key: z.string().min(1),
  name: z.string().min(1),
  code: z.string().optional(),
  synonyms: z.array(z.string()).default([]),
  requirement: requirementSchema.default('required'),
  level2: z.array(level2Schema).min(1),
});

export const profileSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    name: z.string(),
    nameEn: z.string().optional(),
    description: z.string().optional(),
    level1: z.array(level1Schema).min(1),
    /** Extra data owned by rule families (vague word lists, templates); each family validates its part. */
    extensions: z.record(z.string(), z.unknown()).default({}),
  })
  .superRefine((p, ctx) => {
    if (p.extensions.hierarchy !== undefined) {
      const ext = hierarchyExtensionSchema.safeParse(p.extensions.hierarchy);
      if (!ext.success) for (const issue of ext.error.issues) ctx.addIssue({ code: 'custom', path: ['extensions', 'hierarchy', ...issue.path.map(String)], message: issue.message });
    }
    // An ambiguous profile would make matching depend on list order; reject it with the culprit named.
    const keys = new Set<string>();
    const codes = new Map<string, string>();
    const names = new Map<string, string>();
    p.level1.forEach((l1, i) => {
      const entries: Array<{ key: string; code?: string; labels: string[]; path: (string | number)[] }> = [
        { key: l1.key, code: l1.code, labels: [l1.name, ...l1.synonyms], path: ['level1', i] },
        ...l1.level2.map((l2, j) => ({ key: l2.key, code: l2.code, labels: [l2.name, ...l2.synonyms], path: ['level1', i, 'level2', j] })),
      ];
      for (const e of entries) {
        if (keys.has(e.key)) ctx.addIssue({ code: 'custom', path: [...e.path, 'key'], message: `key “${e.key}” 重复` });
        keys.add(e.key);
        if (e.code !== undefined) {
          if (codes.has(e.code)) ctx.addIssue({ code: 'custom', path: [...e.path, 'code'], message: `代码 ${e.code} 同时用于“${codes.get(e.code)}”和“${e.labels[0]}”` });
          codes.set(e.code, e.labels[0]);
        }
        for (const label of e.labels) {
          const k = normalizeLabel(label).replace(/指标$/, '');
          const owner = names.get(k);
          if (owner !== undefined && owner !== e.key) ctx.addIssue({ code: 'custom', path: [...e.path], message: `名称“${label}”同时属于两个指标类别` });
          names.set(k, e.key);
        }
      }
    });
  });

export type Profile = z.infer<typeof profileSchema>;
export type Level1 = z.infer<typeof level1Schema>;
export type Level2 = z.infer<typeof level2Schema>;
