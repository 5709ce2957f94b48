import { describe, expect, test } from "vitest";
import { z } from "zod";
import { announcementFilterSchema, announcementFormSchema, updateAnnouncementSchema } from "@/lib/announcements/schemas";
import { toDistrictLocalTime } from "@/lib/time/district-time";

const valid = {
  title: "Sperrung der Bahnhofstraße",
  summary: "Drei Wochen gesperrt.",
  body: "## Umleitung\n\n- über die Lindenstraße",
  wholeDistrict: false,
  localityIds: ["10"],
  topicIds: ["1", "2"],
  departmentId: "2",
  publishAt: "",
  expiresAt: "",
  commentsEnabled: true,
};

/** The first message per field, as the form shows them. */
function errorsOf(input: unknown) {
  const result = announcementFormSchema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(Object.entries(z.flattenError(result.error).fieldErrors).map(([field, messages]) => [field, (messages as string[])[0]]));
}

describe("the compose form's schema", () => {
  test("accepts a complete announcement and turns the form's strings into numbers", () => {
    const parsed = announcementFormSchema.parse(valid);
    expect(parsed).toMatchObject({ localityIds: [10], topicIds: [1, 2], departmentId: 2, title: "Sperrung der Bahnhofstraße" });
  });

  test("what the browser parsed is accepted again by the server (with the id when editing)", () => {
    const onClient = announcementFormSchema.parse(valid);
    expect(announcementFormSchema.parse(onClient)).toEqual(onClient);
    expect(updateAnnouncementSchema.parse({ ...onClient, id: "4f5b8e0a-6c1d-4a57-9d3e-0b1a2c3d4e01" })).toMatchObject(onClient);
  });

  test("reports each missing or too long field with its own message key", () => {
    expect(errorsOf({ ...valid, title: "  ", summary: "", body: " \n " })).toEqual({ title: "required", summary: "required", body: "required" });
    expect(errorsOf({ ...valid, title: "x".repeat(151), summary: "x".repeat(301), body: "x".repeat(20_001) })).toEqual({
      title: "titleTooLong",
      summary: "summaryTooLong",
      body: "bodyTooLong",
    });
    expect(errorsOf({ ...valid, title: "x".repeat(150), summary: "x".repeat(300), body: "x".repeat(20_000) })).toEqual({});
  });

  test("needs at least one topic, and a locality unless it is for the whole district", () => {
    expect(errorsOf({ ...valid, topicIds: [] })).toEqual({ topicIds: "topicsRequired" });
    // A checkbox group with nothing ticked can also arrive as false.
    expect(errorsOf({ ...valid, topicIds: false })).toEqual({ topicIds: "topicsRequired" });
    expect(errorsOf({ ...valid, localityIds: [] })).toEqual({ localityIds: "localitiesRequired" });
    expect(errorsOf({ ...valid, localityIds: [], wholeDistrict: true })).toEqual({});
  });

  test("needs a department", () => {
    expect(errorsOf({ ...valid, departmentId: "" })).toEqual({ departmentId: "departmentRequired" });
  });

  test("dates are optional, must be real, and the end must come after the start", () => {
    expect(errorsOf({ ...valid, publishAt: "2030-05-04T09:30", expiresAt: "2030-06-01T00:00" })).toEqual({});
    expect(errorsOf({ ...valid, publishAt: "2030-02-31T09:30" })).toEqual({ publishAt: "invalidDate" });
    expect(errorsOf({ ...valid, expiresAt: "morgen" })).toEqual({ expiresAt: "invalidDate" });
    expect(errorsOf({ ...valid, publishAt: "2030-05-04T09:30", expiresAt: "2030-05-04T09:30" })).toEqual({ expiresAt: "expiresBeforePublish" });
    expect(errorsOf({ ...valid, publishAt: "2030-05-04T09:30", expiresAt: "2030-05-01T09:30" })).toEqual({ expiresAt: "expiresBeforePublish" });
    // Published right away: the end must still be ahead.
    expect(errorsOf({ ...valid, expiresAt: "2020-01-01T00:00" })).toEqual({ expiresAt: "expiresInPast" });
  });

  test("a publication time in the past is refused (it would publish at once, dated back); now and a few minutes ago are fine", () => {
    const minutesAgo = (minutes: number) => toDistrictLocalTime(new Date(Date.now() - minutes * 60_000));
    expect(errorsOf({ ...valid, publishAt: "2025-01-01T00:00" })).toEqual({ publishAt: "publishInPast" });
    expect(errorsOf({ ...valid, publishAt: minutesAgo(60) })).toEqual({ publishAt: "publishInPast" });
    expect(errorsOf({ ...valid, publishAt: minutesAgo(0) })).toEqual({});
    expect(errorsOf({ ...valid, publishAt: minutesAgo(3) })).toEqual({});
  });

  test("an edit may keep the publication time it started with, even once it has passed, but not move it into the past", () => {
    const id = "4f5b8e0a-6c1d-4a57-9d3e-0b1a2c3d4e01";
    const kept = "2025-01-01T09:00";
    expect(updateAnnouncementSchema.safeParse({ ...valid, id, publishAt: kept, keptPublishAt: kept }).success).toBe(true);
    const moved = updateAnnouncementSchema.safeParse({ ...valid, id, publishAt: "2024-12-01T09:00", keptPublishAt: kept });
    expect(moved.success).toBe(false);
    expect(moved.error && z.flattenError(moved.error).fieldErrors).toEqual({ publishAt: ["publishInPast"] });
  });
});

describe("the public list's filter", () => {
  test("takes locality and topic slugs and ignores anything else instead of failing", () => {
    expect(announcementFilterSchema.parse({ ortsteil: "koepenick", thema: "verkehr" })).toMatchObject({ ortsteil: "koepenick", thema: "verkehr" });
    expect(announcementFilterSchema.parse({ ortsteil: "<script>", thema: "x".repeat(100), after: "y".repeat(400) })).toEqual({
      ortsteil: undefined,
      thema: undefined,
      after: undefined,
    });
  });
});
