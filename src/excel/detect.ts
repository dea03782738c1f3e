// Which host should the pane use? Inside Excel: the Office.js adapter; in a plain browser tab (the
// standalone page): the file host. office-js-helpers normalises Office's host/platform reporting
// across old and new clients, so we ask it rather than parsing Office.context ourselves.

import { HostType, PlatformType, Utilities } from '@microsoft/office-js-helpers';

export interface ExcelEnvironment {
  inExcel: boolean;
  /** "PC" (Windows), "MAC", "OFFICE_ONLINE" (Excel on the web), "IOS", or null outside Office. */
  platform: string | null;
  /** True when the client supports the ExcelApi version the manifest asks for. */
  supported: boolean;
}

export const REQUIRED_EXCEL_API = '1.13';

/** Call after Office.onReady has resolved. Never throws: outside Office it reports inExcel=false. */
export function detectExcel(): ExcelEnvironment {
  try {
    const inExcel = typeof Office !== 'undefined' && Utilities.host === HostType.EXCEL;
    if (!inExcel) return { inExcel: false, platform: null, supported: false };
    const platform = Utilities.platform ?? null;
    const supported = Office.context.requirements.isSetSupported('ExcelApi', REQUIRED_EXCEL_API);
    return { inExcel, platform, supported };
  } catch {
    return { inExcel: false, platform: null, supported: false };
  }
}

export function isExcelOnTheWeb(env: ExcelEnvironment): boolean {
  return env.platform === PlatformType.OFFICE_ONLINE;
}
