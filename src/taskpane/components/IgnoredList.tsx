// Ignored findings, listed apart with their reasons; restore one or all.

import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useStrings } from '../i18n';
import type { IgnoredEntry } from '../state/ignored';
import type { ViewFinding } from '../model';
import { SeverityIcon } from './FindingsList';

const useStyles = makeStyles({
  header: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: '8px', margin: '4px 0' },
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  list: { margin: 0, padding: 0, listStyleType: 'none' },
  item: { display: 'flex', gap: '6px', padding: '6px 4px', borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, fontSize: tokens.fontSizeBase300 },
  body: { flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' },
  cell: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, marginRight: '6px' },
  reason: { display: 'block', fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, marginTop: '2px' },
  empty: { padding: '12px 4px', color: tokens.colorNeutralForeground2 },
  confirm: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '6px', padding: '6px 8px', margin: '4px 0', borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorStatusWarningBackground1, fontSize: tokens.fontSizeBase200 },
  confirmText: { flexGrow: 1, minWidth: 0 },
});

export interface IgnoredListProps {
  items: ViewFinding[];
  onRestore(key: string): void;
  /** 全部恢复, after the user confirms; resolves to the entries removed (for 撤销). */
  onReset(): Promise<IgnoredEntry[]>;
  /** 撤销 after 全部恢复: puts the removed entries (with their reasons) back. */
  onUndoReset(entries: IgnoredEntry[]): void;
}

export function IgnoredList({ items, onRestore, onReset, onUndoReset }: IgnoredListProps) {
  const t = useStrings();
  const styles = useStyles();
  // 全部恢复 clears every reason the user wrote: ask first, and offer 撤销 after.
  const [confirming, setConfirming] = useState(false);
  const [removed, setRemoved] = useState<IgnoredEntry[] | null>(null);
  return (
    <section aria-label={t.ignoredList} data-testid="ignored-list">
      <div className={styles.header}>
        <h3 className={styles.heading}>{t.ignoredList}</h3>
        <Button size="small" onClick={() => setConfirming(true)} disabled={!items.length || confirming} data-testid="reset-ignored">
          {t.resetIgnored}
        </Button>
      </div>
      {confirming ? (
        <div className={styles.confirm} role="alertdialog" aria-label={t.resetIgnored} data-testid="reset-confirm">
          <span className={styles.confirmText}>{t.resetConfirm(items.length)}</span>
          <Button
            size="small"
            appearance="primary"
            data-testid="reset-confirm-yes"
            onClick={() => {
              setConfirming(false);
              void onReset().then((gone) => setRemoved(gone.length ? gone : null));
            }}
          >
            {t.resetConfirmYes}
          </Button>
          <Button size="small" onClick={() => setConfirming(false)} data-testid="reset-confirm-no">
            {t.cancel}
          </Button>
        </div>
      ) : null}
      {removed ? (
        <div className={styles.confirm} role="status" data-testid="reset-done">
          <span className={styles.confirmText}>{t.resetDone(removed.length)}</span>
          <Button
            size="small"
            data-testid="reset-undo"
            onClick={() => {
              onUndoReset(removed);
              setRemoved(null);
            }}
          >
            {t.resetUndo}
          </Button>
        </div>
      ) : null}
      {!items.length ? (
        <p className={styles.empty}>{t.ignoredEmpty}</p>
      ) : (
        <ul className={styles.list}>
          {items.map((item) => (
            <li key={item.ignoreKey} className={styles.item} data-testid="ignored-finding" data-rule={item.finding.rule} data-cell={item.finding.cell}>
              <SeverityIcon severity={item.finding.severity} />
              <div className={styles.body}>
                <span className={styles.cell}>{item.finding.cell}</span>
                {item.finding.message}
                {item.ignored ? <span className={styles.reason}>{t.ignoredReason(item.ignored.reason)}</span> : null}
              </div>
              <Button size="small" appearance="subtle" onClick={() => onRestore(item.ignoreKey)} aria-label={`${t.restore}：${item.finding.cell} ${item.finding.message}`}>
                {t.restore}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
