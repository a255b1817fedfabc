import type { ReactNode } from 'react';

/**
 * A horizontally scrolling area for a wide table; focusable and named, so keyboard users can
 * scroll it too (WCAG 2.1.1, axe's scrollable-region-focusable).
 */
export function ScrollArea(props: { label: string; children: ReactNode }) {
  return (
    // A focusable region is the accessible pattern for a scroll container.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="table-scroll" role="region" aria-label={props.label} tabIndex={0}>
      {props.children}
    </div>
  );
}
