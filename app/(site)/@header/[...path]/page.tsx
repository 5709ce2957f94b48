import { SiteHeader } from "@/components/site-header";

/**
 * The header as a slot that matches every path: Next.js renders it again on every navigation, as it
 * does a page, whereas the root layout stays as it was. So a session ended elsewhere ("Überall
 * abmelden", a suspension) shows in the header at the next click, not only after a reload.
 */
export default function HeaderSlot() {
  return <SiteHeader />;
}
