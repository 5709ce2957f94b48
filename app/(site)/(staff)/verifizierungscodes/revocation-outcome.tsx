"use client";

import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from "react";

const AnnounceContext = createContext<(message: string) => void>(() => {});

/**
 * Says above the list which code was revoked. The row itself may vanish on refresh (a list filtered
 * to open codes), so the message and keyboard focus live here rather than in the row.
 */
export function RevocationOutcome({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState<string | null>(null);
  const messageRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (message) messageRef.current?.focus();
  }, [message]);
  return (
    <AnnounceContext.Provider value={setMessage}>
      <div role="status" aria-live="polite">
        {message && (
          <p ref={messageRef} tabIndex={-1} className="rounded-md border border-green-800 bg-green-50 px-3 py-2 text-green-900">
            {message}
          </p>
        )}
      </div>
      {children}
    </AnnounceContext.Provider>
  );
}

export const useAnnounceRevocation = () => useContext(AnnounceContext);
