// @vitest-environment jsdom
import { cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, test } from "vitest";
import { LinkifiedText } from "@/components/linkified-text";

afterEach(cleanup);

const renderText = (text: string) => render(<p><LinkifiedText text={text} /></p>).container.firstElementChild!;

describe("a comment as the page shows it", () => {
  test("web addresses are links with rel nofollow ugc noopener noreferrer, the rest is the typed text", () => {
    const shown = renderText("Infos: https://www.berlin.de/ba-treptow-koepenick/, danke");
    const link = shown.querySelector("a")!;
    expect(link).toHaveAttribute("href", "https://www.berlin.de/ba-treptow-koepenick/");
    expect(link).toHaveAttribute("rel", "nofollow ugc noopener noreferrer");
    expect(link).toHaveTextContent("https://www.berlin.de/ba-treptow-koepenick/");
    expect(shown.textContent).toBe("Infos: https://www.berlin.de/ba-treptow-koepenick/, danke");
  });

  test("markup typed into a comment is escaped text: no element, no handler, no javascript: link", () => {
    const typed = '<img src=x onerror="alert(1)"><script>alert(2)</script><a href="javascript:alert(3)">klick</a> javascript:alert(4)';
    const shown = renderText(typed);
    expect(shown.textContent).toBe(typed);
    expect(shown.querySelectorAll("img, script, a")).toHaveLength(0);
    expect(shown.innerHTML).toContain("&lt;script&gt;");
  });
});
