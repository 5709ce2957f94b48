"use client";

import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

/** Shows its children everywhere but on `path` (e.g. a note that links to the page it would stand on). */
export function HiddenOnPath({ path, children }: { path: string; children: ReactNode }) {
  return usePathname() === path ? null : children;
}
