import type { ReactNode } from "react";

export function Prose({ children }: { children: ReactNode }) {
  return <div className="flex max-w-2xl flex-col gap-4 [&_h2]:mt-4">{children}</div>;
}

/** The operator's address block from the district settings, line by line. */
export function OperatorContact({ contact }: { contact: string }) {
  return (
    <address className="not-italic">
      {contact.split("\n").map((line, index) => (
        // Lines may repeat; their position is what identifies them.
        <span key={index} className="block">
          {line}
        </span>
      ))}
    </address>
  );
}
