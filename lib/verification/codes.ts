import { createHash, randomInt } from "node:crypto";
import { CODE_ALPHABET, CODE_LENGTH, formatCode, normalizeCode } from "./code-format";

export * from "./code-format";

/** A new code, formatted for print. Every symbol is drawn uniformly from the CSPRNG (randomInt rejects bias). */
export function generateCode(): string {
  let code = "";
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return formatCode(code);
}

/**
 * What the database keeps instead of the code. A plain SHA-256 is enough: with ~79 bits of
 * randomness per code nobody can search the hashes back, and no secret needs to be configured.
 * Hashing the normalised form lets "k7qm 4tzp…" find the row of "K7QM-4TZP-…".
 */
export function hashCode(code: string): string {
  return createHash("sha256").update(`kiezwerk-verification-code:${normalizeCode(code)}`).digest("hex");
}

/** A short, non-secret label derived from the row id: printed on the letter so the office can find (and revoke) the code. */
export const codeReference = (id: string) => id.replaceAll("-", "").slice(0, 8).toUpperCase();
