// How the ribbon tells the pane what to do on open.
//
// Both ribbon buttons are ShowTaskpane actions on the same task pane (same TaskpaneId): 打开校验助手
// opens taskpane.html, 一键校验 opens taskpane.html?action=check. The pane reads the action once on
// start-up, runs the full check and shows the verdict. Why not ExecuteFunction: a function file
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

/**
 * Reads the action from the pane's own location and removes it from the address, so reloading the
 * pane (F5, or Office restoring it with the document) does not run the check again by itself.
 */
export function consumeLaunchAction(loc: Pick<Location, 'search' | 'href'> = window.location, hist: Pick<History, 'replaceState'> | null = window.history): LaunchAction | null {
  const action = parseLaunchAction(loc.search);
  if (action && hist) {
    const url = new URL(loc.href);
    url.searchParams.delete(ACTION_PARAM);
    try {
      hist.replaceState(null, '', url.toString());
    } catch {
      // Some hosts sandbox history; running the check twice on reload is harmless.
    }
  }
  return action;
}
