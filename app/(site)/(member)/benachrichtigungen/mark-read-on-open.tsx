"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { markNotificationsReadAction } from "@/lib/notifications/actions";

/**
 * Marks the unread notifications this page showed as read once it is on screen (the page itself only
 * reads), then refreshes so the header's count follows. They stay marked "Neu" until then.
 */
export function MarkReadOnOpen({ ids }: { ids: string[] }) {
  const router = useRouter();
  const done = useRef(false);
  const key = ids.join(",");
  useEffect(() => {
    if (done.current || key === "") return;
    done.current = true;
    void markNotificationsReadAction({ ids: key.split(",") }).then((result) => {
      if (result.ok) router.refresh();
    });
  }, [key, router]);
  return null;
}
