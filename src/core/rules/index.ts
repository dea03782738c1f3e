// The list of rules is data: the pane and the CLI both show it, and `check` runs it.

import { Rule } from './types';
import { structureRules } from './structure';

export const RULES: Rule[] = [...structureRules];

export * from './types';
