// Entry of commands.html, the add-in's function file (<FunctionFile> in manifest.xml).
//
// Neither ribbon button runs code here: 打开校验助手 and 一键校验 are both ShowTaskpane actions, and
// 一键校验 passes ?action=check to the pane (see launch.ts for why that beats ExecuteFunction without
// a shared runtime). The page is kept, as in Microsoft's add-in template, so that an ExecuteFunction
// command can be added later without touching the manifest's structure or the build; it only
// initialises Office.js. Keep it tiny: no React, no engine.

export { consumeLaunchAction, parseLaunchAction, launchUrl } from './launch';

if (typeof Office !== 'undefined') {
  void Office.onReady();
}
