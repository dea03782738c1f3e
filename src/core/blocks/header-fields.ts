// Header fields of the composed layouts: label-value pairs such as 项目名称 | X, 主管部门：X, and the
// target prose (年度目标, 中期目标, 预期目标 / 实际完成情况), wherever they sit on the sheet.

import { HeaderField, TextCell } from '../model';
import { toA1 } from '../grid/address';
import { normalizeLabel } from '../parse/text';
import { SheetScan } from '../forms/scan';

const FIELD_LABEL = /^(项目名称|项目编码|项目代码|主管部门(及代码)?|主管单位|预算部门|预算单位|部门\(单位\)名称|部门名称|单位名称|实施单位|项目单位|项目实施单位|业务主管部门|项目属性|项目分类|项目类别|项目类型|项目期|项目实施期|实施期|项目周期|建设周期|项目起止时间|项目审批|立项依据|项目负责人|年初职工人数|人员编制|编制人数|实有人数|部门职责|主要职能|部门主要职能|年度|预算年度|填报日期)(\(.*\))?$/;

const TARGET_LABEL = /^(年度(绩效)?目标|本年度(绩效)?目标|当年(绩效)?目标|中期(绩效)?目标|长期(绩效)?目标|(年度)?总体(绩效)?目标|年度主要目标和成果|预期目标|实际完成情况|项目(绩效)?目标|绩效目标|整体绩效目标|部门整体绩效目标|年度履职目标)(\(.*\))?$/;

function inlineValue(text: string): string | undefined {
  const colon = text.search(/[:：]/);
  return colon >= 0 && colon < text.length - 1 ? text.slice(colon + 1).trim() : undefined;
}

/** The value right of a label cell in its row, past the label's merged area; undefined when none. */
function valueRightOf(scan: SheetScan, row: number, col: number, isLabel: (key: string) => boolean): TextCell | undefined {
  for (let c = scan.nextColumn(row, col), end = Math.min(scan.grid.colCount, scan.grid.rowEnd(row)); c < end; c++) {
    if (scan.grid.isBlank(row, c) || scan.grid.isMergedTail(row, c)) continue;
    // The next label of a row of pairs ("项目名称 | X | 主管部门 | Y") is not this label's value.
    if (isLabel(scan.key(row, c))) return undefined;
    return scan.textCell(row, c);
  }
  return undefined;
}

/** A column header's value in the rows below it (exports with one record per row). */
function valueBelow(scan: SheetScan, row: number, col: number, isLabel: (key: string) => boolean): TextCell | undefined {
  for (let r = (scan.grid.mergeAt(row, col)?.bottom ?? row) + 1; r < Math.min(scan.grid.rowCount, row + 3); r++) {
    if (scan.grid.isBlank(r, col) || scan.grid.isMergedTail(r, col)) continue;
    return isLabel(scan.key(r, col)) ? undefined : scan.textCell(r, col);
  }
  return undefined;
}

const fieldKey = (key: string) => normalizeLabel(key).replace(/[:：].*$/, '');

export function findHeaderFields(scan: SheetScan, claimed: (row: number) => boolean): HeaderField[] {
  const out: HeaderField[] = [];
  const seen = new Set<string>();
  const isLabel = (k: string) => FIELD_LABEL.test(fieldKey(k)) || TARGET_LABEL.test(fieldKey(k));
  for (const p of scan.findWhere((k) => FIELD_LABEL.test(fieldKey(k)))) {
    if (claimed(p.row)) continue;
    const text = scan.grid.text(p.row, p.col).trim();
    const label = fieldKey(scan.key(p.row, p.col));
    if (seen.has(label)) continue;
    const inline = inlineValue(text);
    const value = inline !== undefined ? { text: inline, cell: toA1(p.row, p.col), row: p.row, col: p.col } : valueRightOf(scan, p.row, p.col, isLabel) ?? valueBelow(scan, p.row, p.col, isLabel);
    if (!value) continue;
    seen.add(label);
    out.push({ label, labelCell: toA1(p.row, p.col), value });
  }
  return out;
}

/** Target prose: right of its label, or below it when the label heads a column (预期目标 | 实际完成情况). */
export function findTargets(scan: SheetScan, claimed: (row: number) => boolean): Array<TextCell & { label: string }> {
  const out: Array<TextCell & { label: string }> = [];
  const isLabel = (k: string) => TARGET_LABEL.test(fieldKey(k)) || FIELD_LABEL.test(fieldKey(k));
  const consider = (row: number, col: number, full: string) => {
    const label = fieldKey(full);
    const inline = inlineValue(scan.grid.text(row, col).trim());
    if (inline) return out.push({ label, text: inline, cell: toA1(row, col), row, col });
    const right = valueRightOf(scan, row, col, isLabel);
    if (right && right.text.length >= 4) return out.push({ label, ...right });
    const merge = scan.grid.mergeAt(row, col);
    const below = (merge?.bottom ?? row) + 1;
    if (below < scan.grid.rowCount && !scan.grid.isBlank(below, col) && !isLabel(scan.key(below, col))) out.push({ label, ...scan.textCell(below, col) });
    return 0;
  };
  for (const p of scan.findWhere((k) => TARGET_LABEL.test(fieldKey(k)))) {
    if (claimed(p.row)) continue;
    consider(p.row, p.col, scan.key(p.row, p.col));
  }
  // "年度目标：…" written as one long cell.
  for (const p of scan.longTexts) {
    if (claimed(p.row)) continue;
    const v = String(scan.grid.value(p.row, p.col));
    const m = /^\s*([^:：]{2,14})[:：]/.exec(v);
    if (m && TARGET_LABEL.test(normalizeLabel(m[1]))) out.push({ label: normalizeLabel(m[1]), text: v.slice(m[0].length).trim(), cell: toA1(p.row, p.col), row: p.row, col: p.col });
  }
  return out;
}

/** Template instructions nobody replaced: "对照年度目标，说明…（100字以内）", "请填写…". */
const INSTRUCTION = /[（(]\s*\d+\s*字(以内|左右|以下)\s*[）)]\s*[。.]?\s*$|^\s*(注|说明|填表说明)\s*\d*\s*[:：].{0,16}请|^\s*(请(在此)?(填写|填报|对照|根据|按照|说明|简要|列明|结合|概述|描述)|(对照|根据|结合).{0,24}(说明|填写|描述|概述)|(简要|简述).{0,10}(说明|描述))/;

/** A character each branch of INSTRUCTION needs (字, 请, 说明, 填写, 描述, 概述): most cells hold none and skip it. */
const INSTRUCTION_WORD = /[字请说填描概]/;

export function findLeftovers(scan: SheetScan): TextCell[] {
  const out: TextCell[] = [];
  for (const row of scan.grid.nonEmptyRows()) {
    for (let col = 0, end = Math.min(scan.grid.colCount, scan.grid.rowEnd(row)); col < end; col++) {
      const v = scan.grid.value(row, col);
      if (typeof v !== 'string' || v.length < 6 || v.length > 400) continue;
      if (INSTRUCTION_WORD.test(v) && INSTRUCTION.test(v)) out.push(scan.textCell(row, col));
    }
  }
  return out;
}
