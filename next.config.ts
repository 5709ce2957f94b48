import path from "node:path";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { visitorRewrites } from "./lib/cache/visitor-rewrites";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

// Everything is served from our own host: no fonts, scripts, images or frames from elsewhere.
// Next.js needs inline scripts for hydration; 'unsafe-eval' only for the dev server's fast refresh.
const isDev = process.env.NODE_ENV !== "production";
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "form-action 'self'",
  "base-uri 'self'",
  "object-src 'none'",
].join("; ");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Visitors' pages from the page cache, with invalidations shared by every instance (lib/cache).
  cacheHandler: path.resolve("lib/cache/next-cache-handler.cjs"),
  cacheMaxMemorySize: 0,
  async rewrites() {
    return { beforeFiles: visitorRewrites(), afterFiles: [], fallback: [] };
  },
  experimental: {
    // Two root layouts (app/(site), app/(besuch)): an unmatched address gets app/global-not-found.tsx.
    globalNotFound: true,
    // Photos and PDFs reach their server action in the request body: one file of up to 8 MB
    // (lib/uploads/limits.ts) plus the form's fields. Below the proxy's 10 MB body buffer.
    serverActions: { bodySizeLimit: "9mb" },
  },
  serverExternalPackages: ["rate-limiter-flexible", "pg-boss", "@electric-sql/pglite", "@electric-sql/pglite-socket"],
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "Content-Security-Policy", value: contentSecurityPolicy },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
          // Production runs only behind https (AUTH_URL); browsers ignore this header over plain http.
          { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
