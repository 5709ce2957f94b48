"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { useFieldErrorMessage } from "@/components/forms/use-field-error-message";
import { TextField } from "@/components/ui/field";
import type { ActionResult } from "@/lib/action/result";
import { moveCatalogEntryAction, removeCatalogEntryAction, renameCatalogEntryAction } from "@/lib/district/actions";
import type { CatalogKind } from "@/lib/district/queries";
import { renameCatalogEntrySchema } from "@/lib/district/schemas";
import { ConfirmRemove } from "./confirm-remove";
import { LiveMessage } from "@/components/ui/live-message";

export interface CatalogRow {
  id: number;
  name: string;
  /** Already localised, e.g. "Wohnort von 3 Konten · in 2 Bekanntmachungen". */
  usage: string;
  removable: boolean;
}

type Announce = (message: string, tone?: "success" | "error") => void;

/** A list of localities, topics or departments with moving, renaming and removing per entry. */
export function CatalogList({ kind, rows, headingId, inUseNote }: { kind: CatalogKind; rows: CatalogRow[]; headingId: string; inUseNote?: string }) {
  const t = useTranslations("district.settings.catalog");
  const [message, setMessage] = useState<{ text: string; tone: "success" | "error" } | null>(null);
  const announce: Announce = (text, tone = "success") => setMessage({ text, tone });
  return (
    <div className="flex flex-col gap-3">
      {rows.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ol className="flex flex-col gap-2" aria-labelledby={headingId}>
          {rows.map((row, index) => (
            <CatalogItem
              key={row.id}
              kind={kind}
              row={row}
              index={index}
              last={index === rows.length - 1}
              headingId={headingId}
              inUseNote={inUseNote}
              announce={announce}
            />
          ))}
        </ol>
      )}
      <LiveMessage message={message} />
    </div>
  );
}

function CatalogItem({
  kind,
  row,
  index,
  last,
  headingId,
  inUseNote,
  announce,
}: {
  kind: CatalogKind;
  row: CatalogRow;
  index: number;
  last: boolean;
  headingId: string;
  inUseNote?: string;
  announce: Announce;
}) {
  const t = useTranslations("district.settings.catalog");
  const tErrors = useTranslations("errors");
  const validationMessage = useFieldErrorMessage();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [renaming, setRenaming] = useState(false);
  const moveButtons = useRef<HTMLDivElement>(null);
  const movedBy = useRef<"up" | "down" | null>(null);
  const renameToggle = useRef<HTMLDivElement>(null);

  // Reordering moves this item's DOM node, which loses focus: put it back on the button just used
  // (or on the other one when the item has reached an end of the list).
  useEffect(() => {
    if (!movedBy.current || !moveButtons.current) return;
    const [up, down] = Array.from(moveButtons.current.querySelectorAll("button"));
    const wanted = movedBy.current === "up" ? up : down;
    (wanted && !wanted.disabled ? wanted : movedBy.current === "up" ? down : up)?.focus();
    movedBy.current = null;
  }, [index]);

  const failure = (result: Exclude<ActionResult<unknown>, { ok: true }>) => {
    const fieldMessage = Object.values(result.fieldErrors ?? {}).flat()[0];
    announce(fieldMessage ? `${row.name}: ${validationMessage(fieldMessage)}` : tErrors(result.error, result.params ?? {}), "error");
  };

  const move = (direction: "up" | "down") =>
    startTransition(async () => {
      const result = await moveCatalogEntryAction({ kind, id: row.id, direction });
      if (!result.ok) return failure(result);
      movedBy.current = direction;
      announce(t("moved", { name: row.name, position: direction === "up" ? index : index + 2 }));
      router.refresh();
    });

  const remove = () =>
    startTransition(async () => {
      const result = await removeCatalogEntryAction({ kind, id: row.id });
      if (!result.ok) return failure(result);
      announce(t("removed", { name: row.name }));
      // The item is gone: continue from the list's heading.
      document.getElementById(headingId)?.focus();
      router.refresh();
    });

  return (
    <li className="flex flex-col gap-2 rounded-md border border-slate-300 bg-white px-3 py-2">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4">
        <span className="font-medium">{row.name}</span>
        <span className="text-sm text-slate-700">{row.usage}</span>
      </div>
      <div className="flex flex-wrap items-start gap-2">
        <div ref={moveButtons} className="flex gap-2">
          <Button
            type="button"
            variant="secondary"
           
            aria-label={`${t("moveUp")}: ${row.name}`}
            disabled={index === 0}
            pending={pending}
            onClick={() => move("up")}
          >
            <span aria-hidden="true">↑</span> {t("moveUp")}
          </Button>
          <Button
            type="button"
            variant="secondary"
           
            aria-label={`${t("moveDown")}: ${row.name}`}
            disabled={last}
            pending={pending}
            onClick={() => move("down")}
          >
            <span aria-hidden="true">↓</span> {t("moveDown")}
          </Button>
        </div>
        <div ref={renameToggle} className="contents">
          <Button
            type="button"
            variant="secondary"
           
            aria-label={`${t("rename")}: ${row.name}`}
            aria-expanded={renaming}
            onClick={() => setRenaming(!renaming)}
          >
            {t("rename")}
          </Button>
        </div>
        {row.removable ? (
          <ConfirmRemove name={row.name} pending={pending} onConfirm={remove} />
        ) : (
          inUseNote && <p className="self-center text-sm text-slate-800">{inUseNote}</p>
        )}
      </div>
      {renaming && (
        <RenameForm
          kind={kind}
          row={row}
          onDone={(name) => {
            setRenaming(false);
            renameToggle.current?.querySelector("button")?.focus();
            announce(t("renamed", { name }));
            router.refresh();
          }}
        />
      )}
    </li>
  );
}

function RenameForm({ kind, row, onDone }: { kind: CatalogKind; row: CatalogRow; onDone: (name: string) => void }) {
  const t = useTranslations("district.settings.catalog");
  const { form, onSubmit, status, pending } = useActionForm({
    schema: renameCatalogEntrySchema,
    action: renameCatalogEntryAction,
    defaultValues: { kind, id: row.id, name: row.name },
    onSuccess: () => {
      onDone(form.getValues("name").trim());
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-2">
      {/* The field takes focus as the form opens: that is where the user is going. */}
      <TextField label={t("renameLabel", { name: row.name })} error={form.formState.errors.name?.message} autoFocus {...form.register("name")} />
      <div>
        <Button type="submit" pending={pending}>
          {t("renameSubmit")}
        </Button>
      </div>
      <FormStatus status={status} />
    </form>
  );
}
