import type { RuleOfConduct } from "@/lib/moderation/rules-of-conduct";

/**
 * The terms a new district starts with (version 1), section by section. A section that is a rule of
 * conduct names its key: exactly those rules can be cited by a decision (lib/moderation/rules-of-conduct.ts),
 * and tests/unit/rules-of-conduct.test.ts holds both lists together. Never change this text in place —
 * accepted versions are records; a change is a new version published by an admin.
 */
export const INITIAL_TERMS_SECTIONS: ReadonlyArray<{ rule: RuleOfConduct | null; de: string; en: string }> = [
  {
    rule: "respect",
    de: "Kiezwerk ist ein Ort für den respektvollen Austausch über das Leben im Bezirk. Beleidigungen, Hetze, Bedrohungen und Diskriminierung sind nicht erlaubt.",
    en: "Kiezwerk is a place for respectful exchange about life in the district. Insults, hate speech, threats and discrimination are not allowed.",
  },
  {
    rule: "identity",
    de: "Du handelst unter deiner eigenen Identität. Falsche Identitäten und Mehrfachkonten sind nicht erlaubt.",
    en: "You act under your own identity. False identities and multiple accounts are not allowed.",
  },
  {
    rule: "privacy",
    de: "Veröffentliche keine personenbezogenen Daten anderer (zum Beispiel Adressen oder Telefonnummern) ohne deren Einwilligung.",
    en: "Do not publish other people's personal data (such as addresses or phone numbers) without their consent.",
  },
  {
    rule: "spam",
    de: "Werbung, kommerzielle Angebote und Spam sind nicht erlaubt.",
    en: "Advertising, commercial offers and spam are not allowed.",
  },
  {
    rule: "truthfulness",
    de: "Verbreite wissentlich keine falschen Tatsachenbehauptungen.",
    en: "Do not knowingly spread false statements of fact.",
  },
  {
    rule: null,
    de: "Moderatorinnen und Moderatoren können Inhalte ausblenden, Verwarnungen aussprechen und Konten sperren. Jede Maßnahme wird begründet; du kannst innerhalb von sechs Monaten widersprechen.",
    en: "Moderators may hide content, issue warnings and suspend accounts. Every measure comes with reasons; you can appeal within six months.",
  },
  {
    rule: null,
    de: "Du kannst dein Konto jederzeit löschen. Deine Beiträge bleiben dann als „gelöschtes Mitglied“ ohne Bezug zu deiner Person erhalten.",
    en: "You can delete your account at any time. Your contributions then remain as “deleted member”, with no link to you.",
  },
];

export const INITIAL_TERMS_DE = INITIAL_TERMS_SECTIONS.map((section) => section.de).join("\n\n");
export const INITIAL_TERMS_EN = INITIAL_TERMS_SECTIONS.map((section) => section.en).join("\n\n");
