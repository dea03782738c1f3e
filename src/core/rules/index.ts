// The list of rules is data: the pane and the CLI both show it, and `check` runs it.

import { Rule } from './types';
import { structureRules } from './structure';
import { budgetRules } from './budget';
import { hierarchyRules } from './hierarchy';
import { completenessRules } from './completeness';
import { textRules } from './text';
import { templatePlaceholderRule } from '../templates/placeholder-rule';
import { vagueRules } from './vague';
import { ambitionRules } from './ambition';

export const RULES: Rule[] = [...structureRules, ...budgetRules, ...hierarchyRules, ...completenessRules, ...textRules, ...vagueRules, ...ambitionRules, templatePlaceholderRule];

export * from './types';
