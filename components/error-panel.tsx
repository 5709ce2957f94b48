"use client";

import Link from "next/link";
import { Button } from "./ui/button";

export interface ErrorPanelText {
  title: string;
  text: string;
  retry: string;
  home: string;
  /** The reference line, already filled in with the digest. */
  reference: string | null;
}

/**
 * What error.tsx and global-error.tsx show: what happened in plain words, "try again", a way home,
 * and the error's digest as a reference number that matches the server log (never its message).
 */
export function ErrorPanel({ text, retry }: { text: ErrorPanelText; retry: () => void }) {
  return (
    <div className="flex max-w-xl flex-col gap-4">
      <h1>{text.title}</h1>
      <p>{text.text}</p>
      <div className="flex flex-wrap items-center gap-x-6 gap-y-3">
        <Button type="button" onClick={() => retry()}>
          {text.retry}
        </Button>
        <Link href="/">{text.home}</Link>
      </div>
      {text.reference && <p className="text-sm text-slate-700">{text.reference}</p>}
    </div>
  );
}

/** The digest Next.js attaches to an error from a server component (a hash, no details). */
export function errorDigest(error: unknown): string | null {
  if (typeof error !== "object" || error === null || !("digest" in error)) return null;
  return typeof error.digest === "string" && error.digest ? error.digest : null;
}
