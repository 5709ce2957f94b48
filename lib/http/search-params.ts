/** A page's `searchParams` once awaited: a parameter given twice arrives as an array. */
export type SearchParams = Record<string, string | string[] | undefined>;

/** A query parameter given twice counts once: the first value wins. */
export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** A link to `path` with the given parameters, leaving out empty ones. */
export function hrefWith(path: string, params: Record<string, string | undefined>): string {
  const query = new URLSearchParams(Object.entries(params).filter((entry): entry is [string, string] => Boolean(entry[1]))).toString();
  return query ? `${path}?${query}` : path;
}

/** A GET form's target: its fields as parameters, leaving out the ones left empty (no "?ortsteil=&thema="). */
export function hrefFromForm(path: string, data: Iterable<[string, FormDataEntryValue]>): string {
  const query = new URLSearchParams();
  for (const [name, value] of data) if (typeof value === "string" && value.trim() !== "") query.append(name, value);
  const search = query.toString();
  return search ? `${path}?${search}` : path;
}
