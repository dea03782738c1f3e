// Text normalisation for matching labels as users type them: full-width vs half-width, spaces
// inside words, other brackets, a trailing colon.

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
const WHITESPACE = /[\s\u3000\u00A0]+/g;

// Plain ASCII and common CJK ideographs are already NFKC-stable; skipping them keeps a sheet of
// thousands of labels cheap to index.
const NEEDS_NFKC = /[^\x00-\x7F\u4E00-\u9FFF]/;

/** NFKC (full-width digits, letters and punctuation become half-width), no zero-width characters. */
export function nfkc(text: string): string {
  return NEEDS_NFKC.test(text) ? text.normalize('NFKC').replace(ZERO_WIDTH, '') : text;
}

/** NFKC with every run of white space removed: "预算金额 (万元)" -> "预算金额(万元)". */
export function compact(text: string): string {
  const t = nfkc(text);
  return /[\s\u3000\u00A0]/.test(t) ? t.replace(WHITESPACE, '') : t;
}

// Characters normalizeLabel rewrites; most cells hold none, and skip the replacements.
const LABEL_MARKS = /[【〔[{〈】〕\]}〉:：]|^[#*\-•·]/;

/** A label as a key: compact, brackets unified to (), trailing colons and list markers dropped. */
export function normalizeLabel(text: string): string {
  const t = compact(text);
  if (!LABEL_MARKS.test(t)) return t;
  return t
    .replace(/[【〔\[{〈]/g, '(')
    .replace(/[】〕\]}〉]/g, ')')
    .replace(/^[#*\-•·]+/, '')
    .replace(/[:：]+$/, '');
}

/** True when the cell text, normalised, equals one of the labels, normalised. */
export function isLabel(text: string, ...labels: string[]): boolean {
  const key = normalizeLabel(text);
  return key.length > 0 && labels.some((l) => normalizeLabel(l) === key);
}

/** Label text without any bracketed unit: "预算金额(万元)" -> "预算金额". */
export function stripBrackets(label: string): string {
  return normalizeLabel(label).replace(/\([^)]*\)/g, '');
}

/** The unit named in a label's brackets, if any: "拟投入的资金(万元)" -> "万元". */
export function unitInLabel(label: string): '万元' | '元' | undefined {
  const key = normalizeLabel(label);
  if (/万元/.test(key)) return '万元';
  if (/\(元\)|单位:元|^元$|\(人民币元\)/.test(key)) return '元';
  return undefined;
}
