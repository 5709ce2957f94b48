import { strFromU8, unzipSync } from "fflate";
import { eq, like } from "drizzle-orm";
import { beforeEach, describe, expect, test, vi } from "vitest";
import { getDb } from "@/db/client";
import { concernCategories, departments, spacePosts, uploadBlobs, uploads, users } from "@/db/schema";
import { fileConcern } from "@/lib/concerns/mutations";
import { deleteAccount } from "@/lib/privacy/delete-account";
import { buildPersonalDataExport } from "@/lib/privacy/export/build";
import { createEvent } from "@/lib/spaces/events";
import { createSpace, joinSpace, changeMemberRole } from "@/lib/spaces/mutations";
import { createPost, deletePost, hidePostAsOrganiser } from "@/lib/spaces/stream";
import { toDistrictLocalTime } from "@/lib/time/district-time";
import { attachUploadAction, removeUploadAction } from "@/lib/uploads/actions";
import { listAttachments, listAttachmentsFor } from "@/lib/uploads/queries";
import { serveUpload } from "@/lib/uploads/serve";
import { firstLocalityId, uniqueSuffix } from "../support/factories";
import { createActor } from "../support/moderation-factory";
import { fileOf, hasGpsPointer, PDF_BYTES, photoWithGps } from "../support/upload-files";
import sharp from "sharp";

const session = vi.hoisted(() => ({ token: undefined as string | undefined }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => (session.token ? { value: session.token } : undefined) }),
  headers: async () => new Headers({ host: "kiezwerk.example" }),
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

type Person = Awaited<ReturnType<typeof createActor>>;
type OwnerType = "concern" | "space" | "space_post" | "space_event";

beforeEach(() => {
  session.token = undefined;
});

function attachAs(person: Person, ownerType: OwnerType, ownerId: string, file = fileOf(PDF_BYTES, "flyer.pdf", "application/pdf"), altText = "") {
  session.token = person.token;
  const data = new FormData();
  for (const [key, value] of Object.entries({ ownerType, ownerId, file, altText })) data.append(key, value);
  return attachUploadAction(data);
}

/** Attaches a PDF as `person` and returns its id. */
async function attachedPdf(person: Person, ownerType: OwnerType, ownerId: string) {
  const result = await attachAs(person, ownerType, ownerId);
  expect(result).toMatchObject({ ok: true });
  return (result as { data: { id: string } }).data.id;
}

/** The HTTP status the file route answers this viewer (null: a visitor) for the PDF. */
const statusFor = async (uploadId: string, viewer: Person | null) => (await serveUpload({ id: uploadId, variant: "original", viewer: viewer?.actor ?? null, ifNoneMatch: null })).status;

async function newSpace(owner: Person, visibility: "public" | "members" | "private") {
  return createSpace({
    actorId: owner.user.id,
    input: { name: `Laufbus ${uniqueSuffix()}`, summary: "Zu Fuß zur Schule", description: "Wir gehen gemeinsam.", visibility, joinPolicy: "open", localityIds: [await firstLocalityId()], topicIds: [], partnerDepartmentIds: [], partnerContacts: "" },
    partners: [],
  });
}

async function fileRoadConcern(author: Person, visibility: "public" | "private") {
  const [category] = await getDb()
    .select({ id: concernCategories.id, departmentId: concernCategories.departmentId })
    .from(concernCategories)
    .innerJoin(departments, eq(departments.id, concernCategories.departmentId))
    .where(eq(departments.name, "Straßen- und Grünflächenamt"))
    .limit(1);
  const id = await fileConcern({
    authorId: author.user.id,
    input: { title: "Schlagloch am Zebrastreifen", description: "Ein tiefes Loch direkt vor dem Übergang.", categoryId: category!.id, localityId: await firstLocalityId(), place: "Bouchéstraße 12", visibility },
  });
  if (id === "unknown_category") throw new Error("no category");
  return { id, departmentId: category!.departmentId! };
}

async function staffOf(departmentId: number) {
  const staff = await createActor({ role: "staff", verification: "verified" });
  await getDb().update(users).set({ departmentId }).where(eq(users.id, staff.user.id));
  return staff;
}

