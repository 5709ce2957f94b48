"use client";

import Form from "next/form";
import { useRouter } from "next/navigation";
import type { ComponentProps } from "react";
import { hrefFromForm } from "@/lib/http/search-params";

/**
 * A GET form (filters, search) that leaves empty fields out of the address: "Alle Ortsteile" gives
 * /bekanntmachungen?thema=kultur, not ?ortsteil=&thema=kultur. Without JavaScript the browser submits
 * it as a plain GET form, empty fields included, which the pages read the same.
 */
export function FilterForm({ action, onSubmit, ...props }: Omit<ComponentProps<typeof Form>, "action"> & { action: string }) {
  const router = useRouter();
  return (
    <Form
      {...props}
      action={action}
      onSubmit={(event) => {
        onSubmit?.(event);
        if (event.defaultPrevented) return;
        event.preventDefault();
        const submitter = (event.nativeEvent as SubmitEvent).submitter;
        router.push(hrefFromForm(action, new FormData(event.currentTarget, submitter)));
      }}
    />
  );
}
