import { strFromU8, unzipSync } from "fflate";
import { eq, like } from "drizzle-orm";
import sharp from "sharp";
import { beforeEach, describe, expect, test, vi } from "vitest";
import { getDb } from "@/db/client";
import { announcements, moderationDecisions, uploadBlobs, uploads } from "@/db/schema";
import { deleteAnnouncement } from "@/lib/announcements/mutations";
import { deleteAccount } from "@/lib/privacy/delete-account";
import { buildPersonalDataExport } from "@/lib/privacy/export/build";
import { attachUploadAction, removeUploadAction } from "@/lib/uploads/actions";
import { attachUpload } from "@/lib/uploads/mutations";
import { processUpload } from "@/lib/uploads/process";
import { listAttachments } from "@/lib/uploads/queries";
import { serveUpload } from "@/lib/uploads/serve";
import { postgresStorage } from "@/lib/uploads/storage/postgres";
import { createAnnouncement } from "../support/announcement-factory";
import { uniqueSuffix } from "../support/factories";
import { createActor } from "../support/moderation-factory";
import { fileOf, hasGpsPointer, HTML_BYTES, PDF_BYTES, photoWithGps } from "../support/upload-files";

const session = vi.hoisted(() => ({ token: undefined as string | undefined }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => (session.token ? { value: session.token } : undefined) }),
  headers: async () => new Headers({ host: "kiezwerk.example" }),
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const createStaff = () => createActor({ role: "staff", verification: "verified" });

function form(fields: Record<string, string | File>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

async function attachAs(token: string, announcementId: string, file: File, altText = "") {
  session.token = token;
  return attachUploadAction(form({ ownerType: "announcement", ownerId: announcementId, file, altText }));
}

const serveAs = (id: string, variant: string, viewer: Awaited<ReturnType<typeof createActor>>["actor"] | null) => serveUpload({ id, variant, viewer, ifNoneMatch: null });
const bytesOf = async (response: Response) => new Uint8Array(await response.arrayBuffer());

beforeEach(() => {
  session.token = undefined;
});

describe("the storage", () => {
  test("puts, gets and deletes bytes by key", async () => {
    const key = `test/${uniqueSuffix()}`;
    const bytes = new Uint8Array([0, 1, 2, 250, 255]);
    await postgresStorage.put(key, bytes);
    expect(await postgresStorage.get(key)).toEqual(bytes);
    await postgresStorage.delete([key]);
    expect(await postgresStorage.get(key)).toBeNull();
  });
});

describe("the content check", () => {
  test("a file is what its bytes say, and a name that claims otherwise is refused", async () => {
    expect(await processUpload(PDF_BYTES, "foto.jpg")).toBe("typeMismatch");
    expect(await processUpload(HTML_BYTES, "foto.jpg")).toBe("unsupportedType");
    expect(await processUpload(HTML_BYTES, "flyer.pdf")).toBe("unsupportedType");
    // A JPEG header on something that is no JPEG is caught by the decoder.
    expect(await processUpload(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4]), "foto.jpg")).toBe("unreadableImage");
    expect(await processUpload(PDF_BYTES, "flyer.pdf")).toMatchObject({ kind: "pdf" });
  });

  test("through the form, a disguised HTML file and a PDF named .jpg are refused next to the file field, and nothing is stored", async () => {
    const staff = await createStaff();
    const announcement = await createAnnouncement();
    expect(await attachAs(staff.token, announcement.id, fileOf(HTML_BYTES, "foto.jpg"), "Ein Foto")).toMatchObject({ ok: false, fieldErrors: { file: ["unsupportedType"] } });
    expect(await attachAs(staff.token, announcement.id, fileOf(PDF_BYTES, "foto.jpg"), "Ein Foto")).toMatchObject({ ok: false, fieldErrors: { file: ["typeMismatch"] } });
    expect(await attachAs(staff.token, announcement.id, fileOf(new Uint8Array(), "leer.jpg"))).toMatchObject({ ok: false, fieldErrors: { file: ["fileRequired"] } });
    expect(await attachAs(staff.token, announcement.id, fileOf(await photoWithGps(), "foto.jpg"))).toMatchObject({ ok: false, fieldErrors: { altText: ["altTextRequired"] } });
    expect(await listAttachments("announcement", announcement.id)).toEqual([]);
  });
});

