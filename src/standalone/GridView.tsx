// A read-only view of one worksheet: merged cells, the workbook's own fills, our highlights, and
// the selected cell. Clicking a cell tells the file host, which tells the pane. Everything drawn
// comes from the bounded reader (the grid, and the fills, bold cells and widths of the view window),
// never from exceljs.

import { makeStyles, tokens } from '@fluentui/react-components';
import { memo, useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import { columnName, parseA1, toA1 } from '../core/grid/address';
import { Grid } from '../core/grid/grid';
import type { FileHost, HighlightKind } from '../host/file/FileHost';
import { VIEW_WINDOW } from '../host/file/view-window';

const MAX_ROWS = VIEW_WINDOW.rows;
const MAX_COLS = VIEW_WINDOW.cols;

const useStyles = makeStyles({
  scroller: { overflow: 'auto', position: 'absolute', top: 0, right: 0, bottom: 0, left: 0, backgroundColor: tokens.colorNeutralBackground1 },
  table: { borderCollapse: 'collapse', tableLayout: 'fixed', fontSize: '12px', fontFamily: tokens.fontFamilyBase },
  corner: { position: 'sticky', top: 0, left: 0, zIndex: 3, backgroundColor: tokens.colorNeutralBackground3, width: '40px', border: `1px solid ${tokens.colorNeutralStroke2}` },
  colHead: {
    position: 'sticky',
    top: 0,
    zIndex: 2,
    backgroundColor: tokens.colorNeutralBackground3,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
    padding: '2px',
  },
  rowHead: {
    position: 'sticky',
    left: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground3,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
    textAlign: 'center',
    padding: '2px',
  },
  cell: {
    border: '1px solid #d4d4d4',
    padding: '2px 4px',
    verticalAlign: 'top',
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    color: '#1f1f1f',
    cursor: 'cell',
    maxHeight: '120px',
  },
  number: { textAlign: 'right' },
  clip: { maxHeight: '6.2em', overflow: 'hidden' },
  error: { backgroundColor: '#FFC7CE', boxShadow: 'inset 0 0 0 1px #c50f1f' },
  warning: { backgroundColor: '#FFEB9C', boxShadow: 'inset 0 0 0 1px #bc4b09' },
  info: { backgroundColor: '#DDEBF7', boxShadow: 'inset 0 0 0 1px #0f6cbd' },
  related: { backgroundColor: '#EDEBE9', boxShadow: 'inset 0 0 0 1px #8a8886' },
  selected: { outline: '2px solid #107c41', outlineOffset: '-2px' },
  truncated: { padding: '8px', color: tokens.colorNeutralForeground2 },
});

interface SheetModel {
  grid: Grid;
  rows: number;
  cols: number;
  widths: number[];
  /** top-left address -> [rowSpan, colSpan]; covered cells are skipped. */
  spans: Map<string, [number, number]>;
  /** covered address -> the top-left cell of its merged area. */
  covered: Map<string, string>;
  fills: Map<string, string>;
  bold: Set<string>;
}

export function buildModel(host: Pick<FileHost, 'sheetView'>, sheet: string): SheetModel {
  const { grid: data, view } = host.sheetView(sheet);
  const grid = new Grid(data);
  // A cell holding only an error (#DIV/0!) has no value: it can sit past the values' last row or column.
  let rowCount = grid.rowCount;
  let colCount = grid.colCount;
  for (const a of Object.keys(data.errors ?? {})) {
    const p = parseA1(a);
    rowCount = Math.max(rowCount, p.row + 1);
    colCount = Math.max(colCount, p.col + 1);
  }
  const rows = Math.min(Math.max(rowCount, 1), MAX_ROWS);
  const cols = Math.min(Math.max(colCount, 1), MAX_COLS);
  const widths: number[] = [];
  for (let c = 0; c < cols; c++) {
    const w = view.widths[c];
    widths.push(Math.round(Math.min(Math.max((w ?? 9) * 7 + 6, 36), 360)));
  }
  const spans = new Map<string, [number, number]>();
  const covered = new Map<string, string>();
  for (const m of grid.merges) {
    if (m.top >= rows || m.left >= cols) continue;
    spans.set(toA1(m.top, m.left), [Math.min(m.bottom, rows - 1) - m.top + 1, Math.min(m.right, cols - 1) - m.left + 1]);
    for (let r = m.top; r <= Math.min(m.bottom, rows - 1); r++) for (let c = m.left; c <= Math.min(m.right, cols - 1); c++) if (r !== m.top || c !== m.left) covered.set(toA1(r, c), toA1(m.top, m.left));
  }
  const fills = new Map<string, string>(Object.entries(view.fills));
  const bold = new Set<string>(view.bold);
  return { grid, rows, cols, widths, spans, covered, fills, bold };
}

export interface GridViewProps {
  host: FileHost;
  /** Bumped by the page when the workbook changes (edits, undo). */
  label: string;
}

export function GridView({ host, label }: GridViewProps) {
  const styles = useStyles();
  const view = useSyncExternalStore(
    (cb) => host.subscribeView(cb),
    () => host.viewState(),
  );
  const scroller = useRef<HTMLDivElement>(null);
  // Rebuilt when the sheet or the workbook's content (edit, undo) changes; highlights and the
  // selection are cheap props of the memoised table.
  const model = useMemo(() => buildModel(host, view.sheet), [host, view.sheet, view.editCount]);

  useEffect(() => {
    if (!view.selection || !scroller.current) return;
    const box = scroller.current;
    const el = box.querySelector<HTMLElement>(`td[data-address="${view.selection}"]`);
    if (!el) return;
    // Scroll only the grid (scrollIntoView would scroll the page and the pane too).
    const b = box.getBoundingClientRect();
    const r = el.getBoundingClientRect();
    const headerH = 24;
    const rowHeadW = 40;
    if (r.top < b.top + headerH || r.bottom > b.bottom) box.scrollTop += r.top - b.top - headerH - Math.max(0, (b.height - headerH - r.height) / 2);
    if (r.left < b.left + rowHeadW || r.right > b.right) box.scrollLeft += r.left - b.left - rowHeadW - Math.max(0, (b.width - rowHeadW - r.width) / 2);
    // Keyboard users move with the arrows: the focus follows the selection.
    if (box.contains(document.activeElement) && document.activeElement !== el) el.focus({ preventScroll: true });
  }, [view.selection, view.sheet]);

  return (
    <div ref={scroller} className={styles.scroller} data-testid="grid-view" data-sheet={view.sheet} data-selection={view.selection ?? ''}>
      <Table model={model} highlights={view.highlights} selection={view.selection} label={label} onSelect={(a) => host.userSelect(a)} onMove={(a) => host.userSelect(a)} />
      {model.grid.rowCount > MAX_ROWS || model.grid.colCount > MAX_COLS ? <p className={styles.truncated}>仅显示前 {MAX_ROWS} 行、{MAX_COLS} 列（校验覆盖整张表）。</p> : null}
    </div>
  );
}

interface TableProps {
  model: SheetModel;
  highlights: ReadonlyMap<string, HighlightKind>;
  selection: string | null;
  label: string;
  onSelect(address: string): void;
  /** Arrow keys: the selection moves to the neighbouring cell (merged areas count as one). */
  onMove(address: string): void;
}

/** The cell an arrow key leads to from `from`, skipping over the rest of a merged area. */
export function neighbour(model: Pick<SheetModel, 'rows' | 'cols' | 'spans' | 'covered'>, from: string, key: string): string | null {
  const { row, col } = parseA1(from);
  const [rs, cs] = model.spans.get(from) ?? [1, 1];
  let r = row;
  let c = col;
  if (key === 'ArrowDown') r = row + rs;
  else if (key === 'ArrowUp') r = row - 1;
  else if (key === 'ArrowRight') c = col + cs;
  else if (key === 'ArrowLeft') c = col - 1;
  else return null;
  if (r < 0 || c < 0 || r >= model.rows || c >= model.cols) return null;
  const a = toA1(r, c);
  return model.covered.get(a) ?? a;
}

const Table = memo(function Table({ model, highlights, selection, label, onSelect, onMove }: TableProps) {
  const styles = useStyles();
  const { grid, rows, cols, widths, spans, covered, fills, bold } = model;
  // Roving tab stop: the selected cell (else A1) is the grid's one place in the tab order.
  const tabStop = selection && !covered.has(selection) ? selection : 'A1';
  const body: React.ReactNode[] = [];
  for (let r = 0; r < rows; r++) {
    const tds: React.ReactNode[] = [
      <th key="h" scope="row" className={styles.rowHead}>
        {r + 1}
      </th>,
    ];
    for (let c = 0; c < cols; c++) {
      const a = toA1(r, c);
      if (covered.has(a)) continue;
      const span = spans.get(a);
      const sev = highlights.get(a);
      const text = grid.text(r, c);
      const isNumber = typeof grid.value(r, c) === 'number';
      const cls = [styles.cell, isNumber ? styles.number : '', sev ? styles[sev] : '', selection === a ? styles.selected : ''].filter(Boolean).join(' ');
      tds.push(
        <td
          key={a}
          data-address={a}
          data-highlight={sev ?? undefined}
          rowSpan={span?.[0]}
          colSpan={span?.[1]}
          className={cls}
          style={{ backgroundColor: sev ? undefined : fills.get(a), fontWeight: bold.has(a) ? 600 : undefined }}
          aria-selected={selection === a ? true : undefined}
          tabIndex={a === tabStop ? 0 : -1}
          onClick={() => onSelect(a)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' || e.key === ' ') {
              e.preventDefault();
              onSelect(a);
              return;
            }
            const next = neighbour(model, a, e.key);
            if (next) {
              e.preventDefault();
              onMove(next);
            }
          }}
        >
          {text.length > 60 ? (
            <div className={styles.clip} title={text}>
              {text}
            </div>
          ) : (
            text
          )}
        </td>,
      );
    }
    body.push(<tr key={r}>{tds}</tr>);
  }
  return (
    <table className={styles.table} style={{ width: 40 + widths.reduce((a, b) => a + b, 0) }} aria-label={label} aria-readonly="true">
      <colgroup>
        <col style={{ width: 40 }} />
        {widths.map((w, i) => (
          <col key={i} style={{ width: w }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          <th className={styles.corner} aria-hidden />
          {widths.map((_, c) => (
            <th key={c} scope="col" className={styles.colHead}>
              {columnName(c)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{body}</tbody>
    </table>
  );
});
