// Packed indicator text (seed 003): one cell holds every indicator of a project as
// "1、1-产出指标；11-数量指标；<name>；实施周期指标值：<v>；年度指标值：<v>。2、…", with full- or
// half-width punctuation and the occasional doubled separator.

import { Indicator, IndicatorValue, ReadIssue, TextCell } from '../model';
import { stripInvisible } from '../parse/text';
import { msg, quote } from '../i18n/text';

// "N、C-" where C is the 一级 code. The item number must follow the previous one, which keeps
// numbered lists inside values ("1、与中央…合作15家") from splitting an item.
const ITEM_START = /(\d{1,3})\s*[、,，.．]\s*(\d{1,2})\s*[-－—]\s*/g;
const FIELD_SEP = /\s*[;；]\s*/;
const VALUE_FIELD = /^(实施周期指标值|年度指标值|指标值|预期指标值|目标值)\s*[:：]\s*([\s\S]*)$/;
const CODE_NAME = /^(\d{1,2})\s*[-－—]\s*(.+)$/;

export interface PackedResult {
  indicators: Indicator[];
  issues: ReadIssue[];
}

/**
 * Full-width digits ("２－效益指标", typed with a Chinese IME) as ASCII, and no invisible characters
 * (a zero-width space pasted between "1" and "、" must not hide an item). Apart from invisible
 * characters, one character for one, so positions in the result are positions in the cell text.
 */
function asciiDigits(text: string): string {
  return stripInvisible(text).replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

export function isPackedIndicatorText(raw: string): boolean {
  const text = asciiDigits(raw);
  ITEM_START.lastIndex = 0;
  return /^\s*1\s*[、,，.．]\s*\d{1,2}\s*[-－—]/.test(text) || /\d{1,2}\s*[-－—]\s*(产出|效益|满意度|成本)指标/.test(text);
}

export function parsePacked(cell: TextCell): PackedResult {
  const text = asciiDigits(cell.text);
  const issues: ReadIssue[] = [];
  const starts = itemStarts(text);
  if (starts.length === 0) {
    issues.push({
      code: 'packed-unreadable',
      severity: 'warning',
      cell: cell.cell,
      message: msg('structure.packed-unreadable', { format: quote('序号、一级代码-一级指标；二级代码-二级指标；三级指标；实施周期指标值：…；年度指标值：…') }),
    });
    return { indicators: [], issues };
  }
  if (text.slice(0, starts[0].index).trim().replace(/^[。.;；]+/, '').length > 0) {
    issues.push({
      code: 'packed-leading-text',
      severity: 'info',
      cell: cell.cell,
      message: msg('structure.packed-leading-text', { text: quote(clip(text.slice(0, starts[0].index).trim())) }),
    });
  }
  const indicators: Indicator[] = [];
  starts.forEach((s, i) => {
    const end = i + 1 < starts.length ? starts[i + 1].index : text.length;
    const body = text.slice(s.index, end);
    indicators.push(parseItem(cell, s.number, body));
  });
  return { indicators, issues };
}

interface ItemStart {
  index: number;
  number: number;
  bodyStart: number;
}

function itemStarts(text: string): ItemStart[] {
  const out: ItemStart[] = [];
  ITEM_START.lastIndex = 0;
  let m: RegExpExecArray | null;
  let expected = 1;
  while ((m = ITEM_START.exec(text))) {
    const n = Number(m[1]);
    // Accept the expected number, or a restart after OCR damage (a repeated number).
    if (n === expected || (out.length > 0 && n === expected - 1 && m.index > out[out.length - 1].bodyStart + 10)) {
      // The code must be preceded by the start of text or a sentence end, not by a digit.
      const before = text.slice(Math.max(0, m.index - 1), m.index);
      if (m.index > 0 && /\d/.test(before)) continue;
      out.push({ index: m.index, number: n, bodyStart: m.index + m[0].length });
      expected = n + 1;
    }
  }
  return out;
}

function parseItem(cell: TextCell, number: number, body: string): Indicator {
  // body: "N、1-产出指标；11-数量指标；name；实施周期指标值：…；年度指标值：…。"
  const afterNumber = body.replace(/^\s*\d{1,3}\s*[、,，.．]\s*/, '');
  const fields = splitFields(afterNumber);
  let level1: Indicator['level1'] = null;
  let level2: Indicator['level2'] = null;
  const nameParts: string[] = [];
  const values: IndicatorValue[] = [];
  for (const field of fields) {
    const value = VALUE_FIELD.exec(field);
    if (value) {
      const header = value[1];
      const text = value[2].replace(/[。.]\s*$/, '').trim();
      if (text) values.push({ kind: header === '实施周期指标值' ? 'period' : header === '年度指标值' ? 'annual' : 'expected', header, text, cell: cell.cell });
      continue;
    }
    const code = CODE_NAME.exec(field);
    if (code && !level1 && nameParts.length === 0) {
      level1 = { text: code[2].trim(), code: code[1], cell: cell.cell, row: cell.row, col: cell.col, inherited: false };
      continue;
    }
    if (code && level1 && !level2 && nameParts.length === 0) {
      level2 = { text: code[2].trim(), code: code[1], cell: cell.cell, row: cell.row, col: cell.col, inherited: false };
      continue;
    }
    if (values.length === 0) nameParts.push(field);
    else values[values.length - 1].text += `；${field}`;
  }
  const name = nameParts.join('；').trim();
  return {
    row: cell.row,
    level1,
    level2,
    name: name ? { text: name, cell: cell.cell, row: cell.row, col: cell.col } : null,
    values,
    source: 'packed',
    packedIndex: number,
    packedRaw: body.trim(),
  };
}

function splitFields(text: string): string[] {
  return text
    .split(FIELD_SEP)
    .map((f) => f.trim())
    .filter((f) => f.length > 0);
}

function clip(s: string, n = 30): string {
  return s.length > n ? `${s.slice(0, n)}…` : s;
}
