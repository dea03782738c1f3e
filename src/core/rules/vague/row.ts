// What the rest of the row says about a target value: the comparator column (指标性质/指标方向),
// the unit column (度量单位/计量单位), a unit written in the indicator's name ("营造林总面积(亩)",
// "抽验批次", "人均培训学时") and 指标值类型. A target split over several columns is one target:
// "≥" + "95" + "%" reads as "≥95%", and the checks then read it like any value written whole.

import { Indicator } from '../../model';
import { compact, nfkc } from '../../parse/text';
import type { VagueConfig } from './words';

export interface RowFacts {
  /** The comparator as a symbol (≥ ≤ > < =), when the comparator column holds one. */
  comparator?: string;
  /** The unit the row gives a bare number: unit column first, then the name. */
  unit?: string;
  /** 指标值类型 or the comparator column says 定性. */
  qualitative: boolean;
}

const COMPARATOR_SYMBOLS: Array<[RegExp, string]> = [
  [/^(?:≥|>=|大于等于|不少于|不低于|不小于)$/, '≥'],
  [/^(?:≤|<=|小于等于|不超过|不高于|不大于)$/, '≤'],
  [/^(?:>|大于|高于|超过)$/, '>'],
  [/^(?:<|小于|低于|少于)$/, '<'],
  [/^(?:=|==|等于|达到|定量)$/, '='],
];

function comparatorSymbol(text: string | undefined): string | undefined {
  const t = compact(nfkc(text ?? ''));
  if (!t) return undefined;
  for (const [re, sym] of COMPARATOR_SYMBOLS) if (re.test(t)) return sym;
  return undefined;
}

/** A unit cell is short and holds no digits ("%", "篇", "万元", "人次"); "/" and "—" say none. */
function unitColumn(ind: Indicator): string | undefined {
  const t = compact(nfkc(ind.unit?.text ?? ''));
  if (!t || t.length > 8 || /\d/.test(t) || /^[-—/／\\无空]+$/.test(t)) return undefined;
  // "百分比" written out in the unit column is "%".
  return /^(?:百分比|百分率|百分数)$/.test(t) ? '%' : t;
}

// "营造林总面积(亩)", "修建作业道长度（公里）", "资金(万元)": a bracketed unit at the end of the name.
// "(≤**元/株)" is a unit with a placeholder for the number: the unit is "元/株".
const BRACKET_UNIT = /[(（](?:[≤≥<>=＜＞]|不[高低超少]于)?[*＊xX×]*([^()（）\d*＊]{1,6})[)）]$/;

/** The unit a name gives its bare number: a bracketed unit, or a name ending in a measure word. */
export function unitFromName(name: string, cfg: VagueConfig): string | undefined {
  const n = compact(nfkc(name));
  const bracket = BRACKET_UNIT.exec(n);
  if (bracket && !/[的和及与、，,]|指标|说明|情况/.test(bracket[1])) return bracket[1];
  for (const [ending, unit] of cfg.nameUnits) if (n.endsWith(ending)) return unit;
  return undefined;
}

export function rowFacts(ind: Indicator, cfg: VagueConfig): RowFacts {
  const colUnit = unitColumn(ind);
  const nameUnit = colUnit ? undefined : unitFromName(ind.name?.text ?? '', cfg);
  const marks = [ind.valueType?.text, ind.comparator?.text].map((t) => compact(t ?? ''));
  return {
    comparator: comparatorSymbol(ind.comparator?.text),
    unit: colUnit ?? nameUnit,
    qualitative: marks.some((m) => m === '定性'),
  };
}

const BARE_NUMBER = /^(?:≥|≤|>=|<=|>|<|=)?\d+(?:\.\d+)?(?:万|亿)?$/;

/**
 * The value as one target: the comparator column before a value that has none, the row's unit
 * after a bare number. "95" with "≥" and "%" -> "≥95%"; "80000" under "营造林总面积(亩)" -> "80000亩".
 */
export function composeTarget(value: string, row: RowFacts): string {
  // Most rows write the target whole: nothing to compose, nothing to normalise here.
  if (!row.unit && !row.comparator) return value;
  const v = compact(nfkc(value));
  if (!v) return value;
  const bare = BARE_NUMBER.test(v);
  let out = v;
  if (bare && row.unit) out = /[万亿]$/.test(v) && row.unit.startsWith(v.slice(-1)) ? `${out}${row.unit.slice(1)}` : `${out}${row.unit}`;
  if (row.comparator && row.comparator !== '=' && /^\d/.test(out) && (bare || /^\d+(?:\.\d+)?[%‰]?$/.test(v))) out = `${row.comparator}${out}`;
  return out;
}

/**
 * The unit a name writes beside the very number of the value: "配套电力设施…变压器3台" with value
 * "3" means 3台.
 */
export function unitBesideNumberInName(name: string, value: string, cfg: VagueConfig): string | undefined {
  const v = value.trim().replace(/^(?:≥|≤|>=|<=|>|<|=|＝|≧|≦)/, '');
  if (!/^\d+(?:\.\d+)?$/.test(v) || !name.includes(v)) return undefined;
  const n = compact(nfkc(name));
  let at = n.indexOf(v);
  while (at >= 0) {
    const before = n[at - 1];
    if (!before || !/[\d.]/.test(before)) {
      const rest = n.slice(at + v.length);
      const unit = unitsLongestFirst(cfg).find((u) => rest.startsWith(u));
      if (unit && !/^\d/.test(rest)) return unit;
    }
    at = n.indexOf(v, at + 1);
  }
  return undefined;
}

const sortedUnits = new WeakMap<VagueConfig, string[]>();

function unitsLongestFirst(cfg: VagueConfig): string[] {
  let units = sortedUnits.get(cfg);
  if (!units) sortedUnits.set(cfg, (units = [...cfg.units].sort((a, b) => b.length - a.length)));
  return units;
}
