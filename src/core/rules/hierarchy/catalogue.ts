// Sentences of the hierarchy rules (is each 三级 in a well-formed 一级 → 二级 → 三级 tree of the
// profile?) and the phrases they share with the completeness rules (describe.ts, resolve.ts).

import type { Catalogue } from '../../i18n/text';

export const hierarchyCatalogue: Catalogue = {
  // Shared phrases.
  'hierarchy.quoted': { zh: '“{name}”', en: '“{name}”' },
  'hierarchy.write': { zh: '{text}', en: '{text}' },
  'hierarchy.or': { zh: '{items}或{last}', en: '{items} or {last}' },
  'hierarchy.and': { zh: '{items}和{last}', en: '{items} and {last}' },
  'hierarchy.item': { zh: '第{n}项：', en: 'Item {n}: ' },
  'hierarchy.written-synonym': { zh: '“{text}”（即“{canonical}”）', en: '“{text}” (that is, “{canonical}”)' },
  'hierarchy.placement.blank': { zh: '未填写类别的位置', en: 'a place with no category filled in' },
  'hierarchy.owner.project': { zh: '项目“{name}”', en: 'Project “{name}”' },
  'hierarchy.owner.dept': { zh: '部门整体指标表', en: 'The department-wide indicator table' },
  'hierarchy.owner.table': { zh: '“{name}”的指标表', en: 'The indicator table of “{name}”' },
  'hierarchy.owner-name.dept': { zh: '部门整体', en: 'department-wide' },
  'hierarchy.owner-name.table': { zh: '指标表{n}', en: 'indicator table {n}' },
  'hierarchy.owner-name.plain': { zh: '指标表', en: 'indicator table' },
  'hierarchy.owner-name.task': { zh: '任务{n}', en: 'task {n}' },
  'hierarchy.owner-name.task-named': { zh: '任务{n} {name}', en: 'task {n}, {name}' },
  'hierarchy.owner-name.row-project': { zh: '第 {n} 行项目', en: 'the project in row {n}' },
  'hierarchy.option': { zh: '{name}', en: '“{name}”' },

  // unknown-level1
  'hierarchy.level1.blank-guess': {
    zh: '{item}一级指标未填写：按二级指标“{level2}”，应填写“{name}”。',
    en: '{item}The level-1 indicator is not filled in: going by the level-2 indicator “{level2}”, it should be “{name}”.',
  },
  'hierarchy.level1.blank': { zh: '{item}一级指标未填写：应填写{options}。', en: '{item}The level-1 indicator is not filled in: it should be {options}.' },
  'hierarchy.level1.evaluation-system': {
    zh: '{item}一级指标“{text}”属于{system}，不是{profile}（绩效目标）中的一级指标；这一组按原样读取，不按目标表的一级指标校验。',
    en: '{item}The level-1 indicator “{text}” belongs to {system}, not to the {profile} (performance targets); this group is read as it is and not checked against the level-1 indicators of a target form.',
  },
  'hierarchy.level1.evaluation-system.suggestion': {
    zh: '如果这是绩效目标表，一级指标应为{options}。',
    en: 'If this is a performance target form, the level-1 indicator should be {options}.',
  },
  'hierarchy.system.evaluation': {
    zh: '绩效评价指标体系（决策、过程、产出、效益）',
    en: 'the performance evaluation indicator system (decision, process, output, benefit)',
  },
  'hierarchy.system.dept-evaluation': { zh: '部门整体支出绩效评价指标体系', en: 'the indicator system for evaluating a department’s overall expenditure' },
  'hierarchy.system.central-investment': {
    zh: '中央预算内投资项目绩效目标表（实施效果指标下分产出、效益指标）',
    en: 'the target form of central budget investment projects (implementation results, split into output and benefit indicators)',
  },
  'hierarchy.level1.is-level2': {
    zh: '{item}“{text}”在{profile}中是“{level1}”下的二级指标，不是一级指标：一级指标应填“{level1}”，二级指标填“{level2}”。',
    en: '{item}In the {profile}, “{text}” is a level-2 indicator under “{level1}”, not a level-1 indicator: write “{level1}” as the level-1 indicator and “{level2}” as the level-2 indicator.',
  },
  'hierarchy.level1.by-code': {
    zh: '{item}一级指标“{text}”不是{profile}中的名称：代码 {code} 对应“{name}”。',
    en: '{item}The level-1 indicator “{text}” is not a name in the {profile}: code {code} stands for “{name}”.',
  },
  'hierarchy.level1.near': {
    zh: '{item}一级指标“{text}”不是{profile}中的名称，是否应为“{name}”？',
    en: '{item}The level-1 indicator “{text}” is not a name in the {profile}; should it be “{name}”?',
  },
  'hierarchy.level1.unknown': {
    zh: '{item}一级指标“{text}”不是{profile}中的名称：一级指标应为{options}。',
    en: '{item}The level-1 indicator “{text}” is not a name in the {profile}: the level-1 indicator should be {options}.',
  },

  // unknown-level2
  'hierarchy.level2.under': { zh: '“{level1}”下的二级指标（{options}）', en: 'a level-2 indicator of “{level1}” ({options})' },
  'hierarchy.level2.any': { zh: '二级指标', en: 'a level-2 indicator' },
  'hierarchy.level2.blank': { zh: '{item}二级指标未填写{shown}：请填写{under}{guess}。', en: '{item}The level-2 indicator is not filled in{shown}: write {under}{guess}.' },
  'hierarchy.level2.blank-shown': { zh: '（“{text}”）', en: ' (“{text}”)' },
  'hierarchy.level2.blank-guess': {
    zh: '；这些三级指标统计的是数量，应为“{name}”',
    en: '; these level-3 indicators count quantities, so it should be “{name}”',
  },
  'hierarchy.level2.is-level1': {
    zh: '{item}二级指标写成了一级指标名称“{text}”：请填写{under}。',
    en: '{item}The level-2 indicator repeats the level-1 name “{text}”: write {under}.',
  },
  'hierarchy.level2.bundle': {
    zh: '{item}二级指标“{text}”把 {count} 类指标合在一个名称里：请拆分为{names}，并把每个三级指标放到对应的类别下{ownLevel1}。',
    en: '{item}The level-2 indicator “{text}” bundles {count} categories into one name: split it into {names} and put each level-3 indicator under its own category{ownLevel1}.',
  },
  'hierarchy.level2.bundle-own-level1': {
    zh: '（{names}在{profile}中是单独的一级指标，相应的三级指标应放在一级指标{names}下）',
    en: ' ({names} is a level-1 indicator of its own in the {profile}; its level-3 indicators belong under the level-1 indicator {names})',
  },
  'hierarchy.level2.bundle.suggestion': { zh: '拆分为：{parts}', en: 'Split into: {parts}' },
  'hierarchy.level2.near': {
    zh: '{item}二级指标“{text}”不是{profile}中的名称，是否应为“{name}”？',
    en: '{item}The level-2 indicator “{text}” is not a name in the {profile}; should it be “{name}”?',
  },
  'hierarchy.level2.by-code': {
    zh: '{item}二级指标“{text}”不是{profile}中的名称：代码 {code} 对应“{name}”。',
    en: '{item}The level-2 indicator “{text}” is not a name in the {profile}: code {code} stands for “{name}”.',
  },
  'hierarchy.level2.unknown': {
    zh: '{item}二级指标“{text}”不是{profile}中的名称：请填写{under}。',
    en: '{item}The level-2 indicator “{text}” is not a name in the {profile}: write {under}.',
  },

  // level2-wrong-level1
  'hierarchy.wrong-level1.suggestion': { zh: '一级指标：{name}', en: 'Level-1 indicator: {name}' },
  'hierarchy.wrong-level1.is-level1': {
    zh: '{item}在{profile}中，“{target}”是一级指标（下设{children}），不应作为“{under}”下的二级指标：请把它单列为一级指标“{target}”，二级指标填写{options}。',
    en: '{item}In the {profile}, “{target}” is a level-1 indicator (with {children} under it), not a level-2 indicator under “{under}”: make it a level-1 indicator “{target}” of its own, with {options} as the level-2 indicator.',
  },
  'hierarchy.wrong-level1.what': {
    zh: '{item}二级指标{level2}属于一级指标“{target}”',
    en: '{item}The level-2 indicator {level2} belongs to the level-1 indicator “{target}”',
  },
  'hierarchy.wrong-level1.carried': {
    zh: '{what}，但这一行的一级指标单元格 {here} 为空，沿用了上方 {from} 的“{under}”：缺少一级指标“{target}”，请在 {here} 填写“{target}”。',
    en: '{what}, but this row’s level-1 cell {here} is empty and carries on “{under}” from {from} above: the level-1 indicator “{target}” is missing; write “{target}” in {here}.',
  },
  'hierarchy.wrong-level1.misplaced': {
    zh: '{what}，不应放在“{under}”下：请把这一组三级指标移到一级指标“{target}”下（或将一级指标改为“{target}”）。',
    en: '{what} and does not belong under “{under}”: move this group of level-3 indicators under the level-1 indicator “{target}” (or change the level-1 indicator to “{target}”).',
  },

  // packed-code-mismatch
  'hierarchy.packed': { zh: '{item}“{written}”：{problems}{fix}。', en: '{item}“{written}”: {problems}{fix}.' },
  'hierarchy.packed.item': { zh: '第{n}项', en: 'Item {n} ' },
  'hierarchy.packed.and': { zh: '{a}；{b}', en: '{a}; {b}' },
  'hierarchy.packed.should-be': { zh: '。应为“{prefix}”', en: '. It should be “{prefix}”' },
  'hierarchy.packed.l1-code': {
    zh: '一级代码 {code} 对应“{meaning}”，名称却是“{text}”',
    en: 'level-1 code {code} stands for “{meaning}”, but the name is “{text}”',
  },
  'hierarchy.packed.l2-code': {
    zh: '二级代码 {code} 对应“{meaning}”，名称却是“{text}”',
    en: 'level-2 code {code} stands for “{meaning}”, but the name is “{text}”',
  },
  'hierarchy.packed.l2-parent': {
    zh: '二级代码 {code}（{name}）属于一级“{parentCode}-{parent}”，不属于一级“{ownCode}-{own}”',
    en: 'level-2 code {code} ({name}) belongs to level-1 “{parentCode}-{parent}”, not to level-1 “{ownCode}-{own}”',
  },
  'hierarchy.packed.unknown-code': {
    zh: '代码 {code} 不在本指标体系中，“{name}”的代码是 {right}',
    en: 'code {code} is not in this indicator system; the code of “{name}” is {right}',
  },

  // level3-wording-mismatch
  'hierarchy.wording.satisfaction-misplaced': {
    zh: '{item}三级指标“{name}”衡量的是满意度，却放在{placement}下：应放在{where}下。',
    en: '{item}The level-3 indicator “{name}” measures satisfaction but sits under {placement}: it belongs under {where}.',
  },
  'hierarchy.wording.count-under-satisfaction': {
    zh: '{item}三级指标“{name}”统计的是数量，不是满意度，却放在{placement}下：应放在{where}下；满意度指标应衡量服务对象的满意程度（如“服务对象满意度 ≥90%”）。',
    en: '{item}The level-3 indicator “{name}” counts a quantity, not satisfaction, but sits under {placement}: it belongs under {where}; satisfaction indicators should measure how satisfied the people served are (e.g. “satisfaction of the people served ≥90%”).',
  },
  'hierarchy.wording.move-to': { zh: '移到{where}', en: 'Move it to {where}' },

  // duplicate-indicator
  'hierarchy.duplicate': {
    zh: '三级指标“{name}”在{scope}出现了 {count} 次（{where}）：请合并，或改成能区分的名称。',
    en: 'The level-3 indicator “{name}” appears {count} times {scope} ({where}): merge them, or give them names that tell them apart.',
  },
  'hierarchy.duplicate.in-project': { zh: '项目“{project}”中', en: 'in project “{project}”' },
  'hierarchy.duplicate.in-table': { zh: '同一张指标表中', en: 'in the same indicator table' },
  'hierarchy.duplicate.item': { zh: '第{n}项', en: 'item {n}' },
};
