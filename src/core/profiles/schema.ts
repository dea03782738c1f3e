// Indicator systems ("profiles") are data: JSON checked by zod, so an organisation can ship its own.

import { z } from 'zod';

export const level2Schema = z.object({
  key: z.string(),
  name: z.string(),
  code: z.string().optional(),
  synonyms: z.array(z.string()).default([]),
  /** required: a form without a 三级 here is an error; recommended: a warning; optional: nothing. */
  requirement: z.enum(['required', 'recommended', 'optional']).default('optional'),
});

export const level1Schema = z.object({
  key: z.string(),
  name: z.string(),
  code: z.string().optional(),
  synonyms: z.array(z.string()).default([]),
  requirement: z.enum(['required', 'recommended', 'optional']).default('required'),
  level2: z.array(level2Schema).min(1),
});

export const profileSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  name: z.string(),
  nameEn: z.string().optional(),
  description: z.string().optional(),
  level1: z.array(level1Schema).min(1),
  /** Extra data owned by rule families (vague word lists, templates); each family validates its part. */
  extensions: z.record(z.string(), z.unknown()).default({}),
});

export type Profile = z.infer<typeof profileSchema>;
export type Level1 = z.infer<typeof level1Schema>;
export type Level2 = z.infer<typeof level2Schema>;
