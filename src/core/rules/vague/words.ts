// The vague family's word lists at run time: the shipped defaults, a profile's additions merged in,
// compiled once per profile. No zod here (schemas in schema.ts), so the engine loads without it.

import type { z } from 'zod';
import type { Profile } from '../../profiles';
import { extensionValidators } from '../../extensions';
import type { rewriteHintSchema, rewriteSchema, vagueExtensionSchema, wordsSchema } from './schema';
import defaultsJson from './words.json';
import { vagueCatalogue } from './catalogue';
import { msg, Msg, quote, render } from '../../i18n/text';

export type RewritePattern = z.infer<typeof rewriteSchema>;
export type RewriteHint = z.infer<typeof rewriteHintSchema>;
export type VagueWords = z.infer<typeof wordsSchema>;
export type VagueExtension = z.infer<typeof vagueExtensionSchema>;

export const LIST_KEYS = [
  'relativeWords', 'sloganWords', 'timeWords', 'completionPhrases', 'changeVerbs', 'degreeNouns', 'rateNouns', 'notRateNouns',
  'satisfactionWords', 'surveyWords', 'countNouns', 'completionNameWords', 'directedChangeVerbs', 'aspirationVerbs', 'evaluativeNameWords', 'uncountableNouns',
  'statusPatterns', 'checkablePatterns', 'countableEndings', 'activityNouns', 'attitudeNouns', 'units', 'notApplicablePatterns', 'metricEndings', 'methodWords', 'costWords', 'timeRateWords',
  'benchmarkComparators', 'benchmarkScopes', 'benchmarkNouns', 'vagueBenchmarkWords', 'vagueBenchmarkNouns', 'baselineWords',
  'zeroDefectObjects', 'yesNoValues', 'binaryPhrases', 'setPhrases', 'vaguePhrases', 'acceptedPhrases', 'acceptedPatterns',
] as const satisfies ReadonlyArray<keyof VagueWords>;
export type ListKey = (typeof LIST_KEYS)[number];

/**
 * The category measures rewrites are built from. Placeholders: {subject} (what the indicator is
 * about), {object}, {stem}, {activity}, {unit}, {number}, {direction}, {beneficiary}, {percent},
 * {standard}, {per}.
 */
export const MEASURE_PATTERN_KEYS = [
  'quantity', 'quality', 'qualityProperty', 'timeliness', 'cost', 'benefitChange', 'rateChange', 'participation', 'attitude', 'duration', 'institution', 'subsidyPaid', 'coverage', 'fulfilment', 'conformity', 'unitCost', 'benefitBeneficiary', 'satisfaction', 'completionRate', 'milestone',
] as const;
export type MeasurePatternKey = (typeof MEASURE_PATTERN_KEYS)[number];

/** Shipped data, read as it is: the unit tests check it against wordsSchema (a broken words.json fails them). */
export const DEFAULT_WORDS: VagueWords = defaultsJson as unknown as VagueWords;

export interface VagueConfig extends VagueWords {
  accepted: RegExp[];
  status: RegExp[];
  checkable: RegExp[];
  notApplicable: RegExp[];
}

export function mergeWords(base: VagueWords, ext: VagueExtension): VagueWords {
  const out: VagueWords = { ...base };
  for (const key of LIST_KEYS) {
    const add = ext.add?.[key] ?? [];
    const remove = new Set(ext.remove?.[key] ?? []);
    const merged = [...base[key], ...add].filter((w) => !remove.has(w));
    out[key] = [...new Set(merged)];
  }
  if (ext.proseLength !== undefined) out.proseLength = ext.proseLength;
  if (ext.unitHints) out.unitHints = [...ext.unitHints, ...base.unitHints];
  if (ext.nameUnits) out.nameUnits = [...ext.nameUnits, ...base.nameUnits];
  if (ext.beneficiaries) out.beneficiaries = [...ext.beneficiaries, ...base.beneficiaries];
  if (ext.measurePatterns) out.measurePatterns = { ...base.measurePatterns, ...ext.measurePatterns };
  if (ext.rewriteHints) out.rewriteHints = [...ext.rewriteHints, ...base.rewriteHints];
  return out;
}

export function compileConfig(words: VagueWords): VagueConfig {
  return {
    ...words,
    accepted: words.acceptedPatterns.map((p) => new RegExp(p)),
    status: words.statusPatterns.map((p) => new RegExp(p)),
    checkable: words.checkablePatterns.map((p) => new RegExp(p)),
    notApplicable: words.notApplicablePatterns.map((p) => new RegExp(p)),
  };
}

export interface ConfigResult {
  config: VagueConfig;
  /** What is wrong with the profile's `extensions.vague` when it is malformed (defaults are used then), in Chinese. */
  error?: string;
  /** The same, as a catalogue message. */
  errorMessage?: Msg;
}

const DEFAULT_CONFIG = compileConfig(DEFAULT_WORDS);
const cache = new WeakMap<Profile, ConfigResult>();

/** The word lists for a profile: defaults merged with its `extensions.vague`, cached per profile. */
export function vagueConfig(profile: Profile | undefined): ConfigResult {
  if (!profile) return { config: DEFAULT_CONFIG };
  const hit = cache.get(profile);
  if (hit) return hit;
  let result: ConfigResult;
  const raw = profile.extensions?.vague;
  if (raw === undefined) {
    result = { config: DEFAULT_CONFIG };
  } else {
    // Validated when a profile came from outside (parseProfile registers the schema); shipped
    // profiles' extensions are checked by the unit tests and read as they are.
    const validate = extensionValidators.vague;
    const parsed = validate ? validate(raw) : { success: true as const, data: raw };
    if (parsed.success) {
      result = { config: compileConfig(mergeWords(DEFAULT_WORDS, parsed.data as VagueExtension)) };
    } else {
      const first = parsed.error.issues[0];
      const where = ['extensions', 'vague', ...first.path].join('.');
      // zod's own messages are English whatever the language; the schema's one message is ours.
      const detail = first.message === vagueCatalogue['vague.config.bad-regex'].zh ? msg('vague.config.bad-regex') : first.message;
      // The path may hold the profile author's own key names: quoted, shown as written.
      const errorMessage = msg('vague.config.error', { where: quote(where), detail });
      result = { config: DEFAULT_CONFIG, error: render(errorMessage, 'zh', vagueCatalogue), errorMessage };
    }
  }
  cache.set(profile, result);
  return result;
}