describe("a concern's photos", () => {
  test("its author attaches a GPS photo; what is served has no EXIF, neither a neighbour nor staff may attach one, nor a neighbour remove it", async () => {
    const author = await createActor({ verification: "verified" });
    const neighbour = await createActor({ verification: "verified" });
    const concern = await fileRoadConcern(author, "public");
    const staff = await staffOf(concern.departmentId);

    expect(await attachAs(neighbour, "concern", concern.id)).toMatchObject({ ok: false, error: "forbidden" });
    expect(await attachAs(staff, "concern", concern.id)).toMatchObject({ ok: false, error: "forbidden" });
    const original = await photoWithGps();
    expect(hasGpsPointer((await sharp(original).metadata()).exif)).toBe(true);
    expect(await attachAs(author, "concern", concern.id, fileOf(original, "schlagloch.jpg"), "Schlagloch vor dem Zebrastreifen")).toMatchObject({ ok: true });

    const [photo] = await listAttachments("concern", concern.id);
    const served = await serveUpload({ id: photo!.id, variant: "480", viewer: null, ifNoneMatch: null });
    expect(served.status).toBe(200);
    expect(served.headers.get("cache-control")).toBe("public, no-cache");
    expect((await sharp(new Uint8Array(await served.arrayBuffer())).metadata()).exif).toBeUndefined();

    session.token = neighbour.token;
    expect(await removeUploadAction({ id: photo!.id })).toMatchObject({ ok: false, error: "forbidden" });
    session.token = author.token;
    expect(await removeUploadAction({ id: photo!.id })).toMatchObject({ ok: true });
    expect(await listAttachments("concern", concern.id)).toEqual([]);
  });

  test("a private concern's file is served only to its author and the responsible department's staff", async () => {
    const author = await createActor({ verification: "verified" });
    const concern = await fileRoadConcern(author, "private");
    const id = await attachedPdf(author, "concern", concern.id);
    const responsible = await staffOf(concern.departmentId);
    const [other] = await getDb().select({ id: departments.id }).from(departments).where(eq(departments.name, "Jugendamt"));
    const otherStaff = await staffOf(other!.id);
    const member = await createActor({ verification: "verified" });

    expect(await statusFor(id, null)).toBe(404);
    expect(await statusFor(id, member)).toBe(404);
    expect(await statusFor(id, otherStaff)).toBe(404);
    expect(await statusFor(id, responsible)).toBe(200);
    const own = await serveUpload({ id, variant: "original", viewer: author.actor, ifNoneMatch: null });
    expect(own.status).toBe(200);
    expect(own.headers.get("cache-control")).toBe("private, no-cache");
  });
});

describe("a space's pictures and flyers", () => {
  test("organisers attach; a plain member may not, until made organiser", async () => {
    const owner = await createActor({ verification: "verified" });
    const member = await createActor();
    const spaceId = await newSpace(owner, "public");
    await joinSpace({ spaceId, userId: member.user.id });
    expect(await attachAs(member, "space", spaceId)).toMatchObject({ ok: false, error: "forbidden" });
    await changeMemberRole({ actorId: owner.user.id, spaceId, userId: member.user.id, role: "organiser" });
    const id = await attachedPdf(member, "space", spaceId);
    expect(await attachedPdf(owner, "space", spaceId)).not.toBe(id);
    expect(await statusFor(id, null)).toBe(200);
  });

  test("a private space's flyer is refused by URL to a visitor and a non-member, served to a member; a members' space's to every member", async () => {
    const owner = await createActor({ verification: "verified" });
    const member = await createActor();
    const outsider = await createActor();
    const privateSpace = await newSpace(owner, "private");
    await joinSpace({ spaceId: privateSpace, userId: member.user.id });
    const secret = await attachedPdf(owner, "space", privateSpace);
    expect(await statusFor(secret, null)).toBe(404);
    expect(await statusFor(secret, outsider)).toBe(404);
    expect(await statusFor(secret, member)).toBe(200);

    const membersSpace = await newSpace(owner, "members");
    const flyer = await attachedPdf(owner, "space", membersSpace);
    expect(await statusFor(flyer, null)).toBe(404);
    expect(await statusFor(flyer, outsider)).toBe(200);
  });
});

