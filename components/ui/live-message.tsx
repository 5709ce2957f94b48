import type { ReactNode } from "react";

/** A short outcome message, announced to screen readers as it appears (success or error). */
export function LiveMessage({ message }: { message: { tone: "success" | "error"; text: ReactNode } | null }) {
  return (
    <div role="status" aria-live="polite" className="min-h-6">
      {message && (
        <p
          className={`rounded-md border px-3 py-2 ${message.tone === "success" ? "border-green-800 bg-green-50 text-green-900" : "border-red-800 bg-red-50 text-red-900"}`}
        >
          {message.text}
        </p>
      )}
    </div>
  );
}
