// Pane texts about the workbook itself (when marks are written, stale previews, re-checks that had
// to wait), kept apart from i18n.ts so the Excel-host work merges without touching the main table.

import type { Lang } from './i18n';

export interface HostStrings {
  /** Shown while marks are on the sheet: they are saved with the workbook until cleared. */
  highlightsSaved: string;
  /** The preview closed because a re-check landed (sheet switched or edited meanwhile). */
  planStale: string;
  /** A live re-check failed; the list shows the last results. */
  liveFailed: (message: string) => string;
}

const zh: HostStrings = {
  highlightsSaved: '表格中的标注是“一键校验”时标出的，会随工作簿一起保存，直到点击“清除标注”。编辑表格后标注不会自动更新，请再次点击“一键校验”。',
  planStale: '表格已重新校验（切换了工作表或内容有改动），预览已关闭。请重新选择后再插入。',
  liveFailed: (m) => `自动重新校验未完成，下方仍是上一次的结果：${m}`,
};

const en: HostStrings = {
  highlightsSaved: 'The marks on the sheet come from the last "Check now" and are saved with the workbook until you clear them. They do not follow your edits: click "Check now" again to update them.',
  planStale: 'The sheet was checked again (another sheet, or it changed), so the preview was closed. Choose again, then insert.',
  liveFailed: (m) => `The automatic re-check did not finish; the list shows the previous results: ${m}`,
};

export function hostStrings(lang: Lang): HostStrings {
  return lang === 'en' ? en : zh;
}
