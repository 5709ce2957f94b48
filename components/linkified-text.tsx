import { linkify } from "@/lib/announcements/comments/linkify";

/**
 * A comment's or a message's plain text with its web addresses as links. Every part is a React text node or an
 * <a> built from an http(s) address, so nothing the author typed is ever read as HTML.
 */
export function LinkifiedText({ text }: { text: string }) {
  return linkify(text).map((part, i) =>
    part.kind === "link" ? (
      // nofollow ugc: the link is the author's, not the district's recommendation.
      <a key={i} href={part.href} rel="nofollow ugc noopener noreferrer" className="break-all">
        {part.text}
      </a>
    ) : (
      part.text
    ),
  );
}
