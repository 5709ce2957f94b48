import { strFromU8, unzipSync } from "fflate";
import { describe, expect, test } from "vitest";
import { buildPersonalDataExport } from "@/lib/privacy/export/build";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { notifications, personalDataExports } from "@/db/schema";
import { runPendingJobs } from "@/lib/jobs/drain";
import { QUEUES } from "@/lib/jobs/queues";
import { deleteAccount } from "@/lib/privacy/delete-account";
import { createPersonalDataExport, listOwnExports, loadExportFacts, readOwnExport, requestPersonalDataExport } from "@/lib/privacy/export/store";
import { PERSONAL_TABLES } from "@/lib/privacy/personal-data-map";
import { createUser } from "../support/factories";
import { createPersonWithData, schemaTables } from "../support/privacy-fixture";

const unzip = (zip: Uint8Array) => Object.fromEntries(Object.entries(unzipSync(zip)).map(([name, bytes]) => [name, strFromU8(bytes)]));

describe("the export knows the schema", () => {
  test("every table with a column referring to a person is exported or listed with a reason", async () => {
    const { person } = await createPersonWithData();
    const files = unzip((await buildPersonalDataExport(person.id))!);
    const missing: string[] = [];
    for (const table of schemaTables().filter((t) => t.userColumns.length > 0 || t.name === "users")) {
      const entry = PERSONAL_TABLES[table.name];
      if (!entry) missing.push(`${table.name}: not in lib/privacy/personal-data-map.ts`);
      else if ("file" in entry.export && !(entry.export.file in files)) missing.push(`${table.name}: ${entry.export.file} is not in the ZIP`);
      else if ("notExported" in entry.export) expect(entry.export.notExported.length, `${table.name}'s reason`).toBeGreaterThan(10);
    }
    expect(missing).toEqual([]);
  });
});

describe("downloading one's data", () => {
  test("the ZIP holds one JSON file per kind of data, the person's own content, no secrets, and a README explaining each file", async () => {
    const data = await createPersonWithData();
    const files = unzip((await buildPersonalDataExport(data.person.id, { locale: "de" }))!);
    const account = JSON.parse(files["account.json"]!);
    expect(account).toMatchObject({ email: data.email, username: data.username, hasPassword: true });
    expect(JSON.parse(files["profile.json"]!)).toMatchObject({ displayName: "Dana Datensatz" });
    expect(JSON.parse(files["follows.json"]!)).toEqual({ localities: ["Köpenick"], topics: [expect.any(String)] });
    expect(JSON.parse(files["comments.json"]!)).toEqual([expect.objectContaining({ body: data.commentBody, announcementTitle: data.announcement.title })]);
    expect(files["reports.json"]).toContain(`Meine Meldung ${data.tag}`);
    expect(files["appeals.json"]).toContain(`Mein Widerspruch ${data.tag}`);
    expect(JSON.parse(files["decisions.json"]!)).toEqual([expect.objectContaining({ kind: "warn", rule: "respect" })]);
    expect(files["mediation.json"]).toContain(`Meine Nachricht ${data.tag}`);
    expect(JSON.parse(files["notifications.json"]!)).toHaveLength(1);
    expect(JSON.parse(files["sessions.json"]!)).toHaveLength(1);
    expect(JSON.parse(files["spaces.json"]!).calendarLink).toEqual({ createdAt: expect.any(String) });
    expect(JSON.parse(files["accepted-terms.json"]!).length).toBeGreaterThan(0);
    expect(JSON.parse(files["audit-log.json"]!)).toEqual([expect.objectContaining({ action: "verification.code_redeemed", byThemselves: true })]);

    const everything = Object.values(files).join("\n");
    expect(everything).not.toContain("scrypt$");
    expect(everything).not.toContain(data.calendarTokenHash);
    expect(everything).not.toContain("Ausweis von Frau Datensatz");
    expect(everything).not.toContain(data.other.email);

    const readme = files["README.txt"]!;
    expect(readme).toContain("Deine Daten bei Kiezwerk");
    for (const name of Object.keys(files).filter((f) => f.endsWith(".json"))) expect(readme, name).toContain(name);
    // Every file has its paragraph (the messages name it without ".json").
    expect(readme).not.toContain("undefined");
    expect(readme).toContain("Die Fotos und Dateien, die du hochgeladen hast");
  });

  test("the README is in the person's language", async () => {
    const person = await createUser();
    const files = unzip((await buildPersonalDataExport(person.id, { locale: "en" }))!);
    expect(files["README.txt"]).toContain("Your data on Kiezwerk");
  });

  test("a stored export can be read only by its owner, and only for 7 days", async () => {
    const person = await createUser();
    const stranger = await createUser();
    const now = new Date();
    const created = (await createPersonalDataExport(person.id, { now }))!;
    expect(created.expiresAt.getTime() - now.getTime()).toBe(7 * 24 * 60 * 60 * 1000);
    expect(await loadExportFacts(created.id)).toEqual({ userId: person.id });
    expect(await readOwnExport(created.id, stranger.id)).toBeNull();
    const own = await readOwnExport(created.id, person.id);
    expect(Object.keys(unzip(own!.zip))).toContain("account.json");
    expect(await listOwnExports(person.id)).toEqual([expect.objectContaining({ id: created.id, bytes: own!.zip.byteLength })]);

    const eightDaysLater = new Date(now.getTime() + 8 * 24 * 60 * 60 * 1000);
    expect(await readOwnExport(created.id, person.id, eightDaysLater)).toBeNull();
    expect(await loadExportFacts(created.id, eightDaysLater)).toBeNull();
  });
});

describe("the export is built by the worker", () => {
  test("a request is pending until the worker builds it, then the person is notified with the link, and only they can read it", async () => {
    const person = await createUser();
    const requested = await requestPersonalDataExport(person.id, { locale: "en" });
    expect(await listOwnExports(person.id)).toEqual([expect.objectContaining({ id: requested.id, ready: false, bytes: 0 })]);
    expect(await loadExportFacts(requested.id)).toBeNull();
    expect(await readOwnExport(requested.id, person.id)).toBeNull();

    await runPendingJobs({ queues: [QUEUES.personalDataExport.name] });

    const [ready] = await listOwnExports(person.id);
    expect(ready).toMatchObject({ id: requested.id, ready: true });
    expect(ready!.bytes).toBeGreaterThan(0);
    const own = await readOwnExport(requested.id, person.id);
    expect(unzip(own!.zip)["README.txt"]).toContain("Your data on Kiezwerk");
    const told = await getDb().select({ kind: notifications.kind, data: notifications.data }).from(notifications).where(eq(notifications.userId, person.id));
    expect(told).toEqual([{ kind: "export_ready", data: { exportId: requested.id, expiresAt: ready!.expiresAt.toISOString() } }]);
    expect(ready!.expiresAt.getTime() - Date.now()).toBeGreaterThan(6.9 * 24 * 60 * 60 * 1000);
  });

  test("a request of an account deleted before the worker ran builds nothing", async () => {
    const person = await createUser();
    const requested = await requestPersonalDataExport(person.id);
    await deleteAccount({ userId: person.id, deleteComments: false });
    await runPendingJobs({ queues: [QUEUES.personalDataExport.name] });
    expect(await getDb().select({ id: personalDataExports.id }).from(personalDataExports).where(eq(personalDataExports.id, requested.id))).toEqual([]);
    expect(await getDb().select({ id: notifications.id }).from(notifications).where(eq(notifications.userId, person.id))).toEqual([]);
  });
});
