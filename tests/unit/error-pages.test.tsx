// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { NextIntlClientProvider } from "next-intl";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, test, vi } from "vitest";
import ErrorPage from "@/app/(site)/error";
import GlobalError from "@/app/global-error";
import { clientMessages } from "@/lib/i18n/client-messages";
import { locales } from "@/lib/i18n/config";
import { errorPageMessages } from "@/lib/i18n/error-page-messages";
import { messages } from "@/lib/i18n/messages";

afterEach(() => {
  cleanup();
  document.cookie = "NEXT_LOCALE=; max-age=0";
});

// What Next.js hands the boundary for a failed server component in production: a generic message and a digest.
const serverError = () => Object.assign(new Error("Failed query: select … from users where password_hash = …"), { digest: "2417983405" });

function renderErrorPage(locale: "de" | "en", error: unknown = serverError(), retry = vi.fn()) {
  // The messages the browser really gets, so a missing client namespace fails here too.
  render(
    <NextIntlClientProvider locale={locale} messages={clientMessages(locale)} timeZone="Europe/Berlin">
      <ErrorPage error={error} retry={retry} />
    </NextIntlClientProvider>,
  );
  return retry;
}

describe("error.tsx", () => {
  test("says in German what happened, offers to try again and a way home, and shows the digest as a reference", () => {
    const retry = renderErrorPage("de");
    expect(screen.getByRole("heading", { level: 1, name: "Da ist etwas schiefgegangen" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Zur Startseite" })).toHaveAttribute("href", "/");
    expect(screen.getByText("Fehlernummer für Rückfragen: 2417983405")).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Erneut versuchen" }));
    expect(retry).toHaveBeenCalledTimes(1);
  });

  test("never shows the error's message", () => {
    renderErrorPage("de");
    expect(document.body).not.toHaveTextContent(/Failed query|password_hash/);
  });

  test("speaks English to an English reader", () => {
    renderErrorPage("en");
    expect(screen.getByRole("heading", { level: 1, name: "Something went wrong" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Try again" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Go to the home page" })).toBeInTheDocument();
  });

  test("leaves out the reference when there is no digest (an error thrown in the browser)", () => {
    renderErrorPage("de", "not even an Error");
    expect(screen.queryByText(/Fehlernummer/)).not.toBeInTheDocument();
  });
});

describe("global-error.tsx", () => {
  test.each(locales)("its inline %s strings are the ones in errors.json", (locale) => {
    expect(errorPageMessages[locale]).toEqual(messages[locale].errors.page);
  });

  test("renders a whole German document on the server, where it cannot see the locale cookie", () => {
    const html = renderToString(<GlobalError error={serverError()} retry={() => {}} />);
    expect(html).toMatch(/^<html lang="de">/);
    expect(html).toContain("Da ist etwas schiefgegangen");
    expect(html).toContain("Fehlernummer für Rückfragen: 2417983405");
    expect(html).not.toContain("password_hash");
  });

  test("follows the locale cookie in the browser", () => {
    document.cookie = "NEXT_LOCALE=en; path=/";
    // It renders <html> itself, so it is mounted on the document rather than into a <div>.
    render(<GlobalError error={serverError()} retry={() => {}} />, { container: document, baseElement: document.documentElement });
    expect(document.documentElement).toHaveAttribute("lang", "en");
    expect(screen.getByRole("heading", { level: 1, name: "Something went wrong" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Try again" })).toBeInTheDocument();
  });
});
