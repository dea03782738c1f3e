// Sentences of check() itself and the form readers (a sheet that is not a form, the indicator
// system taken from the form), and small phrases every family shares (units, row names).

import type { Catalogue } from './text';

export const coreCatalogue: Catalogue = {
  'core.empty-sheet': { zh: '此工作表为空，不是绩效目标表。', en: 'This sheet is empty; it is not a performance target form.' },
  'core.not-a-form': {
    zh: '此工作表不是可识别的绩效目标表：需要一个绩效指标表，即一行写有“{l1}”“{l2}”“{l3}”的表头（或一列写有{output}、{benefit}、{satisfaction}），其下每行一个三级指标及其指标值。{near}',
    en: 'This sheet is not a recognisable performance target form: it needs an indicator table, a header row with “{l1}”, “{l2}” and “{l3}” (level 1, 2 and 3 indicators; or a column with {output}, {benefit}, {satisfaction}), and below it one level-3 indicator per row with its target value.{near}',
  },
  'core.near-miss': {
    zh: '在 {cell} 找到“{text}”，但其所在行不是完整的一级、二级、三级指标表头，或表头下没有指标行。',
    en: ' Found “{text}” at {cell}, but its row is not a complete level 1/2/3 header, or no indicator rows follow it.',
  },
  'core.not-a-form.why': { zh: '只有识别出表单类型，才能按相应规则校验。', en: 'Only a recognised form can be checked by the rules that fit it.' },
  'core.profile-from-form': {
    zh: '表中“{cost}”是一级指标，下设经济、社会、生态环境成本指标，按{profile}校验（可在设置或 --profile 中改选指标体系）。',
    en: 'The form has “{cost}” (cost indicators) as a level-1 indicator, with economic, social and environmental cost indicators under it, so it is checked against {profile} (choose another indicator system in Settings or with --profile).',
  },
  'core.profile-from-form.why': { zh: '表单采用的指标体系决定了哪些一级、二级指标是规定的。', en: 'The indicator system a form uses decides which level-1 and level-2 indicators are required.' },
};
