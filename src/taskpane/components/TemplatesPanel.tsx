// The templates section: every template the planner offers for this form, grouped by indicator
// table (or project), the categories that need one first (missing, empty row, no indicators) and
// the rest on demand. The user picks the catalogue items to insert and previews the plan; applying
// and undoing go through the same flow as a finding's fix.

import { Badge, Button, Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { TemplateOffer } from '../../core/templates';
import { useStrings } from '../i18n';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '10px', paddingTop: '6px' },
  intro: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  group: { display: 'flex', flexDirection: 'column', gap: '4px' },
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0, overflowWrap: 'anywhere' },
  list: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: '6px' },
  offer: {
    display: 'flex',
    flexDirection: 'column',
    gap: '4px',
    padding: '6px 8px',
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  offerHead: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: '4px 8px' },
  label: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  where: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  items: { border: 'none', margin: 0, padding: 0, minWidth: 0, display: 'flex', flexDirection: 'column' },
  legend: { padding: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '4px 8px' },
  hint: { fontSize: tokens.fontSizeBase200, color: tokens.colorStatusDangerForeground1 },
  empty: { margin: 0, padding: '4px', color: tokens.colorNeutralForeground2 },
});

export interface TemplatesPanelProps {
  offers: readonly TemplateOffer[];
  onInsert(offer: TemplateOffer, items: string[]): void;
  onGoTo?(cell: string): void;
  busy?: boolean;
}

interface Group {
  tableId: string;
  owner: string;
  layout: 'table' | 'packed';
  needed: TemplateOffer[];
  available: TemplateOffer[];
}

function groupOffers(offers: readonly TemplateOffer[]): Group[] {
  const groups = new Map<string, Group>();
  for (const o of offers) {
    let g = groups.get(o.tableId);
    if (!g) groups.set(o.tableId, (g = { tableId: o.tableId, owner: o.owner, layout: o.layout, needed: [], available: [] }));
    (o.reason === 'available' ? g.available : g.needed).push(o);
  }
  return [...groups.values()];
}

export function TemplatesPanel({ offers, onInsert, onGoTo, busy }: TemplatesPanelProps) {
  const t = useStrings();
  const styles = useStyles();
  const groups = useMemo(() => groupOffers(offers), [offers]);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const needed = groups.reduce((n, g) => n + g.needed.length, 0);
  const toggle = (id: string) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  return (
    <section className={styles.root} aria-label={t.templatesLabel} data-testid="templates">
      <p className={styles.intro}>{t.templatesIntro}</p>
      {needed === 0 ? (
        <p className={styles.empty} data-testid="templates-none">
          {t.templatesNone}
        </p>
      ) : null}
      {groups.map((g) => {
        const expanded = open.has(g.tableId);
        const shown = expanded ? [...g.needed, ...g.available] : g.needed;
        const headingId = `tpl-${g.tableId}`;
        return (
          <section key={g.tableId} className={styles.group} aria-labelledby={headingId} data-testid="template-group" data-table={g.tableId}>
            <h3 className={styles.heading} id={headingId}>
              {t.templatesTable(g.owner, g.layout)}
            </h3>
            {shown.length ? (
              <ul className={styles.list}>
                {shown.map((o) => (
                  <OfferRow key={o.id} offer={o} onInsert={onInsert} onGoTo={onGoTo} busy={busy} />
                ))}
              </ul>
            ) : null}
            {g.available.length ? (
              <div>
                <Button size="small" appearance="subtle" aria-expanded={expanded} onClick={() => toggle(g.tableId)} data-testid="templates-toggle-available">
                  {expanded ? t.templatesHideAvailable : t.templatesShowAvailable(g.available.length)}
                </Button>
              </div>
            ) : null}
          </section>
        );
      })}
    </section>
  );
}

function OfferRow({ offer, onInsert, onGoTo, busy }: { offer: TemplateOffer; onInsert(offer: TemplateOffer, items: string[]): void; onGoTo?(cell: string): void; busy?: boolean }) {
  const t = useStrings();
  const styles = useStyles();
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(offer.items.slice(0, 1).map((i) => i.id)));
  const isCategory = offer.kind === 'category' && offer.items.length > 0;
  const none = isCategory && chosen.size === 0;
  const legendId = `tpl-items-${offer.id}`;
  const appearance = offer.reason === 'available' ? 'outline' : 'filled';
  const color = offer.severity === 'error' ? 'danger' : offer.reason === 'available' ? 'informative' : 'warning';
  return (
    <li className={styles.offer} data-testid="template-offer" data-offer-id={offer.id} data-reason={offer.reason}>
      <div className={styles.offerHead}>
        <span className={styles.label}>{offer.label}</span>
        <Badge size="small" appearance={appearance} color={color} data-testid="template-reason">
          {t.templateReason[offer.reason]}
        </Badge>
      </div>
      <span className={styles.where}>{offer.where}</span>
      {isCategory ? (
        <fieldset className={styles.items} aria-labelledby={legendId}>
          <legend className={styles.legend} id={legendId}>
            {t.templateItems}
          </legend>
          {offer.items.map((item) => (
            <Checkbox
              key={item.id}
              checked={chosen.has(item.id)}
              label={`${item.name}（${item.target}）`}
              data-testid="template-item"
              data-item-id={item.id}
              onChange={(_, d) =>
                setChosen((prev) => {
                  const next = new Set(prev);
                  if (d.checked) next.add(item.id);
                  else next.delete(item.id);
                  return next;
                })
              }
            />
          ))}
        </fieldset>
      ) : offer.kind === 'block' ? (
        <span className={styles.where}>{t.templateBlock}</span>
      ) : null}
      <div className={styles.actions}>
        <Button
          size="small"
          appearance={offer.reason === 'available' ? 'secondary' : 'primary'}
          disabled={busy || none}
          aria-label={t.templateInsertLabel(offer.label, offer.owner)}
          onClick={() => onInsert(offer, offer.items.filter((i) => chosen.has(i.id)).map((i) => i.id))}
          data-testid="template-insert"
        >
          {t.templateInsert}
        </Button>
        {offer.cell && onGoTo ? (
          <Button size="small" appearance="subtle" onClick={() => onGoTo(offer.cell!)} data-testid="template-goto">
            {t.goToCell}
          </Button>
        ) : null}
        {none ? (
          <span className={styles.hint} role="status">
            {t.templateChooseOne}
          </span>
        ) : null}
      </div>
    </li>
  );
}
