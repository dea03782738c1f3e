// Every string the pane shows, in one module: zh-CN first, en-US when the display language is English.

import { createContext, useContext } from 'react';
import { categoryNames, severityNames } from '../core/report';
import type { Category, Severity } from '../core/report';

export type Lang = 'zh' | 'en';

/**
 * The UI language follows only an explicit choice (?lang=en, the language setting), never the
 * browser's or Office's locale: the findings themselves are Chinese (the engine's messages have no
 * English catalogue yet), and an English frame around Chinese findings helps nobody.
 */
export function detectLang(explicit?: string | null): Lang {
  return explicit?.toLowerCase().startsWith('en') ? 'en' : 'zh';
}

/** Where the language choice is kept (per user, like the other settings). */
export const LANG_KEY = 'perfcheck.lang';

export function storedLang(): Lang | null {
  try {
    const v = typeof localStorage !== 'undefined' ? localStorage.getItem(LANG_KEY) : null;
    return v === 'en' || v === 'zh' ? v : null;
  } catch {
    return null;
  }
}

export function storeLang(lang: Lang): void {
  try {
    localStorage.setItem(LANG_KEY, lang);
  } catch {
    // storage disabled: the choice lasts for this page only
  }
}

/** `<html lang>` of the language in use. */
export function htmlLang(lang: Lang): string {
  return lang === 'en' ? 'en' : 'zh-CN';
}

/** Lets the settings tab switch the language of the whole page (App and the standalone page provide it). */
export const SetLangContext = createContext<((lang: Lang) => void) | null>(null);

export interface Strings {
  appTitle: string;
  summaryLabel: string;
  category: Record<Category, string>;
  severity: Record<Severity, string>;
  severityPlural: Record<Severity, string>;
  noHost: string;
  noHostHint: string;
  loading: string;
  checking: string;
  noForm: string;
  noFormHint: string;
  form: string;
  profile: string;
  sheet: string;
  verdictPass: string;
  verdictFail: (errors: number) => string;
  verdictPassDetail: (warnings: number, infos: number) => string;
  verdictIgnoredErrors: (n: number) => string;
  measurability: (pct: number, measurable: number, total: number) => string;
  countsLabel: string;
  categoryCount: (category: string, n: number, errors: number) => string;
  runCheck: string;
  runCheckHint: string;
  exportToo: string;
  exported: string;
  exportedFile: string;
  exportFailed: (msg: string) => string;
  checkedAt: (time: string) => string;
  tabFindings: (n: number) => string;
  tabIgnored: (n: number) => string;
  tabSettings: string;
  filterAll: string;
  filterBy: (category: string) => string;
  filterLabel: string;
  next: string;
  previous: string;
  position: (i: number, n: number) => string;
  noFindings: string;
  noFindingsFiltered: string;
  findingsList: string;
  groupHeading: (name: string, n: number) => string;
  findingLabel: (severity: string, cell: string, message: string) => string;
  why: string;
  suggestion: string;
  cells: string;
  goToCell: string;
  ignore: string;
  ignoreTitle: string;
  ignoreReason: string;
  ignoreReasonHint: string;
  ignoreReasonRequired: string;
  ignoreConfirm: string;
  cancel: string;
  ignoredList: string;
  ignoredEmpty: string;
  ignoredReason: (reason: string) => string;
  restore: string;
  resetIgnored: string;
  resetIgnoredDone: string;
  fix: (label: string) => string;
  fixPreviewTitle: string;
  fixPreviewLabel: string;
  fixPreviewNote: string;
  fixApply: string;
  fixApplied: (description: string) => string;
  fixUndo: string;
  fixUndoLabel: (description: string) => string;
  fixUndone: (description: string) => string;
  fixFailed: (msg: string) => string;
  fixUnavailable: string;
  templateFailed: (msg: string) => string;
  dismiss: string;
  clearHighlights: string;
  clearHighlightsHint: string;
  highlightsCleared: string;
  tabTemplates: (n: number) => string;
  templatesLabel: string;
  templatesIntro: string;
  templatesNone: string;
  templatesTable: (owner: string, layout: 'table' | 'packed') => string;
  templateReason: Record<'missing' | 'empty-row' | 'no-indicators' | 'available', string>;
  templateItems: string;
  templateBlock: string;
  templateInsert: string;
  templateInsertLabel: (label: string, owner: string) => string;
  templateChooseOne: string;
  templatesShowAvailable: (n: number) => string;
  templatesHideAvailable: string;
  settingsProfile: string;
  settingsProfileCustom: (name: string) => string;
  settingsProfileFile: string;
  settingsProfileFileHint: string;
  settingsProfileLoaded: (name: string) => string;
  settingsProfileRemove: string;
  settingsProfileUnreadable: (file: string) => string;
  settingsHighlight: string;
  settingsHighlightHint: string;
  settingsBaseline: string;
  settingsBaselineNone: string;
  settingsBaselineHint: string;
  errorTitle: string;
  retry: string;
  liveUpdated: (errors: number, warnings: number) => string;
  entryLabel: (cell: string, name?: string, item?: number) => string;
  entryCount: (n: number) => string;
  infoFold: (n: number) => string;
  infoUnfold: string;
  packedItem: (item?: number) => string;
  cellText: string;
  placeholderNote: string;
  resetConfirm: (n: number) => string;
  resetConfirmYes: string;
  resetUndo: string;
  resetDone: (n: number) => string;
  settingsLang: string;
  settingsLangNote: string;
}

