import { describe, expect, test } from "vitest";
import { decideSchema } from "@/lib/moderation/schemas";
import { FORMER_RULES_OF_CONDUCT, RULES_OF_CONDUCT } from "@/lib/moderation/rules-of-conduct";
import { INITIAL_TERMS_DE, INITIAL_TERMS_EN, INITIAL_TERMS_SECTIONS } from "@/lib/terms/initial-terms";
import { suspendUserSchema } from "@/lib/users/schemas";
import { termsParagraphs } from "@/lib/terms/schemas";
import { messages } from "@/lib/i18n/messages";

// Issue 14: a moderator may cite exactly the rules the published terms contain — no more, no fewer.

const ruleSections = INITIAL_TERMS_SECTIONS.filter((section) => section.rule !== null);

describe("the citable rules are the terms' rules", () => {
  test("every rule section of the terms is citable, every citable rule is a section of the terms, in the terms' order", () => {
    expect(ruleSections.map((section) => section.rule)).toEqual([...RULES_OF_CONDUCT]);
  });

  test("each rule section is a paragraph of the published text, in German and English", () => {
    const de = termsParagraphs(INITIAL_TERMS_DE);
    const en = termsParagraphs(INITIAL_TERMS_EN);
    for (const section of ruleSections) {
      expect(de, section.rule!).toContain(section.de);
      expect(en, section.rule!).toContain(section.en);
    }
  });

  test("rules that are not in the terms cannot be cited, neither by moderators nor by admins", () => {
    for (const rule of FORMER_RULES_OF_CONDUCT) {
      const decided = decideSchema.safeParse({ targetType: "comment", targetId: "c1", kind: "hide", ruleKey: rule, facts: "Beleidigt andere Mitglieder." });
      expect(decided.success, rule).toBe(false);
      expect(suspendUserSchema.safeParse({ userId: "u1", ruleKey: rule, reason: "Beleidigt andere Mitglieder.", duration: "7" }).success, rule).toBe(false);
    }
    expect(decideSchema.safeParse({ targetType: "comment", targetId: "c1", kind: "hide", ruleKey: "respect", facts: "Beleidigt andere Mitglieder." }).success).toBe(true);
  });

  test("every citable rule, and every rule earlier decisions cited, has its label in both languages", () => {
    for (const locale of ["de", "en"] as const) {
      for (const rule of [...RULES_OF_CONDUCT, ...FORMER_RULES_OF_CONDUCT]) {
        expect(messages[locale].conduct.rules[rule], `${locale}: ${rule}`).toBeTruthy();
      }
    }
  });
});
