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
import { moveCatalogEntryAction, removeCatalogEntryAction, renameCatalogEntryAction, sortCatalogEntriesAction } from "@/lib/district/actions";
import type { CatalogKind } from "@/lib/district/queries";
import { moveCatalogEntrySchema, renameCatalogEntrySchema } from "@/lib/district/schemas";
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

/**
 * A list of localities, topics or departments with renaming and removing per entry. The order (the
 * one every selection list shows) is changed in a separate mode: a position per entry, or the whole
 * list alphabetically — not with arrow buttons on every row.
 */
export function CatalogList({ kind, rows, headingId, inUseNote }: { kind: CatalogKind; rows: CatalogRow[]; headingId: string; inUseNote?: string }) {
  const t = useTranslations("district.settings.catalog");
  const [message, setMessage] = useState<{ text: string; tone: "success" | "error" } | null>(null);
  const [ordering, setOrdering] = useState(false);
  // The entry moved last: its position field takes focus again at the entry's new place.
  const [movedId, setMovedId] = useState<number | null>(null);
  const announce: Announce = (text, tone = "success") => setMessage({ text, tone });
  return (
    <div className="flex flex-col gap-3">
      {rows.length > 1 && (
        <OrderControls kind={kind} ordering={ordering} onToggle={() => setOrdering(!ordering)} announce={announce} />
      )}
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
              count={rows.length}
              ordering={ordering}
              justMoved={movedId === row.id}
              onMoved={setMovedId}
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

/** "Reihenfolge ändern" switches the rows to their position fields; "Alphabetisch sortieren" orders the whole list at once. */
function OrderControls({ kind, ordering, onToggle, announce }: { kind: CatalogKind; ordering: boolean; onToggle: () => void; announce: Announce }) {
  const t = useTranslations("district.settings.catalog");
  const tErrors = useTranslations("errors");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const sort = () =>
    startTransition(async () => {
      const result = await sortCatalogEntriesAction({ kind });
      if (!result.ok) return announce(tErrors(result.error, result.params ?? {}), "error");
      announce(t("sorted"));
      router.refresh();
    });
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="secondary" aria-pressed={ordering} onClick={onToggle}>
          {ordering ? t("reorderDone") : t("reorder")}
        </Button>
        {ordering && (
          <Button type="button" variant="secondary" pending={pending} onClick={sort}>
            {t("sortAlphabetically")}
          </Button>
        )}
      </div>
      {ordering && <p className="text-sm text-slate-800">{t("reorderIntro")}</p>}
    </div>
  );
}

function CatalogItem({
  kind,
  row,
  index,
  count,
  ordering,
  justMoved,
  onMoved,
  headingId,
  inUseNote,
  announce,
}: {
  kind: CatalogKind;
  row: CatalogRow;
  index: number;
  count: number;
  ordering: boolean;
  justMoved: boolean;
  onMoved: (id: number) => void;
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
  const renameToggle = useRef<HTMLDivElement>(null);

  const failure = (result: Exclude<ActionResult<unknown>, { ok: true }>) => {
    const fieldMessage = Object.values(result.fieldErrors ?? {}).flat()[0];
    announce(fieldMessage ? `${row.name}: ${validationMessage(fieldMessage)}` : tErrors(result.error, result.params ?? {}), "error");
  };

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
        <span className="font-medium">
          {ordering && <span className="mr-2 text-slate-700 tabular-nums">{index + 1}.</span>}
          {row.name}
        </span>
        <span className="text-sm text-slate-700">{row.usage}</span>
      </div>
      {ordering ? (
        // Keyed by the position: at its new place the form starts again with that position.
        <PositionForm key={index} kind={kind} row={row} index={index} count={count} focus={justMoved} onMoved={onMoved} announce={announce} onFailure={failure} />
      ) : (
        <div className="flex flex-wrap items-start gap-2">
          <div ref={renameToggle} className="contents">
            <Button type="button" variant="secondary" aria-label={`${t("rename")}: ${row.name}`} aria-expanded={renaming} onClick={() => setRenaming(!renaming)}>
              {t("rename")}
            </Button>
          </div>
          {row.removable ? (
            <ConfirmRemove name={row.name} pending={pending} onConfirm={remove} />
          ) : (
            inUseNote && <p className="self-center text-sm text-slate-800">{inUseNote}</p>
          )}
        </div>
      )}
      {renaming && !ordering && (
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

/** Move to a position: a number field (1 = first) and "Verschieben"; the row then appears at its new place. */
function PositionForm({
  kind,
  row,
  index,
  count,
  focus,
  onMoved,
  announce,
  onFailure,
}: {
  kind: CatalogKind;
  row: CatalogRow;
  index: number;
  count: number;
  focus: boolean;
  onMoved: (id: number) => void;
  announce: Announce;
  onFailure: (result: Exclude<ActionResult<unknown>, { ok: true }>) => void;
}) {
  const t = useTranslations("district.settings.catalog");
  const validationMessage = useFieldErrorMessage();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [value, setValue] = useState(String(index + 1));
  const [error, setError] = useState<string | undefined>();
  const field = useRef<HTMLInputElement>(null);

  // Moving re-renders the list in the new order, which loses focus: put it back on this row's field.
  useEffect(() => {
    if (focus) field.current?.focus();
  }, [focus]);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const parsed = moveCatalogEntrySchema.safeParse({ kind, id: row.id, position: value.trim() === "" ? undefined : value });
    if (!parsed.success) return setError(validationMessage("positionInvalid"));
    setError(undefined);
    const position = Math.min(parsed.data.position!, count);
    if (position === index + 1) return announce(t("unchanged", { name: row.name, position }));
    startTransition(async () => {
      const result = await moveCatalogEntryAction({ kind, id: row.id, position });
      if (!result.ok) return onFailure(result);
      onMoved(row.id);
      announce(t("moved", { name: row.name, position }));
      router.refresh();
    });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t("moveTo", { name: row.name })} className="flex flex-wrap items-end gap-2">
      <div className="w-28">
        <TextField
          ref={field}
          label={t("position", { name: row.name })}
          type="number"
          inputMode="numeric"
          min={1}
          max={count}
          value={value}
          error={error}
          onChange={(event) => setValue(event.target.value)}
        />
      </div>
      <Button type="submit" variant="secondary" pending={pending}>
        {t("positionSubmit")}
      </Button>
    </form>
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
