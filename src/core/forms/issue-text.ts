// A reader's issue as text, for code that reads what an issue says (a rule that must not report
// the same gap twice) rather than showing it.

import { CATALOGUE } from '../i18n/catalogue';
import { Lang, render } from '../i18n/text';
import type { ReadIssue } from '../model';

export function issueText(issue: ReadIssue, lang: Lang = 'zh'): string {
  return render(issue.message, lang, CATALOGUE);
}
