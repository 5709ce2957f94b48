"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, useSyncExternalStore, type KeyboardEvent } from "react";
import { CONTENT_LOCALE } from "@/lib/i18n/config";
import { useFieldErrorMessage, type FieldErrorScope } from "./use-field-error-message";

/** A person the picker offers and shows as a chip. */
export interface PickedPerson {
  username: string;
  /** Null for a name typed by hand (before JavaScript, or not found yet): the chip shows the username. */
  displayName: string | null;
}

interface PersonPickerProps {
  label: string;
  description: string;
  /** A field-error key (or key with parameters) as the form holds it. */
  error?: string;
  errorParams?: Record<string, string | number>;
  /** The field's value: the usernames, comma-separated — what the server reads, with or without JavaScript. */
  name: string;
  value: string;
  onChange: (value: string) => void;
  /** The people already named (e.g. prefilled from a report), with their display names. */
  initial?: PickedPerson[];
  /** Looks people up by name; only called for two characters or more. */
  search: (query: string) => Promise<PickedPerson[]>;
  /** The error messages' scope (as for useFieldErrorMessage). */
  errorScope?: FieldErrorScope;
}

const usernamesOf = (value: string) =>
  value
    .split(/[\s,;]+/)
    .map((name) => name.replace(/^@/, "").trim())
    .filter(Boolean);

const subscribeToNothing = () => () => {};

const controlClass =
  "w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-slate-900 focus-visible:outline-3 focus-visible:outline-offset-1 focus-visible:outline-amber-500 aria-[invalid=true]:border-red-800";

/**
 * Names people by searching for them: a combobox (WAI-ARIA APG "combobox with listbox popup") whose
 * choices become removable chips. Down/Up move through the results, Enter adds the highlighted one,
 * Escape closes the list (or clears the text). A live region says how many were found. Enter on
 * typed usernames without a highlighted result adds them as they are (the server says if one is unknown).
 *
 * Before JavaScript runs (or without it) it is the plain text field of usernames the server accepts.
 */
