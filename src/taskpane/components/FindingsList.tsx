// Findings grouped by indicator (one entry per indicator, its reasons inside, entries with errors
// first, tips folded with their count): a toolbar with previous/next and the filter, then the list. Arrow keys move through the list and select
// the cell; the selected finding opens to show why, the suggestion and its actions.

import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ArrowDown20Regular, ArrowUp20Regular, Dismiss16Regular, ErrorCircle16Filled, Info16Filled, Warning16Filled } from '@fluentui/react-icons';
import { KeyboardEvent, useEffect, useRef, useState } from 'react';
import type { Category, Finding, Severity } from '../../core/report';
import { useStrings } from '../i18n';
import type { FindingView, IndicatorGroup } from '../indicators';
import type { ViewFinding } from '../model';

const useStyles = makeStyles({
  toolbar: { display: 'flex', alignItems: 'center', gap: '4px', flexWrap: 'wrap', marginBottom: '4px' },
  position: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, marginRight: 'auto' },
  list: { margin: 0, padding: 0, listStyleType: 'none' },
  categoryHeading: {
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    margin: '10px 0 2px',
    paddingBottom: '2px',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  entry: { marginTop: '6px', paddingBottom: '2px', borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  entryHeading: { display: 'flex', alignItems: 'flex-start', gap: '6px', margin: '0', padding: '4px 6px 0', fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  entryName: { flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' },
  entryCount: { flexShrink: 0, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2 },
  fold: { marginTop: '8px' },
  items: { margin: 0, padding: 0, listStyleType: 'none' },
  item: { borderRadius: tokens.borderRadiusMedium, marginBottom: '2px' },
  itemSelected: { backgroundColor: tokens.colorNeutralBackground1Selected, outline: `1px solid ${tokens.colorNeutralStroke1}` },
  row: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: '6px',
    width: '100%',
    textAlign: 'left',
    padding: '6px',
    border: 'none',
    background: 'transparent',
    color: tokens.colorNeutralForeground1,
    font: 'inherit',
    fontSize: tokens.fontSizeBase300,
    cursor: 'pointer',
    borderRadius: tokens.borderRadiusMedium,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  icon: { flexShrink: 0, marginTop: '2px' },
  error: { color: tokens.colorStatusDangerForeground1 },
  warning: { color: tokens.colorStatusWarningForeground3 },
  info: { color: tokens.colorBrandForeground1 },
  cell: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, flexShrink: 0, marginTop: '1px', minWidth: '2.5em' },
  message: { overflowWrap: 'anywhere', minWidth: 0 },
  messageClamp: { display: '-webkit-box', WebkitLineClamp: 3, WebkitBoxOrient: 'vertical', overflow: 'hidden' },
  empty: { padding: '12px 4px', color: tokens.colorNeutralForeground2 },
});

export const SEVERITY_ICON: Record<Severity, typeof ErrorCircle16Filled> = { error: ErrorCircle16Filled, warning: Warning16Filled, info: Info16Filled };

export function SeverityIcon({ severity }: { severity: Severity }) {
  const styles = useStyles();
  const Icon = SEVERITY_ICON[severity];
  return <Icon className={mergeClasses(styles.icon, styles[severity])} aria-hidden />;
}

export interface FindingsListProps {
  groups: FindingView;
  visible: ViewFinding[];
  selectedId: string | null;
  filter: Category | null;
  onFilter(category: Category | null): void;
  onSelect(id: string): void;
  onNext(): void;
  onPrevious(): void;
  /** Rendered under the selected finding: why, suggestion, actions (and the packed item in full). */
  renderDetails(item: ViewFinding, entry: IndicatorGroup): React.ReactNode;
}

export function FindingsList(props: FindingsListProps) {
  const { groups, visible, selectedId, filter, onFilter, onSelect, onNext, onPrevious, renderDetails } = props;
  const t = useStrings();
  const styles = useStyles();
  const listRef = useRef<HTMLDivElement>(null);
  const index = visible.findIndex((v) => v.id === selectedId);
  const [infoOpen, setInfoOpen] = useState(false);
  // A tip selected from the sheet or by next/previous unfolds the tips.
  const selectedIsInfo = index >= 0 && visible[index].finding.severity === 'info';
  const showInfo = infoOpen || selectedIsInfo;
  const firstShown = groups.groups[0]?.items[0]?.id ?? (showInfo ? groups.info[0]?.items[0]?.id : undefined);

  // Keep the selected finding in view when it changes (next/previous, live updates).
  useEffect(() => {
    if (!selectedId || !listRef.current) return;
    const el = listRef.current.querySelector<HTMLElement>(`[data-finding-id="${cssEscape(selectedId)}"]`);
    el?.scrollIntoView?.({ block: 'nearest' });
    // Focus was on something that went away (an ignored finding, a closed dialog): keep it in the list.
    if (el && (document.activeElement === document.body || document.activeElement === null)) el.focus({ preventScroll: true });
  }, [selectedId]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(e.key)) return;
    const target = e.target as HTMLElement;
    if (!target.matches('button[data-finding-id]')) return;
    const buttons = Array.from(listRef.current?.querySelectorAll<HTMLButtonElement>('button[data-finding-id]') ?? []);
    const i = buttons.indexOf(target as HTMLButtonElement);
    let j = i;
    if (e.key === 'ArrowDown') j = Math.min(buttons.length - 1, i + 1);
    if (e.key === 'ArrowUp') j = Math.max(0, i - 1);
    if (e.key === 'Home') j = 0;
    if (e.key === 'End') j = buttons.length - 1;
    e.preventDefault();
    if (j !== i && buttons[j]) {
      buttons[j].focus();
      onSelect(buttons[j].dataset.findingId!);
    }
  };

  const entry = (g: IndicatorGroup) => (
    <section key={g.key} className={styles.entry} aria-label={`${t.entryLabel(g.cell, g.name, g.item)}，${t.entryCount(g.items.length)}`} data-testid="indicator-group" data-key={g.key} data-cell={g.cell} data-severity={g.severity} data-count={g.items.length}>
      <h3 className={styles.entryHeading}>
        <SeverityIcon severity={g.severity} />
        <span className={styles.entryName}>{t.entryLabel(g.cell, g.name, g.item)}</span>
        <span className={styles.entryCount}>{t.entryCount(g.items.length)}</span>
      </h3>
      <ul className={styles.items}>
        {g.items.map((item) => (
          <FindingRow key={item.id} item={item} entry={g} selected={item.id === selectedId} tabbable={index >= 0 ? item.id === selectedId : item.id === firstShown} onSelect={onSelect} renderDetails={renderDetails} />
        ))}
      </ul>
    </section>
  );

  return (
    <div>
      <div className={styles.toolbar} role="toolbar" aria-label={t.findingsList}>
        <span className={styles.position} aria-live="polite" data-testid="position">
          {t.position(index >= 0 ? index + 1 : 0, visible.length)}
        </span>
        {filter ? (
          <Button size="small" appearance="subtle" icon={<Dismiss16Regular />} iconPosition="after" onClick={() => onFilter(null)} data-testid="clear-filter">
            {t.filterBy(t.category[filter])}
          </Button>
        ) : null}
        <Button size="small" icon={<ArrowUp20Regular />} aria-label={t.previous} title={t.previous} onClick={onPrevious} disabled={!visible.length} data-testid="previous" />
        <Button size="small" icon={<ArrowDown20Regular />} aria-label={t.next} title={t.next} onClick={onNext} disabled={!visible.length} data-testid="next" />
      </div>

      {!visible.length ? (
        <p className={styles.empty} data-testid="no-findings">
          {filter ? t.noFindingsFiltered : t.noFindings}
        </p>
      ) : (
        <div ref={listRef} onKeyDown={onKeyDown} data-testid="findings">
          {groups.groups.map(entry)}
          {groups.infoCount ? (
            <section className={styles.fold} data-testid="info-fold" data-open={showInfo ? 'true' : 'false'}>
              <Button size="small" appearance="subtle" aria-expanded={showInfo} onClick={() => setInfoOpen(!showInfo)} data-testid="info-toggle" data-count={groups.infoCount}>
                {showInfo ? t.infoUnfold : t.infoFold(groups.infoCount)}
              </Button>
              {showInfo ? groups.info.map(entry) : null}
            </section>
          ) : null}
        </div>
      )}
    </div>
  );
}

interface FindingRowProps {
  item: ViewFinding;
  entry: IndicatorGroup;
  selected: boolean;
  /** Roving tab stop: only one finding is in the tab order (the selected one, else the first). */
  tabbable: boolean;
  onSelect(id: string): void;
  renderDetails(item: ViewFinding, entry: IndicatorGroup): React.ReactNode;
}

function FindingRow({ item, entry, selected, tabbable, onSelect, renderDetails }: FindingRowProps) {
  const styles = useStyles();
  const t = useStrings();
  const f: Finding = item.finding;
  const detailsId = `details-${domId(item.id)}`;
  return (
    <li className={mergeClasses(styles.item, selected && styles.itemSelected)} data-testid="finding" data-rule={f.rule} data-cell={f.cell} data-severity={f.severity} data-selected={selected ? 'true' : 'false'}>
      <button
        type="button"
        className={styles.row}
        data-finding-id={item.id}
        aria-expanded={selected}
        aria-controls={selected ? detailsId : undefined}
        aria-label={t.findingLabel(t.severity[f.severity], f.cell, f.message)}
        tabIndex={tabbable ? 0 : -1}
        onClick={() => onSelect(item.id)}
      >
        <SeverityIcon severity={f.severity} />
        <span className={mergeClasses(styles.message, !selected && styles.messageClamp)}>{f.message}</span>
      </button>
      {selected ? <div id={detailsId}>{renderDetails(item, entry)}</div> : null}
    </li>
  );
}

function cssEscape(s: string): string {
  return typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(s) : s.replace(/["\\]/g, '\\$&');
}

export function domId(s: string): string {
  return s.replace(/[^A-Za-z0-9_-]/g, '_');
}
