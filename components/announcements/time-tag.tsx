import type { ReactNode } from "react";

/** For t.rich: wraps the formatted date of a message in <time datetime="…"> for machines and assistive tech. */
export function timeTag(date: Date) {
  return function renderTime(chunks: ReactNode) {
    return <time dateTime={date.toISOString()}>{chunks}</time>;
  };
}