const zh: Strings = {
  appTitle: '绩效目标校验助手',
  summaryLabel: '校验结论',
  category: categoryNames('zh'),
  severity: severityNames('zh'),
  severityPlural: { error: '错误', warning: '警告', info: '提示' },
  noHost: '尚未打开工作簿',
  noHostHint: '打开或拖入一个 .xlsx 文件，或选择一个示例表单。',
  loading: '正在读取工作表…',
  checking: '正在校验…',
  noForm: '未识别到绩效目标表',
  noFormHint: '请切换到填写绩效目标的工作表。',
  form: '表单',
  profile: '指标体系',
  sheet: '工作表',
  verdictPass: '可以提交',
  verdictFail: (n) => `不能提交（${n} 个错误）`,
  verdictPassDetail: (w, i) => (w + i === 0 ? '未发现问题。' : `没有错误；另有 ${w} 个警告、${i} 个提示，不影响提交。`),
  verdictIgnoredErrors: (n) => `已忽略 ${n} 个错误`,
  measurability: (pct, m, t) => `可衡量指标 ${pct}%（${m}/${t}）`,
  countsLabel: '按类别统计',
  categoryCount: (c, n, e) => `${c}：${n} 个问题${e ? `，其中 ${e} 个错误` : ''}`,
  runCheck: '一键校验',
  runCheckHint: '校验整张表并给出能否提交的结论',
  exportToo: '同时导出“校验报告”工作表',
  exported: '已导出“校验报告”工作表。',
  exportedFile: '已生成“校验报告”工作表，正在下载标注后的工作簿。',
  exportFailed: (m) => `导出失败：${m}`,
  checkedAt: (t) => `校验时间 ${t}`,
  tabFindings: (n) => `问题（${n}）`,
  tabIgnored: (n) => `已忽略（${n}）`,
  tabSettings: '设置',
  filterAll: '全部',
  filterBy: (c) => `只看：${c}`,
  filterLabel: '按类别筛选',
  next: '下一个问题',
  previous: '上一个问题',
  position: (i, n) => (i ? `第 ${i} / ${n} 个` : `共 ${n} 个`),
  noFindings: '没有发现问题。',
  noFindingsFiltered: '此类别下没有问题。',
  findingsList: '问题列表',
  groupHeading: (name, n) => `${name}（${n}）`,
  findingLabel: (s, c, m) => `${s}，单元格 ${c}：${m}`,
  why: '原因',
  suggestion: '建议',
  cells: '涉及单元格',
  goToCell: '定位单元格',
  ignore: '忽略',
  ignoreTitle: '忽略此问题',
  ignoreReason: '忽略原因',
  ignoreReasonHint: '例如：已与财政局确认口径。原因会随工作簿保存；单元格内容改变后，此问题会重新出现。',
  ignoreReasonRequired: '请填写忽略原因。',
  ignoreConfirm: '忽略',
  cancel: '取消',
  ignoredList: '已忽略的问题',
  ignoredEmpty: '没有被忽略的问题。',
  ignoredReason: (r) => `原因：${r}`,
  restore: '恢复',
  resetIgnored: '全部恢复',
  resetIgnoredDone: '已恢复全部忽略的问题。',
  fix: (l) => `修复：${l}`,
  fixPreviewTitle: '插入预览',
  fixPreviewLabel: '将要写入的内容',
  fixPreviewNote: '只写入空白单元格或在原有内容末尾追加，不会覆盖已填写的内容。插入后可点击“撤销插入”恢复原样（Excel 自带的撤销可能无法撤销加载项所做的修改）。',
  fixApply: '插入',
  fixApplied: (d) => `已插入：${d}`,
  fixUndo: '撤销插入',
  fixUndoLabel: (d) => `撤销插入：${d}`,
  fixUndone: (d) => `已撤销：${d}`,
  fixFailed: (m) => `无法修复：${m}`,
  fixUnavailable: '这个问题没有可插入的模板行，请按建议手动修改。',
  templateFailed: (m) => `无法插入模板：${m}`,
  dismiss: '关闭',
  clearHighlights: '清除标注',
  clearHighlightsHint: '清除表格中的问题标注（恢复原有格式），提交前使用；再次“一键校验”会重新标注。',
  highlightsCleared: '已清除表格中的标注。再次“一键校验”会重新标注。',
  tabTemplates: (n) => (n ? `模板（${n}）` : '模板'),
  templatesLabel: '指标模板',
  templatesIntro: '为缺少的指标类别插入模板行。模板行以“【待填】”标记，填写具体指标和指标值后，校验才会通过。',
  templatesNone: '没有缺少的指标类别。',
  templatesTable: (o, l) => (l === 'packed' ? `项目“${o}”` : `${o}指标表`),
  templateReason: { missing: '缺少', 'empty-row': '空行待填', 'no-indicators': '没有指标', available: '可添加' },
  templateItems: '选择要插入的模板行',
  templateBlock: '整套指标：产出、效益、满意度等各一项。',
  templateInsert: '预览并插入',
  templateInsertLabel: (l, o) => `预览并插入模板：${o} · ${l}`,
  templateChooseOne: '请至少选择一项模板行。',
  templatesShowAvailable: (n) => `显示其他可添加的类别（${n}）`,
  templatesHideAvailable: '隐藏其他类别',
  settingsProfile: '指标体系',
  settingsProfileCustom: (n) => `自定义：${n}`,
  settingsProfileFile: '加载自定义指标体系（JSON 文件）',
  settingsProfileFileHint: '本单位的指标体系文件，格式同内置的 guangdong.json。',
  settingsProfileLoaded: (n) => `已加载指标体系“${n}”。`,
  settingsProfileRemove: '移除自定义指标体系',
  settingsProfileUnreadable: (f) => `无法读取文件“${f}”。`,
  settingsHighlight: '在表格中标出问题单元格',
  settingsHighlightHint: '关闭后清除标记并恢复原有格式。',
  settingsBaseline: '与上年自评表对比',
  settingsBaselineNone: '不对比',
  settingsBaselineHint: '选择本工作簿中存放上年绩效自评表的工作表：今年目标不高于上年实际完成值、上年的指标今年没有时给出提示，每条提示写明两张表中配对的单元格。',
  errorTitle: '无法校验',
  retry: '重试',
  liveUpdated: (e, w) => `已重新校验：${e} 个错误，${w} 个警告。`,
  entryLabel: (c, n, i) => `${c}${i ? ` 第 ${i} 项` : ''}${n ? `“${n}”` : ''}`,
  entryCount: (n) => `${n} 条`,
  infoFold: (n) => `提示（${n}），不影响提交：展开`,
  infoUnfold: '收起提示',
  packedItem: (i) => (i ? `第 ${i} 项原文` : '单元格原文'),
  cellText: '单元格原文',
  placeholderNote: '插入的模板行以“【待填】”标记：填写具体内容之前，每个“【待填】”都算一个错误，表格不能提交。',
  resetConfirm: (n) => `恢复全部 ${n} 个已忽略的问题？填写的忽略原因会一并清除。`,
  resetConfirmYes: '全部恢复',
  resetUndo: '撤销',
  resetDone: (n) => `已恢复 ${n} 个问题。`,
  settingsLang: '界面语言',
  settingsLangNote: '问题说明目前只有中文。',
};