export function PersonPicker({ label, description, error, errorParams, name, value, onChange, initial = [], search, errorScope }: PersonPickerProps) {
  const t = useTranslations("common.personPicker");
  const message = useFieldErrorMessage(errorScope)(error, errorParams);
  const id = useId();
  const ids = { input: `${id}-input`, hint: `${id}-hint`, error: `${id}-error`, list: `${id}-list`, chips: `${id}-chips`, option: (i: number) => `${id}-option-${i}` };
  const describedBy = [ids.hint, message ? ids.error : null].filter(Boolean).join(" ");
  // False while rendered on the server and until hydration: the plain field is what works without JavaScript.
  const enhanced = useSyncExternalStore(subscribeToNothing, () => true, () => false);

  const [known, setKnown] = useState(() => new Map(initial.map((p) => [p.username.toLowerCase(), p])));
  const chosen = usernamesOf(value).map((username) => known.get(username.toLowerCase()) ?? { username, displayName: null });
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<PickedPerson[] | null>(null);
  const [active, setActive] = useState(-1);
  const [announcement, setAnnouncement] = useState("");
  const latest = useRef(0);
  const input = useRef<HTMLInputElement>(null);

  const open = results !== null && query.trim().length >= 2;
  const offered = (results ?? []).filter((p) => !chosen.some((c) => c.username.toLowerCase() === p.username.toLowerCase()));

  useEffect(() => {
    const q = query.trim();
    // Too short to search: `open` is false, whatever an earlier answer left in `results`.
    if (q.length < 2) return;
    const request = ++latest.current;
    const timer = setTimeout(async () => {
      const found = await search(q).catch(() => []);
      // An answer to an older query must not replace the newer one's.
      if (request !== latest.current) return;
      setResults(found);
      setActive(-1);
      setAnnouncement(t("results", { count: found.filter((p) => !chosen.some((c) => c.username.toLowerCase() === p.username.toLowerCase())).length }));
    }, 200);
    return () => clearTimeout(timer);
    // `chosen` is derived from `value`; re-searching on every chip change is not wanted.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [query, search, t]);

  const setChosen = (people: PickedPerson[]) => onChange(people.map((p) => p.username).join(", "));

  const add = (person: PickedPerson) => {
    setKnown((map) => new Map(map).set(person.username.toLowerCase(), person));
    setChosen([...chosen, person]);
    setQuery("");
    setResults(null);
    setActive(-1);
    setAnnouncement(t("added", { name: person.displayName ?? person.username }));
    input.current?.focus();
  };

  const addTyped = (usernames: string[]) => {
    const fresh = usernames.filter((u) => !chosen.some((c) => c.username.toLowerCase() === u.toLowerCase()));
    const people = fresh.map((username) => known.get(username.toLowerCase()) ?? { username, displayName: null });
    setChosen([...chosen, ...people]);
    setQuery("");
    setResults(null);
    setActive(-1);
    if (people.length > 0) setAnnouncement(t("added", { name: people.map((p) => p.displayName ?? p.username).join(", ") }));
  };

  const remove = (person: PickedPerson) => {
    setChosen(chosen.filter((p) => p.username.toLowerCase() !== person.username.toLowerCase()));
    setAnnouncement(t("removed", { name: person.displayName ?? person.username }));
    input.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" && open && offered.length > 0) {
      event.preventDefault();
      setActive((i) => (i + 1) % offered.length);
    } else if (event.key === "ArrowUp" && open && offered.length > 0) {
      event.preventDefault();
      setActive((i) => (i <= 0 ? offered.length - 1 : i - 1));
    } else if (event.key === "Enter") {
      // Enter in the search field never submits the form: it adds the highlighted person, or else the
      // usernames typed (as in the plain field: "anna, bernd"), which the server checks.
      event.preventDefault();
      const person = open ? offered[active] : undefined;
      if (person) add(person);
      else if (query.trim()) addTyped(usernamesOf(query));
    } else if (event.key === "Escape") {
      if (open) {
        event.preventDefault();
        event.stopPropagation();
        setResults(null);
        setActive(-1);
      } else if (query) {
        event.preventDefault();
        setQuery("");
      }
    } else if (event.key === "Backspace" && query === "" && chosen.length > 0) {
      remove(chosen[chosen.length - 1]!);
    }
  };

  if (!enhanced) {
    return (
      <div className="flex flex-col gap-1">
        <label htmlFor={ids.input} className="font-medium text-slate-900">
          {label}
        </label>
        <p id={ids.hint} className="text-sm text-slate-700">
          {description}
        </p>
        <input
          id={ids.input}
          name={name}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={describedBy}
          aria-invalid={Boolean(message)}
          className={controlClass}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
        {message && (
          <p id={ids.error} className="text-sm font-medium text-red-800">
            {message}
          </p>
        )}
      </div>
    );
  }

  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={ids.input} className="font-medium text-slate-900">
        {label}
      </label>
      <p id={ids.hint} className="text-sm text-slate-700">
        {t("hint")}
      </p>
      <input type="hidden" name={name} value={value} />
      <p id={ids.chips} className="sr-only">
        {t("chosen")}
      </p>
      {chosen.length === 0 ? (
        <p className="text-sm text-slate-700">{t("none")}</p>
      ) : (
        <ul aria-labelledby={ids.chips} className="flex flex-wrap gap-2">
          {chosen.map((person) => (
            <li key={person.username} className="flex items-center gap-1 rounded-full border border-slate-400 bg-slate-100 py-1 pr-1 pl-3">
              <span lang={CONTENT_LOCALE}>{person.displayName ?? `@${person.username}`}</span>
              <button
                type="button"
                onClick={() => remove(person)}
                aria-label={t("remove", { name: person.displayName ?? person.username })}
                className="inline-flex size-11 items-center justify-center rounded-full text-slate-800 hover:bg-slate-200 focus-visible:outline-3 focus-visible:outline-amber-500"
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="relative">
        <input
          ref={input}
          id={ids.input}
          type="text"
          role="combobox"
          aria-expanded={open}
          aria-controls={ids.list}
          aria-autocomplete="list"
          aria-activedescendant={open && active >= 0 ? ids.option(active) : undefined}
          aria-describedby={describedBy}
          aria-invalid={Boolean(message)}
          autoComplete="off"
          spellCheck={false}
          placeholder={t("placeholder")}
          className={controlClass}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={onKeyDown}
          onBlur={() => setResults(null)}
        />
        <ul
          id={ids.list}
          role="listbox"
          aria-label={t("resultsLabel")}
          hidden={!open || offered.length === 0}
          className="absolute z-10 mt-1 max-h-72 w-full overflow-auto rounded-md border border-slate-500 bg-white shadow-lg"
        >
          {offered.map((person, i) => (
            <li
              key={person.username}
              id={ids.option(i)}
              role="option"
              aria-selected={i === active}
              // mousedown, not click: the input keeps focus, so the list is still open when it lands.
              onMouseDown={(event) => {
                event.preventDefault();
                add(person);
              }}
              className={`flex min-h-11 cursor-pointer flex-col justify-center px-3 py-1 ${i === active ? "bg-blue-800 text-white" : "text-slate-900 hover:bg-slate-100"}`}
            >
              <span lang={CONTENT_LOCALE}>{person.displayName ?? person.username}</span>
              <span className={`text-sm ${i === active ? "text-white" : "text-slate-700"}`}>@{person.username}</span>
            </li>
          ))}
        </ul>
        {open && offered.length === 0 && <p className="mt-1 rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-700">{t("noResults")}</p>}
      </div>
      <div role="status" aria-live="polite" className="sr-only">
        {announcement}
      </div>
      {message && (
        <p id={ids.error} className="text-sm font-medium text-red-800">
          {message}
        </p>
      )}
    </div>
  );
}
