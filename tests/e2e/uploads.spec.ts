import { strFromU8, unzipSync } from "fflate";
import { readFile } from "node:fs/promises";
import sharp from "sharp";
import { hasGpsPointer, PDF_BYTES, photoWithGps } from "../support/upload-files";
import { publishAnnouncement, uniqueTitle } from "./support/announcements";
import { expect, expectAccessible, signInWithPassword, test } from "./support/fixtures";
import { waitUntilInteractive } from "./support/kiez";

const ALT = "Kinder mit Warnwesten gehen als Laufbus über die Kreuzung";

test.describe("Photos and flyers on an announcement", () => {
  test("staff attach a photo with GPS data and a PDF; a visitor sees the photo without EXIF and downloads the flyer", async ({ page, browser }) => {
    test.slow();
    const photo = Buffer.from(await photoWithGps({ width: 1600, height: 1200 }));
    expect(hasGpsPointer((await sharp(photo).metadata()).exif)).toBe(true);

    await signInWithPassword(page, "svenja");
    const title = uniqueTitle("Laufbus in Bildern");
    const staffUrl = await publishAnnouncement(page, { title, body: "So sah der erste Laufbus zur Bouché-Grundschule aus.", wholeDistrict: true });
    await page.getByRole("link", { name: "Bearbeiten", exact: true }).first().click();
    const manager = page.getByRole("region", { name: "Fotos und Dateien" });
    const fileField = manager.getByLabel("Datei", { exact: true });
    const altField = manager.getByLabel("Bildbeschreibung (Alternativtext)");

    // An HTML page named .jpg is refused next to the field; the description typed stays.
    await fileField.setInputFiles({ name: "foto.jpg", mimeType: "image/jpeg", buffer: Buffer.from("<!doctype html><script>alert(1)</script>") });
    await altField.fill(ALT);
    await manager.getByRole("button", { name: "Hochladen" }).click();
    await expect(manager.getByText(/Diese Datei ist kein Foto/)).toBeVisible();
    await expect(altField).toHaveValue(ALT);

    await fileField.setInputFiles({ name: "laufbus.jpg", mimeType: "image/jpeg", buffer: photo });
    await manager.getByRole("button", { name: "Hochladen" }).click();
    await expect(manager.getByRole("status").filter({ hasText: "Die Datei wurde hochgeladen." })).toBeVisible();
    await expect(manager.getByRole("img", { name: ALT })).toBeVisible();

    await fileField.setInputFiles({ name: "Flyer Laufbus.pdf", mimeType: "application/pdf", buffer: Buffer.from(PDF_BYTES) });
    await manager.getByRole("button", { name: "Hochladen" }).click();
    await expect(manager.getByRole("link", { name: /^Flyer Laufbus\.pdf \(1 kB\)$/ })).toBeVisible();
    await expectAccessible(page);

    // A visitor, signed out, on the public page.
    const visitorContext = await browser.newContext({ baseURL: new URL(staffUrl).origin });
    const visitor = await visitorContext.newPage();
    await visitor.goto(staffUrl.replace("/verwaltung/bekanntmachungen/", "/bekanntmachungen/"));
    await expect(visitor.getByRole("heading", { level: 1, name: title })).toBeVisible();
    const image = visitor.getByRole("img", { name: ALT });
    await expect(image).toBeVisible();
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);

    const served = await visitor.request.get(await image.evaluate((img: HTMLImageElement) => img.currentSrc));
    expect(served.status()).toBe(200);
    expect(served.headers()["content-type"]).toBe("image/webp");
    expect(served.headers()["x-content-type-options"]).toBe("nosniff");
    expect(served.headers()["cache-control"]).toBe("public, no-cache");
    const bytes = await served.body();
    const metadata = await sharp(bytes).metadata();
    expect(metadata.exif).toBeUndefined();
    expect(bytes.includes(Buffer.from("KiezCam"))).toBe(false);
    // Stored sideways, shown upright.
    expect(metadata.height!).toBeGreaterThan(metadata.width!);

    const flyer = visitor.getByRole("link", { name: /^Flyer Laufbus \(PDF, 1 kB\)$/ });
    const [download] = await Promise.all([visitor.waitForEvent("download"), flyer.click()]);
    expect(download.suggestedFilename()).toBe("Flyer Laufbus.pdf");
    const pdf = await visitor.request.get((await flyer.getAttribute("href"))!);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    expect(pdf.headers()["content-disposition"]).toMatch(/^attachment; filename="Flyer Laufbus\.pdf"/);
    expect(pdf.headers()["x-content-type-options"]).toBe("nosniff");
    expect(new Uint8Array(await pdf.body())).toEqual(PDF_BYTES);
    await visitor.setViewportSize({ width: 360, height: 800 });
    await expectAccessible(visitor);
    await visitorContext.close();
  });

  test("a resident attaches a GPS photo to the private concern they file: served without EXIF to them only, and in their data download", async ({ page, browser }) => {
    test.slow();
    const photo = Buffer.from(await photoWithGps());
    const title = uniqueTitle("Schlagloch vor dem Zebrastreifen");
    const alt = "Tiefes Schlagloch direkt vor dem Zebrastreifen";

    // Anton (verified) files a concern only he and the road department see; the form says photos come next.
    await signInWithPassword(page, "anton");
    await page.goto("/anliegen/neu");
    await expect(page.getByText("Fotos vom Ort oder ein PDF kannst du gleich danach auf der Seite deines Anliegens anhängen.")).toBeVisible();
    const submit = page.getByRole("button", { name: "Anliegen absenden" });
    await waitUntilInteractive(submit);
    await page.getByLabel("Worum geht es?").fill(title);
    await page.getByLabel("Beschreibung").fill("Das Loch ist so tief, dass Kinderwagen und Räder darin hängen bleiben.");
    await page.getByLabel("Kategorie").selectOption({ label: "Verkehrssicherheit und Schulwege (Straßen- und Grünflächenamt)" });
    await page.getByLabel("Ortsteil").selectOption({ label: "Alt-Treptow" });
    await page.getByLabel("Nur ich und das zuständige Amt").check();
    await submit.click();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    const concernId = new URL(page.url()).pathname.split("/").at(-1)!;

    // On his concern's page he attaches the photo straight away.
    const manager = page.getByRole("region", { name: "Fotos und Dateien" });
    await expect(manager.getByText("Seine Fotos und Dateien sehen nur du und das zuständige Amt.", { exact: false })).toBeVisible();
    await manager.getByLabel("Datei", { exact: true }).setInputFiles({ name: "schlagloch.jpg", mimeType: "image/jpeg", buffer: photo });
    await manager.getByLabel("Bildbeschreibung (Alternativtext)").fill(alt);
    await manager.getByRole("button", { name: "Hochladen" }).click();
    await expect(manager.getByRole("status").filter({ hasText: "Die Datei wurde hochgeladen." })).toBeVisible();
    const image = manager.getByRole("img", { name: alt });
    await expect(image).toBeVisible();
    await expectAccessible(page);

    // What is served carries no EXIF (no GPS, no camera) — and a visitor gets nothing at the same address.
    const src = new URL((await image.getAttribute("src"))!, page.url()).toString();
    const served = await page.request.get(src);
    expect(served.status()).toBe(200);
    expect(served.headers()["cache-control"]).toBe("private, no-cache");
    const bytes = await served.body();
    expect((await sharp(bytes).metadata()).exif).toBeUndefined();
    expect(bytes.includes(Buffer.from("KiezCam"))).toBe(false);
    const visitorContext = await browser.newContext();
    expect((await visitorContext.request.get(src)).status()).toBe(404);
    await visitorContext.close();

    // His data download holds the photo, listed with the concern it belongs to.
    await page.goto("/einstellungen");
    const exportSection = page.getByRole("region", { name: "Meine Daten herunterladen" });
    const links = exportSection.getByRole("link", { name: /^Datenkopie vom .* herunterladen$/ });
    // Other runs may have left older copies: the new one is the extra link, listed first.
    const before = await links.count();
    await exportSection.getByRole("button", { name: "Datenkopie erstellen" }).click();
    await expect(links).toHaveCount(before + 1, { timeout: 30_000 });
    const [download] = await Promise.all([page.waitForEvent("download"), links.first().click()]);
    const files = unzipSync(new Uint8Array(await readFile((await download.path())!)));
    const listed: Array<{ belongsTo: { type: string; id: string }; altText: string | null; file: string }> = JSON.parse(strFromU8(files["uploads.json"]!));
    const entry = listed.find((upload) => upload.belongsTo.type === "concern" && upload.belongsTo.id === concernId);
    expect(entry).toMatchObject({ altText: alt });
    const exported = files[entry!.file]!;
    expect((await sharp(exported).metadata()).format).toBe("webp");
    expect((await sharp(exported).metadata()).exif).toBeUndefined();
  });
});
