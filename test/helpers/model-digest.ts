// A model with every position stripped: what must not change when a user moves the form, swaps
// columns, inserts a blank row or types labels with other brackets.

// A formula's text is positional too: its references move with the cells ("=D4/C4" -> "=E6/D6").
const POSITIONAL = new Set(['cell', 'row', 'col', 'labelCell', 'headerRow', 'lastRow', 'columns', 'ownerCell', 'unitRow', 'tableId', 'id', 'titleCell', 'tasksHeaderRow', 'cells', 'label', 'header', 'formula']);

export function modelDigest(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(modelDigest);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (POSITIONAL.has(k)) continue;
      // Read issues and findings name cells in their messages ("第 23 行"); compare their codes only.
      if (k === 'issues' && Array.isArray(v)) {
        out[k] = v.map((i: { code: string }) => i.code).sort();
        continue;
      }
      out[k] = modelDigest(v);
    }
    return out;
  }
  return value;
}
