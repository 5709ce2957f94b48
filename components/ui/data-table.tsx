import type { ReactNode } from "react";

/**
 * A table of records with a caption-like heading elsewhere on the page (`labelledBy`). It scrolls
 * sideways on small screens and is focusable and named then, so keyboard users can scroll it too
 * (WCAG 2.1.1; axe: scrollable-region-focusable). The rows are the children.
 */
export function DataTable({ labelledBy, columns, children }: { labelledBy: string; columns: ReactNode[]; children: ReactNode }) {
  return (
    <div tabIndex={0} role="region" aria-labelledby={labelledBy} className="overflow-x-auto rounded-lg border border-slate-300 bg-white">
      <table aria-labelledby={labelledBy} className="w-full border-collapse text-left text-sm">
        <thead className="bg-slate-100">
          <tr>
            {columns.map((column, i) => (
              <th key={i} scope="col" className="px-3 py-2">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
