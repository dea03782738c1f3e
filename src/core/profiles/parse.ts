// An organisation's own profile file: parsed and checked with zod, with a Chinese message. Loading
// this module also registers the zod validators of the rule families' extensions (core/extensions):
// a profile from outside only ever arrives through here. The pane loads it lazily (settings), the
// CLI when --profile names a file.

import { z } from 'zod';
import { registerExtensionValidators } from '../extensions';
import { templateAdditionsSchema } from '../templates/catalog-schema';
import { vagueExtensionSchema } from '../rules/vague/schema';
import { ambitionExtensionSchema } from '../rules/ambition/schema';
import { hierarchyExtensionSchema } from './hierarchy-extension';
import { ProfileError } from './index';
import { Profile, profileSchema } from './schema';

export { ProfileError };
export * from './schema';

registerExtensionValidators({
  vague: (raw) => vagueExtensionSchema.safeParse(raw),
  hierarchy: (raw) => hierarchyExtensionSchema.safeParse(raw),
  templates: (raw) => templateAdditionsSchema.safeParse(raw),
  ambition: (raw) => ambitionExtensionSchema.safeParse(raw),
});

export const profileIdSchema = z.string();

/** Parses a profile from JSON text; throws ProfileError with a Chinese message on bad input. */
export function parseProfile(jsonText: string): Profile {
  let data: unknown;
  try {
    data = JSON.parse(jsonText);
  } catch {
    throw new ProfileError('指标体系文件不是有效的 JSON。');
  }
  const result = profileSchema.safeParse(data);
  if (!result.success) {
    const first = result.error.issues[0];
    throw new ProfileError(`指标体系文件格式不正确：${first.path.join('.') || '(根)'} ${first.message}`);
  }
  return result.data;
}
