import { locales, type Locale } from "@/lib/i18n/config";
import { messages } from "@/lib/i18n/messages";

/** How long a client (or a crawler) is asked to wait before it tries again. */
export const OUTAGE_RETRY_AFTER_SECONDS = 30;

// The page itself, apart from lib/http/database-outage.ts: our HTTP server (scripts/next-server.ts)
// sends it too, and must not load next/server before Next.js has started.
const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char]!);

// The site's look without its stylesheet (whose file name changes with every build): the colours
// and spacing of the header, the page heading and the links in app/globals.css.
const STYLE = `
*,*::before,*::after{box-sizing:border-box}
body{margin:0;min-height:100vh;display:flex;flex-direction:column;background:#f8fafc;color:#0f172b;
font-family:ui-sans-serif,system-ui,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans",sans-serif;line-height:1.5;-webkit-font-smoothing:antialiased}
header{background:#fff;border-bottom:1px solid #cad5e2}
.bar{max-width:56rem;margin:0 auto;padding:.75rem 1rem}
.brand{font-size:1.5rem;line-height:2rem;font-weight:700;color:#1c398e}
main{flex:1;width:100%;max-width:56rem;margin:0 auto;padding:2rem 1rem}
.panel{max-width:36rem;display:flex;flex-direction:column;gap:1rem}
h1{margin:0;font-size:1.875rem;line-height:2.25rem;font-weight:700;letter-spacing:-.025em;color:#020618}
p{margin:0}
a{color:#193cb8;text-decoration:underline;text-underline-offset:2px}a:hover{color:#162456}
:focus-visible{outline:3px solid #fe9a00;outline-offset:2px}
.other{color:#314158;font-size:.875rem;line-height:1.25rem}
`.replace(/\n/g, "");

export function outageHtml(locale: Locale): string {
  const t = messages[locale].outage;
  // Nobody can switch the language on this page, so the other language gets a line of its own.
  const other = locales.find((candidate) => candidate !== locale)!;
  const o = messages[other].outage;
  return `<!DOCTYPE html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(t.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header><div class="bar"><span class="brand">Kiezwerk</span></div></header>
<main>
<div class="panel">
<h1>${escapeHtml(t.title)}</h1>
<p>${escapeHtml(t.text)}</p>
<p>${escapeHtml(t.hint)}</p>
<p><a href="">${escapeHtml(t.reload)}</a></p>
<p class="other" lang="${other}">${escapeHtml(o.title)}. ${escapeHtml(o.hint)}</p>
</div>
</main>
</body>
</html>
`;
}
