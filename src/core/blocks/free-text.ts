// Numbered free-text indicators (layouts.md D): one cell per 一级, "指标1：…；指标2：…", sometimes with
// the 二级 in brackets ("指标1（经济效益）：…"). Each item becomes a 三级 indicator of a 'packed' table.

import { CategoryCell, Indicator, IndicatorTable } from '../model';
import { toA1 } from '../grid/address';
import { normalizeLabel } from '../parse/text';
import { SheetScan } from '../forms/scan';

const LEVEL1_LABEL = /^(\d+[-.、])?(预期)?(产出|效益|效果|满意度|成本|社会公众或服务对象满意度|服务对象满意度)(指标)?(\(.*\))?(\d+分)?$/;
const ITEM = /指标\s*([0-9０-９一二三四五六七八九十]+)\s*(?:[（(]([^）)]{1,12})[）)])?\s*[:：]/g;

/** Where the target starts inside an item: the first comparator or number. */
const TARGET_START = /(≥|≤|＞|＜|>=|<=|>|<|=|＝|不少于|不低于|不超过|不高于|不大于|不小于|达到|控制在|[0-9０-９])/;

export function findFreeTextIndicators(scan: SheetScan, claimed: (row: number) => boolean): IndicatorTable[] {
  const tables: IndicatorTable[] = [];
  const indicators: Indicator[] = [];
  let firstRow = -1;
  let cellA1 = '';
  for (const p of scan.findWhere((k) => LEVEL1_LABEL.test(k))) {
    if (claimed(p.row)) continue;
    // The item text: the first long cell right of the label.
    for (let c = scan.nextColumn(p.row, p.col), end = Math.min(scan.grid.colCount, scan.grid.rowEnd(p.row)); c < end; c++) {
      const v = scan.grid.value(p.row, c);
      if (typeof v !== 'string' || !/指标\s*[0-9０-９一二三四五六七八九十]+/.test(v)) continue;
      const level1: CategoryCell = { ...scan.textCell(p.row, p.col), inherited: false };
      const items = splitItems(v);
      items.forEach((item, i) => {
        const at = item.text.search(TARGET_START);
        const name = at > 1 ? item.text.slice(0, at).replace(/[，,：:]$/, '').trim() : item.text;
        const target = at > 1 ? item.text.slice(at).trim() : '';
        indicators.push({
          row: p.row,
          level1,
          level2: item.level2 ? { text: item.level2, cell: toA1(p.row, c), row: p.row, col: c, inherited: false } : null,
          name: { text: name, cell: toA1(p.row, c), row: p.row, col: c },
          values: target ? [{ kind: 'expected', header: '指标值', text: target, cell: toA1(p.row, c) }] : [],
          source: 'packed',
          packedIndex: i + 1,
          packedRaw: item.raw,
        });
      });
      if (firstRow < 0) {
        firstRow = p.row;
        cellA1 = toA1(p.row, c);
      }
      break;
    }
  }
  if (indicators.length) {
    tables.push({ id: 'free-text', owner: '部门整体', source: 'packed', headerRow: firstRow, lastRow: indicators[indicators.length - 1].row, columns: {}, cell: cellA1, indicators });
  }
  return tables;
}

function splitItems(text: string): Array<{ raw: string; text: string; level2?: string }> {
  const marks = [...text.matchAll(ITEM)];
  return marks.map((m, i) => {
    const end = i + 1 < marks.length ? marks[i + 1].index! : text.length;
    const raw = text.slice(m.index!, end).trim();
    const body = text.slice(m.index! + m[0].length, end).replace(/[；;。\s]+$/, '').trim();
    return { raw, text: body, ...(m[2] ? { level2: normalizeLabel(m[2]) } : {}) };
  });
}
