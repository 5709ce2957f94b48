import "server-only";
import { zxcvbnAsync, zxcvbnOptions } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as de from "@zxcvbn-ts/language-de";
import * as en from "@zxcvbn-ts/language-en";

/** zxcvbn's score from 0 to 4; 3 means "safely unguessable: moderate protection from offline slow-hash attacks". */
const MIN_SCORE = 3;

let configured = false;
function configure() {
  if (configured) return;
  // German and English word lists plus the common password lists and keyboard patterns: a resident
  // of Treptow-Köpenick choosing "Schoeneweide2026" or "passwort123" is refused.
  zxcvbnOptions.setOptions({
    dictionary: { ...common.dictionary, ...de.dictionary, ...en.dictionary },
    graphs: common.adjacencyGraphs,
  });
  configured = true;
}

/** Whether a new password is too easy to guess, also given what we know about its owner (names, address). */
export async function isPasswordTooWeak(password: string, personal: Array<string | null | undefined>): Promise<boolean> {
  configure();
  const result = await zxcvbnAsync(password, personal.filter((value): value is string => Boolean(value)));
  return result.score < MIN_SCORE;
}
