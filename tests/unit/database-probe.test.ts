import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { createDatabaseProbe, type ProbeState } from "@/lib/http/database-probe";

/** A ping whose answers the test decides one by one. */
function scriptedPing() {
  const calls: Array<{ resolve: () => void; reject: (error: Error) => void }> = [];
  const ping = vi.fn(
    () =>
      new Promise<void>((resolve, reject) => {
        calls.push({ resolve, reject });
      }),
  );
  return { ping, calls };
}

/** Lets the probe's promise chain run (without moving the fake clock towards its deadline). */
const settle = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

const refused = () => Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });

describe("the database reachability probe", () => {
  let clock = 0;
  const now = () => clock;
  beforeEach(() => {
    clock = 1_000_000;
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  test("asks the database at most once per second, however many requests come in", async () => {
    const ping = vi.fn().mockResolvedValue(undefined);
    const isReachable = createDatabaseProbe({ ping, now });
    expect(await Promise.all([isReachable(), isReachable(), isReachable()])).toEqual([true, true, true]);
    expect(ping).toHaveBeenCalledTimes(1);
    clock += 999;
    expect(await isReachable()).toBe(true);
    expect(ping).toHaveBeenCalledTimes(1);
    clock += 1;
    expect(await isReachable()).toBe(true);
    expect(ping).toHaveBeenCalledTimes(2);
  });

  test("a hanging connect counts as an outage after 1.5 s instead of holding the request", async () => {
    const { ping } = scriptedPing();
    const isReachable = createDatabaseProbe({ ping, now });
    let answer: boolean | undefined;
    void isReachable().then((value) => (answer = value));
    await vi.advanceTimersByTimeAsync(1_499);
    expect(answer).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(answer).toBe(false);
  });

  test("one failed ping (a stale pooled connection) is retried at once and is no outage", async () => {
    const ping = vi.fn().mockRejectedValueOnce(Object.assign(new Error("write CONNECTION_CLOSED"), { code: "CONNECTION_CLOSED" })).mockResolvedValue(undefined);
    const isReachable = createDatabaseProbe({ ping, now });
    expect(await isReachable()).toBe(true);
    expect(ping).toHaveBeenCalledTimes(2);
  });

  test("two failed pings in a row are an outage", async () => {
    const ping = vi.fn().mockRejectedValue(refused());
    const isReachable = createDatabaseProbe({ ping, now });
    expect(await isReachable()).toBe(false);
    expect(ping).toHaveBeenCalledTimes(2);
  });

  test("a ping that throws before it returns a promise (no DATABASE_URL) is an outage, not a crash", async () => {
    const isReachable = createDatabaseProbe({
      ping: () => {
        throw new Error("DATABASE_URL is not set");
      },
      now,
    });
    expect(await isReachable()).toBe(false);
  });

  test("during an outage requests get the answer at once while the next probe runs; recovery is seen within a second", async () => {
    const { ping, calls } = scriptedPing();
    const isReachable = createDatabaseProbe({ ping, now });
    const first = isReachable();
    await settle();
    calls[0]!.reject(refused());
    await settle();
    calls[1]!.reject(refused());
    expect(await first).toBe(false);

    clock += 1_000;
    // The database is back, but this probe has not answered yet: no request waits for it.
    expect(await isReachable()).toBe(false);
    await settle();
    expect(calls).toHaveLength(3);
    expect(await isReachable()).toBe(false);
    await settle();
    expect(calls).toHaveLength(3);
    calls[2]!.resolve();
    await settle();
    expect(await isReachable()).toBe(true);
    expect(calls).toHaveLength(3);
  });

  test("shares its state through the object it is given (the process-wide one lives on globalThis)", async () => {
    const state: ProbeState = {};
    const ping = vi.fn().mockResolvedValue(undefined);
    await createDatabaseProbe({ ping, now, state })();
    await createDatabaseProbe({ ping, now, state })();
    expect(ping).toHaveBeenCalledTimes(1);
    expect(state).toMatchObject({ startedAt: clock, reachable: true });
  });
});
