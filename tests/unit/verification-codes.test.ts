import { describe, expect, test } from "vitest";
import {
  CODE_ALPHABET,
  CODE_LENGTH,
  codeReference,
  formatCode,
  generateCode,
  hashCode,
  isWellFormedCode,
  normalizeCode,
} from "@/lib/verification/codes";
import { redeemCodeSchema } from "@/lib/verification/schemas";

const FORMATTED = /^[2-9A-HJKMNP-Z]{4}(-[2-9A-HJKMNP-Z]{4}){3}$/;

describe("the code alphabet", () => {
  test("has no characters people confuse: 0/O, 1/I/L", () => {
    for (const ambiguous of ["0", "O", "1", "I", "L"]) expect(CODE_ALPHABET).not.toContain(ambiguous);
  });

  test("is digits and capital letters, each once", () => {
    expect(CODE_ALPHABET).toMatch(/^[2-9A-Z]+$/);
    expect(new Set(CODE_ALPHABET).size).toBe(CODE_ALPHABET.length);
    expect(CODE_ALPHABET.length).toBe(31);
  });
});

describe("generated codes", () => {
  test("carry at least 60 bits of randomness", () => {
    expect(CODE_LENGTH * Math.log2(CODE_ALPHABET.length)).toBeGreaterThanOrEqual(60);
  });

  test("are shown in four groups of four, from the alphabet only", () => {
    for (let i = 0; i < 200; i++) {
      const code = generateCode();
      expect(code).toMatch(FORMATTED);
      expect(normalizeCode(code)).toHaveLength(CODE_LENGTH);
    }
  });

  test("do not repeat, and use every symbol of the alphabet", () => {
    const codes = Array.from({ length: 2000 }, generateCode);
    expect(new Set(codes).size).toBe(codes.length);
    const used = new Set(codes.join("").replaceAll("-", ""));
    expect([...CODE_ALPHABET].filter((c) => !used.has(c))).toEqual([]);
  });
});

describe("normalising what a person typed", () => {
  test.each([
    ["k7qm-4tzp-w9xh-3rda", "K7QM4TZPW9XH3RDA"],
    ["K7QM 4TZP W9XH 3RDA", "K7QM4TZPW9XH3RDA"],
    ["  k7qm4tzpw9xh3rda\n", "K7QM4TZPW9XH3RDA"],
    // Word processors and phones turn hyphens into dashes.
    ["K7QM–4TZP—W9XH‑3RDA", "K7QM4TZPW9XH3RDA"],
    // Full-width characters from some keyboards.
    ["Ｋ７ＱＭ-4TZP-W9XH-3RDA", "K7QM4TZPW9XH3RDA"],
  ])("%j → %s", (typed, normalized) => {
    expect(normalizeCode(typed)).toBe(normalized);
    expect(isWellFormedCode(normalizeCode(typed))).toBe(true);
  });

  test("a formatted code normalises and formats back to itself", () => {
    const code = generateCode();
    expect(formatCode(normalizeCode(code))).toBe(code);
    expect(formatCode("K7QM4TZPW9XH3RDA")).toBe("K7QM-4TZP-W9XH-3RDA");
  });

  test("codes of the wrong length or with foreign characters are not well-formed", () => {
    for (const bad of ["K7QM4TZPW9XH3RD", "K7QM4TZPW9XH3RDAA", "K7QM4TZPW9XH3RD0", "K7QM4TZPW9XH3RDO", "K7QM4TZPW9XH3RD!", ""]) {
      expect(isWellFormedCode(normalizeCode(bad)), bad).toBe(false);
    }
  });
});

describe("the redeem form's schema", () => {
  const messageFor = (code: string) => {
    const result = redeemCodeSchema.safeParse({ code });
    return result.success ? result.data.code : result.error.issues[0]?.message;
  };

  test("passes the normalised code on", () => {
    expect(messageFor("k7qm 4tzp w9xh 3rda")).toBe("K7QM4TZPW9XH3RDA");
  });

  test("explains an empty field, a wrong length and look-alike characters differently", () => {
    expect(messageFor("  ")).toBe("required");
    expect(messageFor("K7QM-4TZP")).toBe("verificationCodeFormat");
    expect(messageFor("K7QM-4TZP-W9XH-3RD0")).toBe("verificationCodeCharacters");
  });
});

describe("hashing", () => {
  test("is SHA-256 in hex and never contains the code", () => {
    const code = generateCode();
    const hash = hashCode(code);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(normalizeCode(code));
    expect(hash.toUpperCase()).not.toContain(normalizeCode(code));
    expect(hash).not.toBe(code);
  });

  test("is the same for every way of typing one code, and differs between codes", () => {
    const code = generateCode();
    expect(hashCode(code.toLowerCase().replaceAll("-", " "))).toBe(hashCode(code));
    expect(hashCode(generateCode())).not.toBe(hashCode(code));
  });
});

test("the reference printed on a letter comes from the row id, not from the code", () => {
  expect(codeReference("3f9a2c1b-0000-4000-8000-000000000000")).toBe("3F9A2C1B");
});
