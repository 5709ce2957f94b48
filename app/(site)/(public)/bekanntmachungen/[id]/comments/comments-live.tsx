"use client";

import { createContext, useCallback, useContext, useState, type ReactNode } from "react";

const AnnounceContext = createContext<(message: string) => void>(() => {});

/** Lets a comment tell screen readers (and everyone) what happened after it is gone, e.g. "deleted". */
export function useAnnounce() {
  return useContext(AnnounceContext);
}

/** The thread's live region: outlives the comment that reports into it. */
export function CommentsLive({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState("");
  const announce = useCallback((text: string) => setMessage(text), []);
  return (
    <AnnounceContext.Provider value={announce}>
      <div role="status" aria-live="polite" className={message ? "rounded-md border border-green-800 bg-green-50 px-3 py-2 text-green-900" : "sr-only"}>
        {message}
      </div>
      {children}
    </AnnounceContext.Provider>
  );
}
