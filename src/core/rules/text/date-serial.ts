// A date typed into a cell Excel then showed as a number: "44,561" for 2021年12月31日. A deadline
// nobody can read is no deadline (seen in 一体化 exports: both the 目标值 and the unit column).

import { defineRule, FindingInput } from '../types';
import { Msg, msg, quote } from '../../i18n/text';

/** Excel day serials of the years a form can mean (2000–2050). */
const SERIAL = /^(3[6-9]|4\d|5[0-4])[,，]?\d{3}$/;
const DATE_LIKE = /时间|日期|时限|期限|到位|完成时|截止|前完成/;
const TIMELINESS = /时效/;

const SPACE = /\s/;
const isSerial = (text: string) => SERIAL.test(SPACE.test(text) ? text.replace(/\s+/g, '') : text);

function serialToDate(serial: number): Msg {
  const d = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
  return msg('text.date', { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() });
}

export const dateAsSerial = defineRule(
  {
    id: 'date-as-serial',
    category: 'text',
    severity: 'warning',
    title: '日期显示为序列号',
    titleEn: 'A date shown as its serial number',
    why: '“44,561”这样的数字是 Excel 的日期序列号，打印和审核时看不出是哪一天。',
    whyEn: 'A number like “44,561” is Excel’s serial number for a date; printed or reviewed, nobody can tell which day it means.',
  },
  ({ model }) => {
    const out: FindingInput[] = [];
    for (const t of model.tables) {
      for (const ind of t.indicators) {
        const timely = TIMELINESS.test(ind.level2?.text ?? '') || DATE_LIKE.test(ind.name?.text ?? '');
        if (!timely) continue;
        // The target values and the unit that read as a day serial; most rows have none and build no list.
        let cells: Array<{ text: string; cell: string }> | undefined;
        for (const v of ind.values) if (v.kind !== 'actual' && isSerial(v.text)) (cells ??= []).push(v);
        if (ind.unit && isSerial(ind.unit.text)) (cells ??= []).push(ind.unit);
        if (!cells) continue;
        const serial = Number(cells[0].text.replace(/[,，\s]/g, ''));
        out.push({
          cell: cells[0].cell,
          cells: cells.map((c) => c.cell),
          message: msg(cells.length > 1 ? 'text.date-serial.value-and-unit' : 'text.date-serial', { name: quote(ind.name?.text ?? ''), value: quote(cells[0].text), date: serialToDate(serial) }),
          suggestion: msg('text.date-serial.suggestion', { date: serialToDate(serial) }),
        });
      }
    }
    return out;
  },
);