describe("a post's files", () => {
  test("its author attaches; another member may not; a non-member of the private space gets nothing by URL", async () => {
    const owner = await createActor({ verification: "verified" });
    const author = await createActor();
    const outsider = await createActor();
    const spaceId = await newSpace(owner, "private");
    await joinSpace({ spaceId, userId: author.user.id });
    const postId = await createPost({ spaceId, authorId: author.user.id, body: "Unser Plan für Montag" });

    expect(await attachAs(owner, "space_post", postId)).toMatchObject({ ok: false, error: "forbidden" });
    const id = await attachedPdf(author, "space_post", postId);
    expect(await statusFor(id, null)).toBe(404);
    expect(await statusFor(id, outsider)).toBe(404);
    expect(await statusFor(id, owner)).toBe(200);
    expect((await listAttachmentsFor("space_post", [postId, crypto.randomUUID()])).get(postId)?.map((a) => a.id)).toEqual([id]);
  });

  test("a post hidden by its organisers serves its files to nobody, its author included", async () => {
    const owner = await createActor({ verification: "verified" });
    const author = await createActor();
    const spaceId = await newSpace(owner, "public");
    await joinSpace({ spaceId, userId: author.user.id });
    const postId = await createPost({ spaceId, authorId: author.user.id, body: "Flyer fürs Fest" });
    const id = await attachedPdf(author, "space_post", postId);
    expect(await statusFor(id, null)).toBe(200);
    await hidePostAsOrganiser({ actorId: owner.user.id, spaceId, postId });
    expect(await statusFor(id, null)).toBe(404);
    expect(await statusFor(id, author)).toBe(404);
    expect(await statusFor(id, owner)).toBe(404);
    expect(await attachAs(author, "space_post", postId)).toMatchObject({ ok: false, error: "forbidden" });
  });

  test("deleting the post removes its files and their bytes", async () => {
    const owner = await createActor({ verification: "verified" });
    const spaceId = await newSpace(owner, "public");
    const postId = await createPost({ spaceId, authorId: owner.user.id, body: "Bald geht es los" });
    const id = await attachedPdf(owner, "space_post", postId);
    expect(await deletePost({ spaceId, postId, authorId: owner.user.id })).toBe(true);
    expect(await getDb().select({ id: spacePosts.id }).from(spacePosts).where(eq(spacePosts.id, postId))).toEqual([]);
    expect(await getDb().select({ id: uploads.id }).from(uploads).where(eq(uploads.id, id))).toEqual([]);
    expect(await getDb().select({ key: uploadBlobs.key }).from(uploadBlobs).where(like(uploadBlobs.key, `${id}/%`))).toEqual([]);
  });
});

describe("an event's flyer", () => {
  test("organisers attach, members may not; a private space's event flyer is for its members only", async () => {
    const owner = await createActor({ verification: "verified" });
    const member = await createActor();
    const outsider = await createActor();
    const spaceId = await newSpace(owner, "private");
    await joinSpace({ spaceId, userId: member.user.id });
    const start = new Date(Date.now() + 3 * 24 * 60 * 60 * 1000);
    const eventId = await createEvent({
      actorId: owner.user.id,
      input: { spaceId, title: "Laufbus-Probe", startsAt: toDistrictLocalTime(start), endsAt: toDistrictLocalTime(new Date(start.getTime() + 3_600_000)), place: "Schultor", localityId: "", description: "", capacity: "" },
    });
    expect(await attachAs(member, "space_event", eventId)).toMatchObject({ ok: false, error: "forbidden" });
    const id = await attachedPdf(owner, "space_event", eventId);
    expect(await statusFor(id, null)).toBe(404);
    expect(await statusFor(id, outsider)).toBe(404);
    expect(await statusFor(id, member)).toBe(200);
  });
});

describe("a resident's files and their data", () => {
  test("the export carries the concern photo and the post's PDF; deleting the account removes both", async () => {
    const resident = await createActor({ verification: "verified" });
    const concern = await fileRoadConcern(resident, "private");
    await attachAs(resident, "concern", concern.id, fileOf(await photoWithGps(), "loch.jpg"), "Das Loch von oben");
    const spaceId = await newSpace(resident, "private");
    const postId = await createPost({ spaceId, authorId: resident.user.id, body: "Protokoll" });
    await attachedPdf(resident, "space_post", postId);

    const files = unzipSync((await buildPersonalDataExport(resident.user.id))!);
    const listed: Array<{ belongsTo: { type: string; id: string }; file: string }> = JSON.parse(strFromU8(files["uploads.json"]!));
    expect(listed.map((u) => u.belongsTo)).toEqual([
      { type: "concern", id: concern.id },
      { type: "space_post", id: postId },
    ]);
    expect((await sharp(files[listed[0]!.file]!).metadata()).format).toBe("webp");
    expect(files[listed[1]!.file]).toEqual(PDF_BYTES);

    expect(await deleteAccount({ userId: resident.user.id, deleteComments: false })).toBe(true);
    expect(await listAttachments("concern", concern.id)).toEqual([]);
    expect(await listAttachments("space_post", postId)).toEqual([]);
  });
});
