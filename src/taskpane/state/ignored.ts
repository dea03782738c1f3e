// Ignored findings: remembered with the workbook (Host.saveState), keyed by sheet + rule + cell +
// a hash of the content of every cell the finding involves, so editing any of them brings it back.

import { z } from 'zod';
import { Grid } from '../../core/grid/grid';
import { parseA1 } from '../../core/grid/address';
import type { Finding } from '../../core/report';

export const IGNORED_STATE_KEY = 'perfcheck.ignored';

export const ignoredEntrySchema = z.object({
  key: z.string(),
  sheet: z.string(),
  rule: z.string(),
  cell: z.string(),
  hash: z.string(),
  reason: z.string(),
  /** The message when it was ignored, for the report sheet. */
  message: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  category: z.string(),
  at: z.string(),
});
export type IgnoredEntry = z.infer<typeof ignoredEntrySchema>;

const stateSchema = z.object({ version: z.literal(1), entries: z.array(ignoredEntrySchema) });

/** Keep the stored list bounded: stale entries (content changed) are dropped oldest first. */
export const MAX_IGNORED = 500;

/** 32-bit FNV-1a as 8 hex digits: small, stable across hosts, good enough to notice an edit. */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** Hash of what the user sees in every cell the finding involves (primary first, at most 200). */
export function contentHash(grid: Grid, finding: Finding): string {
  const cells = finding.cells.length ? finding.cells : [finding.cell];
  const parts: string[] = [];
  for (const address of cells.slice(0, 200)) {
    try {
      const { row, col } = parseA1(address);
      parts.push(`${address}=${grid.text(row, col)}=${grid.formula(row, col) ?? ''}`);
    } catch {
      parts.push(address);
    }
  }
  return fnv1a(parts.join('\u0001'));
}

export function ignoreKey(sheet: string, finding: Finding, hash: string): string {
  return `${sheet}|${finding.rule}|${finding.cell}|${hash}`;
}

export function parseIgnored(text: string | null): IgnoredEntry[] {
  if (!text) return [];
  try {
    const parsed = stateSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data.entries : [];
  } catch {
    return [];
  }
}

export function serializeIgnored(entries: readonly IgnoredEntry[]): string {
  return JSON.stringify({ version: 1, entries: entries.slice(-MAX_IGNORED) });
}

/** One user action on the ignored list, applied to whatever is stored now (see Host.updateState). */
export type IgnoredChange = { add: IgnoredEntry } | { remove: string } | { reset: true };

export function applyIgnoredChange(current: readonly IgnoredEntry[], change: IgnoredChange): IgnoredEntry[] {
  if ('reset' in change) return [];
  if ('remove' in change) return current.filter((e) => e.key !== change.remove);
  return [...current.filter((e) => e.key !== change.add.key), change.add].slice(-MAX_IGNORED);
}
