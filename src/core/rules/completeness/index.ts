// The `completeness` family: does every table, task and project carry the categories the profile
// requires, with a named 三级 in each?

import { Rule } from '../types';
import { missingCategory } from './missing-category';
import { emptyCategory } from './empty-category';
import { noIndicators } from './no-indicators';
import { indicatorWithoutName } from './without-name';
import { selfEvaluationBlank, templateUnfinished } from './unfinished';

export const completenessRules: Rule[] = [noIndicators, missingCategory, emptyCategory, indicatorWithoutName, templateUnfinished, selfEvaluationBlank];
