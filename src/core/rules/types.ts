// A rule in the style of ESLint's: a small meta and a function from the form model to findings.
// Adding a rule is adding a module and listing it in rules/index.ts.

import { Grid } from '../grid/grid';
import { FormModel } from '../model';
import { CategoryIndex, Profile } from '../profiles';
import { Category, Finding, Severity } from '../report';
import type { BaselineInput } from '../baseline';
import type { Msg } from '../i18n/text';

export interface RuleMeta {
  /** Stable kebab-case id, also the finding's `rule`. */
  id: string;
  category: Category;
  /** Default severity; a rule may raise or lower it per finding and says so in `severityNote`. */
  severity: Severity;
  severityNote?: string;
  /** One line: why a bureau cares. */
  why: string;
  /** The same line in English (findings rendered with lang 'en' carry it). */
  whyEn?: string;
  /** English one-liner for the rule list. */
  titleEn: string;
  title: string;
}

export interface RuleContext {
  grid: Grid;
  model: FormModel;
  profile: Profile;
  categories: CategoryIndex;
  /** Last year's self-evaluation, when the host was given one (the across-years rules need it). */
  baseline?: BaselineInput;
}

/**
 * What a rule returns. Every text is a catalogue message (i18n/text.ts: msg(id, params)), rendered
 * by check() in the language asked for: the type admits no plain string, so no rule can write a
 * sentence that has no English (test/unit/i18n/english.test.ts checks the English itself).
 */
export type FindingInput = Omit<Finding, 'rule' | 'category' | 'severity' | 'why' | 'message' | 'suggestion' | 'fix' | 'messageId' | 'params' | 'zh'> & {
  message: Msg;
  suggestion?: Msg;
  fix?: Omit<NonNullable<Finding['fix']>, 'label'> & { label: Msg };
  severity?: Severity;
  why?: Msg;
  /** Only for rules that report several kinds of finding under sub-ids (structure). */
  rule?: string;
};

export interface Rule {
  meta: RuleMeta;
  run(ctx: RuleContext): FindingInput[];
}

export function defineRule(meta: RuleMeta, run: Rule['run']): Rule {
  return { meta, run };
}
