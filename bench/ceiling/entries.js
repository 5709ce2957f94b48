/**
 * The ceiling app's page body: 20 list entries, padded so that the whole page is as large as the
 * app's page it is compared with (CEILING_PAGE_BYTES, set by bench/ceiling.ts).
 */
export function Entries() {
  const bytes = Number(process.env.CEILING_PAGE_BYTES ?? 50_000);
  const perEntry = Math.max(0, Math.floor((bytes - 3_000) / 20) - 120);
  const text = "Bekanntmachung aus dem Bezirk mit Ortsteil, Thema und Kurzfassung. ".repeat(Math.ceil(perEntry / 68)).slice(0, perEntry);
  return (
    <ol>
      {Array.from({ length: 20 }, (_, i) => (
        <li key={i}>
          <h2>
            <a href={`/eintrag/${i}`}>Eintrag {i + 1}</a>
          </h2>
          <p>{text}</p>
        </li>
      ))}
    </ol>
  );
}
