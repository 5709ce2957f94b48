// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import { NextIntlClientProvider } from "next-intl";
import { afterEach, describe, expect, test } from "vitest";
import { FormStatus } from "@/components/forms/form-status";
import type { FormStatus as Status } from "@/components/forms/use-action-form";
import { messages } from "@/lib/i18n/messages";

afterEach(cleanup);

function renderStatus(status: Status, { locale = "de", success }: { locale?: "de" | "en"; success?: string } = {}) {
  return render(
    <NextIntlClientProvider locale={locale} messages={messages[locale]} timeZone="Europe/Berlin">
      <FormStatus status={status} success={success} />
    </NextIntlClientProvider>,
  );
}

describe("FormStatus", () => {
  test("tells a rate-limited user in German how many minutes to wait, in a region screen readers announce", () => {
    renderStatus({ kind: "error", error: "rate_limited", params: { minutes: 12 } });
    const region = screen.getByRole("status");
    expect(region).toHaveAttribute("aria-live", "polite");
    expect(region).toHaveTextContent("Zu viele Versuche. Bitte warte 12 Minuten und versuche es dann erneut.");
  });

  test("uses the singular for one minute", () => {
    renderStatus({ kind: "error", error: "rate_limited", params: { minutes: 1 } });
    expect(screen.getByRole("status")).toHaveTextContent("Bitte warte 1 Minute und");
  });

  test("speaks English to an English reader", () => {
    renderStatus({ kind: "error", error: "invalid_credentials" }, { locale: "en" });
    expect(screen.getByRole("status")).toHaveTextContent(messages.en.errors.invalid_credentials);
    expect(screen.getByRole("status")).not.toHaveTextContent(messages.de.errors.invalid_credentials);
  });

  test("shows the success message in the same live region", () => {
    renderStatus({ kind: "success" }, { success: "Gespeichert." });
    expect(screen.getByRole("status")).toHaveTextContent("Gespeichert.");
  });

  test("is present but silent before anything happened, so the first message is announced", () => {
    renderStatus({ kind: "idle" });
    const region = screen.getByRole("status");
    expect(region).toHaveAttribute("aria-live", "polite");
    expect(region).toBeEmptyDOMElement();
  });
});
