// Small lookups every layout shares: the title line and the department name.

import { TextCell } from '../model';
import { findLabelledText } from './amounts';
import { SheetScan } from './scan';

/** The first cell (reading order) whose text matches the title pattern, within the first 15 rows of text. */
export function findTitle(scan: SheetScan, pattern: RegExp): TextCell | undefined {
  const hit = scan.first((k) => pattern.test(k));
  return hit ? scan.textCell(hit.row, hit.col) : undefined;
}

/** "部门名称 | X", "部门名称：X" or "部门名称：X（部门）". */
export function findDepartment(scan: SheetScan): string | undefined {
  const t = findLabelledText(scan, ['部门名称', '单位名称', '部门(单位)名称', '预算部门', '主管部门']);
  return t?.text.replace(/[（(]部门[)）]$/, '').trim() || undefined;
}
