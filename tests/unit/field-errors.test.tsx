// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import { NextIntlClientProvider } from "next-intl";
import { afterEach, describe, expect, test } from "vitest";
import { z } from "zod";
import { TextField } from "@/components/ui/field";
import { fieldErrorKey, parseFieldErrorKey } from "@/lib/action/field-error-key";
import { displayNameSchema } from "@/lib/users/schemas";
import { messages } from "@/lib/i18n/messages";

afterEach(cleanup);

const keysOf = (schema: z.ZodType, value: unknown) => {
  const parsed = schema.safeParse(value);
  return parsed.success ? [] : parsed.error.issues.map(fieldErrorKey);
};

describe("field-error keys", () => {
  test("a too-long text carries its limit; other errors and too many items keep their key", () => {
    expect(keysOf(displayNameSchema, "x".repeat(61))).toEqual(["tooLong:60"]);
    expect(keysOf(displayNameSchema, "x")).toEqual(["displayNameTooShort"]);
    expect(keysOf(z.array(z.number()).max(1, { error: "tooLong" }), [1, 2])).toEqual(["tooLong"]);
    expect(parseFieldErrorKey("tooLong:60")).toEqual({ key: "tooLong", params: { max: 60 } });
    expect(parseFieldErrorKey("required")).toEqual({ key: "required" });
  });

  test.each([
    ["de", "Dieser Eintrag ist zu lang: höchstens 1.000 Zeichen."],
    ["en", "This entry is too long: 1,000 characters at most."],
  ] as const)("the sentence next to the field names the limit (%s)", (locale, sentence) => {
    render(
      <NextIntlClientProvider locale={locale} messages={messages[locale]} timeZone="Europe/Berlin">
        <TextField label="Begründung" error="tooLong:1000" />
        <TextField label="Ortsteile" error="tooLong" />
      </NextIntlClientProvider>,
    );
    expect(screen.getByLabelText("Begründung")).toHaveAccessibleDescription(sentence);
    expect(screen.getByLabelText("Ortsteile")).toHaveAccessibleDescription(locale === "de" ? "Dieser Eintrag ist zu lang." : "This entry is too long.");
  });
});
