/** A file size as people read it: "350 kB", "1,2 MB". */
export function formatFileSize(bytes: number, locale: string): string {
  const number = (value: number, digits: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
  if (bytes < 1024 * 1024) return `${number(Math.max(1, Math.round(bytes / 1024)), 0)} kB`;
  return `${number(bytes / (1024 * 1024), 1)} MB`;
}
