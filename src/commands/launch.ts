// How the ribbon tells the pane what to do on open.
//
// Both ribbon buttons are ShowTaskpane actions on the same task pane (same TaskpaneId): 打开校验助手
// opens taskpane.html, 一键校验 opens taskpane.html?action=check. The pane reads the action once on
// start-up, runs the full check and shows the verdict. Opening the pane at another address reloads
// it; the Excel host keeps its undo records outside the page (src/excel/edit-store.ts), so 撤销插入
// survives that. Why not ExecuteFunction: a function file
// runs in its own runtime and cannot open the pane (Office.addin.showAsTaskpane needs a shared
// runtime, i.e. VersionOverrides 1.1 + <Runtimes>, which the 2019 manifest schemas we validate
// against do not contain). A second ShowTaskpane URL validates against them and needs no runtime.

export type LaunchAction = 'check';

export const ACTION_PARAM = 'action';
export const LAUNCH_ACTIONS: readonly LaunchAction[] = ['check'];

/** The action in a page URL's query string, or null ("?action=check" -> "check"). */
export function parseLaunchAction(search: string): LaunchAction | null {
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const value = params.get(ACTION_PARAM);
  return value !== null && (LAUNCH_ACTIONS as readonly string[]).includes(value) ? (value as LaunchAction) : null;
}

/** The task pane URL for an action (used by tests to check the manifest agrees with the pane). */
export function launchUrl(base: string, action: LaunchAction | null): string {
  if (!action) return base;
  const url = new URL(base);
  url.searchParams.set(ACTION_PARAM, action);
  return url.toString();
}

/** How this page was loaded ("navigate", "reload", "back_forward"), or null where unknown. */
export function currentNavigationType(): string | null {
  try {
    const entry = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return entry?.type ?? null;
  } catch {
    return null;
  }
}

/**
 * Reads the action from the pane's own location. A reload of the page (F5, or Office reloading
 * the pane) keeps the address, so an action seen on a reload is not run again. The address is not
 * rewritten: Office.js sets history.replaceState and pushState to null in add-in pages, so the old
 * "remove ?action=check from the address" could not work there. Each press of 一键校验 is a new
 * navigation (its button opens the pane at its own address), which is how a press is told apart.
 */
export function consumeLaunchAction(loc: Pick<Location, 'search'> = window.location, navigationType: string | null = currentNavigationType()): LaunchAction | null {
  if (navigationType === 'reload' || navigationType === 'back_forward') return null;
  return parseLaunchAction(loc.search);
}
