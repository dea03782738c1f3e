// A 三级 whose own words contradict its category: a satisfaction rate outside 满意度指标, or a
// count under 满意度指标 (seed 001: 舆情日报数量 under 服务满意度指标).

import { defineRule, FindingInput } from '../types';
import { analyseTree, itemLabel } from './resolve';
import { canonicalPlacement, mainLevel2, writtenPlacement } from './describe';
import { isCountName, isSatisfactionName } from './wording';
import { msg, quote } from '../../i18n/text';

export const level3WordingMismatch = defineRule(
  {
    id: 'level3-wording-mismatch',
    category: 'hierarchy',
    severity: 'warning',
    severityNote: '依据三级指标名称的用词判断（词表可在指标体系中调整），可能误判，故为警告。',
    title: '三级指标与所属类别不符',
    titleEn: 'Level-3 wording contradicts its category',
    why: '满意度只能通过满意度指标衡量，数量类指标放在满意度下会让满意度无从评价。',
    whyEn: 'Satisfaction can only be measured by satisfaction indicators; a count placed under satisfaction leaves satisfaction unassessed.',
  },
  (ctx) => {
    const { tables, words } = analyseTree(ctx);
    const out: FindingInput[] = [];
    const satisfaction = ctx.categories.level1ByKey(words.satisfactionLevel1);
    const countL1 = ctx.categories.level1ByKey(words.countCategory.level1);
    for (const { rows } of tables) {
      for (const r of rows) {
        if (!r.hasName || !r.level1) continue;
        const name = r.ind.name!.text;
        const cell = r.ind.name!.cell;
        const item = itemLabel(r);
        if (satisfaction && r.level1.key !== satisfaction.key && isSatisfactionName(name, words)) {
          const where = canonicalPlacement(satisfaction, mainLevel2(satisfaction)?.key);
          out.push({
            cell,
            cells: [cell],
            message: msg('hierarchy.wording.satisfaction-misplaced', { item, name: quote(name), placement: writtenPlacement(r), where }),
            suggestion: msg('hierarchy.wording.move-to', { where }),
          });
        } else if (satisfaction && r.level1.key === satisfaction.key && isCountName(name, words)) {
          const where = countL1 ? canonicalPlacement(countL1, words.countCategory.level2) : quote('产出指标');
          out.push({
            cell,
            cells: [cell],
            message: msg('hierarchy.wording.count-under-satisfaction', { item, name: quote(name), placement: writtenPlacement(r), where }),
            suggestion: msg('hierarchy.wording.move-to', { where }),
          });
        }
      }
    }
    return out;
  },
);
