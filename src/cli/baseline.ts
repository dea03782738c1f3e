// `perfcheck check FILE --baseline LAST_YEAR.xlsx`: last year's self-evaluation read once, handed to
// every check as the across-years baseline; and the pairing, printed so a wrong pair can be spotted.

import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { BaselineInput, hasResults } from '../core/baseline';
import { SheetScan, readForm } from '../core/forms';
import { Grid } from '../core/grid/grid';
import { Report } from '../core/report';
import { readWorkbook, WorkbookError } from '../io/xlsx';
import { nodeReadHooks, nodeReadLimits } from '../io/node';

export class BaselineError extends Error {}

/**
 * The baseline in a workbook: the first sheet read as a form whose indicators have 实际完成值 (a
 * 绩效自评表); failing that, the first form at all (only indicator-dropped can use it then).
 */
export async function loadBaseline(file: string): Promise<BaselineInput> {
  let bytes: Uint8Array;
  try {
    if (!statSync(file).isFile()) throw new Error('not a file');
    bytes = new Uint8Array(readFileSync(file));
  } catch {
    throw new BaselineError(`无法读取上年自评表“${file}”：文件不存在或不是普通文件。`);
  }
  let sheets;
  try {
    sheets = await readWorkbook(ExcelJS, bytes, nodeReadLimits(), nodeReadHooks);
  } catch (e) {
    throw new BaselineError(`上年自评表“${file}”无法使用：${e instanceof WorkbookError ? e.message : '不是可读取的 Excel 工作簿。'}`);
  }
  const forms = sheets.map((s) => ({ sheet: s.grid.name, model: readForm(new SheetScan(new Grid(s.grid))).model })).filter((f) => f.model);
  const chosen = forms.find((f) => hasResults(f.model!)) ?? forms[0];
  if (!chosen) throw new BaselineError(`上年自评表“${file}”中没有可识别的绩效表单（应为含“实际完成值”的绩效自评表）。`);
  const label = `${path.basename(file)}${sheets.length > 1 ? ` · ${chosen.sheet}` : ''}`;
  return { model: chosen.model!, label };
}

/** Text output: how each of this year's indicators was paired, in a few lines per sheet. */
export function formatPairing(report: Report, lang: 'zh' | 'en' = 'zh'): string {
  const b = report.baseline;
  if (!b) return '';
  const en = lang === 'en';
  const lines = [
    en
      ? `  Paired with last year's “${b.label}”: ${b.pairs.length} indicators paired, ${b.dropped.length} of last year's not found this year, ${b.added.length} new this year`
      : `  与上年《${b.label}》配对：${b.pairs.length} 项指标配对，上年 ${b.dropped.length} 项今年未找到，今年新增 ${b.added.length} 项`,
  ];
  for (const p of b.pairs) {
    const before = p.previous.value ? (en ? ` (last year's result “${p.previous.value.text}”)` : `（上年实际 ${p.previous.value.text}）`) : '';
    const byName = p.by === 'name' ? (en ? ', by name only' : '，仅名称相同') : '';
    lines.push(en ? `    ${p.current.cell} “${p.current.name}” ↔ last year ${p.previous.cell} “${p.previous.name}”${before}${byName}` : `    ${p.current.cell} ${p.current.name} ↔ 上年 ${p.previous.cell} ${p.previous.name}${before}${byName}`);
  }
  return lines.join('\n');
}
