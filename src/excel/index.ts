// Public surface of the Excel adapter for the pane.

export { ExcelHost, STATE_PREFIX } from './host';
export type { ExcelHostOptions } from './host';
export { detectExcel, isExcelOnTheWeb, REQUIRED_EXCEL_API } from './detect';
export type { ExcelEnvironment } from './detect';
export { errorValuesNotice, REPORT_SHEET_NAME } from './messages';
export { DEFAULT_READ_OPTIONS, expectedReadSyncs } from './read';
export { HIGHLIGHT_COLORS } from './highlights';
