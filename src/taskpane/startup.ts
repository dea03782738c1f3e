// What the Excel entry gives the pane on start-up: the template planner for fixes and the
// templates tab, and the ribbon's launch action (一键校验 opens taskpane.html?action=check; a
// reload of the page does not run it again, see consumeLaunchAction).

import { consumeLaunchAction } from '../commands/launch';
import type { PaneProps } from './components/Pane';
import { planFixWithTemplates } from './fix';

export function excelPaneProps(loc?: Pick<Location, 'search'>, navigationType?: string | null): Pick<PaneProps, 'planFix' | 'launchAction'> {
  return { planFix: planFixWithTemplates, launchAction: consumeLaunchAction(loc, navigationType) };
}
