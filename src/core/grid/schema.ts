// The zod schema of GridData, for hosts or tests that validate a grid from outside. Runtime code
// imports the type from grid.ts, which does not load zod.

import { z } from 'zod';

export const scalarValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/** Serialisable sheet snapshot. `values[i][j]` is the cell at (origin.row + i, origin.col + j). */
export const gridDataSchema = z.object({
  name: z.string(),
  origin: z.object({ row: z.number().int().min(0), col: z.number().int().min(0) }).optional(),
  values: z.array(z.array(scalarValueSchema)),
  /** A1 address -> formula text ("=SUM(B2:B9)"), only where a formula exists. */
  formulas: z.record(z.string(), z.string()).optional(),
  /** A1 address -> number format, only where it is not "General". */
  numFmts: z.record(z.string(), z.string()).optional(),
  /** A1 address -> Excel error code ("#REF!"), for cells whose value is an error. */
  errors: z.record(z.string(), z.string()).optional(),
  /** Merged areas as A1 ranges ("A22:A53"). */
  merges: z.array(z.string()).optional(),
  /** True when the sheet is protected: the engine still reads it, hosts must not write to it. */
  protected: z.boolean().optional(),
});

export type GridData = z.infer<typeof gridDataSchema>;

