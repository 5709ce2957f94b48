// The shape of a verification code, without any Node API: the redeem form validates with it in
// the browser, and codes.ts builds generation and hashing on top of it.

/**
 * Digits and capital letters without the ones people mix up when reading a letter aloud or typing
 * it from paper: no 0/O, no 1/I/L. 31 symbols, so each carries log2(31) ≈ 4.95 bits.
 */
export const CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

export const CODE_GROUP_SIZE = 4;
export const CODE_GROUPS = 4;
/** 16 symbols ≈ 79 bits: far beyond guessing, even before the rate limit. */
export const CODE_LENGTH = CODE_GROUP_SIZE * CODE_GROUPS;

const WELL_FORMED = new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`);

/**
 * What the person typed, reduced to the code itself: upper case, without spaces and without any
 * kind of dash (phones and word processors turn "-" into "–").
 */
export function normalizeCode(input: string): string {
  return input
    .normalize("NFKC")
    .toUpperCase()
    .replace(/[\s\p{Pd}_.]/gu, "");
}

export const isWellFormedCode = (normalized: string) => WELL_FORMED.test(normalized);

/** Characters someone may have typed for a similar-looking one that codes never contain. */
export const hasAmbiguousCharacters = (normalized: string) => /[01OIL]/.test(normalized);

/** K7QM4TZPW9XH3RDA → K7QM-4TZP-W9XH-3RDA: groups are easier to read out and to type. */
export function formatCode(normalized: string): string {
  return normalized.match(new RegExp(`.{1,${CODE_GROUP_SIZE}}`, "g"))?.join("-") ?? "";
}
