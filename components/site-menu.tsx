"use client";

import { usePathname } from "next/navigation";
import { useEffect, useId, useRef, useState, type ReactNode } from "react";

/** Tailwind's `lg`: from here on the navigation is inline and the menu button is gone. */
const INLINE_FROM = "64rem";

/**
 * The header's disclosure on small screens: a menu button (aria-expanded, aria-controls) that shows
 * and hides the panel with the account and the navigation. It closes on Escape (focus back on the
 * button), on following a link in it and when the path changes. From `lg` on the panel's children
 * sit inline in the header (`display: contents`) and the button is hidden. Without JavaScript the
 * panel is simply shown (the <noscript> style), so every link stays reachable.
 */
export function SiteMenu({ label, children }: { label: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const buttonId = `${panelId}-button`;
  const button = useRef<HTMLButtonElement>(null);
  const pathname = usePathname();
  const [shownFor, setShownFor] = useState(pathname);

  // A new page closes the menu (React's "adjust state on prop change", without an effect).
  if (shownFor !== pathname) {
    setShownFor(pathname);
    setOpen(false);
  }

  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [open]);

  return (
    <>
      <noscript>
        <style>{`@media (width < ${INLINE_FROM}) { [data-site-menu] { display: block !important; } [data-site-menu-button] { display: none !important; } }`}</style>
      </noscript>
      <button
        ref={button}
        id={buttonId}
        type="button"
        data-site-menu-button=""
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
        className="order-3 inline-flex min-h-11 min-w-11 items-center justify-center gap-2 rounded-md border border-slate-400 px-3 font-medium text-slate-900 hover:bg-slate-100 lg:hidden"
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
          {open ? <path d="M5 5l10 10M15 5 5 15" /> : <path d="M3 5h14M3 10h14M3 15h14" />}
        </svg>
        {label}
      </button>
      <div
        id={panelId}
        data-site-menu=""
        data-open={open}
        // Following a link closes the menu even when it leads to the page already shown.
        onClick={(event) => {
          if ((event.target as HTMLElement).closest("a")) setOpen(false);
        }}
        className="order-4 basis-full max-lg:hidden max-lg:data-[open=true]:block lg:contents"
      >
        {children}
      </div>
    </>
  );
}
