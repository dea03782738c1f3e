// Every user-facing failure of the Excel host, Chinese first, English second. The pane shows
// messageZh (or messageEn for an English UI); nothing here leaks a stack trace or an API name.

import { HostError } from '../host/types';
import type { GridData } from '../core/grid/grid';

export const REPORT_SHEET_NAME = '校验报告';

export const errors = {
  emptySheet: (sheet: string) =>
    new HostError('empty-sheet', `工作表“${sheet}”是空的，没有可校验的内容。请切换到填写了绩效目标表的工作表。`, `Sheet "${sheet}" is empty: there is nothing to check. Switch to the sheet that holds the form.`),
  sheetNotFound: (sheet: string) =>
    new HostError('read-failed', `找不到工作表“${sheet}”，它可能已被重命名或删除。`, `Sheet "${sheet}" was not found; it may have been renamed or deleted.`),
  tooLarge: (sheet: string, cells: number, max: number) =>
    new HostError(
      'too-large',
      `工作表“${sheet}”的已用区域有 ${cells.toLocaleString('zh-CN')} 个单元格，超过上限 ${max.toLocaleString('zh-CN')}。请删除表格下方或右侧多余的内容后再校验。`,
      `The used range of sheet "${sheet}" has ${cells.toLocaleString('en-US')} cells, more than the limit of ${max.toLocaleString('en-US')}. Delete stray content below or to the right of the form and check again.`,
    ),
  sliceTooLarge: (sheet: string, row: number) =>
    new HostError('too-large', `工作表“${sheet}”第 ${row} 行的内容过大，Excel 无法一次传给加载项。`, `Row ${row} of sheet "${sheet}" holds more data than Excel can hand to the add-in at once.`),
  protectedNoHighlight: (sheet: string) =>
    new HostError(
      'protected',
      `工作表“${sheet}”受保护：可以校验，但无法在表格上标注问题或插入行。如需标注，请在“审阅”选项卡中点击“撤消工作表保护”。`,
      `Sheet "${sheet}" is protected: it can be checked, but findings cannot be marked on it and rows cannot be inserted. Unprotect it (Review > Unprotect Sheet) to see the marks.`,
    ),
  cellEditMode: () =>
    new HostError('cell-edit', 'Excel 正处于单元格编辑状态。请先按 Enter 或 Esc 结束编辑，再重试。', 'Excel is editing a cell. Press Enter or Esc to finish editing, then try again.'),
  readFailed: (detail: string) =>
    new HostError('read-failed', `读取工作表失败：${detail}`, `Reading the sheet failed: ${detail}`),
  writeFailed: (detail: string) =>
    new HostError('write-failed', `写入工作表失败：${detail}`, `Writing to the sheet failed: ${detail}`),
  undoUnknown: () =>
    new HostError('write-failed', '这次修改已无法撤销（已撤销过，或加载项已重新打开）。可使用 Excel 的“撤消”或手动删除插入的行。', 'This edit can no longer be undone here (it was undone already, or the add-in was reopened). Use Excel\'s Undo or delete the inserted rows by hand.'),
  undoChanged: (rows: string) =>
    new HostError(
      'write-failed',
      `插入的第 ${rows} 行在插入后已被改动，为避免误删，未自动撤销。请检查后手动删除这些行。`,
      `Rows ${rows} were changed after they were inserted; to avoid deleting your work they were not removed. Check them and delete them by hand.`,
    ),
  hiddenCell: (address: string) =>
    new HostError(
      'read-failed',
      `单元格 ${address} 位于隐藏或被筛选掉的行（列）中，已选中但看不到。请取消隐藏或清除筛选后查看。`,
      `Cell ${address} is in a hidden or filtered-out row (or column): it is selected but not visible. Unhide it or clear the filter to see it.`,
    ),
  planStale: (sheet: string) =>
    new HostError(
      'write-failed',
      `预览之后，工作表“${sheet}”已切换或其中的行已改动，本次插入已取消，表格未作任何修改。请重新校验后再插入。`,
      `Since the preview, the active sheet changed or rows of "${sheet}" moved; nothing was inserted and the sheet is unchanged. Check again, then insert.`,
    ),
  editRolledBack: (cause: HostError) =>
    withCode(new HostError('write-failed', `${cause.messageZh}。已撤回本次插入的全部改动，表格保持原样。`, `${cause.messageEn}. Every change of this insert was taken back; the sheet is as it was.`), officeCodeOf(cause)),
  rollbackFailed: (sheet: string, cause: HostError) =>
    new HostError(
      'write-failed',
      `${cause.messageZh}。插入中途失败，且未能自动还原工作表“${sheet}”：请使用 Excel 的“撤消”，或检查新插入的行后手动删除。`,
      `${cause.messageEn}. The insert failed part-way and sheet "${sheet}" could not be restored automatically: use Excel's Undo, or check the new rows and delete them by hand.`,
    ),
  reportBlocked: () =>
    new HostError('write-failed', `无法新建“${REPORT_SHEET_NAME}”工作表：工作簿结构可能受保护。`, `Could not create the "${REPORT_SHEET_NAME}" sheet: the workbook structure may be protected.`),
  stateSaveFailed: (detail: string) =>
    new HostError('write-failed', `保存设置失败：${detail}`, `Saving settings failed: ${detail}`),
  notInExcel: () =>
    new HostError('not-supported', '当前不在 Excel 中运行，无法使用 Excel 功能。', 'Not running inside Excel: Excel features are unavailable.'),
};

