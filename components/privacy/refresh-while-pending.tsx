"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/** While a copy of one's data is being built, the page looks again every few seconds, so it appears when ready. */
export function RefreshWhilePending({ intervalMs = 3000 }: { intervalMs?: number }) {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), intervalMs);
    return () => clearInterval(timer);
  }, [router, intervalMs]);
  return null;
}
