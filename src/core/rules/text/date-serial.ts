// A date typed into a cell Excel then showed as a number: "44,561" for 2021年12月31日. A deadline
// nobody can read is no deadline (seen in 一体化 exports: both the 目标值 and the unit column).

import { defineRule, FindingInput } from '../types';

/** Excel day serials of the years a form can mean (2000–2050). */
const SERIAL = /^(3[6-9]|4\d|5[0-4])[,，]?\d{3}$/;
const DATE_LIKE = /时间|日期|时限|期限|到位|完成时|截止|前完成/;
const TIMELINESS = /时效/;

function serialToDate(serial: number): string {
  const d = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}

export const dateAsSerial = defineRule(
  {
    id: 'date-as-serial',
    category: 'text',
    severity: 'warning',
    title: '日期显示为序列号',
    titleEn: 'A date shown as its serial number',
    why: '“44,561”这样的数字是 Excel 的日期序列号，打印和审核时看不出是哪一天。',
  },
  ({ model }) => {
    const out: FindingInput[] = [];
    for (const t of model.tables) {
      for (const ind of t.indicators) {
        const timely = TIMELINESS.test(ind.level2?.text ?? '') || DATE_LIKE.test(ind.name?.text ?? '');
        if (!timely) continue;
        const cells = [...ind.values.filter((v) => v.kind !== 'actual'), ind.unit].filter((c): c is NonNullable<typeof c> => !!c && SERIAL.test(c.text.replace(/\s+/g, '')));
        if (!cells.length) continue;
        const serial = Number(cells[0].text.replace(/[,，\s]/g, ''));
        out.push({
          cell: cells[0].cell,
          cells: cells.map((c) => c.cell),
          message: `“${ind.name?.text ?? ''}”的${cells.length > 1 ? '指标值和单位' : '值'}“${cells[0].text}”是日期序列号，即 ${serialToDate(serial)}。`,
          suggestion: `请写成日期，如“${serialToDate(serial)}前完成”，或把单元格设为日期格式。`,
        });
      }
    }
    return out;
  },
);
