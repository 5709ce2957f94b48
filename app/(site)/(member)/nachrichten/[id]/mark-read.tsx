"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { markConversationReadAction } from "@/lib/messages/actions";

/**
 * Marks the conversation read once it is on screen (the page itself only reads), then refreshes so the
 * header's count follows. `newest` changes with every new message, so each one is marked in turn.
 */
export function MarkRead({ conversationId, newest }: { conversationId: string; newest: string }) {
  const router = useRouter();
  const done = useRef<string | null>(null);
  useEffect(() => {
    if (done.current === newest) return;
    done.current = newest;
    void markConversationReadAction({ conversationId }).then((result) => {
      if (result.ok) router.refresh();
    });
  }, [conversationId, newest, router]);
  return null;
}
