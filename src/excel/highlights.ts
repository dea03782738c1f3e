// Showing findings on the sheet with conditional formats, never with cell fills.
//
// Why conditional formats: they live beside the user's formatting instead of overwriting it, so
// deleting ours restores the sheet exactly, with nothing to remember and nothing lost if the pane
// is closed or reloaded in between. Each of our rules carries a tag inside its formula
// (=LEN("PerfCheck:error")>0, always TRUE), which is how we later find ours and only ours.
//
// Round trips: paint = 2 syncs (1: protection + existing conditional formats; 2: delete our old
// rules and add the new ones), clear = 3 (every sheet: see clearAllIn), however many findings there are. Cells are grouped
// by severity into a few multi-area rules (RangeAreas, ExcelApi 1.9) rather than one rule per cell,
// which keeps Excel's rule manager readable for the user.

import type { Finding, Severity } from '../core/report';
import { parseArea, MAX_COLS, MAX_ROWS } from './a1';
import { rangeToA1 } from '../core/grid/address';
import { errors, toHostError } from './messages';

export const HIGHLIGHT_TAG = 'PerfCheck';

export type HighlightKind = Severity | 'related';

/** Fill colours: Excel's own light red / yellow / blue, and a pale grey for cells a finding involves. */
export const HIGHLIGHT_COLORS: Record<HighlightKind, string> = {
  error: '#FFC7CE',
  warning: '#FFEB9C',
  info: '#DDEBF7',
  related: '#EDEDED',
};

const KIND_ORDER: HighlightKind[] = ['error', 'warning', 'info', 'related'];

export function highlightFormula(kind: HighlightKind): string {
  return `=LEN("${HIGHLIGHT_TAG}:${kind}")>0`;
}

export function isOurFormula(formula: string | null | undefined): boolean {
  return typeof formula === 'string' && formula.includes(`"${HIGHLIGHT_TAG}:`);
}

/** Longest multi-area address handed to one getRanges call; keeps each rule's reference modest. */
export const MAX_AREA_ADDRESS_CHARS = 1_000;

/** Which cells get which colour: each cell once, at the most severe kind that mentions it. */
export function planHighlights(findings: readonly Finding[]): Map<HighlightKind, string[]> {
  const rank = new Map<string, number>();
  const put = (address: string, kind: HighlightKind) => {
    const area = parseArea(address);
    if (!area || area.bottom >= MAX_ROWS || area.right >= MAX_COLS) return;
    const key = rangeToA1(area);
    const r = KIND_ORDER.indexOf(kind);
    const prev = rank.get(key);
    if (prev === undefined || r < prev) rank.set(key, r);
  };
  for (const f of findings) {
    put(f.cell, f.severity);
    for (const c of f.cells) if (c !== f.cell) put(c, 'related');
  }
  const plan = new Map<HighlightKind, string[]>();
  for (const [address, r] of rank) {
    const kind = KIND_ORDER[r];
    const list = plan.get(kind) ?? [];
    list.push(address);
    plan.set(kind, list);
  }
  return plan;
}

/** Groups addresses into comma-separated chunks no longer than maxChars. */
export function chunkAddresses(addresses: readonly string[], maxChars = MAX_AREA_ADDRESS_CHARS): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const a of addresses) {
    if (current && current.length + 1 + a.length > maxChars) {
      chunks.push(current);
      current = '';
    }
    current = current ? `${current},${a}` : a;
  }
  if (current) chunks.push(current);
  return chunks;
}

interface Existing {
  ws: Excel.Worksheet;
  ours: Excel.ConditionalFormat[];
}

