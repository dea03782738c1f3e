// The part of a sheet the web page's grid view draws. The bounded reader collects the view's
// formatting (fills, bold, widths) for this window only, so a sheet of a million formatted rows
// costs the view nothing; the check always covers the whole sheet.

import type { ViewWindow } from '../../io/xlsx-read';

export const VIEW_WINDOW: ViewWindow = { rows: 3000, cols: 60 };
