import type { ReactNode } from "react";

/**
 * Wraps a wide table so it scrolls sideways on small screens. Focusable and named, so keyboard
 * users can scroll it too (WCAG 2.1.1; axe: scrollable-region-focusable).
 */
export function TableScroller({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    <div tabIndex={0} role="region" aria-labelledby={labelledBy} className="overflow-x-auto rounded-lg border border-slate-300 bg-white">
      {children}
    </div>
  );
}
