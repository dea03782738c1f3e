// The `hierarchy` family: is each 三级 in a well-formed 一级 → 二级 → 三级 tree of the profile?

import { Rule } from '../types';
import { unknownLevel1 } from './unknown-level1';
import { unknownLevel2 } from './unknown-level2';
import { level2WrongLevel1 } from './wrong-level1';
import { packedCodeMismatch } from './packed-code';
import { level3WordingMismatch } from './wording-mismatch';
import { duplicateIndicator } from './duplicate';

export const hierarchyRules: Rule[] = [unknownLevel1, unknownLevel2, level2WrongLevel1, packedCodeMismatch, level3WordingMismatch, duplicateIndicator];