/** Sync 1 of paint and clear: protection and our existing rules. */
async function loadExisting(ctx: Excel.RequestContext, sheet: string): Promise<Existing> {
  const ws = ctx.workbook.worksheets.getItem(sheet);
  ws.protection.load('protected');
  const formats = ws.getRange().conditionalFormats;
  formats.load('items/type,items/customOrNullObject/rule/formula');
  try {
    await ctx.sync();
  } catch (e) {
    throw toHostError(e, 'write', sheet);
  }
  const ours = formats.items.filter((cf) => cf.type === 'Custom' && !cf.customOrNullObject.isNullObject && isOurFormula(cf.customOrNullObject.rule.formula));
  return { ws, ours };
}

export async function paintIn(ctx: Excel.RequestContext, sheet: string, findings: readonly Finding[]): Promise<{ rules: number }> {
  const { ws, ours } = await loadExisting(ctx, sheet);
  const plan = planHighlights(findings);
  if (ws.protection.protected) {
    if (plan.size === 0 && ours.length === 0) return { rules: 0 };
    throw errors.protectedNoHighlight(sheet);
  }
  for (const cf of ours) cf.delete();
  let rules = 0;
  // Add the least severe first: a newly added rule goes to the top of Excel's priority list, so the
  // most severe colour ends up on top where kinds overlap (they never do for one cell, but merged
  // areas can make two cells share a screen area).
  for (const kind of [...KIND_ORDER].reverse()) {
    const addresses = plan.get(kind);
    if (!addresses) continue;
    for (const chunk of chunkAddresses(addresses)) {
      const areas = ws.getRanges(chunk);
      const cf = areas.conditionalFormats.add('Custom');
      cf.custom.rule.formula = highlightFormula(kind);
      cf.custom.format.fill.color = HIGHLIGHT_COLORS[kind];
      // Our marks must win over the user's own conditional fills while they are shown.
      cf.priority = 0;
      rules++;
    }
  }
  try {
    await ctx.sync();
  } catch (e) {
    throw toHostError(e, 'write', sheet);
  }
  return { rules };
}

/**
 * 清除标注 for the whole workbook: our tagged rules can be anywhere, not only on the sheet last
 * painted: copyFrom(…, 'Formats') copies them into inserted rows, copying or moving a sheet takes
 * them along, and another window may have painted too. 3 syncs: the sheets, their rules, the deletes.
 * A rule another instance deleted in between makes the delete sync fail: then everything is read
 * again and the rest deleted (a few attempts), so clearing never fails on a rule already gone.
 * Protected sheets are left alone; the one asked for is reported if it still carries marks.
 */
export async function clearAllIn(ctx: Excel.RequestContext, sheet: string, attempts = 3): Promise<{ removed: number }> {
  let removed = 0;
  for (let attempt = 1; ; attempt++) {
    const sheets = ctx.workbook.worksheets;
    sheets.load('items/name,items/protection/protected');
    try {
      await ctx.sync();
    } catch (e) {
      throw toHostError(e, 'write', sheet);
    }
    const lists = sheets.items.map((ws) => {
      const formats = ws.getRange().conditionalFormats;
      formats.load('items/type,items/customOrNullObject/rule/formula');
      return { ws, formats };
    });
    try {
      await ctx.sync();
    } catch (e) {
      throw toHostError(e, 'write', sheet);
    }
    let queued = 0;
    let blocked = false;
    for (const { ws, formats } of lists) {
      const ours = formats.items.filter((cf) => cf.type === 'Custom' && !cf.customOrNullObject.isNullObject && isOurFormula(cf.customOrNullObject.rule.formula));
      if (!ours.length) continue;
      if (ws.protection.protected) {
        if (ws.name.toLowerCase() === sheet.toLowerCase()) blocked = true;
        continue;
      }
      for (const cf of ours) cf.delete();
      queued += ours.length;
    }
    if (queued) {
      try {
        await ctx.sync();
        removed += queued;
      } catch (e) {
        if (attempt < attempts) continue; // some were gone already: look again
        throw toHostError(e, 'write', sheet);
      }
    }
    if (blocked) throw errors.protectedNoHighlight(sheet);
    return { removed };
  }
}
