import Link from "next/link";
import type { ReactNode } from "react";

/** Tabs between the pages of one area (administration, moderation); marks the one being shown. */
export function SectionNav<K extends string>({ label, links, current }: { label: string; links: ReadonlyArray<{ key: K; href: string; label: ReactNode }>; current: K | null }) {
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-2">
        {links.map((link) => (
          <li key={link.key}>
            <Link
              href={link.href}
              aria-current={link.key === current ? "page" : undefined}
              className="inline-block rounded-md border border-slate-400 bg-white px-3 py-1 font-medium no-underline aria-[current=page]:border-blue-800 aria-[current=page]:bg-blue-800 aria-[current=page]:text-white"
            >
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
