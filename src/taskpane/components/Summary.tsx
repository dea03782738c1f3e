// Header: the verdict for submission first (it must be in view at 320 × 480), the form recognised,
// the profile in use, counts per
// category (they double as the category filter), the measurability figure, and 一键校验.

import { Button, makeStyles, Spinner, tokens, ToggleButton } from '@fluentui/react-components';
import { CheckmarkCircle20Filled, DismissCircle20Filled, EraserRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { BUILTIN_PROFILES } from '../../core/profiles';
import { CATEGORIES, Category, Report } from '../../core/report';
import { useLang, useStrings } from '../i18n';
import { CategoryCounts, measurabilityPercent, Verdict } from '../model';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '8px' },
  meta: { display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: '8px', rowGap: '2px', fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, margin: 0 },
  metaTerm: { margin: 0 },
  metaValue: { margin: 0, color: tokens.colorNeutralForeground1, overflowWrap: 'anywhere' },
  verdict: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: '8px',
    padding: '8px 10px',
    borderRadius: tokens.borderRadiusMedium,
    borderLeftWidth: '4px',
    borderLeftStyle: 'solid',
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  pass: { backgroundColor: tokens.colorStatusSuccessBackground1, borderLeftColor: tokens.colorStatusSuccessBorderActive, color: tokens.colorNeutralForeground1 },
  fail: { backgroundColor: tokens.colorStatusDangerBackground1, borderLeftColor: tokens.colorStatusDangerBorderActive, color: tokens.colorNeutralForeground1 },
  passIcon: { color: tokens.colorStatusSuccessForeground1, flexShrink: 0, marginTop: '2px' },
  failIcon: { color: tokens.colorStatusDangerForeground1, flexShrink: 0, marginTop: '2px' },
  verdictDetail: { display: 'block', fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightRegular, marginTop: '2px' },
  counts: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(132px, 1fr))', gap: '4px', margin: 0, padding: 0, listStyleType: 'none' },
  countButton: { width: '100%', justifyContent: 'space-between', minWidth: 0, fontWeight: tokens.fontWeightRegular, paddingLeft: '8px', paddingRight: '8px' },
  countNumber: { fontWeight: tokens.fontWeightSemibold, marginLeft: '6px' },
  countError: { color: tokens.colorStatusDangerForeground1 },
  measure: { fontSize: tokens.fontSizeBase300 },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '4px 8px' },
  // A native checkbox: Fluent's Checkbox is not worth its weight in the first JavaScript.
  check: { display: 'inline-flex', alignItems: 'center', gap: '6px', fontSize: tokens.fontSizeBase300, cursor: 'pointer', padding: '4px 0' },
  checkBox: { width: '16px', height: '16px', margin: 0, accentColor: tokens.colorCompoundBrandBackground, cursor: 'pointer' },
  checkedAt: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

export interface SummaryProps {
  report: Report;
  verdict: Verdict;
  counts: CategoryCounts;
  filter: Category | null;
  onFilter(category: Category | null): void;
  busy: boolean;
  checkedAt: Date | null;
  onRunCheck(exportReport: boolean): void;
  /** Custom profile display name (when the report's profile is not built in). */
  profileName?: string;
  /** 清除标注: removes the highlights from the sheet (shown when given). */
  onClearHighlights?: () => void;
}

export function Summary(props: SummaryProps) {
  const { report, verdict, counts, filter, onFilter, busy, checkedAt, onRunCheck, onClearHighlights } = props;
  const t = useStrings();
  const lang = useLang();
  const styles = useStyles();
  const [exportToo, setExportToo] = useState(false);
  const builtin = BUILTIN_PROFILES[report.profile];
  const profileName = builtin ? (lang === 'en' ? builtin.nameEn ?? builtin.name : builtin.name) : props.profileName ?? report.profile;
  const pct = measurabilityPercent(report);
  const isForm = report.form !== null;

  return (
    <section className={styles.root} aria-label={t.summaryLabel}>

      {isForm ? (
        <div className={`${styles.verdict} ${verdict.pass ? styles.pass : styles.fail}`} data-testid="verdict" data-pass={verdict.pass ? 'true' : 'false'}>
          {verdict.pass ? <CheckmarkCircle20Filled className={styles.passIcon} aria-hidden /> : <DismissCircle20Filled className={styles.failIcon} aria-hidden />}
          <div>
            <span data-testid="verdict-text">{verdict.pass ? t.verdictPass : t.verdictFail(verdict.errors)}</span>
            <span className={styles.verdictDetail}>
              {verdict.pass ? t.verdictPassDetail(verdict.warnings, verdict.infos) : null}
              {verdict.ignoredErrors ? ` ${t.verdictIgnoredErrors(verdict.ignoredErrors)}` : null}
            </span>
          </div>
        </div>
      ) : null}

      <dl className={styles.meta}>
        <dt className={styles.metaTerm}>{t.form}</dt>
        <dd className={styles.metaValue} data-testid="form-name">
          {report.formName ?? t.noForm}
        </dd>
        <dt className={styles.metaTerm}>{t.sheet}</dt>
        <dd className={styles.metaValue}>{report.sheet}</dd>
        <dt className={styles.metaTerm}>{t.profile}</dt>
        <dd className={styles.metaValue} data-testid="profile-name">
          {profileName}
        </dd>
      </dl>

      {isForm && pct !== null && report.measurability ? (
        <div className={styles.measure} data-testid="measurability">
          {t.measurability(pct, report.measurability.measurable, report.measurability.total)}
        </div>
      ) : null}

      {isForm ? (
        <ul className={styles.counts} aria-label={t.countsLabel} data-testid="category-counts">
          {CATEGORIES.map((c) => {
            const n = counts[c];
            const label = t.category[c];
            return (
              <li key={c}>
                <ToggleButton
                  size="small"
                  appearance={filter === c ? 'primary' : 'secondary'}
                  checked={filter === c}
                  className={styles.countButton}
                  data-testid={`count-${c}`}
                  data-count={n.total}
                  data-errors={n.error}
                  aria-label={`${t.categoryCount(label, n.total, n.error)}。${t.filterLabel}`}
                  onClick={() => onFilter(filter === c ? null : c)}
                >
                  <span>{label}</span>
                  <span className={`${styles.countNumber} ${n.error && filter !== c ? styles.countError : ''}`}>{n.total}</span>
                </ToggleButton>
              </li>
            );
          })}
        </ul>
      ) : null}

      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => onRunCheck(exportToo)} disabled={busy} title={t.runCheckHint} data-testid="run-check" icon={busy ? <Spinner size="extra-tiny" /> : undefined}>
          {t.runCheck}
        </Button>
        <label className={styles.check}>
          <input type="checkbox" className={styles.checkBox} checked={exportToo} onChange={(e) => setExportToo(e.target.checked)} data-testid="export-too" />
          {t.exportToo}
        </label>
        {onClearHighlights && isForm ? (
          <Button size="small" appearance="subtle" icon={<EraserRegular aria-hidden />} onClick={onClearHighlights} title={t.clearHighlightsHint} data-testid="clear-highlights">
            {t.clearHighlights}
          </Button>
        ) : null}
        {checkedAt ? <span className={styles.checkedAt}>{t.checkedAt(checkedAt.toLocaleTimeString(lang === 'en' ? 'en-US' : 'zh-CN', { hour12: false }))}</span> : null}
      </div>
    </section>
  );
}
