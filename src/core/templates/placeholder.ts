// The placeholder marker of template text. "【待填】" ("to be filled in") reads naturally to a
// finance officer, sits in front of the example wording ("【待填】按时完成率", "【待填】100%"), and
// cannot be mistaken for real content: no submitted form uses it. The checker reports every cell
// that still carries it (rule template-placeholder), so a form cannot go out half-filled.

export const PLACEHOLDER = '【待填】';

// Accept the spellings a user might leave behind after partial editing: half-width brackets,
// spaces inside, "请填写" instead of "待填".
const MARKER = /[【\[［]\s*(?:待\s*填|请\s*填\s*写)\s*[】\]］]/;
const MARKER_ALL = new RegExp(MARKER.source, 'g');

export function hasPlaceholder(text: string | null | undefined): boolean {
  // Every spelling has 填; most cells do not, and skip the pattern (asked for every cell of large forms).
  return !!text && text.includes('填') && MARKER.test(text);
}

/** Example text marked as a placeholder; empty text stays empty (nothing to fill in). */
export function withPlaceholder(text: string): string {
  return text ? `${PLACEHOLDER}${text}` : '';
}

/** The example wording without its marker, for messages. */
export function stripPlaceholder(text: string): string {
  return text.replace(MARKER_ALL, '').trim();
}
