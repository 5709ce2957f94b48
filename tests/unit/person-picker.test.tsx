// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { NextIntlClientProvider } from "next-intl";
import { useState } from "react";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { PersonPicker, type PickedPerson } from "@/components/forms/person-picker";
import { messages } from "@/lib/i18n/messages";

const PEOPLE: PickedPerson[] = [
  { username: "anton", displayName: "Anton Becker" },
  { username: "anna_k", displayName: "Anna Krause" },
  { username: "annegret", displayName: "Annegret Sommer" },
];

function Harness({ initial = [], onValue }: { initial?: PickedPerson[]; onValue?: (value: string) => void }) {
  const [value, setValue] = useState(initial.map((p) => p.username).join(", "));
  return (
    <NextIntlClientProvider locale="de" messages={messages.de} timeZone="Europe/Berlin">
      <form onSubmit={(event) => event.preventDefault()}>
        <PersonPicker
          label="Beteiligte"
          description="Benutzernamen, durch Komma getrennt"
          name="parties"
          value={value}
          onChange={(next) => {
            setValue(next);
            onValue?.(next);
          }}
          initial={initial}
          search={async (q) => PEOPLE.filter((p) => `${p.displayName} ${p.username}`.toLowerCase().includes(q.toLowerCase()))}
        />
      </form>
    </NextIntlClientProvider>
  );
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/** Types into the search field and lets the debounced search answer. */
async function type(text: string) {
  fireEvent.change(screen.getByRole("combobox", { name: "Beteiligte" }), { target: { value: text } });
  await act(async () => {
    await vi.advanceTimersByTimeAsync(250);
  });
}

const key = (name: string) => fireEvent.keyDown(screen.getByRole("combobox", { name: "Beteiligte" }), { key: name });

describe("the person picker (WAI-ARIA combobox)", () => {
  test("typing opens the listbox and the live region says how many were found", async () => {
    render(<Harness />);
    const input = screen.getByRole("combobox", { name: "Beteiligte" });
    expect(input).toHaveAttribute("aria-expanded", "false");
    await type("ann");
    expect(input).toHaveAttribute("aria-expanded", "true");
    const listbox = screen.getByRole("listbox", { name: "Gefundene Personen" });
    expect(input).toHaveAttribute("aria-controls", listbox.id);
    expect(screen.getAllByRole("option").map((o) => o.textContent)).toEqual(["Anna Krause@anna_k", "Annegret Sommer@annegret"]);
    expect(screen.getByRole("status")).toHaveTextContent("2 Personen gefunden.");
  });

  test("Down and Up move the highlight (wrapping), shown through aria-activedescendant and aria-selected", async () => {
    render(<Harness />);
    const input = screen.getByRole("combobox", { name: "Beteiligte" });
    await type("ann");
    expect(input).not.toHaveAttribute("aria-activedescendant");
    key("ArrowDown");
    const [first, second] = screen.getAllByRole("option");
    expect(input).toHaveAttribute("aria-activedescendant", first!.id);
    expect(first).toHaveAttribute("aria-selected", "true");
    key("ArrowDown");
    expect(input).toHaveAttribute("aria-activedescendant", second!.id);
    expect(first).toHaveAttribute("aria-selected", "false");
    key("ArrowDown");
    expect(input).toHaveAttribute("aria-activedescendant", first!.id);
    key("ArrowUp");
    expect(input).toHaveAttribute("aria-activedescendant", second!.id);
  });

  test("Enter adds the highlighted person as a chip, clears the search and sets the field to the usernames", async () => {
    const onValue = vi.fn();
    render(<Harness initial={[PEOPLE[0]!]} onValue={onValue} />);
    await type("ann");
    key("ArrowDown");
    key("ArrowDown");
    key("Enter");
    expect(onValue).toHaveBeenLastCalledWith("anton, annegret");
    expect(screen.getByRole("list", { name: "Ausgewählte Personen" })).toHaveTextContent(/Anton Becker.*Annegret Sommer/);
    const input = screen.getByRole("combobox", { name: "Beteiligte" });
    expect(input).toHaveValue("");
    expect(input).toHaveAttribute("aria-expanded", "false");
    expect(screen.getByRole("status")).toHaveTextContent("Annegret Sommer hinzugefügt.");
    // Someone already chosen is not offered again.
    await type("an");
    expect(screen.getAllByRole("option").map((o) => o.textContent)).toEqual(["Anna Krause@anna_k"]);
  });

  test("Enter without a highlighted option does not submit the form: it adds the typed usernames as they are", async () => {
    const submitted = vi.fn();
    const onValue = vi.fn();
    render(<Harness onValue={onValue} />);
    screen.getByRole("combobox", { name: "Beteiligte" }).closest("form")!.addEventListener("submit", submitted);
    await type("@bernd, carla");
    const event = new KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true });
    act(() => {
      screen.getByRole("combobox", { name: "Beteiligte" }).dispatchEvent(event);
    });
    expect(event.defaultPrevented).toBe(true);
    expect(submitted).not.toHaveBeenCalled();
    expect(onValue).toHaveBeenLastCalledWith("bernd, carla");
    expect(screen.getByRole("button", { name: "bernd entfernen" })).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: "Beteiligte" })).toHaveValue("");
  });

  test("Escape closes the list first, then clears the text", async () => {
    render(<Harness />);
    const input = screen.getByRole("combobox", { name: "Beteiligte" });
    await type("ann");
    key("ArrowDown");
    key("Escape");
    expect(input).toHaveAttribute("aria-expanded", "false");
    expect(input).not.toHaveAttribute("aria-activedescendant");
    expect(input).toHaveValue("ann");
    key("Escape");
    expect(input).toHaveValue("");
  });

  test("a chip's remove button takes the person out again; no results is said, not an empty list", async () => {
    const onValue = vi.fn();
    render(<Harness initial={[PEOPLE[0]!, PEOPLE[1]!]} onValue={onValue} />);
    fireEvent.click(screen.getByRole("button", { name: "Anton Becker entfernen" }));
    expect(onValue).toHaveBeenLastCalledWith("anna_k");
    expect(screen.queryByRole("button", { name: "Anton Becker entfernen" })).toBeNull();
    expect(screen.getByRole("status")).toHaveTextContent("Anton Becker entfernt.");
    await type("zzz");
    expect(screen.getByRole("status")).toHaveTextContent("Niemanden gefunden.");
    expect(screen.queryAllByRole("option")).toEqual([]);
  });
});
