// Strings of the standalone page around the pane (the pane's own are in taskpane/i18n.ts).

import type { Lang } from '../taskpane/i18n';

export const PAGE_STRINGS: Record<Lang, {
  title: string;
  open: string;
  sample: string;
  download: string;
  loading: string;
  dropHint: string;
  sheetArea: string;
  sheets: string;
  gridLabel: (sheet: string) => string;
  notXlsx: (name: string) => string;
  rejected: (name: string, message: string) => string;
  sampleFailed: (name: string) => string;
  loadFailed: string;
}> = {
  zh: {
    title: '绩效目标校验助手 · 网页版',
    open: '打开 .xlsx 文件',
    sample: '示例表单',
    download: '下载标注后的工作簿',
    loading: '正在打开工作簿…',
    dropHint: '把 .xlsx 文件拖到这里，或点击“打开 .xlsx 文件”，或选择一个示例表单。文件只在本机浏览器中处理，不会上传。',
    sheetArea: '工作表（只读）',
    sheets: '工作表',
    gridLabel: (s) => `工作表“${s}”（只读）`,
    notXlsx: () => '它不是 .xlsx 文件。请在 Excel 或 WPS 中另存为 .xlsx 后再打开。',
    sampleFailed: (n) => `无法加载示例“${n}”。`,
    rejected: (n, m) => `未能打开“${n}”：${m}${/[。.]$/.test(m) ? '' : '。'}之前打开的文件已关闭，请重新选择文件。`,
    loadFailed: '无法加载校验组件，请刷新页面重试。',
  },
  en: {
    title: 'PerfCheck · web',
    open: 'Open .xlsx file',
    sample: 'Sample forms',
    download: 'Download annotated workbook',
    loading: 'Opening the workbook…',
    dropHint: 'Drop an .xlsx file here, click "Open .xlsx file", or choose a sample form. Files stay in your browser; nothing is uploaded.',
    sheetArea: 'Sheet (read-only)',
    sheets: 'Sheets',
    gridLabel: (s) => `Sheet "${s}" (read-only)`,
    notXlsx: () => 'it is not an .xlsx file. Save it as .xlsx in Excel or WPS first.',
    sampleFailed: (n) => `Could not load the sample "${n}".`,
    rejected: (n, m) => `Could not open "${n}": ${m}${/[。.]$/.test(m) ? '' : '.'} The file opened before has been closed; please choose a file again.`,
    loadFailed: 'Could not load the checker; reload the page.',
  },
};