const en: Strings = {
  appTitle: 'PerfCheck',
  summaryLabel: 'Result',
  category: categoryNames('en'),
  severity: severityNames('en'),
  severityPlural: { error: 'Errors', warning: 'Warnings', info: 'Tips' },
  noHost: 'No workbook open',
  noHostHint: 'Open or drop an .xlsx file, or choose a sample form.',
  loading: 'Reading the sheet…',
  checking: 'Checking…',
  noForm: 'No performance target form found',
  noFormHint: 'Switch to the sheet that holds the performance target form.',
  form: 'Form',
  profile: 'Indicator system',
  sheet: 'Sheet',
  verdictPass: 'Ready to submit',
  verdictFail: (n) => `Not ready to submit (${n} error${n === 1 ? '' : 's'})`,
  verdictPassDetail: (w, i) => (w + i === 0 ? 'No issues found.' : `No errors; ${w} warning(s) and ${i} tip(s) do not block submission.`),
  verdictIgnoredErrors: (n) => `${n} error(s) ignored`,
  measurability: (pct, m, t) => `Measurable indicators ${pct}% (${m}/${t})`,
  countsLabel: 'Issues by category',
  categoryCount: (c, n, e) => `${c}: ${n} issue(s)${e ? `, ${e} error(s)` : ''}`,
  runCheck: 'Check now',
  runCheckHint: 'Check the whole sheet and say whether it can be submitted',
  exportToo: 'Also export a report sheet (校验报告)',
  exported: 'Report sheet exported.',
  exportedFile: 'Report sheet added; downloading the annotated workbook.',
  exportFailed: (m) => `Export failed: ${m}`,
  checkedAt: (t) => `Checked at ${t}`,
  tabFindings: (n) => `Issues (${n})`,
  tabIgnored: (n) => `Ignored (${n})`,
  tabSettings: 'Settings',
  filterAll: 'All',
  filterBy: (c) => `Only: ${c}`,
  filterLabel: 'Filter by category',
  next: 'Next issue',
  previous: 'Previous issue',
  position: (i, n) => (i ? `${i} of ${n}` : `${n} in all`),
  noFindings: 'No issues found.',
  noFindingsFiltered: 'No issues in this category.',
  findingsList: 'Issues',
  groupHeading: (name, n) => `${name} (${n})`,
  findingLabel: (s, c, m) => `${s}, cell ${c}: ${m}`,
  why: 'Why',
  suggestion: 'Suggestion',
  cells: 'Cells involved',
  goToCell: 'Go to cell',
  ignore: 'Ignore',
  ignoreTitle: 'Ignore this issue',
  ignoreReason: 'Reason',
  ignoreReasonHint: 'Saved with the workbook. The issue comes back if the cell changes.',
  ignoreReasonRequired: 'Please give a reason.',
  ignoreConfirm: 'Ignore',
  cancel: 'Cancel',
  ignoredList: 'Ignored issues',
  ignoredEmpty: 'No ignored issues.',
  ignoredReason: (r) => `Reason: ${r}`,
  restore: 'Restore',
  resetIgnored: 'Restore all',
  resetIgnoredDone: 'All ignored issues restored.',
  fix: (l) => `Fix: ${l}`,
  fixPreviewTitle: 'Preview the insertion',
  fixPreviewLabel: 'What will be written',
  fixPreviewNote: 'Only empty cells are written, or text is appended; nothing you filled in is overwritten. Afterwards, "Undo insertion" puts the sheet back as it was (Excel\'s own undo may not undo an add-in\'s changes).',
  fixApply: 'Insert',
  fixApplied: (d) => `Inserted: ${d}`,
  fixUndo: 'Undo insertion',
  fixUndoLabel: (d) => `Undo insertion: ${d}`,
  fixUndone: (d) => `Undone: ${d}`,
  fixFailed: (m) => `Could not fix: ${m}`,
  fixUnavailable: 'No template row answers this issue; please follow the suggestion.',
  templateFailed: (m) => `Could not insert the template: ${m}`,
  dismiss: 'Dismiss',
  clearHighlights: 'Clear highlights',
  clearHighlightsHint: 'Remove the issue marks from the sheet (your formatting comes back), e.g. before submitting; "Check now" marks them again.',
  highlightsCleared: 'Highlights cleared. "Check now" marks the issues again.',
  tabTemplates: (n) => (n ? `Templates (${n})` : 'Templates'),
  templatesLabel: 'Indicator templates',
  templatesIntro: 'Insert template rows for missing indicator categories. They are marked 【待填】 (to be filled) and the check fails until you fill them in.',
  templatesNone: 'No indicator category is missing.',
  templatesTable: (o, l) => (l === 'packed' ? `Project "${o}"` : `${o} indicator table`),
  templateReason: { missing: 'Missing', 'empty-row': 'Empty row', 'no-indicators': 'No indicators', available: 'Optional' },
  templateItems: 'Template rows to insert',
  templateBlock: 'A whole indicator block: one output, benefit and satisfaction indicator each, and so on.',
  templateInsert: 'Preview and insert',
  templateInsertLabel: (l, o) => `Preview and insert template: ${o} · ${l}`,
  templateChooseOne: 'Choose at least one template row.',
  templatesShowAvailable: (n) => `Show other categories (${n})`,
  templatesHideAvailable: 'Hide other categories',
  settingsProfile: 'Indicator system',
  settingsProfileCustom: (n) => `Custom: ${n}`,
  settingsProfileFile: 'Load a custom indicator system (JSON file)',
  settingsProfileFileHint: "Your organisation's indicator system, same format as the built-in guangdong.json.",
  settingsProfileLoaded: (n) => `Loaded indicator system "${n}".`,
  settingsProfileRemove: 'Remove custom indicator system',
  settingsProfileUnreadable: (f) => `Could not read the file "${f}".`,
  settingsHighlight: 'Highlight problem cells in the sheet',
  settingsHighlightHint: 'Turning this off removes the marks and restores the original formatting.',
  settingsBaseline: "Compare with last year's self-evaluation",
  settingsBaselineNone: 'No comparison',
  settingsBaselineHint: "The sheet of this workbook that holds last year's self-evaluation (绩效自评表): targets at or below last year's results, and last year's indicators missing this year, are reported with the paired cells of both sheets.",
  errorTitle: 'Cannot check',
  retry: 'Retry',
  liveUpdated: (e, w) => `Re-checked: ${e} error(s), ${w} warning(s).`,
  entryLabel: (c, n, i) => `${c}${i ? ` item ${i}` : ''}${n ? ` “${n}”` : ''}`,
  entryCount: (n) => `${n} issue${n === 1 ? '' : 's'}`,
  infoFold: (n) => `Tips (${n}), not blocking: show`,
  infoUnfold: 'Hide tips',
  packedItem: (i) => (i ? `Item ${i} as written` : 'Cell as written'),
  cellText: 'Cell as written',
  placeholderNote: 'Inserted template rows are marked 【待填】: until you fill them in, each 【待填】 counts as an error and the form cannot be submitted.',
  resetConfirm: (n) => `Restore all ${n} ignored issues? Their reasons are cleared too.`,
  resetConfirmYes: 'Restore all',
  resetUndo: 'Undo',
  resetDone: (n) => `${n} issue(s) restored.`,
  settingsLang: 'Display language',
  settingsLangNote: 'Issue descriptions are in Chinese only for now.',
};

export const STRINGS: Record<Lang, Strings> = { zh, en };

export const LangContext = createContext<Lang>('zh');

export function useStrings(): Strings {
  return STRINGS[useContext(LangContext)];
}

export function useLang(): Lang {
  return useContext(LangContext);
}
