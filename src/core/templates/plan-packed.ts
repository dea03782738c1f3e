// Packed indicator text (seed 003): a project's indicators in one cell as
// "1、1-产出指标；11-数量指标；<name>；实施周期指标值：<v>；年度指标值：<v>。2、…".
// A template appends items with the next numbers, in the cell's own punctuation (full-width "；："
// or half-width "; :", the item terminator, what separates items); an empty cell gets a whole
// block written in the style the other projects of the sheet use.

import { Grid } from '../grid/grid';
import { parseA1, toA1 } from '../grid/address';
import { FormModel, Indicator, IndicatorTable } from '../model';
import { CategoryIndex, Level1, Level2 } from '../profiles';
import { CellWrite } from './edit';
import { packedText } from './categories';
import { withPlaceholder } from './placeholder';
import { TemplateError, TemplateRow } from './request';

export interface PackedStyle {
  /** After the item number: "、". */
  numSep: string;
  /** Between code and name: "-". */
  dash: string;
  /** Between fields: "；", ";" or "; ". */
  fieldSep: string;
  /** After a value field's name: "：" or ":". */
  colon: string;
  /** Ends an item: "。" (or "." or ""). */
  term: string;
  /** Between one item's end and the next number: "" or "\n". */
  join: string;
  /** Value fields, in order: 实施周期指标值, 年度指标值. */
  valueHeaders: string[];
}

export const DEFAULT_PACKED_STYLE: PackedStyle = {
  numSep: '、',
  dash: '-',
  fieldSep: '；',
  colon: '：',
  term: '。',
  join: '',
  valueHeaders: ['实施周期指标值', '年度指标值'],
};

const ITEM_HEAD = /(\d{1,3})\s*([、,，.．])\s*\d{1,2}\s*([-－—])/;
const BETWEEN_ITEMS = /([。.])([ \t]*\n?[ \t]*)\d{1,3}\s*[、,，.．]\s*\d{1,2}\s*[-－—]/;
const VALUE_HEADERS = ['实施周期指标值', '年度指标值', '指标值', '预期指标值', '目标值'];

function count(text: string, ch: string): number {
  return text.split(ch).length - 1;
}

/**
 * The punctuation a packed cell uses. The last item decides where the cell mixes styles (seed
 * 003's 创文奖励经费 switches from "；" to "; " half-way): the new items continue from there.
 */
export function detectPackedStyle(text: string, last?: Indicator): PackedStyle {
  const style = { ...DEFAULT_PACKED_STYLE };
  const head = ITEM_HEAD.exec(text);
  if (head) {
    style.numSep = head[2];
    style.dash = head[3];
  }
  const local = last?.packedRaw && text.includes(last.packedRaw) ? last.packedRaw : text;
  const full = count(local, '；');
  const half = count(local, ';');
  if (half > full) style.fieldSep = count(local, '; ') * 2 >= half ? '; ' : ';';
  else if (full === 0 && half === 0) {
    const all = { full: count(text, '；'), half: count(text, ';') };
    if (all.half > all.full) style.fieldSep = count(text, '; ') * 2 >= all.half ? '; ' : ';';
  }
  const colon = /指标值\s*([:：])/.exec(local) ?? /指标值\s*([:：])/.exec(text);
  if (colon) style.colon = colon[1];
  const between = BETWEEN_ITEMS.exec(text);
  const end = /([。.])\s*$/.exec(text);
  style.term = end?.[1] ?? between?.[1] ?? DEFAULT_PACKED_STYLE.term;
  if (between) style.join = between[2].includes('\n') ? '\n' : '';
  const headers = (last?.values ?? []).map((v) => v.header).filter((h) => VALUE_HEADERS.includes(h));
  if (headers.length) style.valueHeaders = [...new Set(headers)];
  return style;
}

/** The style most packed cells of the sheet use, for a project whose cell is still empty. */
function sheetStyle(model: FormModel, tables: IndicatorTable[]): PackedStyle {
  const votes = new Map<string, { style: PackedStyle; n: number }>();
  for (const t of tables) {
    const text = packedText(model, t);
    if (!text.trim() || t.indicators.length === 0) continue;
    const style = detectPackedStyle(text, t.indicators[t.indicators.length - 1]);
    const key = JSON.stringify(style);
    const v = votes.get(key);
    if (v) v.n++;
    else votes.set(key, { style, n: 1 });
  }
  let best: { style: PackedStyle; n: number } | undefined;
  for (const v of votes.values()) if (!best || v.n > best.n) best = v;
  return best?.style ?? DEFAULT_PACKED_STYLE;
}

