// Labelled amounts: a label cell with its value to the right ("基本支出 | 1,561.17"), or label and
// value in one cell ("总额(元)：28,036,202.00"). Units come from the label, a unit header above the
// value, or the form's default.

import { AmountCell, TextCell } from '../model';
import { AmountParse, MoneyUnit, parseAmount } from '../parse/amount';
import { isDateFormat } from '../parse/display';
import { clipText, normalizeLabel, unitInLabel } from '../parse/text';
import { toA1 } from '../grid/address';
import { Pos, SheetScan } from './scan';

export interface Region {
  top: number;
  bottom: number;
}

export interface AmountSpec {
  key: string;
  labels: string[];
}

/** Texts the readers keep for messages are quoted by their opening only (a 32,767-character cell). */
export const clipRaw = (text: string): string => clipText(text, 60);

/** Reads the amount in a cell into an AmountCell. */
export function amountAt(scan: SheetScan, spec: { key: string; label: string; labelCell: string }, pos: Pos, unit: MoneyUnit): AmountCell {
  const { grid } = scan;
  const error = grid.error(pos.row, pos.col);
  const value = grid.value(pos.row, pos.col);
  // A number formatted as a date is a date to the user ("2023-01-04"), not 44,930 万元.
  const parsed: AmountParse =
    typeof value === 'number' && !error && isDateFormat(grid.numFmt(pos.row, pos.col))
      ? { kind: 'invalid', reason: 'not-an-amount', text: grid.text(pos.row, pos.col) }
      : parseAmount(value, unit, error);
  const formula = grid.formula(pos.row, pos.col);
  return {
    key: spec.key,
    label: spec.label,
    labelCell: spec.labelCell,
    cell: toA1(pos.row, pos.col),
    row: pos.row,
    col: pos.col,
    raw: clipRaw(grid.text(pos.row, pos.col).trim()),
    value: parsed.kind === 'amount' ? parsed.value : null,
    status: parsed.kind === 'amount' ? 'ok' : parsed.kind === 'blank' ? 'blank' : 'invalid',
    ...(parsed.kind === 'invalid' ? { invalidReason: parsed.reason } : {}),
    unit,
    ...(formula ? { formula } : {}),
  };
}

/** Label keys for a label with any unit bracket: 预算金额, 预算金额(万元), 预算金额(元). `label` is normalised. */
function labelMatches(key: string, label: string): boolean {
  return key === label || (key.startsWith(label) && key.replace(/\((万元|元)\)$/, '') === label);
}

const INLINE = /^(.*?)(?:\((万元|元)\))?:(.*)$/;

/**
 * Finds one labelled amount. Searches the region (or the whole sheet) in reading order and takes
 * the first label found; label cells take their value from the cell right of the label's merge.
 */
export function findAmount(scan: SheetScan, spec: AmountSpec, defaultUnit: MoneyUnit, region?: Region): AmountCell | undefined {
  const labels = spec.labels.map(normalizeLabel);
  const candidates = scan.findWhere((k) => {
    const inline = inlineLabel(k);
    return labels.some((l) => labelMatches(k, l) || inline === l);
  }, region);
  for (const pos of candidates) {
    const key = scan.key(pos.row, pos.col);
    const labelText = scan.grid.text(pos.row, pos.col).trim();
    const labelCell = toA1(pos.row, pos.col);
    const inline = INLINE.exec(key);
    if (inline && spec.labels.some((l) => normalizeLabel(l) === inline[1])) {
      const unit = (inline[2] as MoneyUnit | undefined) ?? defaultUnit;
      const rawValue = inline[3];
      const parsed = parseAmount(rawValue === '' ? null : rawValue, unit);
      const formula = scan.grid.formula(pos.row, pos.col);
      return {
        key: spec.key,
        label: labelText.split(/[:：]/)[0].trim(),
        labelCell,
        cell: labelCell,
        row: pos.row,
        col: pos.col,
        raw: clipRaw(labelText.slice(labelText.search(/[:：]/) + 1).trim()),
        value: parsed.kind === 'amount' ? parsed.value : null,
        status: parsed.kind === 'amount' ? 'ok' : parsed.kind === 'blank' ? 'blank' : 'invalid',
        ...(parsed.kind === 'invalid' ? { invalidReason: parsed.reason } : {}),
        unit,
        ...(formula ? { formula } : {}),
        inline: true,
      };
    }
    const valueCol = scan.nextColumn(pos.row, pos.col);
    if (valueCol >= scan.grid.colCount + 1) continue;
    const unit = unitInLabel(labelText) ?? unitAbove(scan, pos.row, valueCol) ?? defaultUnit;
    return amountAt(scan, { key: spec.key, label: labelText, labelCell }, { row: pos.row, col: valueCol }, unit);
  }
  return undefined;
}

function inlineLabel(key: string): string | undefined {
  if (!key.includes(':')) return undefined;
  const m = INLINE.exec(key);
  return m ? m[1] : undefined;
}

/** The unit named by the nearest header above a value cell ("预算金额（万元）"), within 8 rows. */
export function unitAbove(scan: SheetScan, row: number, col: number): MoneyUnit | undefined {
  for (let r = row - 1; r >= Math.max(0, row - 8); r--) {
    const v = scan.grid.value(r, col);
    if (typeof v !== 'string') continue;
    const u = unitInLabel(v);
    if (u) return u;
  }
  return undefined;
}

/** The text to the right of a label ("总体绩效目标 | <text>"), or the text after a colon in the cell. */
export function findLabelledText(scan: SheetScan, labels: string[], region?: Region): TextCell | undefined {
  const keys = labels.map(normalizeLabel);
  // "label:" built once, not once per indexed cell (this scans every label of the sheet).
  const withColon = keys.map((l) => `${l}:`);
  const labelled = (k: string) => {
    for (let i = 0; i < keys.length; i++) if (k === keys[i] || k.startsWith(withColon[i])) return true;
    return false;
  };
  for (const pos of scan.findWhere(labelled, region)) {
    const text = scan.grid.text(pos.row, pos.col).trim();
    const colon = text.search(/[:：]/);
    if (colon >= 0 && colon < text.length - 1) {
      return { text: text.slice(colon + 1).trim(), cell: toA1(pos.row, pos.col), row: pos.row, col: pos.col };
    }
    for (let c = scan.nextColumn(pos.row, pos.col), end = Math.min(scan.grid.colCount, scan.grid.rowEnd(pos.row)); c < end; c++) {
      if (!scan.grid.isBlank(pos.row, c)) return scan.textCell(pos.row, c);
    }
  }
  // Long texts are not indexed as labels; look for "label：text" among them too.
  const prefixes = labels.map((l) => new RegExp(`^\\s*${escapeRe(l)}\\s*[:：]\\s*`));
  for (const { row, col } of scan.longTexts) {
    if (region && (row < region.top || row > region.bottom)) continue;
    const v = scan.grid.value(row, col);
    if (typeof v !== 'string') continue;
    for (const re of prefixes) {
      const m = re.exec(v);
      if (m) return { text: v.slice(m[0].length).trim(), cell: toA1(row, col), row, col };
    }
  }
  return undefined;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
