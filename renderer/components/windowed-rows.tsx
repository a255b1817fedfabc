import { defaultRangeExtractor, useVirtualizer, type VirtualItem } from '@tanstack/react-virtual';
import { formatNumber } from '../../shared/format/nl';
import { t } from './i18n';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * Up to this many rows a table draws every row (the browser's find-in-page keeps working and
 * nothing moves); above it only the rows in view plus an overscan are in the DOM (issue 11: at
 * 5.000 activities the programme list alone was 100.000 nodes).
 */
export const WINDOW_FROM = 150;

/** One run of rows to draw: a spacer standing for rows not drawn, or a row that is drawn. */
export type WindowPart =
  | { readonly kind: 'gap'; readonly key: string; readonly height: number }
  | { readonly kind: 'row'; readonly item: VirtualItem };

/** What a windowed table needs: the parts in order, the scroll box's ref and focus handlers. */
export type RowWindow = {
  readonly parts: readonly WindowPart[];
  readonly windowed: boolean;
  readonly scrollRef: (el: HTMLDivElement | null) => void;
  readonly measure: (el: Element | null) => void;
  readonly scrollToIndex: (index: number) => void;
};

/**
 * Windows the rows of a table in its own scroll box (`@tanstack/react-virtual`, rows measured as
 * drawn). The row holding focus and the `keep` row (the one open in an editor) stay drawn when
 * they scroll out, so focus is never lost to the page; each drawn row carries `data-index`.
 */
export function useRowWindow(options: {
  count: number;
  estimateSize: (index: number) => number;
  keep?: number | undefined;
  getKey?: (index: number) => string;
}): RowWindow {
  const { count, keep } = options;
  const windowed = count > WINDOW_FROM;
  const [scrollEl, setScrollEl] = useState<HTMLDivElement | null>(null);
  const [focused, setFocused] = useState<number | null>(null);
  const extra = useRef<number[]>([]);
  extra.current = [focused, keep ?? null].filter(
    (i): i is number => i !== null && i >= 0 && i < count,
  );
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualiser is read fresh every render, as its docs ask
  const virtualizer = useVirtualizer<HTMLDivElement, Element>({
    count,
    getScrollElement: () => scrollEl,
    estimateSize: options.estimateSize,
    ...(options.getKey ? { getItemKey: options.getKey } : {}),
    overscan: 6,
    // A short list is drawn whole; a long one in view, plus the focused and the open row.
    rangeExtractor: (range) => {
      if (!windowed) return Array.from({ length: range.count }, (_, i) => i);
      const shown = new Set(defaultRangeExtractor(range));
      for (const i of extra.current) shown.add(i);
      return [...shown].sort((a, b) => a - b);
    },
  });
  const items = virtualizer.getVirtualItems();
  const parts: WindowPart[] = [];
  let end = 0;
  for (const item of items) {
    if (item.start > end + 0.5)
      parts.push({ kind: 'gap', key: `gap-${item.index}`, height: item.start - end });
    parts.push({ kind: 'row', item });
    end = item.end;
  }
  const total = virtualizer.getTotalSize();
  if (total > end + 0.5) parts.push({ kind: 'gap', key: 'gap-end', height: total - end });

  // The row holding focus stays drawn (focusin/focusout bubble, so the scroll box hears them).
  useEffect(() => {
    if (!scrollEl) return;
    const onIn = (e: FocusEvent) => {
      const row = e.target instanceof Element ? e.target.closest('[data-index]') : null;
      const index = row ? Number(row.getAttribute('data-index')) : NaN;
      setFocused(Number.isInteger(index) ? index : null);
    };
    const onOut = (e: FocusEvent) => {
      if (!(e.relatedTarget instanceof Node) || !scrollEl.contains(e.relatedTarget))
        setFocused(null);
    };
    scrollEl.addEventListener('focusin', onIn);
    scrollEl.addEventListener('focusout', onOut);
    return () => {
      scrollEl.removeEventListener('focusin', onIn);
      scrollEl.removeEventListener('focusout', onOut);
    };
  }, [scrollEl]);
  const scrollToIndex = useCallback(
    (index: number) => {
      if (index >= 0 && index < count) virtualizer.scrollToIndex(index, { align: 'auto' });
    },
    [virtualizer, count],
  );
  return {
    parts,
    windowed,
    scrollRef: setScrollEl,
    measure: virtualizer.measureElement,
    scrollToIndex,
  };
}

/** Scrolls the row at `index` into view whenever `index` changes to a row of the table. */
export function useScrollIntoView(
  scrollToIndex: (index: number) => void,
  index: number | undefined,
): void {
  useEffect(() => {
    if (index !== undefined && index >= 0) scrollToIndex(index);
  }, [index, scrollToIndex]);
}

/** A spacer row standing for rows not drawn: hidden from screen readers, holds the height. */
export function GapRow(props: { height: number; columns: number }): ReactNode {
  return (
    <tr aria-hidden="true" className="window-gap">
      <td colSpan={props.columns} style={{ height: props.height }} />
    </tr>
  );
}

/**
 * The scroll box of a windowed table: focusable and named, so keyboard users can scroll it and
 * focus has somewhere to stay (WCAG 2.1.1, axe's scrollable-region-focusable).
 */
export function WindowBox(props: {
  label: string;
  className?: string;
  boxRef: (el: HTMLDivElement | null) => void;
  children: ReactNode;
}): ReactNode {
  const { label, className, boxRef, children } = props;
  return (
    <div
      className={`window-scroll ${className ?? ''}`}
      role="region"
      aria-label={label}
      // A focusable region is the accessible pattern for a scroll container.
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      ref={boxRef}
    >
      {children}
    </div>
  );
}

/**
 * The first `limit` items of a long list, and a button that draws them all ("Toon alle N"): for
 * lists of controls where windowing makes no sense (issue 11, DOM nodes ≤ 5.000 per screen).
 */
export function useShowAll<T>(
  items: readonly T[],
  limit: number,
): { shown: readonly T[]; all: boolean; showAll: () => void } {
  const [all, setAll] = useState(false);
  const showAll = useCallback(() => {
    setAll(true);
  }, []);
  return { shown: all || items.length <= limit ? items : items.slice(0, limit), all, showAll };
}

/** The line under a shortened list: how many are shown, and the button that shows them all. */
export function ShowAllButton(props: {
  shown: number;
  total: number;
  what: string;
  onClick: () => void;
}): ReactNode {
  if (props.shown >= props.total) return null;
  const count = formatNumber(props.total);
  return (
    <p className="small show-all">
      {t('window.shownOf', { shown: formatNumber(props.shown), total: count })}{' '}
      <button
        type="button"
        className="button button--small"
        aria-label={t('window.showAllLabel', { count, what: props.what })}
        onClick={props.onClick}
      >
        {t('window.showAll', { count })}
      </button>
    </p>
  );
}