/** Category names as this sheet writes them in packed text ("22-社会效益", "13-时效指标"). */
function packedSpelling(tables: IndicatorTable[], categories: CategoryIndex, level1: Level1, level2?: Level2): string {
  const counts = new Map<string, number>();
  for (const t of tables) {
    for (const i of t.indicators) {
      const cell = level2 ? i.level2 : i.level1;
      if (!cell) continue;
      const m = categories.match(cell.text);
      const hit = level2 ? m?.level === 2 && m.level2 === level2 : m?.level === 1 && m.level1 === level1;
      if (hit) counts.set(cell.text, (counts.get(cell.text) ?? 0) + 1);
    }
  }
  let best: string | undefined;
  for (const [text, n] of counts) if (best === undefined || n > counts.get(best)!) best = text;
  return best ?? (level2 ? level2.name : level1.name);
}

export function formatPackedItem(number: number, t: TemplateRow, style: PackedStyle, names: { level1: string; level2: string }): string {
  const { level1, level2, item } = t;
  if (!level1.code || !level2.code) throw new TemplateError(`指标体系没有为“${level1.name}/${level2.name}”规定代码，无法写成“代码-指标名称”的格式。`);
  const fields = [
    `${level1.code}${style.dash}${names.level1}`,
    `${level2.code}${style.dash}${names.level2}`,
    withPlaceholder(item.name),
    ...style.valueHeaders.map((h) => `${h}${style.colon}${withPlaceholder(item.target)}`),
  ];
  return `${number}${style.numSep}${fields.join(style.fieldSep)}${style.term}`;
}

/** The cell that holds the end of a project's packed text (continuation lines sit below it). */
function lastPackedCell(model: FormModel, grid: Grid, table: IndicatorTable): { row: number; col: number } {
  const { row, col } = parseA1(table.cell!);
  if (model.form !== 'project-expenditure') return { row, col };
  const next = model.rows.filter((r) => r.row > row).map((r) => r.row);
  const limit = next.length ? Math.min(...next) : row + 1;
  let last = row;
  for (let r = row + 1; r < limit; r++) if (!grid.isBlank(r, col)) last = r;
  return { row: last, col };
}

export interface PackedPlan {
  write: CellWrite;
  preview: string[];
  appended: boolean;
}

export function planPacked(model: FormModel, grid: Grid, table: IndicatorTable, categories: CategoryIndex, template: TemplateRow[]): PackedPlan {
  if (!table.cell) throw new TemplateError(`“${table.owner}”没有绩效指标单元格，无法插入模板。`);
  const packedTables = model.tables.filter((t) => t.source === 'packed');
  const target = lastPackedCell(model, grid, table);
  const address = toA1(target.row, target.col);
  if (grid.formula(target.row, target.col) || grid.error(target.row, target.col)) {
    throw new TemplateError(`${address} 是公式或错误值，无法在其中追加指标。`);
  }
  const current = grid.value(target.row, target.col);
  if (current !== null && typeof current !== 'string') throw new TemplateError(`${address} 不是文字，无法在其中追加指标。`);
  const currentText = current ?? '';
  const blank = currentText.trim() === '';
  const last = table.indicators[table.indicators.length - 1];
  const fullText = packedText(model, table) || currentText;
  const style = blank ? sheetStyle(model, packedTables) : detectPackedStyle(fullText, last);
  const next = table.indicators.reduce((m, i) => Math.max(m, i.packedIndex ?? 0), 0) + 1;

  const items = template.map((t, k) =>
    formatPackedItem(next + k, t, style, {
      level1: packedSpelling(packedTables, categories, t.level1),
      level2: packedSpelling(packedTables, categories, t.level1, t.level2),
    }),
  );
  const added = items.join(style.join);
  let value: string;
  if (blank) value = added;
  else {
    // Close the last item first: "…年度指标值:85" followed by "5、" would read as one number.
    const trimmed = currentText.replace(/\s+$/, '');
    const closed = /[。.；;]$/.test(trimmed) ? '' : style.term || '。';
    value = `${currentText}${closed}${style.join}${added}`;
  }
  const write: CellWrite = blank ? { address, value } : { address, value, previous: current };
  return { write, preview: items.map((i) => `${address} 追加：${i}`), appended: !blank };
}
