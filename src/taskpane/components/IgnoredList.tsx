// Ignored findings, listed apart with their reasons; restore one or all.

import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useStrings } from '../i18n';
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
});

export function IgnoredList({ items, onRestore, onReset }: { items: ViewFinding[]; onRestore(key: string): void; onReset(): void }) {
  const t = useStrings();
  const styles = useStyles();
  return (
    <section aria-label={t.ignoredList} data-testid="ignored-list">
      <div className={styles.header}>
        <h3 className={styles.heading}>{t.ignoredList}</h3>
        <Button size="small" onClick={onReset} disabled={!items.length} data-testid="reset-ignored">
          {t.resetIgnored}
        </Button>
      </div>
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
