import { describe, expect, test } from "vitest";
import { framedExcerpt, MATCH_END, MATCH_START } from "@/lib/search/highlight";

const mark = (word: string) => `${MATCH_START}${word}${MATCH_END}`;
const text = "Die Berliner Wasserbetriebe erneuern in der Bahnhofstraße eine Trinkwasserleitung. Dafür wird die Fahrbahn stadteinwärts gesperrt. Eine Umleitung ist ausgeschildert.";
const edges = (t: string) => ({ start: t.slice(0, 300), end: t.slice(-300) });

describe("framedExcerpt", () => {
  test("an excerpt from the middle of a text starts and ends with …", () => {
    const headline = `Dafür wird die Fahrbahn stadteinwärts ${mark("gesperrt")}`;
    expect(framedExcerpt(headline, edges(text))).toBe(`… ${headline} …`);
  });

  test("an excerpt from the beginning has … only at the end; one that reaches the end (even without its full stop) only at the front", () => {
    const fromStart = `Die Berliner ${mark("Wasserbetriebe")} erneuern in der Bahnhofstraße`;
    expect(framedExcerpt(fromStart, edges(text))).toBe(`${fromStart} …`);
    const toEnd = `Eine ${mark("Umleitung")} ist ausgeschildert`;
    expect(framedExcerpt(toEnd, edges(text))).toBe(`… ${toEnd}`);
  });

  test("the whole short text needs no …; with two fragments the first decides the front and the last the back", () => {
    const short = "Neue Öffnungszeiten ab Montag.";
    expect(framedExcerpt(`Neue ${mark("Öffnungszeiten")} ab Montag.`, edges(short))).toBe(`Neue ${mark("Öffnungszeiten")} ab Montag.`);
    const twoFragments = `Die Berliner ${mark("Wasserbetriebe")} erneuern … Eine ${mark("Umleitung")} ist ausgeschildert.`;
    expect(framedExcerpt(twoFragments, edges(text))).toBe(twoFragments);
  });
});
