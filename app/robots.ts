import type { MetadataRoute } from "next";

/** Prerendered at build time; the benchmark also uses it as the framework's static ceiling. */
export default function robots(): MetadataRoute.Robots {
  return { rules: [{ userAgent: "*", allow: "/", disallow: ["/admin", "/moderation", "/verwaltung", "/einstellungen", "/api/"] }] };
}