describe("an attached photo", () => {
  test("is re-encoded upright as WebP in the page's sizes, and what is served carries no EXIF or GPS", async () => {
    const original = await photoWithGps({ width: 1600, height: 800 });
    const before = await sharp(original).metadata();
    expect(before.orientation).toBe(6);
    expect(hasGpsPointer(before.exif)).toBe(true);

    const staff = await createStaff();
    const announcement = await createAnnouncement();
    const result = await attachAs(staff.token, announcement.id, fileOf(original, "IMG_2041.jpg"), "Kinder laufen im Laufbus zur Schule");
    expect(result).toMatchObject({ ok: true });
    const [photo] = await listAttachments("announcement", announcement.id);
    expect(photo).toMatchObject({ kind: "image", fileName: "IMG_2041", altText: "Kinder laufen im Laufbus zur Schule" });
    // Stored sideways, shown upright: 800 × 1600 once turned, so 480 × 960 and 1200 × 1600 (not enlarged past 800 wide).
    expect(photo!.variants.map((v) => [v.name, v.width, v.height])).toEqual([
      ["480", 480, 960],
      ["1200", 800, 1600],
    ]);

    const response = await serveAs(photo!.id, "480", null);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/webp");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-disposition")).toMatch(/^inline; filename="IMG_2041-480\.webp"/);
    expect(response.headers.get("cache-control")).toBe("public, no-cache");
    const served = await bytesOf(response);
    const after = await sharp(served).metadata();
    expect(after.format).toBe("webp");
    expect(after.exif).toBeUndefined();
    expect(Buffer.from(served).includes(Buffer.from("KiezCam"))).toBe(false);
  });

  test("a PDF is stored as it came and downloaded as an attachment", async () => {
    const staff = await createStaff();
    const announcement = await createAnnouncement();
    expect(await attachAs(staff.token, announcement.id, fileOf(PDF_BYTES, "Flyer Laufbus.pdf", "application/pdf"))).toMatchObject({ ok: true });
    const [flyer] = await listAttachments("announcement", announcement.id);
    expect(flyer).toMatchObject({ kind: "pdf", fileName: "Flyer Laufbus", altText: null });
    const response = await serveAs(flyer!.id, "original", null);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="Flyer Laufbus.pdf"; filename*=UTF-8''Flyer%20Laufbus.pdf`);
    expect(await bytesOf(response)).toEqual(PDF_BYTES);
  });
});

describe("who sees and attaches files (through the announcement's owner adapter)", () => {
  test("only staff who may edit the announcement attach and remove; a member is refused", async () => {
    const staff = await createStaff();
    const member = await createActor();
    const announcement = await createAnnouncement();
    expect(await attachAs(member.token, announcement.id, fileOf(PDF_BYTES, "flyer.pdf"))).toMatchObject({ ok: false, error: "forbidden" });
    expect(await attachAs(staff.token, "no-such-announcement", fileOf(PDF_BYTES, "flyer.pdf"))).toMatchObject({ ok: false, error: "not_found" });
    expect(await attachAs(staff.token, announcement.id, fileOf(PDF_BYTES, "flyer.pdf"))).toMatchObject({ ok: true });
    const [flyer] = await listAttachments("announcement", announcement.id);

    session.token = member.token;
    expect(await removeUploadAction({ id: flyer!.id })).toMatchObject({ ok: false, error: "forbidden" });
    session.token = staff.token;
    expect(await removeUploadAction({ id: flyer!.id })).toMatchObject({ ok: true });
    expect(await listAttachments("announcement", announcement.id)).toEqual([]);
    expect((await serveAs(flyer!.id, "original", staff.actor)).status).toBe(404);
  });

  test("a withdrawn announcement's files are private to staff; a hidden one's are served to nobody", async () => {
    const staff = await createStaff();
    const member = await createActor();
    const announcement = await createAnnouncement();
    await attachAs(staff.token, announcement.id, fileOf(PDF_BYTES, "flyer.pdf"));
    const [flyer] = await listAttachments("announcement", announcement.id);

    await getDb().update(announcements).set({ status: "unpublished" }).where(eq(announcements.id, announcement.id));
    expect((await serveAs(flyer!.id, "original", null)).status).toBe(404);
    expect((await serveAs(flyer!.id, "original", member.actor)).status).toBe(404);
    const forStaff = await serveAs(flyer!.id, "original", staff.actor);
    expect(forStaff.status).toBe(200);
    expect(forStaff.headers.get("cache-control")).toBe("private, no-cache");

    await getDb().update(announcements).set({ status: "published" }).where(eq(announcements.id, announcement.id));
    expect((await serveAs(flyer!.id, "original", null)).status).toBe(200);

    const moderator = await createActor({ role: "moderator", verification: "verified" });
    const [decision] = await getDb()
      .insert(moderationDecisions)
      .values({ targetType: "announcement", targetId: announcement.id, moderatorId: moderator.user.id, kind: "hide", ruleKey: "respect", termsVersion: 1, facts: "Test" })
      .returning({ id: moderationDecisions.id });
    await getDb().update(announcements).set({ hiddenByDecisionId: decision!.id }).where(eq(announcements.id, announcement.id));
    expect((await serveAs(flyer!.id, "original", null)).status).toBe(404);
    expect((await serveAs(flyer!.id, "original", staff.actor)).status).toBe(404);
  });

  test("an unknown id or variant is a 404, the same as a forbidden file", async () => {
    expect((await serveAs(crypto.randomUUID(), "480", null)).status).toBe(404);
    const staff = await createStaff();
    const announcement = await createAnnouncement();
    await attachAs(staff.token, announcement.id, fileOf(PDF_BYTES, "flyer.pdf"));
    const [flyer] = await listAttachments("announcement", announcement.id);
    expect((await serveAs(flyer!.id, "480", null)).status).toBe(404);
  });
});

describe("the daily quota", () => {
  test("counts files and bytes per person within 24 hours", async () => {
    const staff = await createStaff();
    const announcement = await createAnnouncement();
    const file = await processUpload(PDF_BYTES, "flyer.pdf");
    if (typeof file === "string") throw new Error(file);
    const attach = (receivedBytes: number, now = new Date()) =>
      attachUpload({ uploaderId: staff.user.id, ownerType: "announcement", ownerId: announcement.id, fileName: "flyer", altText: null, receivedBytes, file, quota: { files: 2, bytes: 1000 }, now });
    expect(await attach(400)).toMatchObject({ ok: true });
    expect(await attach(700)).toEqual({ ok: false, quota: { files: 2, bytes: 1000 } });
    expect(await attach(500)).toMatchObject({ ok: true });
    expect(await attach(1)).toMatchObject({ ok: false });
    // A day later the quota is fresh again.
    expect(await attach(400, new Date(Date.now() + 25 * 60 * 60 * 1000))).toMatchObject({ ok: true });
  });
});

describe("a person's files and their data", () => {
  test("the export holds the files themselves; deleting the account removes them and their bytes", async () => {
    const staff = await createStaff();
    const announcement = await createAnnouncement();
    await attachAs(staff.token, announcement.id, fileOf(await photoWithGps(), "laufbus.jpg"), "Der Laufbus an der Ecke");
    await attachAs(staff.token, announcement.id, fileOf(PDF_BYTES, "flyer.pdf"));
    const [photo, flyer] = await listAttachments("announcement", announcement.id);

    const files = unzipSync((await buildPersonalDataExport(staff.user.id))!);
    const listed = JSON.parse(strFromU8(files["uploads.json"]!));
    expect(listed).toEqual([
      expect.objectContaining({ id: photo!.id, kind: "image", altText: "Der Laufbus an der Ecke", belongsTo: { type: "announcement", id: announcement.id } }),
      expect.objectContaining({ id: flyer!.id, kind: "pdf" }),
    ]);
    expect(files[listed[0].file]).toEqual(await bytesOf(await serveAs(photo!.id, photo!.variants.at(-1)!.name, null)));
    expect(files[listed[1].file]).toEqual(PDF_BYTES);

    expect(await deleteAccount({ userId: staff.user.id, deleteComments: false })).toBe(true);
    expect(await listAttachments("announcement", announcement.id)).toEqual([]);
    const blobs = await getDb().select({ key: uploadBlobs.key }).from(uploadBlobs).where(like(uploadBlobs.key, `${photo!.id}/%`));
    expect(blobs).toEqual([]);
    expect((await serveAs(flyer!.id, "original", null)).status).toBe(404);
  });

  test("deleting an announcement removes its files and their bytes", async () => {
    const staff = await createStaff();
    const announcement = await createAnnouncement();
    await attachAs(staff.token, announcement.id, fileOf(PDF_BYTES, "flyer.pdf"));
    const [flyer] = await listAttachments("announcement", announcement.id);
    expect(await deleteAnnouncement({ actorId: staff.user.id, id: announcement.id })).toBe(true);
    expect(await getDb().select({ id: uploads.id }).from(uploads).where(eq(uploads.id, flyer!.id))).toEqual([]);
    expect(await postgresStorage.get(`${flyer!.id}/original`)).toBeNull();
  });
});
