import { managePanel, publishAnnouncement, uniqueTitle } from "./support/announcements";
import { expect, expectAccessible, test, uniqueName } from "./support/fixtures";
import { commentWith, openAnnouncement, search, staffPage, thread, visitorPage, waitUntilInteractive, writeComment } from "./support/kiez";

test.describe("Comments on announcements", () => {
  test("a member comments (links clickable, HTML as text), edits and deletes; the list shows the count", async ({ browser, page, joinAsNewMember }) => {
    const staff = await staffPage(browser);
    const title = uniqueTitle("Ufersanierung");
    await publishAnnouncement(staff, { title, body: "Die Uferpromenade wird saniert.", localities: ["Köpenick"], topics: ["Umwelt und Grünflächen"] });
    await staff.context().close();

    await joinAsNewMember({ locality: "Köpenick" });
    await openAnnouncement(page, title);
    await expect(page.getByText("Noch keine Kommentare. Schreib den ersten!")).toBeVisible();
    await expectAccessible(page);

    // An empty comment is explained next to the field.
    await waitUntilInteractive(page.getByRole("button", { name: "Kommentar veröffentlichen" }));
    await page.getByRole("button", { name: "Kommentar veröffentlichen" }).click();
    await expect(page.getByText("Bitte schreib zuerst deinen Kommentar.")).toBeVisible();
    await expect(page.getByLabel("Dein Kommentar")).toHaveAttribute("aria-invalid", "true");
    await expectAccessible(page);

    const text = "Gute Nachricht! Details: https://www.berlin.de/ba-treptow-koepenick/. <b>fett</b> <script>alert(1)</script>";
    await writeComment(page, text);
    await expect(page.getByLabel("Dein Kommentar")).toHaveValue("");
    const comment = commentWith(page, "Gute Nachricht!");
    const link = comment.getByRole("link", { name: "https://www.berlin.de/ba-treptow-koepenick/" });
    await expect(link).toHaveAttribute("href", "https://www.berlin.de/ba-treptow-koepenick/");
    await expect(link).toHaveAttribute("rel", "nofollow ugc noopener noreferrer");
    // What looks like HTML is shown as typed, never run.
    await expect(comment).toContainText("<b>fett</b> <script>alert(1)</script>");
    await expect(comment.locator("b, script")).toHaveCount(0);
    await expect(comment.getByText("(du)")).toBeVisible();
    await expect(page.getByText("1 Kommentar", { exact: true })).toBeVisible();
    await expectAccessible(page);

    // The list counts it.
    await page.goto("/bekanntmachungen");
    await expect(page.getByRole("listitem").filter({ has: page.getByRole("link", { name: title }) })).toContainText("1 Kommentar");
    await openAnnouncement(page, title);

    // Editing happens in place; the comment is marked as edited.
    await comment.getByRole("button", { name: "Bearbeiten" }).click();
    await expect(page.getByLabel("Kommentar bearbeiten")).toBeFocused();
    await expect(page.getByLabel("Kommentar bearbeiten")).toHaveValue(text);
    await expectAccessible(page);
    await page.getByLabel("Kommentar bearbeiten").fill("   ");
    await page.getByRole("button", { name: "Änderung speichern" }).click();
    await expect(page.getByText("Bitte schreib zuerst deinen Kommentar.")).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel("Kommentar bearbeiten").fill("Gute Nachricht, jetzt mit Termin: www.example.org/termin");
    await page.getByRole("button", { name: "Änderung speichern" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Deine Änderung ist gespeichert." })).toBeVisible();
    const edited = commentWith(page, "jetzt mit Termin");
    await expect(edited.getByText("(bearbeitet")).toBeVisible();
    await expect(edited.getByRole("link", { name: "www.example.org/termin" })).toHaveAttribute("href", "https://www.example.org/termin");
    await expect(edited.getByRole("button", { name: "Bearbeiten" })).toBeFocused();
    await expectAccessible(page);

    // Deleting asks first; "no" keeps it.
    await edited.getByRole("button", { name: "Löschen" }).click();
    await expect(page.getByText("Diesen Kommentar wirklich löschen?")).toBeFocused();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Nicht löschen" }).click();
    await expect(edited.getByRole("button", { name: "Löschen" })).toBeFocused();
    await edited.getByRole("button", { name: "Löschen" }).click();
    await page.getByRole("button", { name: "Ja, endgültig löschen" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Dein Kommentar wurde gelöscht." })).toBeVisible();
    await expect(thread(page)).toHaveCount(0);
    await expect(page.getByText("Noch keine Kommentare. Schreib den ersten!")).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Kommentare" })).toBeFocused();
    await expectAccessible(page);
  });

  test("visitors read the comments but get no form, only the way to sign in; after signing in they are back", async ({ browser, page, joinAsNewMember }) => {
    const staff = await staffPage(browser);
    const title = uniqueTitle("Wochenmarkt");
    await publishAnnouncement(staff, { title, body: "Der Wochenmarkt zieht um.", wholeDistrict: true, topics: ["Wirtschaft und Arbeit"] });
    await staff.context().close();
    await joinAsNewMember({ locality: "Adlershof" });
    await openAnnouncement(page, title);
    await writeComment(page, "Endlich ein Markt in der Nähe!");

    const visitor = await visitorPage(browser);
    await openAnnouncement(visitor, title);
    await expect(commentWith(visitor, "Endlich ein Markt in der Nähe!")).toBeVisible();
    await expect(commentWith(visitor, "Endlich ein Markt").getByRole("button")).toHaveCount(0);
    await expect(visitor.getByLabel("Dein Kommentar")).toHaveCount(0);
    await expect(visitor.getByText("Melde dich an, um mitzudiskutieren")).toBeVisible();
    await expectAccessible(visitor);

    await visitor.getByRole("link", { name: "Melde dich an, um mitzudiskutieren" }).click();
    await waitUntilInteractive(visitor.getByRole("button", { name: "Anmelden", exact: true }));
    await visitor.getByLabel("Benutzername oder E-Mail-Adresse").fill("anton");
    await visitor.getByLabel("Passwort", { exact: true }).fill("kiezwerk-demo-2026");
    await visitor.getByRole("button", { name: "Anmelden", exact: true }).click();
    await expect(visitor.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(visitor.getByLabel("Dein Kommentar")).toBeVisible();
    // Someone else's comment has no edit or delete buttons, only the way to report it.
    await expect(commentWith(visitor, "Endlich ein Markt").getByRole("button", { name: /Bearbeiten|Löschen/ })).toHaveCount(0);
    await expect(commentWith(visitor, "Endlich ein Markt").getByRole("button", { name: "Kommentar melden" })).toBeVisible();
    await expectAccessible(visitor);
    await visitor.context().close();
  });

  test("when staff close the comments, what was written stays readable with a notice, and the form is gone", async ({ browser, page, joinAsNewMember }) => {
    const staff = await staffPage(browser);
    const title = uniqueTitle("Bürgerhaushalt");
    await publishAnnouncement(staff, { title, body: "Vorschläge bis Ende des Monats.", localities: ["Johannisthal"], topics: ["Bürgerbeteiligung"] });
    await joinAsNewMember({ locality: "Johannisthal" });
    await openAnnouncement(page, title);
    await writeComment(page, "Mein Vorschlag: mehr Bänke am Teltowkanal.");

    await managePanel(staff).getByRole("link", { name: "Bearbeiten" }).click();
    await expect(staff.getByRole("heading", { level: 1, name: "Bekanntmachung bearbeiten" })).toBeVisible();
    await waitUntilInteractive(staff.getByRole("button", { name: "Änderungen speichern" }));
    await staff.getByLabel("Kommentare erlauben").uncheck();
    await staff.getByRole("button", { name: "Änderungen speichern" }).click();
    await expect(staff.getByRole("status").filter({ hasText: "Die Bekanntmachung ist gespeichert." })).toBeVisible();
    await staff.context().close();

    await page.reload();
    await expect(page.getByText("Die Kommentare zu dieser Bekanntmachung sind geschlossen.")).toBeVisible();
    await expect(commentWith(page, "mehr Bänke am Teltowkanal")).toBeVisible();
    await expect(page.getByLabel("Dein Kommentar")).toHaveCount(0);
    await expectAccessible(page);
  });
});

test.describe("Search", () => {
  test("finds an announcement by another form of a word and a comment by its text, with the matches marked", async ({ browser, page, joinAsNewMember }) => {
    const staff = await staffPage(browser);
    const tag = uniqueName("ort");
    const title = uniqueTitle("Obstbäume für den Kiezgarten");
    await publishAnnouncement(staff, { title, body: `Am Kiezgarten ${tag} werden zwölf Obstbäume gepflanzt.`, localities: ["Baumschulenweg"], topics: ["Umwelt und Grünflächen"] });
    await staff.context().close();

    // Nothing typed yet: a hint what to search for.
    await page.goto("/suche");
    await expect(page.getByRole("heading", { level: 1, name: "Suche" })).toBeVisible();
    await expect(page.getByText(/Gib einen oder mehrere Begriffe ein/)).toBeVisible();
    await expectAccessible(page);

    // "Obstbaum" (singular) finds "Obstbäume" (plural): German stemming.
    await search(page, `Obstbaum ${tag}`);
    const announcements = page.getByRole("region", { name: "Bekanntmachungen", exact: true });
    await expect(announcements.getByRole("link", { name: title })).toBeVisible();
    await expect(announcements.locator("mark").filter({ hasText: "Obstbäume" }).first()).toBeVisible();
    await expect(announcements.locator("mark").filter({ hasText: tag })).toHaveCount(1);
    await expectAccessible(page);

    // A comment is found by its text and leads to its place on the announcement's page.
    const phrase = uniqueName("giesskanne");
    await joinAsNewMember({ locality: "Baumschulenweg" });
    await openAnnouncement(page, title);
    await writeComment(page, `Ich bringe eine ${phrase} mit <i>und</i> helfe beim Gießen.`);
    await search(page, phrase);
    const comments = page.getByRole("region", { name: "Kommentare", exact: true });
    await expect(comments.locator("mark")).toHaveText([phrase]);
    await expect(comments.locator("i")).toHaveCount(0);
    await expectAccessible(page);
    await comments.getByRole("link", { name: `Kommentar zu „${title}“` }).click();
    await expect(page).toHaveURL(/#kommentar-/);
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(commentWith(page, phrase)).toBeVisible();

    // Nothing found: a helpful message, not an empty page.
    await search(page, uniqueName("nichtvorhanden"));
    await expect(page.getByRole("heading", { level: 2, name: /haben wir nichts gefunden/ })).toBeVisible();
    await expect(page.getByRole("link", { name: "Alle Bekanntmachungen ansehen" })).toBeVisible();
    await expectAccessible(page);
  });
});
