// A target split over columns (指标值, 计量单位, 指标值类型) whose parts contradict each other: the
// value carries one unit and the unit column another ("28.8万元" under "%"), the name counts in one
// unit and the unit column says another ("村组干部230人" in 个), or a 定量 row with no number at all.

import { Indicator } from '../../model';
import { defineRule, FindingInput } from '../types';
import { Msg, msg, quote } from '../../i18n/text';

const UNIT_AFTER_NUMBER = /[0-9０-９][0-9０-９.,，．]*\s*([^\d\s.,，．()（）≥≤<>=＜＞]{1,4})\s*$/;
const NUMBER = /[0-9０-９]/;

/** Units that mean the same: % and 百分比, 万元 and 万. */
function canonicalUnit(unit: string): string {
  const u = unit.normalize('NFKC').replace(/\s+/g, '');
  if (u === '%' || u === '百分比' || u === '百分点') return '%';
  if (u === '万' || u === '万元') return '万元';
  return u;
}

function conflict(ind: Indicator): { cells: string[]; message: Msg } | undefined {
  const unitCell = ind.unit;
  const target = ind.values.find((v) => v.kind !== 'actual');
  const name = ind.name?.text ?? '';
  if (unitCell && target) {
    const own = UNIT_AFTER_NUMBER.exec(target.text.trim())?.[1];
    if (own && canonicalUnit(own) !== canonicalUnit(unitCell.text)) {
      return { cells: [target.cell, unitCell.cell], message: msg('text.parts.value-unit', { name: quote(name), value: quote(target.text), own: quote(own), unit: quote(unitCell.text) }) };
    }
  }
  if (unitCell && ind.name) {
    const inName = UNIT_AFTER_NUMBER.exec(name.trim())?.[1];
    if (inName && !/[%％]/.test(inName) && canonicalUnit(inName) !== canonicalUnit(unitCell.text)) {
      return { cells: [ind.name.cell, unitCell.cell], message: msg('text.parts.name-unit', { name: quote(name), inName: quote(inName), unit: quote(unitCell.text) }) };
    }
  }
  if (ind.valueType && /^定量$/.test(ind.valueType.text.trim()) && target && !NUMBER.test(target.text)) {
    return { cells: [target.cell, ind.valueType.cell], message: msg('text.parts.quantitative-no-number', { name: quote(name), type: quote(ind.valueType.text.trim()), value: quote(target.text) }) };
  }
  return undefined;
}

export const targetPartsConflict = defineRule(
  {
    id: 'target-parts-conflict',
    category: 'text',
    severity: 'warning',
    title: '指标值、计量单位与指标值类型相互矛盾',
    titleEn: 'Value, unit column and value type contradict each other',
    why: '指标值、计量单位和指标值类型合起来才是一个目标；三者矛盾时，年末无法确定按哪一个考核。',
    whyEn: 'The value, the unit column and the value type together make one target; when they contradict each other, nobody can tell at year end which one to assess against.',
  },
  ({ model }) => {
    const out: FindingInput[] = [];
    for (const t of model.tables) {
      for (const ind of t.indicators) {
        const c = conflict(ind);
        if (c) out.push({ cell: c.cells[0], cells: c.cells, message: c.message, suggestion: msg('text.parts.suggestion') });
      }
    }
    return out;
  },
);
