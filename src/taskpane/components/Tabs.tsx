// A light tab strip (WAI-ARIA tabs: one tab stop, arrows/Home/End move and select), styled like
// Fluent's small TabList. Fluent's TabList and its focus machinery weigh more than the rest of the
// pane's header; this is what the pane's first JavaScript can afford.

import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { KeyboardEvent, ReactNode, useRef } from 'react';

const useStyles = makeStyles({
  list: { display: 'flex', flexWrap: 'wrap', alignItems: 'stretch', gap: '0 2px' },
  tab: {
    position: 'relative',
    padding: '6px 8px',
    border: 'none',
    background: 'transparent',
    font: 'inherit',
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground2,
    cursor: 'pointer',
    borderRadius: tokens.borderRadiusMedium,
    ':hover': { color: tokens.colorNeutralForeground1, backgroundColor: tokens.colorSubtleBackgroundHover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    '::after': { content: '""', position: 'absolute', left: '8px', right: '8px', bottom: '0', height: '3px', borderRadius: '2px', backgroundColor: tokens.colorCompoundBrandStroke },
  },
});

export interface TabItem<T extends string> {
  value: T;
  label: ReactNode;
  testId?: string;
}

export function Tabs<T extends string>({ items, selected, onSelect, label, className, testId }: { items: Array<TabItem<T>>; selected: T | undefined; onSelect(value: T): void; label?: string; className?: string; testId?: string }) {
  const styles = useStyles();
  const ref = useRef<HTMLDivElement>(null);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const keys = ['ArrowRight', 'ArrowLeft', 'Home', 'End'];
    if (!keys.includes(e.key)) return;
    const i = items.findIndex((x) => x.value === selected);
    let j = i;
    if (e.key === 'ArrowRight') j = (i + 1) % items.length;
    if (e.key === 'ArrowLeft') j = (i - 1 + items.length) % items.length;
    if (e.key === 'Home') j = 0;
    if (e.key === 'End') j = items.length - 1;
    e.preventDefault();
    onSelect(items[j].value);
    ref.current?.querySelectorAll<HTMLButtonElement>('[role="tab"]')[j]?.focus();
  };
  return (
    <div ref={ref} role="tablist" aria-label={label} className={mergeClasses(styles.list, className)} onKeyDown={onKeyDown} data-testid={testId}>
      {items.map((item) => {
        const on = item.value === selected;
        return (
          <button key={item.value} type="button" role="tab" aria-selected={on} tabIndex={on || (selected === undefined && item === items[0]) ? 0 : -1} className={mergeClasses(styles.tab, on && styles.selected)} onClick={() => onSelect(item.value)} data-testid={item.testId}>
            {item.label}
          </button>
        );
      })}
    </div>
  );
}