/**
 * A notice for sheets that contain Excel error values (#REF!, #DIV/0! ...): the check still runs,
 * but amounts in those cells cannot be verified, and the user should know why before reading the
 * findings. Returns null when there are none.
 */
export function errorValuesNotice(data: GridData): { zh: string; en: string } | null {
  const entries = Object.entries(data.errors ?? {});
  if (entries.length === 0) return null;
  const shown = entries.slice(0, 5).map(([a, e]) => `${a}（${e}）`);
  const shownEn = entries.slice(0, 5).map(([a, e]) => `${a} (${e})`);
  const more = entries.length > 5 ? ` 等` : '';
  const moreEn = entries.length > 5 ? ', …' : '';
  return {
    zh: `工作表中有 ${entries.length} 个错误值：${shown.join('、')}${more}。这些单元格的数值无法校验，请先修正公式。`,
    en: `The sheet has ${entries.length} error value${entries.length === 1 ? '' : 's'}: ${shownEn.join(', ')}${moreEn}. Amounts in those cells cannot be checked; fix the formulas first.`,
  };
}

/** Said after reading a sheet with hidden or filtered-out rows in its used range. */
export function hiddenRowsNotice(sheet: string): { zh: string; en: string } {
  return {
    zh: `工作表“${sheet}”中有隐藏或被筛选掉的行，这些行同样参与了校验；定位到其中的问题时，请先取消隐藏或清除筛选。`,
    en: `Sheet "${sheet}" has hidden or filtered-out rows; they were checked too. To see findings in them, unhide the rows or clear the filter.`,
  };
}

/** Office.js error codes we translate; anything else becomes a generic read/write failure. */
interface OfficeLikeError {
  code?: string;
  message?: string;
}

export function isPayloadTooLarge(e: unknown): boolean {
  const code = (e as OfficeLikeError | null)?.code;
  return code === 'ResponsePayloadSizeLimitExceeded' || code === 'RequestPayloadSizeLimitExceeded' || code === 'PayloadTooLarge';
}

/** The Office.js error code behind a HostError (kept for the host's own retries, never shown). */
export function officeCodeOf(e: unknown): string | undefined {
  return (e as { officeCode?: string } | null)?.officeCode;
}

function withCode(h: HostError, code: string | undefined): HostError {
  if (code) Object.defineProperty(h, 'officeCode', { value: code, enumerable: false });
  return h;
}

/** Turns whatever Office.js threw into a HostError with a message users can act on. */
export function toHostError(e: unknown, kind: 'read' | 'write', sheet?: string): HostError {
  if (e instanceof HostError) return e;
  const err = (e ?? {}) as OfficeLikeError;
  return withCode(translate(err, e, kind, sheet), err.code);
}

function translate(err: OfficeLikeError, e: unknown, kind: 'read' | 'write', sheet?: string): HostError {
  switch (err.code) {
    case 'InvalidOperationInCellEditMode':
      return errors.cellEditMode();
    case 'ItemNotFound':
      return sheet ? errors.sheetNotFound(sheet) : errors.readFailed(err.message ?? err.code);
    case 'AccessDenied':
      if (sheet) return errors.protectedNoHighlight(sheet);
      break;
  }
  const detail = err.message || err.code || String(e);
  return kind === 'read' ? errors.readFailed(detail) : errors.writeFailed(detail);
}
