// What the pane asks the planner for, and the rows a template stands for.

import { Level1, Level2 } from '../profiles';
import { TemplateItem } from './catalog';

export type TemplateRequest =
  | {
      kind: 'category';
      tableId: string;
      /** Profile keys ("output", "timeliness"); without level2Key the catalog's default 二级 is used. */
      level1Key: string;
      level2Key?: string;
      /** Template item ids to insert, in order; default: the category's first item. */
      items?: string[];
    }
  | {
      /** A whole indicator block for a table or project that has none. */
      kind: 'block';
      tableId: string;
    };

/** One 三级 row to insert, with its category. */
export interface TemplateRow {
  level1: Level1;
  level2: Level2;
  item: TemplateItem;
}

/** The fix data the completeness rules attach to a missing-category finding. */
export interface InsertTemplateFixData {
  tableId: string;
  level1Key?: string;
  level2Key?: string;
}

export const INSERT_TEMPLATE_FIX = 'insert-template';

/** A request from a finding's fix, or null when the fix is not a template insertion. */
export function requestFromFix(fix: { kind: string; data?: Record<string, unknown> } | undefined): TemplateRequest | null {
  if (!fix || fix.kind !== INSERT_TEMPLATE_FIX || !fix.data) return null;
  const { tableId, level1Key, level2Key, items } = fix.data as Partial<InsertTemplateFixData> & { items?: unknown };
  if (typeof tableId !== 'string') return null;
  if (typeof level1Key !== 'string') return { kind: 'block', tableId };
  return {
    kind: 'category',
    tableId,
    level1Key,
    ...(typeof level2Key === 'string' ? { level2Key } : {}),
    ...(Array.isArray(items) && items.every((i) => typeof i === 'string') ? { items: items as string[] } : {}),
  };
}

export class TemplateError extends Error {}
