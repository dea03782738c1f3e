// Which host should the pane use? Inside Excel: the Office.js adapter; in a plain browser tab (the
// standalone page): the file host. Office.context.host and .platform answer directly on every
// client that has the ExcelApi set the manifest requires (1.13); office-js-helpers (55 KB, a
// workaround for older clients) is no longer loaded at start-up for this.

/** Office's platform names -> the names this module has always reported. */
const PLATFORMS: Record<string, string> = { PC: 'PC', Mac: 'MAC', OfficeOnline: 'OFFICE_ONLINE', iOS: 'IOS', Android: 'ANDROID', Universal: 'UNIVERSAL' };

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
    const context = typeof Office !== 'undefined' ? Office.context : undefined;
    const inExcel = String(context?.host ?? '').toLowerCase() === 'excel';
    if (!inExcel || !context) return { inExcel: false, platform: null, supported: false };
    const raw = context.platform ? String(context.platform) : null;
    const platform = raw ? PLATFORMS[raw] ?? raw.toUpperCase() : null;
    const supported = Office.context.requirements.isSetSupported('ExcelApi', REQUIRED_EXCEL_API);
    return { inExcel, platform, supported };
  } catch {
    return { inExcel: false, platform: null, supported: false };
  }
}

export function isExcelOnTheWeb(env: ExcelEnvironment): boolean {
  return env.platform === 'OFFICE_ONLINE';
}
