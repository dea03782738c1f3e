// Text normalisation for matching labels as users type them: full-width vs half-width, spaces
// inside words, other brackets, a trailing colon.

// Characters nobody sees: zero-width spaces and joiners, the byte-order mark, soft hyphens,
// right-to-left and other direction marks, and C0 control characters pasted from other systems
// (tab, line feed and carriage return are white space and handled with it).
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
const WHITESPACE = /[\s\u3000\u00A0]+/g;
// One object, not a regular-expression literal evaluated (a new object each time) on every call.
const HAS_WHITESPACE = /[\s\u3000\u00A0]/;

// Printable ASCII, white space and common CJK ideographs are already NFKC-stable and visible;
// skipping them keeps a sheet of thousands of labels cheap to index.
const NEEDS_NFKC = /[^\x20-\x7E\t\n\r\u4E00-\u9FFF]/;

/** False for text NFKC is known to leave as it is (printable ASCII, white space, common CJK). */
export function mayChangeUnderNfkc(text: string): boolean {
  return NEEDS_NFKC.test(text);
}

/** NFKC only (invisible characters kept), skipped for text NFKC leaves as it is. */
export function nfkcOnly(text: string): string {
  return NEEDS_NFKC.test(text) ? text.normalize('NFKC') : text;
}

/** NFKC (full-width digits, letters and punctuation become half-width), no invisible characters. */
export function nfkc(text: string): string {
  return NEEDS_NFKC.test(text) ? text.normalize('NFKC').replace(INVISIBLE, '') : text;
}

/** The text without characters nobody sees (zero-width, direction marks, control characters). */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/** NFKC with every run of white space removed: "预算金额 (万元)" -> "预算金额(万元)". */
export function compact(text: string): string {
  const t = nfkc(text);
  return HAS_WHITESPACE.test(t) ? t.replace(WHITESPACE, '') : t;
}

// Characters normalizeLabel rewrites; most cells hold none, and skip the replacements.
const LABEL_MARKS = /[【〔[{〈】〕\]}〉:：]|^[#*\-•·]/;

// Label keys of texts that need NFKC (full-width forms, ≥, ①…), by text: NFKC is the dear part,
// and targets such as "≥95%" repeat on every row of a large form. Other texts are normalised again
// (a few quick pattern tests): keeping every text of a sheet of pasted noise here cost 55 MB of
// peak memory on the 100,000 × 30 noise sheet. Bounded all the same.
const labelKeys = new Map<string, string>();
const LABEL_KEY_LIMIT = 50_000;

/** A label as a key: compact, brackets unified to (), trailing colons and list markers dropped. */
export function normalizeLabel(text: string): string {
  if (!NEEDS_NFKC.test(text)) return labelOfPlainText(text);
  let key = labelKeys.get(text);
  if (key === undefined) {
    key = normalizeLabelUncached(text);
    if (labelKeys.size >= LABEL_KEY_LIMIT) labelKeys.clear();
    labelKeys.set(text, key);
  }
  return key;
}

function normalizeLabelUncached(text: string): string {
  return labelOfCompact(compact(text));
}

/**
 * normalizeLabelUncached for a text NFKC leaves as it is (tested by the caller): compact without
 * testing for NFKC again. This runs for every text cell of the sheet on every check.
 */
function labelOfPlainText(text: string): string {
  return labelOfCompact(HAS_WHITESPACE.test(text) ? text.replace(WHITESPACE, '') : text);
}

function labelOfCompact(t: string): string {
  if (!LABEL_MARKS.test(t)) return t;
  return t
    .replace(/[【〔\[{〈]/g, '(')
    .replace(/[】〕\]}〉]/g, ')')
    .replace(/^[#*\-•·]+/, '')
    .replace(/[:：]+$/, '');
}

/**
 * True when one character appears `n` or more times in a row: code points, and line breaks never
 * count (as `/(.)\1{n-1,}/u` reads a text). A loop rather than that pattern: the pattern tries a
 * capture at every position, and on a long indicator table, whose names are mostly eight
 * characters or more, it was the dearest single test of a check.
 */
export function hasRepeatedRun(text: string, n: number): boolean {
  let previous = -1;
  let run = 0;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    i += cp > 0xffff ? 2 : 1;
    if (cp === 0x0a || cp === 0x0d || cp === 0x2028 || cp === 0x2029) {
      previous = -1;
      run = 0;
      continue;
    }
    run = cp === previous ? run + 1 : 1;
    if (run >= n) return true;
    previous = cp;
  }
  return false;
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

/**
 * A cell's text as a message quotes it: at most `max` characters, then "…". Cells hold up to 32,767
 * characters; a finding that quotes a whole pasted essay is unreadable in the pane and the CLI.
 */
export function clipText(text: string, max = 60): string {
  if (text.length <= max) return text;
  // Never cut a surrogate pair in half.
  const cut = /[\uD800-\uDBFF]/.test(text[max - 1]) ? max - 1 : max;
  return `${text.slice(0, cut)}…`;
}
